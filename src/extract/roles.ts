import { roleLabel } from '../knowledge/role-names.js';
import type { Role } from '../model/domain.js';
import { fromSource } from '../model/origin.js';
import type { SecurityFact } from '../model/security-facts.js';
import { anonymousRole } from '../read/role-anonymous-words.js';
import { titlesInCodeOrder } from '../read/role-code-order.js';
import { statedRoleCodes } from '../read/role-code-words.js';
import {
  hierarchyAndStatements,
  permissionMatrixTable,
  persona,
  roleEnums,
  roleResourceMatrix,
  rolesFromProse,
  rolesFromSectionLists,
  rolesFromTable,
} from './security/role-readers.js';
import { scopeStatements } from './security/scope-statements.js';
import { textUnits } from './security/units.js';
import type { Extractor } from './types.js';

/**
 * Extractor `roles`: roles declared in a document (roles tables, permission matrices, enums of roles
 * in SQL/Prisma/TypeScript, stated lists such as `roles: admin, supervisor`), the stated hierarchy
 * (levels, "inherits all permissions of"), user-story actors (`As a <role>, I want ...`) and sentences
 * that grant access. Matching actors and statements to roles needs every document, so it happens in
 * derive (src/derive/security/roles.ts); here one document is read as written.
 */
export const rolesExtractor: Extractor = {
  name: 'roles',
  extract: ({ doc, md }) => {
    const roles: Role[] = [];
    const facts: SecurityFact[] = [];
    for (const b of md.blocks) {
      if (b.kind !== 'table') continue;
      const matrix = permissionMatrixTable(b.header, b.rows, doc.path);
      roles.push(...matrix.roles);
      facts.push(...matrix.facts);
      facts.push(...roleResourceMatrix(b.header, b.rows, doc.path));
    }
    // The roles of each roles table, and each list of role codes a sentence states, for pairing.
    const tables = new Map<readonly string[], Role[]>();
    const codeLists = new Map<string, string[]>();
    for (const u of textUnits(md)) {
      if (u.source === 'table') {
        const t = rolesFromTable(u, doc.path);
        roles.push(...t.roles);
        facts.push(...t.facts);
        if (u.header && t.roles.length > 0)
          tables.set(u.header, [...(tables.get(u.header) ?? []), ...t.roles]);
      } else if (u.source === 'prose') {
        const listed = rolesFromProse(u, doc.path);
        roles.push(...listed);
        if (listed.length >= 2 && listed.every((r) => CODE.test(r.name)))
          codeLists.set(
            listed.map((r) => r.name).join(' '),
            listed.map((r) => r.name),
          );
      }
      if (u.source === 'code') continue;
      facts.push(...scopeStatements(u, doc.path));
      const story = persona(u, doc.path);
      if (story) facts.push(story);
      else facts.push(...hierarchyAndStatements(u, doc.path));
    }
    roles.push(...rolesFromSectionLists(md));
    pairTitlesWithCodes([...tables.values()], [...codeLists.values()]);
    // "(주민 `resident`, 시설 관리자 `facility_manager`)": a title stated beside its code is the role
    // keyed by the code; resolveRoles folds a role stated by that title alone into it.
    for (const b of md.blocks) {
      if (b.kind !== 'paragraph' && b.kind !== 'list-item') continue;
      for (const p of statedRoleCodes(b.text))
        roles.push({
          name: p.code,
          label: p.label,
          origin: fromSource(doc.path, b.line, b.text.slice(0, 160)),
        });
    }
    // Enums last: a roles table in the same document carries the description and the better citation.
    const enums = roleEnums(md);
    roles.push(...enums.roles);
    facts.push(...enums.facts);
    // One document often names a role twice (a table and a list): keep the first, with its description.
    // A code listed before the table that gives its title ("`storekeeper`" then "комірник"): the
    // title replaces the label made from the code, and the row is cited.
    const unique = new Map<string, Role>();
    for (const r of roles) {
      const seen = unique.get(r.name);
      if (!seen) unique.set(r.name, r);
      else {
        // The row that gives the title and the description is the role's citation.
        const titled = madeFromCode(seen) && !madeFromCode(r);
        if (!seen.description && r.description) {
          seen.description = r.description;
          if (titled) seen.origin = r.origin;
        }
        if (titled) seen.label = r.label;
      }
    }
    // "Visitor | not signed in": the statement layer reads who the role is (read/role-anonymous-words.ts).
    for (const r of unique.values()) if (anonymousRole(r.label, r.description)) r.anonymous = true;
    const fragment: { roles?: Role[]; securityFacts?: SecurityFact[] } = {};
    if (unique.size > 0) fragment.roles = [...unique.values()];
    if (facts.length > 0) fragment.securityFacts = facts;
    return { fragment, diagnostics: [] };
  },
};

/** A role code as a token or a role field stores it: `storekeeper`, `community_rep`. */
const CODE = /^[a-z][a-z0-9_]*$/;

const madeFromCode = (r: Role) => r.label === r.name || r.label === roleLabel(r.name);

/**
 * "ролі в claim `realm_access.roles`: `storekeeper`, `coordinator`, `community_rep`, `admin`" and,
 * in the same document, one roles table of as many rows naming them by title (комірник, координатор,
 * представник громади, адміністратор): where the statement layer finds the two lists in the same
 * order (read/role-code-order.ts), each table row is the role of its code, keeping its title and
 * description. One table and one list of that length only; a table already keyed by the codes, or
 * two candidates, pairs nothing.
 */
function pairTitlesWithCodes(tables: Role[][], codeLists: string[][]): void {
  for (const rows of tables) {
    const lists = codeLists.filter((l) => l.length === rows.length);
    const sameSize = tables.filter((t) => t.length === rows.length);
    if (lists.length !== 1 || sameSize.length !== 1) continue;
    if (rows.some((r) => lists[0]!.includes(r.name))) continue;
    const codes = titlesInCodeOrder(
      rows.map((r) => r.label),
      lists[0]!,
    );
    if (!codes) continue;
    rows.forEach((r, i) => {
      r.name = codes[i]!;
    });
  }
}
