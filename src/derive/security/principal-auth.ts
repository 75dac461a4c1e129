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
    const named = roles.filter((r) => sameRole(roleKey(f.group), r.name)).map((r) => r.name);
    if (named.length === 0 || groups.some((g) => g.roles.some((r) => named.includes(r)))) continue;
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
  // Different mechanisms per group, or nothing to say beyond the one strategy.
  return new Set(groups.map((g) => g.transport)).size > 1 ? groups : [];
}
