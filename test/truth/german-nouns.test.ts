import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';

// From the German spec-kit trial: a compound names its head's kind ("Reparaturtermin" is a Termin),
// a retention sentence names its records in the plural ("Rechnungen werden 10 Jahre aufbewahrt"),
// and records the documents say are never deleted get no purge job from a retention period.

const DATA = `# Datenmodell

\`\`\`sql
CREATE TABLE termine (id serial PRIMARY KEY, beginn timestamptz NOT NULL);
CREATE TABLE rechnungen (id serial PRIMARY KEY, nummer text NOT NULL, created_at timestamptz NOT NULL DEFAULT now());
\`\`\`
`;

const run = async (spec: string, constitution: string) => {
  const host = memoryHost({
    '/p/.specify/memory/constitution.md': `# Verfassung\n\n## Datenschutz\n\n${constitution}\n`,
    '/p/specs/001-x/spec.md': `# Feature-Spezifikation\n\nDie Werkstatt nimmt Termine online an, und die Kundinnen sehen ihre Termine und Rechnungen jederzeit ein.\n\n${spec}\n`,
    '/p/specs/001-x/plan.md': '# Plan\n\n**Speicher**: PostgreSQL 16\n',
    '/p/specs/001-x/data-model.md': DATA,
  });
  return (await compile({ root: '/p', verify: { skip: true } }, host)).spec!;
};

describe('German nouns', { timeout: 60_000 }, () => {
  it('a compound story noun maps to its head entity', async () => {
    const spec = await run(
      '### User Story 1 – Buchen\n\nAls Kundin möchte ich einen freien Reparaturtermin buchen.\n',
      'Keine Regeln.',
    );
    const story = spec.stories?.find((s) => s.action.includes('Reparaturtermin'));
    expect(story?.operations.some((o) => /Termin/.test(o))).toBe(true);
  });

  it('a retention of the plural names the entity; "nie gelöscht" makes it a floor, not a purge', async () => {
    const kept = await run(
      '- **FR-001**: Die Leitung MUSS Rechnungen erstellen können.\n',
      'Rechnungen werden 10 Jahre aufbewahrt.',
    );
    expect(kept.jobs.map((j) => j.name)).toContain('purge-rechnungen');
    const never = await run(
      '- **FR-001**: Die Leitung MUSS Rechnungen erstellen können.\n- **FR-002**: Rechnungen DÜRFEN NICHT gelöscht werden; sie werden storniert.\n',
      'Rechnungen werden 10 Jahre aufbewahrt.',
    );
    expect(never.jobs.map((j) => j.name)).not.toContain('purge-rechnungen');
    // The prohibition is a constraint on invoices, not a story of someone called "Rechnungen".
    expect(never.stories?.some((s) => /gelöscht/.test(s.action))).toBe(false);
  });
});
