import { describe, expect, it } from 'vitest';
import { resolveRoles } from '../../src/derive/security/roles.js';
import { doc, extractSecurity } from './helpers.js';

describe('roles from the documents', () => {
  it('reads an RBAC table with levels, a SQL role enum and a stated list, and folds them into one list', () => {
    const domain = extractSecurity([
      doc(
        'docs/architecture.md',
        'architecture',
        [
          '## Role-Based Access Control',
          '',
          '| Role | Level | Description |',
          '|---|---|---|',
          '| OWNER_ADMIN | 30 | Full access to everything. |',
          '| DISPATCHER | 20 | Job scheduling, driver assignment. |',
          '| DRIVER | 10 | Delivery updates. |',
          '',
          'Higher-level roles inherit all permissions of lower-level roles.',
          '',
          '```sql',
          "CREATE TYPE staff_role AS ENUM ('owner_admin', 'dispatcher', 'driver');",
          '```',
        ].join('\n'),
      ),
      doc('docs/prd.md', 'prd', 'Each user has a role (Owner Admin, Dispatcher, Driver).\n'),
    ]);
    const { roles, defaulted, diagnostics } = resolveRoles(domain);
    expect(defaulted).toBe(false);
    expect(diagnostics).toEqual([]);
    expect(roles.map((r) => r.name)).toEqual(['owner_admin', 'dispatcher', 'driver']);
    expect(roles.map((r) => r.label)).toEqual(['Owner Admin', 'Dispatcher', 'Driver']);
    expect(roles.find((r) => r.name === 'dispatcher')).toMatchObject({
      level: 20,
      inherits: ['driver'],
      description: 'Job scheduling, driver assignment.',
      origin: { kind: 'source', file: 'docs/architecture.md', line: 6 },
    });
    expect(roles.find((r) => r.name === 'owner_admin')!.inherits).toEqual(['dispatcher']);
  });

  it('matches abbreviated keys to spelled-out labels (senior_tech = Senior Technician)', () => {
    const domain = extractSecurity([
      doc('a.md', 'architecture', "```sql\nCREATE TYPE user_role AS ENUM ('admin', 'senior_tech');\n```\n"),
      doc('p.md', 'prd', 'Create user: name, role (Admin, Senior Technician), password\n'),
    ]);
    const { roles } = resolveRoles(domain);
    expect(roles.map((r) => [r.name, r.label])).toEqual([
      ['admin', 'Admin'],
      ['senior_tech', 'Senior Technician'],
    ]);
  });

  it('does not take a design-token table with a Role column for roles', () => {
    const domain = extractSecurity([
      doc(
        'ux.md',
        'ux',
        '## Colour palette\n\n| Role | Hex |\n|---|---|\n| Primary | #112233 |\n| Accent | #445566 |\n',
      ),
    ]);
    expect(domain.roles).toEqual([]);
  });

  it('gives a PRD without roles the documented default and a warning', () => {
    const domain = extractSecurity([
      doc('prd.md', 'prd', '# Todo\n\nUsers can create tasks and mark them done.\n'),
    ]);
    const { roles, defaulted, diagnostics } = resolveRoles(domain);
    expect(defaulted).toBe(true);
    expect(roles.map((r) => r.name)).toEqual(['user']);
    expect(roles[0]!.origin).toEqual({ kind: 'default', rule: 'derive/default-role-user' });
    expect(diagnostics.map((d) => [d.code, d.severity])).toEqual([['security/default-roles', 'warning']]);
  });

  it('adds a default admin only when the documents mention administration', () => {
    const domain = extractSecurity([
      doc(
        'prd.md',
        'prd',
        '# Shop\n\nAn admin dashboard lets staff manage products.\n\nShoppers can order products.\n',
      ),
    ]);
    const { roles } = resolveRoles(domain);
    expect(roles.map((r) => r.name)).toEqual(['user', 'admin']);
    expect(roles[1]!.inherits).toEqual(['user']);
  });

  it('turns user-story actors into roles when nothing else names roles', () => {
    const domain = extractSecurity([
      doc(
        'prd.md',
        'prd',
        '- As a shopper, I want to add a product to my cart.\n- As a store manager, I want to edit products.\n',
      ),
    ]);
    const { roles, defaulted } = resolveRoles(domain);
    expect(defaulted).toBe(false);
    expect(roles.map((r) => r.name)).toEqual(['shopper', 'store_manager']);
    expect(roles[0]!.origin).toMatchObject({ kind: 'source', file: 'prd.md', line: 1 });
  });
});

describe('roles in other layouts and languages', () => {
  it('reads a list under a roles heading, with descriptions', () => {
    const domain = extractSecurity([
      doc(
        'prd.md',
        'prd',
        '## User Roles\n\n- **Editor**: writes and edits articles\n- **Reviewer** — approves articles\n\n## Other\n\n- **Nope**: not a role\n',
      ),
    ]);
    const { roles } = resolveRoles(domain);
    expect(roles.map((r) => [r.name, r.description])).toEqual([
      ['editor', 'writes and edits articles'],
      ['reviewer', 'approves articles'],
    ]);
  });

  it('reads a French list of roles', () => {
    const domain = extractSecurity([doc('prd.md', 'prd', 'Les rôles : administrateur, vendeur, client.\n')]);
    expect(resolveRoles(domain).roles.map((r) => r.name)).toEqual(['administrateur', 'vendeur', 'client']);
  });
});
