import { roleKey } from '../../knowledge/role-names.js';
import type { Domain } from '../../model/domain.js';
import { fromRule, type Origin } from '../../model/origin.js';
import type { AuthSpec, RoleAuth, RoleSpec } from '../../model/spec/security.js';
import { facts, sameRole } from './roles.js';

const refs = (o: Origin) => (o.kind === 'source' ? [{ file: o.file, line: o.line }] : undefined);

/**
 * How each group of roles authenticates, when the documents give groups different mechanisms
 * ("Volunteer sessions: … cookie", "Staff: Auth0 access tokens … in the Authorization header"). A
 * group named like a role is that role; a staff word ("Staff", "el personal", "Mitarbeitende") is
 * every role no other group names (rule `derive/auth-staff-group-other-roles`). Nothing is returned
 * when the documents state one mechanism for everybody: the single strategy of 5.1 stands.
 */
export function roleAuth(domain: Domain, roles: readonly RoleSpec[], auth?: AuthSpec | null): RoleAuth[] {
  // A group stated by its way in alone (a magic link by e-mail) carries the API's own transport.
  const own: 'cookie' | 'bearer' = auth?.strategy.value === 'session' ? 'cookie' : 'bearer';
  const said = facts(domain, 'principal-auth')
    .filter((f) => f.transport !== null || f.method)
    .map((f) => ({ ...f, transport: f.transport ?? own }));
  const groups: RoleAuth[] = [];
  for (const f of said) {
    if (f.staff) continue;
    // The group as the role's code or its title ("Citizens" for `citizen`, "Borgere" for "Borger").
    const named = roles
      .filter((r) => sameRole(roleKey(f.group), r.name) || sameRole(roleKey(f.group), roleKey(r.label)))
      .map((r) => r.name);
    if (named.length === 0) continue;
    const known = groups.find((g) => g.roles.some((r) => named.includes(r)));
    // "MitID" in a role's row, "MitID via Criipto Verify" in the architecture: the broker is named too.
    if (known?.provider && f.provider?.startsWith(`${known.provider} via `)) known.provider = f.provider;
    if (known) continue;
    // Two groups stated with one mechanism and one provider are one group.
    const same = groups.find(
      (g) => g.transport === f.transport && g.provider === f.provider && g.method === f.method,
    );
    if (same) {
      same.roles.push(...named);
      continue;
    }
    groups.push({
      roles: named,
      transport: f.transport,
      provider: f.provider,
      ...(f.method ? { method: f.method } : {}),
      origin: f.origin,
    });
  }
  const staff = said.find((f) => f.staff);
  const named = new Set(groups.flatMap((g) => g.roles));
  const others = roles.filter((r) => !r.anonymous && !named.has(r.name)).map((r) => r.name);
  if (staff && others.length > 0 && groups.length > 0)
    groups.push({
      roles: others,
      transport: staff.transport,
      provider: staff.provider,
      ...(staff.method ? { method: staff.method } : {}),
      origin: fromRule('derive/auth-staff-group-other-roles', refs(staff.origin)),
      stated: staff.origin,
    });
  mergeBrokered(groups);
  // Different mechanisms, identity providers or ways in per group, or nothing to say beyond the one strategy.
  const ways = new Set(groups.map((g) => `${g.transport}|${g.provider ?? ''}|${g.method ?? ''}`));
  if (ways.size <= 1) return [];
  for (const g of groups) {
    const issuer = groupIssuer(domain, g, auth ?? null);
    if (issuer) g.issuer = issuer;
  }
  return groups;
}

/**
 * Who issues one group's tokens. A sentence that says the API issues its own tokens, stated within a
 * few lines after the group's own statement ("Občané se přihlašují přes Bank iD … Backend po
 * přihlášení vydá vlastní JWT"), is that group's (rule `derive/auth-issuer-after-group`); a group that
 * signs in by a link or code sent by e-mail and names no provider is signed in by the API itself,
 * which issues its token (rule `derive/auth-issuer-own-sign-in`); otherwise the issuer the documents
 * state for everybody, when it is the provider.
 */
function groupIssuer(domain: Domain, g: RoleAuth, auth: AuthSpec | null): RoleAuth['issuer'] | null {
  const from = g.stated ?? g.origin;
  if (from.kind === 'source') {
    const after = facts(domain, 'token-issuer').find(
      (f) =>
        f.value === 'server' &&
        f.origin.kind === 'source' &&
        f.origin.file === from.file &&
        f.origin.line > from.line &&
        f.origin.line - from.line <= 3,
    );
    if (after)
      return {
        value: 'server',
        origin: fromRule('derive/auth-issuer-after-group', [
          ...(refs(from) ?? []),
          ...(refs(after.origin) ?? []),
        ]),
      };
  }
  if (g.method && !g.provider)
    return { value: 'server', origin: fromRule('derive/auth-issuer-own-sign-in', refs(from)) };
  if (auth?.tokenIssuer?.value === 'provider' && g.provider)
    return { value: 'provider', origin: auth.tokenIssuer.origin };
  return null;
}

/**
 * One identity provider in several wordings ("MitID", "MitID via Criipto", "MitID via Criipto Verify"):
 * the groups that name it with one mechanism are one group, under the fullest wording.
 */
function mergeBrokered(groups: RoleAuth[]): void {
  const base = (p: string | null) => (p ? p.split(' via ')[0]!.toLowerCase() : '');
  for (let i = 0; i < groups.length; i++) {
    const g = groups[i]!;
    if (!g.provider || g.stated) continue;
    for (let j = i + 1; j < groups.length; j++) {
      const o = groups[j]!;
      if (
        o.stated ||
        o.transport !== g.transport ||
        o.method !== g.method ||
        base(o.provider) !== base(g.provider)
      )
        continue;
      g.roles.push(...o.roles.filter((r) => !g.roles.includes(r)));
      if ((o.provider ?? '').length > (g.provider ?? '').length) g.provider = o.provider;
      groups.splice(j--, 1);
    }
  }
}
