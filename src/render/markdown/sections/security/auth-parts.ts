import { formatLifetime } from '../../../../knowledge/lifetimes.js';
import type { Origin } from '../../../../model/origin.js';
import type { Spec } from '../../../../model/spec/index.js';
import type { AuthSpec, RoleAuth, Setting } from '../../../../model/spec/security.js';
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
  // Groups that sign in differently: each provider and each way in with the roles it serves.
  const groups = signInGroups(auth);
  const withRoles = (value: string, roles: string[]) =>
    roles.length > 0 ? `${roleList(roles)}: ${value}` : value;
  const ways = ownTokenWays(auth, groups, t, withRoles);
  add(t.settings.strategy, auth.strategy, (v) =>
    ways ? t.strategyOwnAfter(ways) : (mixedIssuers(auth, t, withRoles) ?? t.strategies[v]),
  );
  const rolesOf = (pick: (g: RoleAuth) => boolean) => groups.filter(pick).flatMap((g) => g.roles);
  const byProvider = [...new Set(groups.flatMap((g) => (g.provider ? [g.provider] : [])))];
  if (groups.length > 0 && byProvider.length > 0)
    rows.push([
      t.settings.provider,
      byProvider
        .map((p) =>
          withRoles(
            p,
            rolesOf((g) => g.provider === p),
          ),
        )
        .join('; '),
      auth.provider?.origin ?? groups.find((g) => g.provider)!.origin,
    ]);
  else add(t.settings.provider, auth.provider, (v) => v);
  // Passwords hashed beside the one-time link: the link is one audience's way in, not the only one.
  add(t.settings.signInMethod, auth.signInMethod, (v) =>
    withRoles(
      auth.passwordHashing ? t.signInBesidePassword[v] : t.signInMethods[v],
      rolesOf((g) => g.method === v),
    ),
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
  add(t.settings.refreshTokenStorage, auth.refreshTokenStorage, (v) => v);
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

/**
 * The ways in that precede the API's own tokens, when the documents say the API issues its own JWTs
 * after a provider's or a one-time link's sign-in: each group's way in with its roles, or the one
 * provider and way in everybody uses. Null when the tokens are not the API's own after such a sign-in.
 */
function ownTokenWays(
  auth: AuthSpec,
  groups: RoleAuth[],
  t: T,
  withRoles: (value: string, roles: string[]) => string,
): string | null {
  if (auth.strategy.value !== 'jwt' || auth.tokenIssuer?.value !== 'server') return null;
  const how = (g: RoleAuth) => (g.method ? t.signInSent[g.method] : g.provider);
  const byWay = new Map<string, string[]>();
  for (const g of groups) {
    const way = how(g);
    if (way) byWay.set(way, [...(byWay.get(way) ?? []), ...g.roles]);
  }
  if (byWay.size > 0) return [...byWay].map(([way, roles]) => withRoles(way, roles)).join('; ');
  const alone = [
    auth.provider?.value,
    auth.signInMethod ? t.signInSent[auth.signInMethod.value] : null,
  ].filter((x): x is string => !!x);
  return alone.length > 0 ? alone.join('; ') : null;
}

/**
 * The provider's tokens for some groups and the API's own for others (sberka-cs: citizens get the
 * backend's JWT after Bank iD, the staff keep Keycloak's): the strategy per group, so neither is
 * said of everybody. Null when one issuer serves every group.
 */
function mixedIssuers(
  auth: AuthSpec,
  t: T,
  withRoles: (value: string, roles: string[]) => string,
): string | null {
  if (auth.strategy.value !== 'oauth-provider') return null;
  const groups = (auth.perRole ?? []).filter((g) => g.transport === 'bearer');
  const own = groups.filter((g) => g.issuer?.value === 'server');
  const theirs = groups.filter((g) => g.issuer?.value !== 'server' && g.provider);
  if (own.length === 0 || theirs.length === 0) return null;
  const how = (g: RoleAuth) => (g.method ? t.signInSent[g.method] : (g.provider ?? ''));
  return [
    ...own.map((g) => withRoles(t.strategyOwnAfter(how(g)), g.roles)),
    withRoles(
      `${t.strategies['oauth-provider']}: ${[...new Set(theirs.map((g) => g.provider!))].join(', ')}`,
      theirs.flatMap((g) => g.roles),
    ),
  ].join('; ');
}

/**
 * How one group of roles authenticates: its cookie, or its way in (the provider, a one-time link by
 * e-mail) and its bearer token, with who issues the token when that is known.
 */
export function groupAuthentication(g: RoleAuth, t: T): string {
  if (g.transport === 'cookie') return t.perRoleCookie;
  const how = g.method ? t.signInSent[g.method] : g.provider;
  const base = t.perRoleBearer(how);
  if (!g.issuer) return base;
  const who = g.issuer.value === 'server' ? t.perRoleApi : (g.provider ?? t.strategies['oauth-provider']);
  return `${base}; ${t.perRoleIssuedBy(who)}`;
}

const roleList = (roles: readonly string[]) => roles.map((r) => `\`${r}\``).join(', ');

/** Groups that sign in in different ways (a provider, a link by e-mail): not only different transports. */
function signInGroups(auth: AuthSpec): RoleAuth[] {
  const groups = auth.perRole ?? [];
  // Groups that differ by transport (a cookie for one, a bearer token for another) keep their own steps.
  if (groups.some((g) => g.transport !== 'bearer')) return [];
  const ways = new Set(groups.map((g) => `${g.provider ?? ''}|${g.method ?? ''}`));
  return ways.size > 1 ? groups : [];
}

/**
 * The token lifecycle of groups that sign in differently (a link by e-mail for customers, the
 * provider for the staff): each group's sign-in, then the tokens of whoever issues them — the API's
 * own for the groups it issues tokens to, the provider's for the groups the provider issues them to.
 */
function groupLifecycle(spec: Spec, auth: AuthSpec, groups: RoleAuth[], t: T, phrases: Phrases): string {
  const formatDuration = lifetimeIn(phrases);
  const l = t.lifecycle;
  // One step per way in: groups with the same provider, method and issuer are named together.
  const ways = new Map<string, RoleAuth & { all: string[] }>();
  for (const g of groups) {
    const key = `${g.provider ?? ''}|${g.method ?? ''}|${g.issuer?.value ?? ''}`;
    const seen = ways.get(key);
    if (seen) seen.all.push(...g.roles);
    else ways.set(key, { ...g, all: [...g.roles] });
  }
  const list = [...ways.values()];
  const steps: string[] = [];
  const access = auth.accessTokenTtlSeconds ? formatDuration(auth.accessTokenTtlSeconds.value) : null;
  const refresh = auth.refreshTokenTtlSeconds ? formatDuration(auth.refreshTokenTtlSeconds.value) : null;
  for (const g of list) {
    const who = `${roleList(g.all)}: `;
    if (g.method)
      steps.push(
        who +
          l.signInLink(
            t.signInSent[g.method],
            auth.signInLinkTtlSeconds ? formatDuration(auth.signInLinkTtlSeconds.value) : null,
          ),
      );
    else if (g.provider)
      steps.push(
        who + (g.issuer?.value === 'server' ? l.providerThenOwn(g.provider) : l.provider(g.provider)),
      );
  }
  const own = list.filter((g) => g.issuer?.value === 'server');
  const ownWho = own.length === list.length ? '' : `${roleList(own.flatMap((g) => g.all))}: `;
  if (own.length > 0) {
    if (access) steps.push(ownWho + l.issueOwn(access));
    if (refresh) {
      const route = spec.endpoints.find((e) => e.operationId === 'refreshToken');
      steps.push(ownWho + l.refresh(refresh, route ? `${route.method} ${route.path}` : null));
      if (auth.refreshRotation?.value) steps.push(ownWho + l.rotation);
    } else if (auth.refreshTokens?.value === false) steps.push(ownWho + l.noRefresh);
  }
  const theirs = list.filter((g) => g.provider && g.issuer?.value === 'provider');
  for (const g of theirs)
    steps.push(
      `${roleList(g.all)}: ${l.providerIssues(g.provider!, own.length === 0 ? access : null, own.length === 0 ? refresh : null)}`,
    );
  if (auth.sessionTimeoutSeconds) steps.push(l.session(formatDuration(auth.sessionTimeoutSeconds.value)));
  if (auth.tokenStorage) steps.push(ownWho + l.storage(auth.tokenStorage.value.replace(/^cookie:\s*/, '')));
  if (own.length > 0) steps.push(ownWho + (auth.tokenStorage ? l.logout : l.logoutHeader));
  for (const g of list.filter((x) => x.provider && x.issuer?.value !== 'server'))
    steps.push(`${roleList(g.all)}: ${l.logoutProvider(g.provider!)}`);
  return lifecycleBlocks(steps, auth, t, phrases);
}

/** How each group of roles authenticates, when the documents state it per group. */
export function perRoleTable(auth: AuthSpec, t: T): string | null {
  if (!auth.perRole || auth.perRole.length === 0) return null;
  return blocks(
    t.perRoleIntro,
    table(
      [t.perRoleTable.roles, t.perRoleTable.with, t.perRoleTable.source],
      auth.perRole.map((g) => [
        roleList(g.roles),
        groupAuthentication(g, t),
        [g.origin, g.stated, g.issuer?.origin]
          .filter((o): o is Origin => o !== undefined)
          .map(source)
          .filter((x, i, all) => all.indexOf(x) === i)
          .join(', '),
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
    // "El rol va dins del JWT (`rol`)": the role under its stated name reads as the role does.
    (auth.jwtClaims.find((c) => c.name === name)?.role && !/roles$/i.test(name)
      ? t.claims.role
      : undefined) ??
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
            : n === 'role' || (c.role && !/roles$/i.test(n))
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
  const signIn = signInGroups(auth);
  if (signIn.length > 0) return groupLifecycle(spec, auth, signIn, t, phrases);
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
  // The provider signs the user in, and the API issues its own tokens after that sign-in.
  const own = auth.strategy.value === 'jwt' && auth.tokenIssuer?.value === 'server';
  if (own && auth.provider) steps.push(l.providerThenOwn(auth.provider.value));
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
  if (auth.accessTokenTtlSeconds)
    steps.push((own ? l.issueOwn : l.issue)(formatDuration(auth.accessTokenTtlSeconds.value)));
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
  else if (
    // The provider's tokens, and none of the API's own to revoke: sign-out is the provider's.
    auth.strategy.value === 'oauth-provider' &&
    auth.tokenIssuer?.value !== 'server' &&
    !auth.refreshTokenTtlSeconds &&
    !auth.tokenStorage &&
    !auth.sessionTimeoutSeconds
  )
    steps.push(forGroup('bearer') + l.logoutProvider(auth.provider?.value ?? t.strategies['oauth-provider']));
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
