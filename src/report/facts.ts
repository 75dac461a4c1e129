import type { Spec } from '../model/spec/index.js';
import type { Report } from './index.js';

/** Durations as people write them in a report: `15min`, `7-day`, `36h`. */
function duration(seconds: number): string {
  if (seconds % 86_400 === 0) return `${seconds / 86_400}-day`;
  if (seconds % 3_600 === 0) return `${seconds / 3_600}h`;
  if (seconds % 60 === 0) return `${seconds / 60}min`;
  return `${seconds}s`;
}

const STRATEGY: Record<string, string> = {
  jwt: 'JWT',
  session: 'Server-side sessions',
  'oauth-provider': 'External identity provider (OAuth 2.0 / OIDC)',
  'api-key': 'API keys',
  'opaque-token': 'Opaque bearer tokens',
  none: 'None',
};

/**
 * The strategy and its provider as the documents say who issues the tokens: the provider's own JWTs
 * ("JWTs issued by Keycloak"), or the API's after a sign-in at the provider ("sign-in via Kakao Login,
 * then the API's own JWTs"); "via" alone only when the documents do not say which.
 */
function scheme(auth: NonNullable<Spec['auth']>): string {
  const name = STRATEGY[auth.strategy.value] ?? auth.strategy.value;
  if (!auth.provider) return name;
  const issuer = auth.tokenIssuer?.value;
  if (auth.strategy.value === 'jwt' && issuer === 'server')
    return `sign-in via ${auth.provider.value}, then the API's own JWTs`;
  if (auth.strategy.value === 'jwt' && issuer === 'provider') return `JWTs issued by ${auth.provider.value}`;
  return `${name} via ${auth.provider.value}`;
}

/** The figures of the report's Security, Performance and requirement lines, read off the Spec. */
export function reportFacts(spec: Spec): Pick<Report, 'security' | 'performance' | 'requirements'> {
  const auth = spec.auth;
  let authentication: string | null = null;
  let authenticationScheme: string | null = null;
  const tokenLifetimes: NonNullable<Report['security']['tokenLifetimes']> = [];
  if (auth) {
    const ttl = [
      // A lifetime the documents do not state is a proposal, said where it stands.
      auth.accessTokenTtlSeconds &&
        `${duration(auth.accessTokenTtlSeconds.value)} access${auth.accessTokenTtlSeconds.origin.kind === 'default' ? ' (proposed)' : ''}`,
      auth.refreshTokenTtlSeconds &&
        `${duration(auth.refreshTokenTtlSeconds.value)} refresh${auth.refreshTokenTtlSeconds.origin.kind === 'default' ? ' (proposed)' : ''}`,
    ].filter(Boolean);
    authenticationScheme = `${scheme(auth)}${auth.refreshTokenTtlSeconds ? ' with refresh tokens' : ''}`;
    authentication = `${authenticationScheme}${ttl.length > 0 ? ` (${ttl.join(', ')})` : ''}`;
    for (const [kind, ttlSeconds] of [
      ['access', auth.accessTokenTtlSeconds],
      ['refresh', auth.refreshTokenTtlSeconds],
    ] as const)
      if (ttlSeconds)
        tokenLifetimes.push({
          kind,
          seconds: ttlSeconds.value,
          proposed: ttlSeconds.origin.kind === 'default',
        });
  }
  const matrix = spec.permissions;
  const authorization =
    spec.roles.length > 0
      ? `role-based access control, ${spec.roles.length} roles (${spec.roles.map((r) => r.name).join(', ')})${matrix ? `, permission matrix of ${matrix.rows.length} endpoints` : ''}${matrix && matrix.ownership.length > 0 ? `, ${matrix.ownership.length} ownership rules` : ''}`
      : null;
  // An operation with a limit the documents state is counted under that limit, not under its class.
  const classes = new Map<string, number>();
  for (const e of spec.endpoints)
    if (!e.statedRateLimit) classes.set(e.rateLimit, (classes.get(e.rateLimit) ?? 0) + 1);
  const rateClasses = [...classes]
    .sort((a, b) => (a[0] < b[0] ? -1 : 1))
    .map(([name, endpoints]) => ({ name, endpoints }));
  const statedLimits = spec.endpoints
    .filter((e) => e.statedRateLimit)
    .map((e) => ({
      operation: `${e.method} ${e.path}`,
      text: e.statedRateLimit!.text,
      ...(e.statedRateLimit!.per ? { per: e.statedRateLimit!.per } : {}),
    }));
  const rateLimiting =
    rateClasses.length > 0 || statedLimits.length > 0
      ? [
          rateClasses.length > 0
            ? `per endpoint class: ${rateClasses.map((r) => `${r.name} (${r.endpoints})`).join(', ')}`
            : null,
          statedLimits.length > 0
            ? `stated: ${statedLimits.map((l) => `${l.operation} — ${l.text}${l.per && !l.text.toLowerCase().includes(l.per.toLowerCase()) ? `, counted per ${l.per}` : ''}`).join('; ')}`
            : null,
        ]
          .filter(Boolean)
          .join('; ')
      : null;

  const fkColumns = new Set(
    spec.entities.flatMap((e) => e.fields.filter((f) => f.references).map((f) => `${e.name}.${f.column}`)),
  );
  const foreignKeyIndexes = spec.database.indexes.filter((i) =>
    fkColumns.has(`${i.entity}.${i.columns[0]}`),
  ).length;

  // The most common pagination among list endpoints: the "default pagination" the report names.
  const paged = spec.endpoints.filter((e) => e.pagination);
  const tally = new Map<string, number>();
  for (const e of paged) {
    const key = `${e.pagination!.default}/${e.pagination!.max}`;
    tally.set(key, (tally.get(key) ?? 0) + 1);
  }
  const top = [...tally].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
  const pagination = top
    ? { default: Number(top[0].split('/')[0]), max: Number(top[0].split('/')[1]), endpoints: paged.length }
    : null;

  const untraced = spec.traceability.filter((t) => t.items.length === 0).map((t) => t.requirement);
  return {
    security: {
      authentication,
      passwordHashing: auth?.passwordHashing?.value ?? null,
      authorization,
      validationRules: spec.validation?.rules.length ?? 0,
      sensitiveFields: spec.validation?.sensitiveFields.length ?? 0,
      rateLimiting,
      authenticationScheme,
      tokenLifetimes,
      rateClasses,
      ...(statedLimits.length > 0 ? { statedLimits } : {}),
    },
    performance: {
      indexes: spec.database.indexes.length,
      foreignKeyIndexes,
      cacheEntries: spec.caching?.entries.length ?? 0,
      cacheStore: spec.caching?.store?.value ?? null,
      pagination,
    },
    requirements: {
      traced: spec.traceability.length - untraced.length,
      total: spec.traceability.length,
      untraced,
    },
  };
}
