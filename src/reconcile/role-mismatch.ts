import { diag } from '../diagnostics/diagnostic.js';
import {
  foldRoleTitle,
  isNoSignedInRole,
  namesRoleColumn,
  titleWords,
} from '../knowledge/role-enum-words.js';
import type { Domain } from '../model/domain.js';
import { fromRule, type Origin, type SourceRef } from '../model/origin.js';
import type { Conflict } from '../model/spec/reconciliation.js';
import { type Detector, type ReconcileContext, refOf } from './context.js';

/**
 * Roles the PRD or the UX documents name (persona tables, role lists) that the data model's role
 * enum has no value for: the PRD's "Receptionist" persona against `user_role ('patient',
 * 'clinician', 'admin')`. The enum is what the database will accept, so such a role can never be
 * assigned: either the enum lacks a value or the persona maps to another role, and only a person
 * can say which.
 *
 * The enum is found by name (a field or an enum called role, rol, rôle, Rolle, papel, perfil...)
 * and is compared only when at least one stated role matches one of its values, so that lists of
 * other things are never taken for roles. Spelling and plural differences are not mismatches
 * (`Clinic admin` = `CLINIC_ADMIN`, `Admins` = `admin`), nor are the usual long and short forms of
 * the same title (administrator/admin). Actors who are not signed in (guests, visitors, the public)
 * and machine principals (the system, a scheduler) are never roles of the enum. The data model
 * wins (precedence: data model for schema): the enum is kept, the persona is reported. The words
 * it compares with (role column names, actors that are no role, title forms) are in
 * knowledge/role-enum-words.ts: reconcile reads the model only.
 */
/**
 * Two folded role names are the same role when they are equal or when one abbreviates the other
 * word by word (`senior_tech` and `senior_technician`, `qa_mgr` is not: `mgr` is no prefix).
 */
function sameRole(a: string, b: string): boolean {
  if (a === b) return true;
  const x = a.split('_');
  const y = b.split('_');
  if (x.length !== y.length) return false;
  return x.every((w, i) => {
    const v = y[i]!;
    const [short, long] = w.length <= v.length ? [w, v] : [v, w];
    return short.length >= 3 && long.startsWith(short);
  });
}

/**
 * A title qualified by where or what its holder works on — "Coordinador de almacén", "Warehouse
 * coordinator", "Responsable d'atelier" — is the enum's value for its title word when exactly one
 * value is one of its words: the enum stores the title, the qualifier is the scope.
 */
function qualifiedTitle(values: readonly string[], role: string): boolean {
  const words = titleWords(role);
  if (words.length < 2) return false;
  return values.filter((v) => !v.includes('_') && words.some((w) => sameRole(v, w))).length === 1;
}

interface RoleEnum {
  name: string;
  values: string[];
  origin: Origin;
  /** The entity whose role column it is (`StaffMember` of `StaffMember.Role`), for a field's values. */
  entity?: string;
}

function roleEnums(domain: Domain): RoleEnum[] {
  const out: RoleEnum[] = [];
  for (const e of domain.enums) if (namesRoleColumn(e.name)) out.push(e);
  for (const entity of domain.entities)
    for (const f of entity.fields)
      if (f.enumValues && f.enumValues.length >= 2 && namesRoleColumn(f.name) && !f.enumName)
        out.push({
          name: `${entity.name}.${f.name}`,
          values: f.enumValues,
          origin: f.origin,
          entity: entity.name,
        });
  return out;
}

export const roleMismatchDetector: Detector = {
  name: 'role-mismatch',
  detect(domain: Domain, ctx: ReconcileContext) {
    const conflicts: Conflict[] = [];
    const diagnostics = [];
    const stated = domain.roles.filter((r) => {
      const file = refOf(r.origin)?.file;
      return file !== undefined && ['prd', 'ux'].includes(ctx.kindOf(file)) && !isNoSignedInRole(r.name);
    });
    for (const en of roleEnums(domain)) {
      const enumAt = refOf(en.origin);
      if (!enumAt || en.values.length < 2) continue;
      const values = en.values.map(foldRoleTitle);
      // The role column of one kind of account (`StaffMember.Role`) does not hold the roles that are
      // accounts of their own (a `Volunteer` entity beside it): those sign in as that entity.
      const ownAccounts = en.entity
        ? new Set(domain.entities.filter((x) => x.name !== en.entity).map((x) => foldRoleTitle(x.name)))
        : new Set<string>();
      const missing = stated.filter(
        (r) =>
          !values.some((v) => sameRole(v, foldRoleTitle(r.name)) || sameRole(v, foldRoleTitle(r.label))) &&
          !qualifiedTitle(values, foldRoleTitle(r.label || r.name)) &&
          !ownAccounts.has(foldRoleTitle(r.name)) &&
          !ownAccounts.has(foldRoleTitle(r.label)),
      );
      if (missing.length === 0 || missing.length === stated.length) continue;
      const at: SourceRef = refOf(missing[0]!.origin)!;
      const names = missing.map((r) => r.label || r.name);
      conflicts.push({
        code: 'reconcile/role-mismatch',
        subject: en.name,
        sides: [
          { value: names.join(', '), at },
          { value: `${en.name}: ${en.values.join(', ')}`, at: enumAt },
        ],
        resolution: `${en.name} kept; no value for ${names.join(', ')}`,
        params: { enum: en.name, missing: names.join(', ') },
        resolvedBy: fromRule('reconcile/precedence/data-model-for-schema', [at, enumAt]),
      });
      diagnostics.push(
        diag(
          'reconcile/role-mismatch',
          `${names.length === 1 ? 'role' : 'roles'} ${names.map((n) => `"${n}"`).join(', ')} ${names.length === 1 ? 'has' : 'have'} no value in ${en.name} (${enumAt.file}:${enumAt.line})`,
          { at, hint: 'add the role to the enum, or say which existing role the persona uses' },
        ),
      );
    }
    return { findings: { conflicts }, diagnostics };
  },
};
