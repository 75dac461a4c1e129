import { roleKey } from '../../knowledge/role-names.js';
import type { Domain } from '../../model/domain.js';
import { fromRule, type Origin } from '../../model/origin.js';
import type { RoleAuth, RoleSpec } from '../../model/spec/security.js';
import { facts, sameRole } from './roles.js';

const refs = (o: Origin) => (o.kind === 'source' ? [{ file: o.file, line: o.line }] : undefined);

/**
 * How each group of roles authenticates, when the documents give groups different mechanisms
 * ("Volunteer sessions: … cookie", "Staff: Auth0 access tokens … in the Authorization header"). A
 * group named like a role is that role; a staff word ("Staff", "el personal", "Mitarbeitende") is
 * every role no other group names (rule `derive/auth-staff-group-other-roles`). Nothing is returned
 * when the documents state one mechanism for everybody: the single strategy of 5.1 stands.
 */
export function roleAuth(domain: Domain, roles: readonly RoleSpec[]): RoleAuth[] {
  const said = facts(domain, 'principal-auth').filter((f) => f.transport !== null);
  const groups: RoleAuth[] = [];
  for (const f of said) {
    if (f.staff) continue;
    // The group as the role's code or its title ("Citizens" for `citizen`, "Borgere" for "Borger").
    const named = roles
      .filter((r) => sameRole(roleKey(f.group), r.name) || sameRole(roleKey(f.group), roleKey(r.label)))
      .map((r) => r.name);
    if (named.length === 0 || groups.some((g) => g.roles.some((r) => named.includes(r)))) continue;
    // Two groups stated with one mechanism and one provider are one group.
    const same = groups.find((g) => g.transport === f.transport && g.provider === f.provider);
    if (same) {
      same.roles.push(...named);
      continue;
    }
    groups.push({
      roles: named,
      transport: f.transport!,
      provider: f.provider,
      origin: f.origin,
    });
  }
  const staff = said.find((f) => f.staff);
  const named = new Set(groups.flatMap((g) => g.roles));
  const others = roles.map((r) => r.name).filter((r) => !named.has(r));
  if (staff && others.length > 0 && groups.length > 0)
    groups.push({
      roles: others,
      transport: staff.transport!,
      provider: staff.provider,
      origin: fromRule('derive/auth-staff-group-other-roles', refs(staff.origin)),
      stated: staff.origin,
    });
  // Different mechanisms or identity providers per group, or nothing to say beyond the one strategy.
  const providers = new Set(groups.flatMap((g) => (g.provider ? [g.provider] : [])));
  return new Set(groups.map((g) => g.transport)).size > 1 || providers.size > 1 ? groups : [];
}
