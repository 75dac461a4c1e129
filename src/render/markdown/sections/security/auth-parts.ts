import { formatLifetime } from '../../../../knowledge/lifetimes.js';
import type { Origin } from '../../../../model/origin.js';
import type { Spec } from '../../../../model/spec/index.js';
import type { AuthSpec, Setting } from '../../../../model/spec/security.js';
import type { Messages } from '../../../i18n/index.js';
import { translateText } from '../../derived-prose.js';
import { blocks, fence, heading, source, table } from '../../format.js';

type T = Messages['security']['auth'];

type Phrases = Readonly<Record<string, string>>;

/** A lifetime in the document's language ("15 minutos"), through the phrasebook. */
const lifetimeIn = (phrases: Phrases) => (seconds: number) => translateText(formatLifetime(seconds), phrases);

/** The strategy table: every authentication setting with its value and where it came from. */
export function strategyTable(auth: AuthSpec, t: T, phrases: Phrases): string {
  const formatDuration = lifetimeIn(phrases);
  const rows: [string, string, Origin][] = [];
  const add = <V>(label: string, s: Setting<V> | null | undefined, show: (v: V) => string) => {
    if (s) rows.push([label, show(s.value), s.origin]);
  };
  add(t.settings.strategy, auth.strategy, (v) => t.strategies[v]);
  add(t.settings.provider, auth.provider, (v) => v);
  // Passwords hashed beside the one-time link: the link is one audience's way in, not the only one.
  add(t.settings.signInMethod, auth.signInMethod, (v) =>
    auth.passwordHashing ? t.signInBesidePassword[v] : t.signInMethods[v],
  );
  add(
    auth.signInMethod?.value === 'magic-link' ? t.settings.signInLinkTtl : t.settings.signInCodeTtl,
    auth.signInLinkTtlSeconds,
    formatDuration,
  );
  add(t.settings.accessTokenFormat, auth.accessTokenFormat, (v) => v);
  add(t.settings.tokenVerification, auth.tokenVerification, (v) => t.tokenVerification(v.algorithm, v.jwks));
  add(t.settings.accessTokenTtl, auth.accessTokenTtlSeconds, formatDuration);
  if (auth.refreshTokenTtlSeconds)
    add(t.settings.refreshTokenTtl, auth.refreshTokenTtlSeconds, formatDuration);
  else if (auth.refreshTokens?.value === false)
    add(t.settings.refreshTokenTtl, auth.refreshTokens, () => t.noRefresh);
  add(t.settings.refreshStore, auth.refreshStore, (v) =>
    t.refreshStore(v.store, v.ttlSeconds === null ? null : formatDuration(v.ttlSeconds)),
  );
  add(t.settings.refreshRotation, auth.refreshRotation, () => t.yes);
  add(t.settings.refreshReuse, auth.refreshReuseDetection, () => t.yes);
  add(t.settings.sessionTimeout, auth.sessionTimeoutSeconds, formatDuration);
  add(t.settings.tokenStorage, auth.tokenStorage, (v) => v);
  add(t.settings.passwordHashing, auth.passwordHashing, (v) => v);
  add(t.settings.passwordMinLength, auth.passwordPolicy?.minLength, (v) => String(v));
  add(t.settings.passwordRequires, auth.passwordPolicy?.requires, (v) =>
    v.map((r) => t.requires[r]).join(', '),
  );
  for (const p of auth.socialProviders) add(t.settings.socialProviders, p, (v) => v);
  add(t.settings.mfa, auth.mfa, (v) => v);
  add(t.settings.lockout, auth.lockout, (v) =>
    auth.lockout?.origin.kind === 'default' && auth.lockout.origin.rule === 'derive/lockout-5-attempts-15m'
      ? t.lockoutDefault
      : v,
  );
  return table(
    [t.strategyTable.setting, t.strategyTable.value, t.strategyTable.source],
    rows.map(([label, value, origin]) => [label, value, source(origin)]),
  );
}

/** How each group of roles authenticates, when the documents state it per group. */
export function perRoleTable(auth: AuthSpec, t: T): string | null {
  if (!auth.perRole || auth.perRole.length === 0) return null;
  return blocks(
    t.perRoleIntro,
    table(
      [t.perRoleTable.roles, t.perRoleTable.with, t.perRoleTable.source],
      auth.perRole.map((g) => [
        g.roles.map((r) => `\`${r}\``).join(', '),
        g.transport === 'cookie' ? t.perRoleCookie : t.perRoleBearer(g.provider),
        g.stated ? `${source(g.origin)}, ${source(g.stated)}` : source(g.origin),
      ]),
    ),
  );
}

const EXAMPLE_ID = '3f2b8c1e-9d4a-4e7b-8a51-2c6d0f9e7a13';
const TENANT_ID = '7c1e4b2a-5f3d-4a9e-b6c8-1d2e3f4a5b6c';
const ISSUED_AT = 1735718400;

/** A JWT payload example from the claims (stated or default), with deterministic example values. */
export function jwtSection(spec: Spec, auth: AuthSpec, t: T): string | null {
  if (auth.jwtClaims.length === 0) return null;
  const tenant = spec.permissions?.tenant?.column ?? null;
  // Where only some roles carry tokens (staff by bearer token, volunteers by a session cookie), the
  // example is one of theirs.
  const bearer = auth.perRole?.find((g) => g.transport === 'bearer')?.roles;
  const role =
    bearer?.find((r) => r !== 'admin') ??
    spec.roles.find((r) => r.name !== 'admin')?.name ??
    spec.roles[0]?.name ??
    'user';
  const ttl = auth.accessTokenTtlSeconds?.value ?? 900;
  const payload: Record<string, unknown> = {};
  const stated = (name: string) => auth.jwtClaims.find((c) => c.name === name && c.origin.kind === 'source');
  // The stated issuer of a delegated provider says whose tokens the API accepts.
  const meaning = (name: string) =>
    (name === 'iss' ? stated(name)?.description : undefined) ??
    t.claims[name] ??
    (name === tenant
      ? t.tenantClaim(name)
      : /^(user_?id|uid)$/i.test(name)
        ? t.userClaim
        : (auth.jwtClaims.find((c) => c.name === name)?.description ?? name));
  for (const c of auth.jwtClaims) {
    const n = c.name;
    // A dotted claim is a path in the token (Keycloak's `realm_access.roles`): nested, as issued.
    const path = n.split('.');
    let into = payload;
    for (const part of path.slice(0, -1)) {
      if (typeof into[part] !== 'object' || into[part] === null) into[part] = {};
      into = into[part] as Record<string, unknown>;
    }
    into[path.at(-1)!] =
      n === 'iat'
        ? ISSUED_AT
        : n === 'exp'
          ? ISSUED_AT + ttl
          : n === 'nbf'
            ? ISSUED_AT
            : n === 'role'
              ? role
              : n === 'roles' || /roles$/i.test(n)
                ? [role]
                : n === tenant || /(^|_)(tenant|org|organization|lab|workspace|account)_?id$/i.test(n)
                  ? TENANT_ID
                  : n === 'iss'
                    ? // A delegated provider issues the tokens: its issuer, never our API.
                      `https://${stated('iss') ? slug(auth.provider?.value ?? 'idp') : `api.${slug(spec.project.name)}`}.example`
                    : n === 'aud'
                      ? (auth.jwtClaims.find((c) => c.name === 'aud')?.value ?? slug(spec.project.name))
                      : EXAMPLE_ID;
  }
  return blocks(
    heading(3, t.jwtHeading),
    t.jwtIntro,
    fence('json', JSON.stringify(payload, null, 2)),
    table(
      [t.claimsTable.claim, t.claimsTable.meaning, t.claimsTable.source],
      auth.jwtClaims.map((c) => [`\`${c.name}\``, meaning(c.name), source(c.origin)]),
    ),
  );
}

const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '') || 'app';

/** The token lifecycle, step by step, from the settings. */
export function lifecycleSection(spec: Spec, auth: AuthSpec, t: T, phrases: Phrases): string {
  const formatDuration = lifetimeIn(phrases);
  const steps: string[] = [];
  const l = t.lifecycle;
  if (auth.signInMethod)
    steps.push(
      l.signInLink(
        t.signInSent[auth.signInMethod.value],
        auth.signInLinkTtlSeconds ? formatDuration(auth.signInLinkTtlSeconds.value) : null,
      ),
    );
  // Groups with their own mechanism: each step names the roles it concerns (`volunteer`: the cookie).
  const groups = auth.perRole ?? [];
  const mixed = new Set(groups.map((g) => g.transport)).size > 1;
  const forGroup = (transport: 'cookie' | 'bearer') => {
    const g = mixed ? groups.find((x) => x.transport === transport) : undefined;
    return g ? `${g.roles.map((r) => `\`${r}\``).join(', ')}: ` : '';
  };
  // Bearer groups signed in by different providers (citizens by MitID, staff by Entra ID): one
  // sign-in step per group, each naming its own provider.
  const byProvider = groups.filter((g) => g.transport === 'bearer' && g.provider);
  const providers = new Set(byProvider.map((g) => g.provider));
  // Stated login methods beside the provider ("Bank iD", "Vipps Login via Auth0"): the provider is
  // not said to run every sign-in alone.
  const methods = auth.socialProviders.map((p) => p.value);
  if (auth.strategy.value === 'oauth-provider' && providers.size > 1) {
    for (const g of byProvider)
      steps.push(`${g.roles.map((r) => `\`${r}\``).join(', ')}: ${l.provider(g.provider!)}`);
  } else if (auth.strategy.value === 'oauth-provider') {
    const name = auth.provider?.value ?? t.strategies['oauth-provider'];
    steps.push(
      forGroup('bearer') +
        (methods.length > 0 ? l.providerAndMethods(name, methods.join(', ')) : l.provider(name)),
    );
  }
  if (auth.strategy.value === 'session') steps.push(l.sessionOnly);
  if (auth.strategy.value === 'opaque-token') steps.push(l.opaqueOnly);
  // The provider stated to issue the tokens keeps them: their lifetimes are its configuration.
  if (auth.tokenIssuer?.value === 'provider') {
    const name = auth.provider?.value ?? t.strategies['oauth-provider'];
    steps.push(
      forGroup('bearer') +
        l.providerIssues(
          name,
          auth.accessTokenTtlSeconds ? formatDuration(auth.accessTokenTtlSeconds.value) : null,
          auth.refreshTokenTtlSeconds ? formatDuration(auth.refreshTokenTtlSeconds.value) : null,
        ),
    );
    if (auth.sessionTimeoutSeconds)
      steps.push(forGroup('cookie') + l.session(formatDuration(auth.sessionTimeoutSeconds.value)));
    steps.push(forGroup('bearer') + l.logoutProvider(name));
    return lifecycleBlocks(steps, auth, t, phrases);
  }
  if (auth.accessTokenTtlSeconds) steps.push(l.issue(formatDuration(auth.accessTokenTtlSeconds.value)));
  if (auth.refreshTokenTtlSeconds) {
    // The refresh route by its real path, when the API has one (a stated contract may not).
    const route = spec.endpoints.find((e) => e.operationId === 'refreshToken');
    steps.push(
      l.refresh(
        formatDuration(auth.refreshTokenTtlSeconds.value),
        route ? `${route.method} ${route.path}` : null,
      ),
    );
    if (auth.refreshRotation?.value) steps.push(l.rotation);
  } else if (auth.refreshTokens?.value === false) steps.push(l.noRefresh);
  else if (auth.provider && !auth.accessTokenTtlSeconds)
    steps.push(forGroup('bearer') + l.managed(auth.provider.value));
  if (auth.sessionTimeoutSeconds)
    steps.push(forGroup('cookie') + l.session(formatDuration(auth.sessionTimeoutSeconds.value)));
  if (auth.tokenStorage)
    steps.push(forGroup('cookie') + l.storage(auth.tokenStorage.value.replace(/^cookie:\s*/, '')));
  if (auth.strategy.value === 'jwt' && auth.refreshTokens?.value === false) steps.push(l.logoutStateless);
  else if (auth.strategy.value === 'opaque-token' && !auth.refreshTokenTtlSeconds && !auth.tokenStorage)
    steps.push(l.logoutOpaque);
  else if (auth.strategy.value === 'jwt' && !auth.tokenStorage) steps.push(l.logoutHeader);
  else if (auth.strategy.value !== 'none' && auth.strategy.value !== 'api-key') steps.push(l.logout);
  return lifecycleBlocks(steps, auth, t, phrases);
}

function lifecycleBlocks(steps: string[], auth: AuthSpec, t: T, phrases: Phrases): string {
  const findings = (auth.findings ?? []).map(
    (f) =>
      `- ${t.findings[f.code](f.values.map((v) => translateText(v, phrases)))} (${f.origins.map(source).join(', ')})`,
  );
  return blocks(
    heading(3, t.lifecycleHeading),
    steps.map((s, i) => `${i + 1}. ${s}`).join('\n'),
    findings.length > 0 ? blocks(`**${t.findingsHeading}**`, findings.join('\n')) : null,
  );
}
