import { type Diagnostic, diag } from '../../diagnostics/diagnostic.js';
import { compactDuration } from '../../knowledge/durations.js';
import { hashingOfLibrary } from '../../knowledge/library-hashing.js';
import { formatLifetime as formatDuration } from '../../knowledge/lifetimes.js';
import type { Domain } from '../../model/domain.js';
import { byDefault, fromRule, type Origin } from '../../model/origin.js';
import { type AuthStrategyKind, sessionAfterProvider } from '../../model/security-facts.js';
import type { Endpoint } from '../../model/spec/api.js';
import type { AuthFinding, AuthSpec, Setting } from '../../model/spec/security.js';
import { facts } from './roles.js';

const at = (o: Origin) => (o.kind === 'source' ? { file: o.file, line: o.line } : undefined);
const refs = (...os: Origin[]) =>
  os.flatMap((o) => (o.kind === 'source' ? [{ file: o.file, line: o.line }] : []));
const param = (domain: Domain, key: string) =>
  domain.parameters.find((p) => p.key === key && p.value !== null) ?? null;

/** Auth libraries and CMSs that manage sessions and tokens themselves. */
const MANAGED = /payload|next-?auth|auth\.js|better[- ]auth|lucia/i;

/** Identity providers that run login themselves (the API only verifies their tokens). */
/** The mfa reader's names for a one-time code that are not a second factor by themselves. */
const ONE_TIME_CODE_NAMES = new Set(['otp', 'one-time password', 'one time password']);
const EXTERNAL = /auth0|cognito|clerk|okta|keycloak|entra|firebase|supabase auth|kinde|workos|stytch/i;

/**
 * What choosing an auth library or platform means when the documents name no mechanism beside it:
 * NextAuth/Auth.js, Better Auth, Lucia and the framework-native auth of Laravel (Breeze, Fortify,
 * Jetstream), Django, Devise and ASP.NET Core Identity keep a server-side session in a cookie;
 * Payload CMS and Laravel Passport issue signed tokens; Laravel Sanctum's API tokens are opaque
 * bearer tokens kept hashed in its `personal_access_tokens` table (its SPA cookie mode is a session
 * the documents would state).
 */
const PROVIDER_STRATEGY: [RegExp, AuthStrategyKind][] = [
  [/sanctum/i, 'opaque-token'],
  [
    /next-?auth|auth\.js|better|lucia|breeze|fortify|jetstream|django|devise|asp\.net core identity/i,
    'session',
  ],
  [/payload|laravel passport/i, 'jwt'],
];

/**
 * Auth libraries whose tokens travel in the Authorization header and whose revocation they keep
 * themselves: devise-jwt (dispatched in the `Authorization` response header, revoked by its JTIMatcher,
 * Denylist or Allowlist strategy) and Laravel Sanctum's API tokens (`personal_access_tokens`). No
 * cookie storage and no token store of the tool's own are proposed beside them.
 */
const HEADER_TOKENS = /sanctum|devise[- _]?jwt/i;

/** True when the stated auth library sends its tokens in the Authorization header and revokes them itself. */
export function keepsHeaderTokens(provider: string | null | undefined): boolean {
  return !!provider && HEADER_TOKENS.test(provider);
}

/** What a stated auth library means when the documents name no mechanism beside it, if known. */
export function strategyOfProvider(name: string): AuthStrategyKind | null {
  return PROVIDER_STRATEGY.find(([re]) => re.test(name))?.[1] ?? null;
}

function strategy(
  domain: Domain,
  endpoints: readonly Endpoint[],
): { strategy: AuthSpec['strategy']; provider: AuthSpec['provider']; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  // Only what the documents chose: a mere mention ("NextAuth or Clerk") is not the mechanism, and a
  // strategy the same sentence rejects ("~~JWT Bearer Token~~: over-engineered, API keys suffice")
  // is not stated.
  const stack = domain.stack.find((s) => s.concern === 'auth' && s.status === 'chosen') ?? null;
  // A catalogued provider ("Microsoft Entra ID") before a name read from "via <Name>" wording.
  const all = facts(domain, 'identity-provider');
  const providers: { value: string; origin: Origin; delegated?: boolean }[] = [
    ...all.filter((p) => !p.unlisted),
    ...all.filter((p) => p.unlisted),
  ];
  // "Les membres se connectent avec Keycloak": a group's way in names the provider when no other
  // sentence does.
  if (providers.length === 0)
    for (const g of facts(domain, 'principal-auth'))
      if (g.provider && g.transport !== 'cookie' && !providers.some((p) => p.value === g.provider))
        providers.push({ value: g.provider, origin: g.origin, delegated: true });
  const stated = facts(domain, 'strategy');
  const providerName =
    stack && !/^(jwt|session|oauth|api[- ]?key)/i.test(stack.value) ? stack.value : providers[0]?.value;
  const providerOrigin = stack && providerName === stack.value ? stack.origin : providers[0]?.origin;
  const provider: AuthSpec['provider'] =
    providerName && providerOrigin ? { value: providerName, origin: providerOrigin } : null;
  // Sign-in delegated to a provider (read as such, or one the catalogue knows as external) is OAuth/OIDC.
  const delegated = providers.some((p) => p.delegated && p.value === provider?.value);
  if (provider && (delegated || EXTERNAL.test(provider.value))) {
    // "After sign-in Phoenix creates a session cookie …; we issue no JWTs of our own": the provider
    // runs sign-in, and the API keeps its own server-side session from then on (the BFF pattern); it
    // verifies no provider token per request.
    const session = sessionAfterProvider(stated);
    if (session) return { strategy: { value: 'session', origin: session.origin }, provider, diagnostics };
    // "After sign-in the API issues a Guardian JWT", "서버는 자체 액세스 토큰(JWT)을 발급한다": the
    // provider (or a link by e-mail) only signs the user in; the tokens the API accepts are its own.
    const own = ownTokensAfterSignIn(domain);
    if (own)
      return {
        strategy: { value: 'jwt', origin: stated.find((f) => f.value === 'jwt')?.origin ?? own },
        provider,
        diagnostics,
      };
    return { strategy: { value: 'oauth-provider', origin: provider.origin }, provider, diagnostics };
  }
  // The most-cited stated strategy wins; ties go to the first stated.
  const counts = new Map<AuthStrategyKind, { n: number; origin: Origin }>();
  for (const s of stated) {
    const c = counts.get(s.value);
    counts.set(s.value, { n: (c?.n ?? 0) + 1, origin: c?.origin ?? s.origin });
  }
  const best = [...counts.entries()].sort((a, b) => b[1].n - a[1].n)[0];
  if (best) return { strategy: { value: best[0], origin: best[1].origin }, provider, diagnostics };
  if (stack && /jwt/i.test(stack.value))
    return { strategy: { value: 'jwt', origin: stack.origin }, provider, diagnostics };
  if (stack && /session/i.test(stack.value))
    return { strategy: { value: 'session', origin: stack.origin }, provider, diagnostics };
  if (provider) {
    const means = strategyOfProvider(provider.value);
    if (means)
      return {
        strategy: {
          value: means,
          origin: fromRule('derive/auth-strategy-of-provider', refs(provider.origin)),
        },
        provider,
        diagnostics,
      };
    // A stated library whose mechanism varies (Passport.js, Spring Security): the library stands as
    // stated; the token format is a proposal the team confirms.
    diagnostics.push(
      diag(
        'security/no-auth-strategy',
        `${provider.value} is stated, but not whether it issues JWTs or sessions: JWT bearer tokens are proposed (rule derive/auth-default-jwt)`,
        { at: at(provider.origin), hint: 'state the mechanism beside the library (e.g. "session cookies")' },
      ),
    );
    return {
      strategy: { value: 'jwt', origin: byDefault('derive/auth-default-jwt') },
      provider,
      diagnostics,
    };
  }
  if (endpoints.length > 0 && endpoints.every((e) => !e.authenticated))
    return {
      strategy: { value: 'none', origin: fromRule('derive/auth-none-no-protected-endpoint') },
      provider,
      diagnostics,
    };
  diagnostics.push(
    diag(
      'security/no-auth-strategy',
      'no authentication strategy is stated: JWT bearer tokens are assumed (rule derive/auth-default-jwt)',
      {
        hint: 'state the strategy in the architecture (e.g. "Authentication: JWT" or the identity provider)',
      },
    ),
  );
  return { strategy: { value: 'jwt', origin: byDefault('derive/auth-default-jwt') }, provider, diagnostics };
}

/** Lines after a group's sign-in within which a sentence about the API's own tokens is that group's. */
const GROUP_ISSUER_LINES = 3;

/**
 * Where the documents say the API issues its own tokens after the sign-in, for everybody who signs
 * in through a provider: the sentence that says so. None when a sentence says the provider issues
 * them ("API'et udsteder selv ingen tokens"), or when the API's own tokens follow one group's
 * sign-in (citizens by Bank iD) while another group's provider (staff by Keycloak) is not followed
 * by any: that group keeps its provider's tokens (derive/security/principal-auth.ts).
 */
function ownTokensAfterSignIn(domain: Domain): Origin | null {
  const issuers = facts(domain, 'token-issuer');
  const server = issuers.filter((f) => f.value === 'server');
  if (server.length === 0 || issuers.some((f) => f.value === 'provider')) return null;
  const groups = facts(domain, 'principal-auth').filter((g) => g.provider && g.transport !== 'cookie');
  const follows = (g: (typeof groups)[number], f: (typeof server)[number]) =>
    g.origin.kind === 'source' &&
    f.origin.kind === 'source' &&
    g.origin.file === f.origin.file &&
    f.origin.line >= g.origin.line &&
    f.origin.line - g.origin.line <= GROUP_ISSUER_LINES;
  // A sentence that follows no group's sign-in is said for everybody.
  const general = server.find((f) => !groups.some((g) => follows(g, f)));
  if (general) return general.origin;
  const base = (p: string) => p.split(' via ')[0]!.toLowerCase();
  const own = new Set(groups.filter((g) => server.some((f) => follows(g, f))).map((g) => base(g.provider!)));
  return groups.every((g) => own.has(base(g.provider!))) ? server[0]!.origin : null;
}

/** A stated lifetime: the quantity extractor's parameter first, else the auth extractor's reading. */
function lifetime(
  domain: Domain,
  key: string,
  token: 'access' | 'refresh' | 'session',
  findings: AuthFinding[],
  code: AuthFinding['code'],
): Setting<number> | null {
  const p = param(domain, key);
  const read = facts(domain, 'token-lifetime').filter((f) => f.token === token);
  const values: Setting<number>[] = [
    ...(p ? [{ value: p.value!, origin: p.origin }] : []),
    ...read.map((f) => ({ value: f.seconds, origin: f.origin })),
  ];
  const first = values[0];
  if (!first) return null;
  const other = values.find((v) => v.value !== first.value);
  if (other)
    findings.push({
      code,
      values: [formatDuration(first.value), formatDuration(other.value)],
      origins: [first.origin, other.origin],
    });
  return first;
}

/**
 * Authentication settings: every value stated in the documents with its source; where the
 * workflow needs a value the documents do not give, a named default rule (OWASP ASVS V2/V3,
 * OWASP Password Storage Cheat Sheet, RFC 9700 for refresh tokens, RFC 7519 for claims).
 */
export function authSettings(
  domain: Domain,
  endpoints: readonly Endpoint[],
  tenantColumn: string | null,
): { auth: AuthSpec; diagnostics: Diagnostic[] } {
  const s = strategy(domain, endpoints);
  const diagnostics = [...s.diagnostics];
  const findings: AuthFinding[] = [];
  const kind = s.strategy.value;
  const tokens = kind === 'jwt';
  // A stated passwordless sign-in (a magic link, a code by e-mail) stores and checks no password:
  // no hashing, no password policy, no password lockout is designed.
  const stated = facts(domain, 'passwordless');
  // The fact that says how (a link, a code) wins over one that only says "passwordless".
  const passwordless =
    stated.find(
      (f) =>
        f.method === 'magic-link' ||
        f.method === 'email-code' ||
        f.method === 'sms-code' ||
        f.method === 'phone-code',
    ) ??
    stated[0] ??
    null;
  const oneTime =
    passwordless &&
    (passwordless.method === 'magic-link' ||
      passwordless.method === 'email-code' ||
      passwordless.method === 'sms-code' ||
      passwordless.method === 'phone-code')
      ? { method: passwordless.method, origin: passwordless.origin }
      : null;
  // A password sign-in designed beside the one-time link (accounts that keep a password column,
  // derive/api/auth-endpoints.ts) still needs hashing, a policy and a lockout.
  const passwordLogin = endpoints.some(
    (e) =>
      e.operationId === 'login' &&
      !!(e.requestBody?.properties as Record<string, unknown> | undefined)?.password,
  );
  // A session kept after the identity provider's sign-in holds no password of ours to hash or lock.
  const signInElsewhere =
    !!s.provider &&
    (EXTERNAL.test(s.provider.value) ||
      facts(domain, 'identity-provider').some((p) => p.delegated && p.value === s.provider?.value) ||
      facts(domain, 'principal-auth').some((g) => g.provider === s.provider?.value));
  const passwords =
    (kind === 'jwt' || kind === 'session' || kind === 'opaque-token') &&
    (!passwordless || passwordLogin) &&
    (!signInElsewhere || passwordLogin);
  // A code's stated lifetime ("OTP … expires after 5 minutes") is the sign-in code's.
  const linkTtl =
    param(domain, 'auth.sign-in-link-ttl') ??
    (oneTime && oneTime.method !== 'magic-link' ? param(domain, 'auth.otp-ttl') : undefined);
  // An auth library or CMS the documents keep (Payload, NextAuth/Auth.js) issues and renews its own
  // tokens: lifetimes and refresh rules are its configuration, so none is invented here.
  const managed = !!s.provider && MANAGED.test(s.provider.value);
  const selfHashing = !!s.provider && /payload/i.test(s.provider.value);

  let access = lifetime(domain, 'auth.access-token-ttl', 'access', findings, 'access-ttl-conflict');
  if (!access && tokens && !managed)
    access = { value: 900, origin: byDefault('derive/access-token-default-15m') };
  const noRefresh = facts(domain, 'no-refresh-token')[0];
  let refresh = noRefresh
    ? null
    : lifetime(domain, 'auth.refresh-token-ttl', 'refresh', findings, 'refresh-ttl-conflict');
  const refreshStated = facts(domain, 'refresh-token')[0];
  if (!refresh && !noRefresh && tokens && !managed)
    refresh = { value: 604800, origin: byDefault('derive/refresh-token-default-7d') };
  // RFC 9700 §4.14.2: refresh tokens for browser clients rotate, and reuse revokes the family.
  const rotation: Setting<boolean> | null = refresh
    ? {
        value: true,
        origin: fromRule(
          'derive/refresh-rotation-reuse-detection',
          refs(refreshStated?.origin ?? refresh.origin),
        ),
      }
    : null;
  const session = lifetime(domain, 'auth.session-timeout', 'session', findings, 'session-timeout-conflict');
  // A stated session limit caps a default refresh lifetime; a stated one that outlives it is reported.
  if (session && refresh && session.value < refresh.value && refresh.origin.kind === 'default')
    refresh = {
      value: session.value,
      origin: fromRule('derive/refresh-token-capped-by-session', refs(session.origin)),
    };
  if (session && refresh && session.value < refresh.value)
    findings.push({
      code: 'session-timeout-vs-refresh',
      values: [formatDuration(session.value), formatDuration(refresh.value)],
      origins: [session.origin, refresh.origin],
    });

  const hashFacts = facts(domain, 'hashing');
  const withCost = hashFacts.find((h) => h.cost !== null);
  const hashFact = withCost ?? hashFacts[0];
  const costParam = param(domain, 'auth.hash-cost');
  let passwordHashing: AuthSpec['passwordHashing'] = null;
  if (hashFact) {
    const algorithm = hashFact.algorithm;
    const cost = costParam?.value ?? hashFact.cost;
    if (algorithm === 'bcrypt' && cost === null)
      passwordHashing = {
        value: 'bcrypt, cost 12',
        origin: fromRule('derive/bcrypt-min-cost-12', refs(hashFact.origin)),
      };
    else {
      passwordHashing = {
        value: cost === null ? algorithm : `${algorithm}, cost ${cost}`,
        origin: costParam?.origin ?? hashFact.origin,
      };
      if (algorithm === 'bcrypt' && cost !== null && cost < 12) {
        findings.push({
          code: 'hash-cost-below-minimum',
          values: [String(cost), '12'],
          origins: [passwordHashing.origin],
        });
        diagnostics.push(
          diag(
            'security/weak-hash-cost',
            `bcrypt cost ${cost} is below 12 (OWASP Password Storage Cheat Sheet)`,
            { at: at(passwordHashing.origin) },
          ),
        );
      }
    }
  } else if (passwords && s.provider && hashingOfLibrary(s.provider.value))
    // "Devise + devise-jwt": the library hashes the passwords itself, with its own scheme.
    passwordHashing = {
      value: hashingOfLibrary(s.provider.value)!,
      origin: fromRule('derive/password-hash-of-library', refs(s.provider.origin)),
    };
  else if (passwords && !selfHashing)
    passwordHashing = {
      value: 'argon2id, m=19456 KiB, t=2, p=1',
      origin: byDefault('derive/password-hash-argon2id'),
    };

  const storage = facts(domain, 'token-storage');
  const attributes = [...new Set(storage.flatMap((f) => f.attributes))];
  // "The refresh token travels in an HttpOnly cookie" (리프레시 토큰은 HttpOnly 쿠키로 전달한다): only
  // the refresh token is the cookie's; the access token stays in the Authorization header, and no
  // cookie is proposed for it.
  const refreshOnly = storage.length > 0 && storage.every((f) => f.token === 'refresh');
  const refreshTokenStorage: AuthSpec['refreshTokenStorage'] = refreshOnly
    ? {
        value: `cookie: ${attributes.join(', ')}`,
        origin: (storage.find((f) => f.attributes.length === attributes.length) ?? storage[0]!).origin,
      }
    : null;
  const tokenStorage: AuthSpec['tokenStorage'] = refreshOnly
    ? null
    : storage[0]
      ? {
          value: `cookie: ${attributes.join(', ')}`,
          origin: (storage.find((f) => f.attributes.length === attributes.length) ?? storage[0]).origin,
        }
      : // An opaque token travels in the Authorization header (RFC 6750): no cookie is proposed for it.
        passwords &&
          kind !== 'opaque-token' &&
          !keepsHeaderTokens(s.provider?.value) &&
          // "Mini programs have no cookies": the stated client cannot hold one.
          facts(domain, 'no-cookies').length === 0
        ? {
            value: 'cookie: HttpOnly, Secure, SameSite=Lax',
            origin: byDefault('derive/token-cookie-httponly-secure-samesite'),
          }
        : null;

  const social = new Map<string, Setting<string>>();
  for (const f of facts(domain, 'social-provider'))
    if (f.status === 'chosen' && !social.has(f.value))
      social.set(f.value, { value: f.value, origin: f.origin });
  // Where a one-time code is the way in, a bare "OTP" names that code, not a second factor.
  const codeSignIn = !!oneTime && oneTime.method !== 'magic-link';
  const mfaFact = facts(domain, 'mfa').find(
    (f) => f.status === 'chosen' && !(codeSignIn && ONE_TIME_CODE_NAMES.has(f.value.toLowerCase())),
  );
  const lockoutFact = facts(domain, 'lockout')[0];
  const attempts = param(domain, 'auth.lockout-attempts');
  // "after 5 failed attempts the account is locked for 15 minutes": the stated lock goes with them.
  const locked = param(domain, 'auth.lockout-duration');
  const lockout: AuthSpec['lockout'] = attempts
    ? {
        value: locked?.value
          ? `${attempts.value} failed attempts then locked for ${compactDuration(locked.value)}`
          : `${attempts.value} failed attempts`,
        origin: attempts.origin,
      }
    : lockoutFact
      ? { value: lockoutFact.text, origin: lockoutFact.origin }
      : passwords
        ? {
            // OWASP ASVS V2.2.1: throttle per account and per IP; the renderer words it via the catalog.
            value: 'attempts=5 window=15m lock=15m',
            origin: byDefault('derive/lockout-5-attempts-15m'),
          }
        : null;

  // Who issues the tokens, as stated: a server that issues its own after the provider's sign-in
  // ("서버는 자체 액세스 토큰을 발급한다") wins over a sentence about the provider's tokens.
  const issuers = facts(domain, 'token-issuer');
  const issuerFact =
    kind === 'oauth-provider' || (kind === 'jwt' && !!s.provider)
      ? (issuers.find((f) => f.value === 'server') ?? issuers.find((f) => f.value === 'provider'))
      : undefined;
  const claimsFact = facts(domain, 'jwt-claims')[0];
  const claimNames = claimsFact
    ? claimsFact.claims
    : tokens
      ? ['sub', 'role', ...(tenantColumn ? [tenantColumn] : []), 'iat', 'exp', 'jti']
      : kind === 'oauth-provider'
        ? // OpenID Connect Core §2: what the API checks on a provider's token, plus the role it maps.
          ['sub', 'iss', 'aud', 'exp', 'iat', 'role']
        : [];
  const claimOrigin = claimsFact?.origin ?? byDefault('derive/jwt-claims-minimal');
  // The role claim the documents name replaces the generic `role`; a delegated provider is the issuer.
  const roleClaim = facts(domain, 'role-claim')[0];
  const audience = facts(domain, 'jwt-audience')[0];
  const jwtClaims = claimNames.map((name) =>
    audience && name === 'aud'
      ? {
          name,
          description: `${CLAIM_DESCRIPTIONS.aud}: ${audience.audience}`,
          origin: audience.origin,
          value: audience.audience,
        }
      : roleClaim && (name === 'role' || name === 'roles')
        ? {
            name: roleClaim.claim,
            role: true as const,
            // The provider's claim only when the provider issues the tokens.
            description:
              issuerFact?.value === 'server' || (kind === 'jwt' && !s.provider)
                ? (CLAIM_DESCRIPTIONS.role ?? 'role')
                : 'the user roles, as the identity provider issues them',
            origin: roleClaim.origin,
          }
        : // The API that issues its own tokens after the provider's sign-in is their issuer.
          name === 'iss' &&
            s.strategy.value === 'oauth-provider' &&
            s.provider &&
            issuerFact?.value !== 'server'
          ? {
              name,
              description: `issuer: ${s.provider.value} — the API accepts only tokens it issued (RFC 7519 §4.1.1)`,
              origin: s.provider.origin,
            }
          : { name, description: CLAIM_DESCRIPTIONS[name] ?? name, origin: claimOrigin },
  );

  // NIST SP 800-63B §5.1.1.2: at least 8 characters for user-chosen passwords, no composition rules.
  const minParam = param(domain, 'auth.password-min-length');
  const policy = facts(domain, 'password-policy')[0];
  const passwordPolicy: AuthSpec['passwordPolicy'] = passwords
    ? {
        minLength: minParam
          ? { value: minParam.value!, origin: minParam.origin }
          : policy?.minLength
            ? { value: policy.minLength, origin: policy.origin }
            : { value: 8, origin: byDefault('derive/password-min-length-8') },
        requires:
          policy && policy.requires.length > 0 ? { value: policy.requires, origin: policy.origin } : null,
      }
    : null;

  for (const f of findings) {
    const where = f.origins.map((o) =>
      o.kind === 'source' || o.kind === 'assistant'
        ? `${o.file}:${o.line}`
        : o.kind === 'decision'
          ? o.file
          : o.rule,
    );
    if (f.code === 'session-timeout-vs-refresh')
      diagnostics.push(
        diag(
          'security/session-vs-refresh',
          `session timeout ${f.values[0]} (${where[0]}) is shorter than the refresh-token lifetime ${f.values[1]} (${where[1]}): the session limit caps the refresh chain`,
          { at: at(f.origins[0]!) },
        ),
      );
    else if (f.code !== 'hash-cost-below-minimum')
      diagnostics.push(
        diag(
          'security/auth-conflict',
          `${f.code.replace(/-conflict$/, '').replace(/-/g, ' ')}: ${f.values[0]} (${where[0]}) vs ${f.values[1]} (${where[1]}); the first is used`,
          { at: at(f.origins[1]!) },
        ),
      );
  }

  // The verification the documents state (algorithm, JWKS) for the tokens the API checks: the first
  // sentence that names an algorithm, and the key set if any sentence names it.
  // Where the API issues its own tokens after the provider's sign-in, the provider's key set (JWKS)
  // checks the provider's ID token at sign-in, never the API's own tokens: only a stated algorithm
  // is theirs.
  const ownAfterProvider = kind === 'jwt' && !!s.provider && issuerFact?.value === 'server';
  const verifying = facts(domain, 'token-verification').filter((f) => !ownAfterProvider || f.algorithm);
  const withAlgorithm = verifying.find((f) => f.algorithm !== null);
  const tokenVerification: AuthSpec['tokenVerification'] =
    verifying.length > 0 && (kind === 'jwt' || kind === 'oauth-provider')
      ? {
          value: {
            algorithm: withAlgorithm?.algorithm ?? null,
            jwks: !ownAfterProvider && verifying.some((f) => f.jwks),
          },
          origin: (withAlgorithm ?? verifying[0]!).origin,
        }
      : null;

  // Refresh tokens kept in a key-value store whose keys expire: the store named by one statement, the
  // TTL by the same or another (a key table's TTL column).
  const stores = facts(domain, 'refresh-store');
  const storeNamed = stores.find((f) => f.store !== null)?.store ?? null;
  const expiring = stores.find((f) => f.expires && f.ttlSeconds !== null) ?? stores.find((f) => f.expires);
  const refreshStore: AuthSpec['refreshStore'] =
    storeNamed && expiring && !noRefresh
      ? { value: { store: storeNamed, ttlSeconds: expiring.ttlSeconds }, origin: expiring.origin }
      : null;

  const auth: AuthSpec = {
    strategy: s.strategy,
    provider: s.provider,
    accessTokenTtlSeconds: access,
    refreshTokenTtlSeconds: refresh,
    refreshRotation: issuerFact?.value === 'provider' ? null : rotation,
    tokenStorage,
    ...(refreshTokenStorage ? { refreshTokenStorage } : {}),
    passwordHashing,
    socialProviders: [...social.values()],
    mfa: mfaFact ? { value: mfaFact.value, origin: mfaFact.origin } : null,
    lockout,
    jwtClaims,
    sessionTimeoutSeconds: session,
    refreshTokens: noRefresh
      ? { value: false, origin: noRefresh.origin }
      : refresh
        ? { value: true, origin: refreshStated?.origin ?? refresh.origin }
        : null,
    accessTokenFormat: tokens ? { value: 'JWT', origin: s.strategy.origin } : null,
    ...(tokenVerification ? { tokenVerification } : {}),
    ...(issuerFact ? { tokenIssuer: { value: issuerFact.value, origin: issuerFact.origin } } : {}),
    // Rotation and reuse detection are the issuer's: the provider's configuration, not this API's.
    refreshReuseDetection: issuerFact?.value === 'provider' ? null : rotation,
    ...(refreshStore ? { refreshStore } : {}),
    passwordPolicy,
    ...(oneTime
      ? {
          signInMethod: { value: oneTime.method, origin: oneTime.origin },
          signInLinkTtlSeconds: linkTtl?.value ? { value: linkTtl.value, origin: linkTtl.origin } : null,
        }
      : {}),
    findings: dedupe(findings),
  };
  if (noRefresh) auth.refreshTokenTtlSeconds = null;
  return { auth, diagnostics: dedupeDiags(diagnostics) };
}

const CLAIM_DESCRIPTIONS: Record<string, string> = {
  sub: 'subject: the user id (RFC 7519 §4.1.2)',
  iat: 'issued at (RFC 7519 §4.1.6)',
  exp: 'expiry (RFC 7519 §4.1.4)',
  jti: 'token id, for revocation (RFC 7519 §4.1.7)',
  iss: 'issuer (RFC 7519 §4.1.1)',
  aud: 'audience (RFC 7519 §4.1.3)',
  nbf: 'not before (RFC 7519 §4.1.5)',
  role: 'the user role',
  roles: 'the user roles',
};

function dedupe(list: AuthFinding[]): AuthFinding[] {
  const seen = new Set<string>();
  return list.filter((f) => {
    const k = `${f.code}|${f.values.join('|')}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function dedupeDiags(list: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return list.filter((d) => {
    const k = `${d.code}|${d.message}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
