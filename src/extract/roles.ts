import type { Role } from '../model/domain.js';
import { fromSource } from '../model/origin.js';
import type { SecurityFact } from '../model/security-facts.js';
import { anonymousRole } from '../read/role-anonymous-words.js';
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
    for (const u of textUnits(md)) {
      if (u.source === 'table') {
        const t = rolesFromTable(u, doc.path);
        roles.push(...t.roles);
        facts.push(...t.facts);
      } else if (u.source === 'prose') roles.push(...rolesFromProse(u, doc.path));
      if (u.source === 'code') continue;
      facts.push(...scopeStatements(u, doc.path));
      const story = persona(u, doc.path);
      if (story) facts.push(story);
      else facts.push(...hierarchyAndStatements(u, doc.path));
    }
    roles.push(...rolesFromSectionLists(md));
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
    const unique = new Map<string, Role>();
    for (const r of roles) {
      const seen = unique.get(r.name);
      if (!seen) unique.set(r.name, r);
      else if (!seen.description && r.description) seen.description = r.description;
    }
    // "Visitor | not signed in": the statement layer reads who the role is (read/role-anonymous-words.ts).
    for (const r of unique.values()) if (anonymousRole(r.label, r.description)) r.anonymous = true;
    const fragment: { roles?: Role[]; securityFacts?: SecurityFact[] } = {};
    if (unique.size > 0) fragment.roles = [...unique.values()];
    if (facts.length > 0) fragment.securityFacts = facts;
    return { fragment, diagnostics: [] };
  },
};
