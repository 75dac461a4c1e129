import { AUTH_PART_ORDER, authOperationPart } from '../../../knowledge/auth-operation-parts.js';
import { cite } from '../../../model/origin.js';
import type { Service, ServiceMethod } from '../../../model/spec/api.js';
import type { RenderContext, Section } from '../../types.js';
import { blocks, heading, source, table } from '../format.js';
import { rulesBlock } from './api/rules.js';
import { signature, signatureLanguage } from './api/signature.js';

/**
 * Section 4 (workflow step 3): per service its dependencies, transaction boundaries and one table of
 * its methods (TypeScript signature, the endpoints that call it, what it throws). What the endpoint
 * does is in section 3 and each error's meaning in the conventions table, so neither is repeated.
 */
export const servicesSection: Section = {
  id: 'services',
  render: (ctx) => {
    const { spec } = ctx;
    const rules = rulesBlock(ctx);
    if (spec.services.length === 0)
      return rules ? blocks(heading(2, ctx.t.common.sections.services), rules) : null;
    const t = ctx.t.api.services;
    const methods = spec.services.flatMap((s) => s.methods);
    const thrown = new Set(methods.flatMap((m) => m.throws.map((x) => x.error)));
    const errors = Object.entries(t.errors).filter(([name]) => thrown.has(name));
    return blocks(
      heading(2, ctx.t.common.sections.services),
      // The intro counts the methods that write several tables; other boundaries give their reason below.
      t.intro(
        spec.services.length,
        methods.length,
        // A write with its audit entry writes two tables too.
        methods.filter(
          (m) =>
            m.transactional &&
            (!m.transaction || m.transaction.mechanism === 'atomic' || m.transaction.mechanism === 'audit'),
        ).length,
      ),
      t.conventions,
      table(
        [t.errorTable.error, t.errorTable.status, t.errorTable.meaning],
        errors.map(([name, [status, meaning]]) => [`\`${name}\``, status, meaning]),
      ),
      servicesTable(ctx),
      languageLine(ctx),
      methodsTable(ctx),
      sideEffectsBlock(ctx),
      rules,
    );
  },
};

type Endpoints = RenderContext['spec']['endpoints'];
const positions = new WeakMap<Endpoints, Map<string, number[]>>();
/**
 * The endpoints with these operationIds, in the spec's order: looked up through an index built once
 * per endpoint list instead of filtering every endpoint for every method.
 */
function endpointsOf(operationIds: readonly string[], ctx: RenderContext): Endpoints {
  const all = ctx.spec.endpoints;
  let at = positions.get(all);
  if (!at) {
    at = new Map();
    all.forEach((e, i) => {
      const list = at!.get(e.operationId);
      if (list) list.push(i);
      else at!.set(e.operationId, [i]);
    });
    positions.set(all, at);
  }
  const found = new Set(operationIds.flatMap((id) => at!.get(id) ?? []));
  return [...found].sort((a, b) => a - b).map((i) => all[i]!);
}

function purpose(s: Service, ctx: RenderContext): string {
  const p = ctx.t.api.services.purpose;
  switch (s.purpose) {
    case 'aggregate': {
      const members = s.dependencies
        .filter((d) => d.endsWith('Repository'))
        .map((d) => d.replace(/Repository$/, ''));
      const own = new Set(
        endpointsOf(
          s.methods.flatMap((m) => m.endpoints),
          ctx,
        ).map((e) => e.entity),
      );
      return p.aggregate(
        s.entity ?? '',
        members.filter((m) => m === s.entity || own.has(m)),
      );
    }
    case 'authentication':
      return authenticationPurpose(s, ctx);
    case 'notification':
      return p.notification;
    case 'payment':
      return p.payment;
    default:
      return p['stated-routes'](s.name.replace(/Service$/, ''));
  }
}

/**
 * What the authentication service does, from its own operations (sign-up only where a sign-up
 * operation exists), and who runs the sign-in where an identity provider does: the provider whose
 * tokens the API accepts, or after whose sign-in it issues its own. A password sign-in beside the
 * provider (staff by e-mail and password, customers by Google) leaves the sign-in the API's.
 */
function authenticationPurpose(s: Service, ctx: RenderContext): string {
  const p = ctx.t.api.services.purpose;
  const parts = new Set(s.methods.flatMap((m) => m.endpoints).map(authOperationPart));
  const auth = ctx.spec.auth;
  const passwordLogin = ctx.spec.endpoints.some(
    (e) =>
      e.operationId === 'login' &&
      !!(e.requestBody?.properties as Record<string, unknown> | undefined)?.password,
  );
  const delegated =
    !!auth &&
    (auth.strategy.value === 'oauth-provider' ||
      (auth.strategy.value === 'jwt' && auth.tokenIssuer?.value === 'server'));
  // Groups with their own provider name their roles; one provider for everybody names none.
  const byProvider = new Map<string, string[]>();
  for (const g of auth?.perRole ?? [])
    if (g.provider) byProvider.set(g.provider, [...(byProvider.get(g.provider) ?? []), ...g.roles]);
  const providers =
    byProvider.size > 0
      ? [...byProvider].map(([name, roles]) => ({ name, roles }))
      : auth?.provider
        ? [{ name: auth.provider.value, roles: [] }]
        : [];
  // A one-time link or code beside one provider, with no group said to use which: who signs in
  // through the provider is not known, so the provider is not said to run every sign-in.
  const unassigned = byProvider.size === 0 && !!auth?.signInMethod;
  const at = delegated && !passwordLogin && !unassigned ? providers : [];
  return p.authentication(
    AUTH_PART_ORDER.filter((x) => parts.has(x)),
    at,
  );
}

/** One row per service: what it is for, what it depends on, which methods run in one transaction. */
function servicesTable(ctx: RenderContext): string {
  const t = ctx.t.api.services;
  const c = ctx.t.api.compact;
  return table(
    c.serviceHeader,
    ctx.spec.services.map((s) => {
      const tx = s.methods.filter((m) => m.transactional || m.transaction);
      return [
        `\`${s.name}\``,
        purpose(s, ctx),
        s.dependencies.map((d) => `\`${d}\``).join(', '),
        tx.length === 0 ? t.noTransactions : tx.map((m) => boundaryText(m, ctx)).join('; '),
        `\`${cite(s.origin)}\``,
      ];
    }),
  );
}

/**
 * A method's transaction boundary with its source: the sentence that states it (`file:line`), or
 * the derivation rule and the stated facts it read (`rule derive/x, docs/arch.md:40`).
 */
function boundaryText(m: ServiceMethod, ctx: RenderContext): string {
  const t = ctx.t.api.services;
  const b = m.transaction;
  if (!b) return t.transactional(m.name, cite(m.origin));
  const from = b.origin.kind === 'rule' ? (b.origin.from ?? []).map((r) => `${r.file}:${r.line}`) : [];
  const rule = b.rule && b.mechanism !== 'constraint' && b.mechanism !== 'audit' ? [b.rule] : [];
  const source = [cite(b.origin), ...from, ...rule].join(', ');
  if (b.mechanism === 'atomic') return t.transactional(m.name, source);
  const how = (t.transactionMechanisms[b.mechanism] ?? b.mechanism).replace('{rule}', b.rule ?? '');
  return t.transactionWith(m.name, how, source);
}

/** The stated side effects, one row per method and effect (null when none is stated). */
function sideEffectsBlock(ctx: RenderContext): string | null {
  const t = ctx.t.api.services;
  const rows = ctx.spec.services.flatMap((s) =>
    s.methods.flatMap((m) =>
      (m.sideEffects ?? []).map((fx) => [
        `\`${s.name}.${m.name}\``,
        t.sideEffectKinds[fx.kind] ?? fx.kind,
        fx.via ?? '—',
        fx.trigger,
        `\`${cite(fx.origin)}\``,
      ]),
    ),
  );
  return rows.length > 0 ? blocks(t.sideEffectsIntro, table(t.sideEffectsHeader, rows)) : null;
}

/** Every public method once: its service, signature (in the stated language), the endpoints that call it, what it throws. */
function methodsTable(ctx: RenderContext): string {
  const lang = signatureLanguage(ctx.spec.serverLanguage?.value);
  return table(
    ctx.t.api.compact.methodHeader,
    ctx.spec.services.flatMap((s) =>
      s.methods.map((m) => [
        `\`${s.name}\``,
        `\`${signature(m, lang)}\``,
        endpointsOf(m.endpoints, ctx)
          .map((e) =>
            e.servedBy
              ? `${ctx.t.api.stories.calledBySurface(e.servedBy.surface)} ${source(e.servedBy.stated)}`
              : `\`${e.method} ${e.path}\``,
          )
          .join(', '),
        m.throws.map((x) => throwText(x, ctx)).join(', '),
      ]),
    ),
  );
}

/**
 * A thrown error: the typed errors of the conventions table by name; a domain error code with the
 * rule it enforces (`SLOT_UNAVAILABLE` (BR-04)) — the rule's text is in the business-rules table.
 */
function throwText(x: { error: string; when: string }, ctx: RenderContext): string {
  if (ctx.t.api.services.errors[x.error]) return `\`${x.error}\``;
  const rule = /^([A-Z][A-Z0-9]*-\d+[A-Z0-9]*)\s*:/.exec(x.when)?.[1];
  return `\`${x.error}\` (${rule ?? x.when})`;
}

/** Which language the signatures are written in, and where the stack states it (none: TypeScript). */
function languageLine(ctx: RenderContext): string | null {
  const stated = ctx.spec.serverLanguage;
  if (!stated) return null;
  const at = `\`${cite(stated.origin)}\``;
  const t = ctx.t.api.services;
  return signatureLanguage(stated.value) === 'neutral'
    ? t.signaturesNeutral(stated.value, at)
    : t.signatures(stated.value, at);
}
