import { camel } from '../../../derive/api/naming.js';
import { cite } from '../../../model/origin.js';
import type { Service, ServiceMethod } from '../../../model/spec/api.js';
import type { RenderContext, Section } from '../../types.js';
import { blocks, fence, heading, table } from '../format.js';
import { rulesBlock } from './api/rules.js';

/**
 * Section 4 (workflow step 3): the services as TypeScript class signatures (`declare class`, so the
 * block type-checks) with JSDoc `@throws`, their dependencies and transaction boundaries.
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
      t.intro(spec.services.length, methods.length, methods.filter((m) => m.transactional).length),
      t.conventions,
      table(
        [t.errorTable.error, t.errorTable.status, t.errorTable.meaning],
        errors.map(([name, [status, meaning]]) => [`\`${name}\``, status, meaning]),
      ),
      ...spec.services.map((s) => serviceBlock(s, ctx)),
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
      return p.authentication;
    case 'notification':
      return p.notification;
    case 'payment':
      return p.payment;
    default:
      return p['stated-routes'](s.name.replace(/Service$/, ''));
  }
}

function serviceBlock(s: Service, ctx: RenderContext): string {
  const t = ctx.t.api.services;
  const tx = s.methods.filter((m) => m.transactional);
  return blocks(
    heading(3, s.name),
    `${purpose(s, ctx)} ${t.source}: \`${cite(s.origin)}\``,
    fence('typescript', classSignature(s, ctx)),
    s.dependencies.length > 0
      ? `**${t.dependencies}**: ${s.dependencies.map((d) => `\`${d}\``).join(', ')}`
      : null,
    `**${t.transactions}**: ${tx.length === 0 ? t.noTransactions : ''}`,
    tx.length > 0 ? tx.map((m) => `- ${t.transactional(m.name, cite(m.origin))}`).join('\n') : null,
  );
}

function classSignature(s: Service, ctx: RenderContext): string {
  const deps = s.dependencies
    .map((d) => /^[A-Za-z]\w*$/.exec(d)?.[0])
    .filter((d): d is string => d !== undefined);
  const lines = [`export declare class ${s.name} {`];
  if (deps.length > 0) lines.push(`  constructor(${deps.map((d) => `${camel(d)}: ${d}`).join(', ')});`);
  for (const m of s.methods) lines.push('', ...methodSignature(m, ctx));
  lines.push('}');
  return lines.join('\n');
}

function methodSignature(m: ServiceMethod, ctx: RenderContext): string[] {
  const t = ctx.t.api.services;
  const eps = endpointsOf(m.endpoints, ctx);
  const doc = [
    ...eps.map((e) => `${e.summary}. ${t.endpoint}: ${e.method} ${e.path}`),
    ...m.throws.map((x) => `@throws {${x.error}} when ${x.when}`),
  ];
  const params = m.params.map((p) => `${p.name}: ${p.type}`).join(', ');
  return [
    '  /**',
    ...doc.map((d) => `   * ${d.replace(/\*\//g, '*\\/')}`),
    '   */',
    `  ${m.name}(${params}): ${m.returns};`,
  ];
}
