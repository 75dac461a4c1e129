import { describe, expect, it } from 'vitest';
import { compiledProject } from '../helpers/compiled.js';
import { EXAMPLE } from './corpus.js';

// The bundled example is the README's first run: it must compile cleanly and show what the tool is
// for — every document found, a 6+ entity model in mixed notations, and the deliberate disagreement
// between the PRD (refresh tokens 7 days) and the tech stack (30 days) reported with both lines.
describe('examples/clinic-booking', async () => {
  const result = await compiledProject(EXAMPLE);

  it('finds the four documents at the workflow paths and the config', () => {
    expect(result.sources.config.configFormat).toBe('workflow');
    expect(result.sources.config.projectName.value).toBe('Clinic Booking');
    expect(result.sources.documents.map((d) => `${d.kind} ${d.path}`)).toEqual([
      'ux docs/design/ux-spec.md',
      'prd docs/product/PRD.md',
      'architecture docs/technical/architecture.md',
      'tech-stack docs/technical/tech-stack.md',
    ]);
  });

  it('compiles without errors', () => {
    expect(result.ok).toBe(true);
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('reads the data model from SQL, field tables and TypeScript', () => {
    const names = result.spec!.entities.map((e) => e.name);
    for (const n of [
      'Clinic',
      'User',
      'Appointment',
      'Payment',
      'Patient',
      'Clinician',
      'TimeOff',
      'Notification',
    ])
      expect(names).toContain(n);
  });

  it('reports the refresh-token disagreement with both sources', () => {
    const conflict = result.spec!.reconciliation.conflicts.find((c) => /refresh/i.test(c.subject));
    expect(conflict).toBeDefined();
    const sides = conflict!.sides.map((s) => `${s.value} ${s.at.file}`).join(' | ');
    expect(sides).toMatch(/7 days docs\/product\/PRD\.md/);
    expect(sides).toMatch(/30 days docs\/technical\/tech-stack\.md/);
  });
});
