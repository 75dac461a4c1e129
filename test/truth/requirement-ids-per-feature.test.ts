import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';

// Each spec-kit or Kiro feature folder numbers its own requirements: rayon's "Exigence 3" and
// baanbaas' "Requirement 4" were two requirements each, shown and stored under one id. An id that
// several feature folders define is qualified by its folder (`loans/Requirement 1`) in the traces,
// endpoints, rules and stories; an id one folder defines is left as written.

const kiro = (title: string, story: string, rule: string) => `# Requirements Document

### Requirement 1: ${title}

**User Story:** As a ${story}

#### Acceptance Criteria

1. ${rule}
`;

describe('requirement ids of different feature folders stay distinct', { timeout: 120_000 }, () => {
  it('Kiro, English: "Requirement 1" of two specs', async () => {
    const host = memoryHost({
      '/p/.kiro/specs/loans/requirements.md': kiro(
        'Borrow a tool',
        'member, I want to borrow a tool, so that I can fix my bike.',
        'A member SHALL have at most 3 open loans.',
      ),
      '/p/.kiro/specs/invoices/requirements.md': `${kiro(
        'See invoices',
        'treasurer, I want to export the invoices of a month, so that I can do the books.',
        'An invoice number SHALL be unique.',
      )}
### Requirement 2: Only here

**User Story:** As a treasurer, I want to list the invoices, so that I can check them.
`,
      '/p/.kiro/specs/loans/design.md': `# Design Document

\`\`\`sql
CREATE TABLE tools (id uuid PRIMARY KEY, name text NOT NULL);
CREATE TABLE loans (id uuid PRIMARY KEY, tool_id uuid NOT NULL REFERENCES tools(id));
CREATE TABLE invoices (id uuid PRIMARY KEY, number text NOT NULL UNIQUE);
\`\`\`
`,
    });
    const r = await compile({ root: '/p', verify: { skip: true } }, host);
    const spec = r.spec!;
    const traced = (spec.traceability ?? []).map((t) => t.requirement).sort();
    expect(traced).toEqual(['Requirement 2', 'invoices/Requirement 1', 'loans/Requirement 1']);
    const stories = spec.stories ?? [];
    const borrow = stories.find((s) => s.action.includes('borrow'))!;
    expect(borrow.requirements).toEqual(['loans/Requirement 1']);
    const exportStory = stories.find((s) => s.action.includes('export'))!;
    expect(exportStory.requirements).toEqual(['invoices/Requirement 1']);
    // Every id an item cites is one of the traced ids: none is left ambiguous.
    const cited = [
      ...spec.endpoints.flatMap((e) => e.requirements),
      ...(spec.rules ?? []).flatMap((b) => b.requirements),
    ];
    expect(cited.length).toBeGreaterThan(0);
    for (const id of cited) expect(traced).toContain(id);
  });

  it('spec-kit, Spanish: "Historia 1" of two features', async () => {
    const feature = (who: string, want: string) => `# Especificación de la funcionalidad

### Historia 1 - ${want} (Prioridad: P1)

Como ${who}, quiero ${want}, para organizar la despensa.
`;
    const host = memoryHost({
      '/p/specs/001-entregas/spec.md': feature('voluntario', 'registrar una entrega de alimentos'),
      '/p/specs/002-donaciones/spec.md': feature('coordinador', 'registrar una donación recibida'),
      '/p/specs/001-entregas/plan.md': `# Plan

\`\`\`sql
CREATE TABLE entregas (id uuid PRIMARY KEY, fecha date NOT NULL);
CREATE TABLE donaciones (id uuid PRIMARY KEY, donante text NOT NULL);
\`\`\`
`,
    });
    const r = await compile({ root: '/p', verify: { skip: true } }, host);
    const ids = (r.spec!.stories ?? []).map((s) => s.id).sort();
    expect(ids).toEqual(['001-entregas/Historia 1', '002-donaciones/Historia 1']);
  });
});
