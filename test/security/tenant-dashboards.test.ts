import { describe, expect, it } from 'vitest';
import { tenantScoped } from '../../src/check/rules/stories.js';
import { fromRule } from '../../src/model/origin.js';
import type { Spec } from '../../src/model/spec/index.js';
import { corpusRoot } from '../corpus-path.js';
import { compiledProject } from '../helpers/compiled.js';

/**
 * Issue 13 review, item 5: a dashboard or analytics read of a multi-tenant product reads tenant data;
 * it is scoped to the caller's tenant, and `security/unscoped-tenant-access` checks it like every
 * other read of tenant data.
 */
describe('dashboards and analytics reads are tenant data', () => {
  it('labcore: the dashboard and the analytics reads are scoped to the lab', async () => {
    const spec = (await compiledProject(corpusRoot('labcore'))).spec!;
    const row = (op: string) => spec.permissions!.rows.find((r) => r.operationId === op)!.access;
    expect(row('getDashboard').pathologist).toBe('tenant');
    expect(row('getDashboard').admin).toBe('tenant');
    expect(row('getTrendsTestVolume').admin).toBe('tenant');
  });

  it('the tenant rule flags a derived cross-tenant read of a dashboard', async () => {
    const compiled = (await compiledProject(corpusRoot('labcore'))).spec!;
    const spec = structuredClone(compiled) as Spec;
    expect(tenantScoped.check(spec).problems.map((p) => p.path)).not.toContain('permissions.getDashboard');
    const row = spec.permissions!.rows.find((r) => r.operationId === 'getDashboard')!;
    row.access.technician = 'allowed';
    row.reasons = { ...(row.reasons ?? {}), technician: fromRule('derive/authz-deny-by-default') };
    expect(tenantScoped.check(spec).problems.map((p) => p.message)).toContain(
      'technician reaches GET /api/dashboard across tenants',
    );
  });
});
