import type { Section } from '../../types.js';
import { blocks, heading } from '../format.js';
import { jwtSection, lifecycleSection, perRoleTable, strategyTable } from './security/auth-parts.js';
import { grantsSection, matrixSection, ownershipSection, rolesSection } from './security/authz-parts.js';
import { callersSection } from './security/callers.js';

/**
 * Section 5. Authentication & Authorization: the strategy table with sources, the JWT payload, the
 * token lifecycle (and where the documents disagree), roles with their hierarchy, the endpoint ×
 * role permission matrix, permissions per resource, ownership and tenant rules, and who calls the
 * API (users by role, client applications, machine clients, webhook senders) with how each authenticates.
 */
export const authSection: Section = {
  id: 'auth',
  render: ({ spec, t }) => {
    const auth = spec.auth;
    if (!auth && !spec.permissions) return null;
    const a = t.security.auth;
    return blocks(
      heading(2, t.common.sections.auth),
      auth
        ? blocks(heading(3, a.authentication), strategyTable(auth, a, t.derived), perRoleTable(auth, a))
        : null,
      auth ? jwtSection(spec, auth, a) : null,
      auth ? lifecycleSection(spec, auth, a, t.derived) : null,
      rolesSection(spec, a),
      matrixSection(spec, a),
      grantsSection(spec, a, t),
      ownershipSection(spec, a),
      callersSection(spec, a),
    );
  },
};
