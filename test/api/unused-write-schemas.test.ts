import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';

// Issue 13 (b): the schemas table of section 3 listed `AuditLogCreate` and `AuditLogUpdate` although
// no operation writes the audit log (the system appends it); openapi.yaml already left them out.
describe('section 3 lists only the request bodies some operation takes', { timeout: 60_000 }, () => {
  it('a log the system writes has its read schema, no create or update body', async () => {
    const host = memoryHost({
      '/p/docs/prd.md':
        '# PRD\n\n- **FR-1** Staff can create and edit appointments.\n- **FR-2** Every change to an appointment is written to an audit log.\n- **FR-3** Admins can view the audit log.\n',
      '/p/docs/architecture.md':
        '# Architecture\n\n```sql\nCREATE TABLE appointments (id uuid PRIMARY KEY, starts_at timestamptz NOT NULL);\nCREATE TABLE audit_logs (id uuid PRIMARY KEY, action text NOT NULL, entity_id uuid NOT NULL, created_at timestamptz NOT NULL DEFAULT now());\n```\n',
    });
    const r = await compile({ root: '/p', verify: { skip: true } }, host);
    const md = r.artifacts.find((a) => a.path.endsWith('backend-spec.md'))!.text;
    const yaml = r.artifacts.find((a) => a.path.endsWith('openapi.yaml'))!.text;
    expect(r.spec!.endpoints.some((e) => e.entity === 'AuditLog' && e.method !== 'GET')).toBe(false);
    expect(md).toContain('| `AuditLog` |');
    expect(md).not.toContain('`AuditLogCreate`');
    expect(md).not.toContain('`AuditLogUpdate`');
    expect(yaml).not.toContain('AuditLogCreate');
    // A body some operation takes is still listed.
    expect(md).toContain('| `AppointmentCreate` |');
  });
});
