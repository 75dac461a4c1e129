import { findProviders, providerById } from '../knowledge/providers.js';
import type { Domain, IntegrationMention } from '../model/domain.js';
import { fromRule, type Origin, type SourceRef } from '../model/origin.js';
import type { AuthStrategyKind } from '../model/security-facts.js';
import type { Endpoint, Service, ServiceMethod } from '../model/spec/api.js';
import type { SpecEntity } from '../model/spec/data.js';
import { isUserEntity, planResources, type Resource } from './api/resources.js';
import { integrationChannels } from './integrations.js';
import { strategyOfProvider } from './security/auth-settings.js';
import { methodFor } from './services/methods.js';
import { sideEffectsOf } from './services/side-effects.js';
import { transactionOf, transactionRule } from './services/transactions.js';
import type { DeriveStep } from './types.js';

/**
 * Derive step `services` (workflow step 3): one service per aggregate (a root entity with its owned
 * children and join tables), whose methods are the endpoints' operations; an Authentication service
 * for the auth endpoints; Payment and Notification services when a chosen integration or the
 * requirements need them. Dependencies are the aggregate's repositories, the repositories of the
 * records it references, and integrations; a method that writes more than one table is transactional.
 */
export const servicesStep: DeriveStep = {
  name: 'services',
  derive: ({ domain, spec }) => {
    if (spec.endpoints.length === 0) return { spec: { services: [] }, diagnostics: [] };
    const resources = new Map(planResources(spec.entities, '').map((r) => [r.entity.name, r]));
    const entities = new Map(spec.entities.map((e) => [e.name, e]));
    const users = new Set(spec.entities.filter(isUserEntity).map((e) => e.name));
    const groups = new Map<string, { root: SpecEntity | null; endpoints: Endpoint[] }>();
    const byEntity = new Map<string, Endpoint[]>();
    for (const e of spec.endpoints)
      if (e.entity) {
        const list = byEntity.get(e.entity);
        if (list) list.push(e);
        else byEntity.set(e.entity, [e]);
      }
    for (const e of spec.endpoints) {
      if (e.action === 'health') continue;
      const root = e.entity ? aggregateOf(resources.get(e.entity), resources) : null;
      const key =
        e.action === 'auth'
          ? 'Authentication'
          : e.action === 'webhook'
            ? webhookOwner(e)
            : (root?.name ?? e.resource.replace(/s$/, ''));
      const g = groups.get(key) ?? { root, endpoints: [] };
      // A webhook may open the group before the aggregate's own endpoints name its root.
      g.root ??= root;
      g.endpoints.push(e);
      groups.set(key, g);
    }
    // One provider, one name: the mentions of a provider under its written variants ("微信支付",
    // "微信支付 API v3", "微信支付 V3") are the one integration of section 8, by its name there.
    const named = new Map(spec.integrations.map((i) => [i.provider, i.name]));
    // A provider section 8 holds for later or rejected is no dependency, whatever one mention says.
    const later = new Set(
      spec.integrations
        .filter((i) => i.status === 'future' || i.status === 'out-of-scope' || i.status === 'rejected')
        .map((i) => i.provider),
    );
    // A payment method another chosen service carries ("MobilePay via Nets Easy") is no dependency.
    for (const m of domain.integrations)
      if (m.carriedBy && spec.integrations.find((i) => i.provider === m.provider)?.status !== 'chosen')
        later.add(m.provider);
    const seen = new Set<string>();
    const chosen = domain.integrations
      .filter((i) => (i.status === 'chosen' || i.status === 'mentioned') && !later.has(i.provider))
      .filter((i) => !seen.has(i.provider) && !!seen.add(i.provider))
      .map((i) => ({ ...i, name: named.get(i.provider) ?? i.name }));
    // What each provider carries as the documents state it (Twilio for WhatsApp carries WhatsApp).
    // Twilio for SMS and WhatsApp carries both.
    const carried = new Map<string, string[]>();
    for (const id of new Set(domain.integrations.map((i) => i.provider))) {
      const provider = providerById(id);
      if (provider)
        carried.set(
          id,
          integrationChannels(
            provider,
            domain.integrations.filter((i) => i.provider === id),
          ),
        );
    }
    const category = (c: string) =>
      chosen.filter((i) =>
        carried.has(i.provider)
          ? carried.get(i.provider)!.includes(c)
          : findProviders(i.name).some((m) => m.provider.category === c),
      );
    const services: Service[] = [];
    for (const [key, g] of [...groups.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
      const members = g.root ? membersOf(g.root, resources) : [];
      const methods: ServiceMethod[] = g.endpoints.map((e) => {
        const rule = transactionRule(e, resources, spec.entities);
        const tx = transactionOf(e, byEntity.get(e.entity ?? '') ?? [], domain.securityFacts ?? [], rule);
        // The method exists per endpoint; its boundary (below) cites the rule or sentence that makes it.
        const m = methodFor(e, entities, users, null);
        const effects = sideEffectsOf(e, domain);
        return {
          ...m,
          transactional: tx?.scope === 'one',
          ...(effects.length > 0 ? { sideEffects: effects } : {}),
          ...(tx ? { transaction: tx } : {}),
        };
      });
      const repos = [
        ...new Set([...members.map((m) => m.name), ...referenced(members, entities, users)]),
      ].map((n) => `${n}Repository`);
      const deps = key === 'Authentication' ? authDependencies(spec.entities, domain) : repos;
      // A provider a stated side effect goes through is a dependency of the service that causes it.
      for (const m of methods)
        for (const fx of m.sideEffects ?? []) if (fx.via) deps.push(`${fx.via} (integration)`);
      if (g.root && /payment|invoice|refund|charge|payout/i.test(g.root.name))
        deps.push(...category('payments').map((i) => `${i.name} (integration)`));
      services.push({
        name: `${key}Service`,
        purpose: key === 'Authentication' ? 'authentication' : g.root ? 'aggregate' : 'stated-routes',
        entity: g.root?.name ?? null,
        dependencies: [...new Set(deps)].sort(),
        methods,
        origin:
          key === 'Authentication'
            ? fromRule('derive/authentication-service')
            : fromRule('derive/service-per-aggregate', refs(g.root ? [g.root.origin] : [])),
      });
    }
    // A provider-backed service joins the aggregate service of the same name (a `Notification` entity
    // and the SMS/email providers that deliver it are one NotificationService).
    for (const extra of integrationServices(domain, category)) {
      const same = services.find((x) => x.name === extra.name);
      if (!same) services.push(extra);
      else {
        same.dependencies = [...new Set([...same.dependencies, ...extra.dependencies])].sort();
        same.methods.push(...extra.methods.filter((m) => !same.methods.some((o) => o.name === m.name)));
      }
    }
    return { spec: { services }, diagnostics: [] };
  },
};

/** A provider's webhook belongs with the service that uses the provider (Stripe → Payment). */
function webhookOwner(e: Endpoint): string {
  const category = findProviders(e.path.replace(/[/-]/g, ' '))[0]?.provider.category;
  if (category === 'payments') return 'Payment';
  if (['email', 'sms', 'chat', 'whatsapp', 'push'].includes(category ?? '')) return 'Notification';
  return 'Webhook';
}

function aggregateOf(
  r: Resource | undefined,
  resources: Map<string, Resource>,
  depth = 0,
): SpecEntity | null {
  if (!r || depth > 4) return null;
  if (r.kind === 'nested' && r.parent) return aggregateOf(r.parent.resource, resources, depth + 1);
  if (r.kind === 'join' && r.sides[0])
    return aggregateOf(resources.get(r.sides[0].entity), resources, depth + 1);
  return r.entity;
}

/** The root, its owned children and the join tables it owns. */
function membersOf(root: SpecEntity, resources: Map<string, Resource>): SpecEntity[] {
  const out = [root, ...(aggregateMembers(resources).get(root.name) ?? [])];
  return out.sort((a, b) => (a === root ? -1 : b === root ? 1 : a.name < b.name ? -1 : 1));
}

/**
 * Every resource's entity under the name of its aggregate root (the root itself left out), in the
 * resources' order, found once per resource map: a scan of every resource per service was
 * services × resources (issue 19).
 */
const membersByRoot = new WeakMap<Map<string, Resource>, Map<string, SpecEntity[]>>();
function aggregateMembers(resources: Map<string, Resource>): Map<string, SpecEntity[]> {
  let byRoot = membersByRoot.get(resources);
  if (!byRoot) {
    byRoot = new Map();
    for (const r of resources.values()) {
      const agg = aggregateOf(r, resources);
      if (!agg || r.entity.name === agg.name) continue;
      const list = byRoot.get(agg.name);
      if (list) list.push(r.entity);
      else byRoot.set(agg.name, [r.entity]);
    }
    membersByRoot.set(resources, byRoot);
  }
  return byRoot;
}

/** Entities a member references through a client-supplied FK: their repositories check existence (422). */
function referenced(members: SpecEntity[], entities: Map<string, SpecEntity>, users: Set<string>): string[] {
  const own = new Set(members.map((m) => m.name));
  return members
    .flatMap((m) =>
      m.fields
        .filter((f) => f.references && f.column !== m.tenantColumn && !users.has(f.references.entity))
        .map((f) => f.references!.entity),
    )
    .filter((n) => !own.has(n) && entities.has(n))
    .sort();
}

function authDependencies(entities: SpecEntity[], domain: Domain): string[] {
  const facts = domain.securityFacts ?? [];
  // The auth library the stack chose (Laravel Sanctum) says how tokens are kept when no sentence does.
  const library = domain.stack.find((s) => s.concern === 'auth' && s.status === 'chosen')?.value ?? null;
  const user = entities.find(isUserEntity);
  const hashing = facts.find((f) => f.kind === 'hashing');
  const provider = facts.find((f) => f.kind === 'identity-provider');
  const strategy = facts.find((f) => f.kind === 'strategy');
  // Sign-in delegated to an identity provider (Keycloak, Entra ID): the provider keeps the passwords,
  // and unless the documents say the API issues tokens of its own after the sign-in, it signs none.
  const delegated = provider?.kind === 'identity-provider' && !!provider.delegated;
  const ownTokens = facts.some((f) => f.kind === 'token-issuer' && f.value === 'server');
  const kept = tokenKeeper(
    strategy?.kind === 'strategy' ? strategy.value : null,
    provider?.kind === 'identity-provider' ? provider.value : library,
  );
  return [
    user ? `${user.name}Repository` : null,
    provider && provider.kind === 'identity-provider' ? `${provider.value} (identity provider)` : null,
    hashing && hashing.kind === 'hashing'
      ? `PasswordHasher (${hashing.algorithm})`
      : user && !delegated
        ? 'PasswordHasher'
        : null,
    // A group kept in a session cookie beside the provider (volunteers by SMS code) is the API's session.
    delegated && facts.some((f) => f.kind === 'principal-auth' && f.transport === 'cookie')
      ? 'SessionStore'
      : delegated && kept === 'TokenSigner' && !ownTokens
        ? null
        : kept,
  ].filter((d): d is string => d !== null);
}

/**
 * What signs in a user: a session store, a table of opaque tokens kept hashed (Laravel Sanctum), or a
 * signer of self-contained tokens.
 */
function tokenKeeper(stated: AuthStrategyKind | null, provider: string | null): string {
  const kind = stated ?? (provider ? strategyOfProvider(provider) : null);
  return kind === 'session' ? 'SessionStore' : kind === 'opaque-token' ? 'TokenStore' : 'TokenSigner';
}

/** Payment and Notification services for chosen providers, with one method per provider purpose. */
function integrationServices(domain: Domain, category: (c: string) => IntegrationMention[]): Service[] {
  const out: Service[] = [];
  const channels: [string, string][] = [
    ['email', 'sendEmail'],
    ['sms', 'sendSms'],
    ['chat', 'sendMessage'],
    ['whatsapp', 'sendWhatsApp'],
    ['push', 'sendPush'],
  ];
  const notify = channels.flatMap(([c, method]) => {
    const list = category(c);
    if (list.length === 0) return [];
    const first = list[0]!;
    const m: ServiceMethod = {
      name: method,
      params: [
        { name: 'to', type: 'string' },
        { name: 'template', type: 'string' },
        { name: 'data', type: 'Record<string, unknown>' },
      ],
      returns: 'Promise<void>',
      throws: [
        {
          error: 'IntegrationError',
          when: `${first.name} rejects the message or stays unavailable after retries`,
        },
      ],
      transactional: false,
      endpoints: [],
      origin: fromRule('derive/notification-channel-per-provider', refs([first.origin])),
    };
    return [{ m, deps: list.map((i) => `${i.name} (integration)`) }];
  });
  if (notify.length > 0) {
    out.push({
      name: 'NotificationService',
      purpose: 'notification',
      entity: null,
      dependencies: [...new Set(notify.flatMap((n) => n.deps))].sort(),
      methods: notify.map((n) => n.m),
      origin: fromRule(
        'derive/notification-service',
        notify.flatMap((n) => (n.m.origin.kind === 'rule' ? (n.m.origin.from ?? []) : [])),
      ),
    });
  }
  const payments = category('payments');
  if (payments.length > 0 && !domain.entities.some((e) => /payment/i.test(e.name))) {
    const p = payments[0]!;
    out.push({
      name: 'PaymentService',
      purpose: 'payment',
      entity: null,
      dependencies: [...new Set(payments.map((i) => `${i.name} (integration)`))],
      methods: [
        {
          name: 'createPayment',
          params: [
            { name: 'actor', type: 'Actor' },
            { name: 'idempotencyKey', type: 'string' },
            { name: 'input', type: 'PaymentInput' },
          ],
          returns: 'Promise<PaymentResult>',
          throws: [
            { error: 'ValidationError', when: 'the amount or currency is invalid' },
            { error: 'IntegrationError', when: `${p.name} declines or stays unavailable after retries` },
          ],
          transactional: false,
          endpoints: [],
          origin: fromRule('derive/payment-service', refs([p.origin])),
        },
      ],
      origin: fromRule('derive/payment-service', refs([p.origin])),
    });
  }
  return out;
}

function refs(origins: Origin[]): SourceRef[] {
  return origins.flatMap((o) => (o.kind === 'source' ? [{ file: o.file, line: o.line }] : []));
}
