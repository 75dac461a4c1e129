import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';
import { statesAppendOnly } from '../../src/read/constraint-words.js';

// buchfink-de: "`Protokolleintrag` wird nur vom System geschrieben (Signal-Handler), nie über die API
// geändert oder gelöscht." under the Django models fence, and the audit table still got an
// updated_at (derive read only English notes, and a paragraph naming a class of a many-class fence
// was taken for a column note). A note saying the rows are never changed, in any language, makes the
// table append-only: created_at only.
describe('a note that rows are never changed', () => {
  it.each([
    'Payments are append-only: they are never updated or deleted by the API.',
    'Protokolleintrag wird nur vom System geschrieben, nie über die API geändert oder gelöscht.',
    'Los movimientos nunca se modifican ni se borran.',
    'Os lançamentos são imutáveis.',
    'Les écritures ne sont jamais modifiées.',
    'Le registrazioni non vengono mai modificate.',
    'Записи журнала никогда не изменяются.',
  ])('%s', (note) => expect(statesAppendOnly(note)).toBe(true));

  it.each(['Der Name kann nicht geändert werden.', 'Bookings can be updated until the start.'])(
    'no: %s',
    (note) => expect(statesAppendOnly(note)).toBe(false),
  );
});

const FIXTURES: [lang: string, architecture: string, table: string][] = [
  [
    'de',
    '## Datenmodell\n\n```python\nclass Zweigstelle(models.Model):\n    name = models.CharField(max_length=80)\n\n\nclass Buchungsnotiz(models.Model):\n    text = models.TextField()\n\n    class Meta:\n        db_table = "buchungsnotiz"\n```\n\n`Buchungsnotiz` wird nur vom System geschrieben, nie über die API geändert oder gelöscht.\n',
    'buchungsnotiz',
  ],
  [
    'es',
    '## Modelo\n\n```sql\nCREATE TABLE movimientos (id uuid PRIMARY KEY, importe numeric NOT NULL);\n```\n\nLos movimientos nunca se modifican ni se borran.\n',
    'movimientos',
  ],
  [
    'fr',
    '## Modèle\n\n```sql\nCREATE TABLE ecritures (id uuid PRIMARY KEY, montant numeric NOT NULL);\n```\n\nLes écritures ne sont jamais modifiées.\n',
    'ecritures',
  ],
];

describe('an append-only table gets no updated_at', { timeout: 120_000 }, () => {
  it.each(FIXTURES)('%s', async (lang, architecture, table) => {
    const host = memoryHost({
      '/p/docs/prd.md': '# PRD\n\n## Goals\n\n- Records.\n',
      '/p/docs/architecture.md': `# Architecture\n\n${architecture}`,
    });
    const r = await compile({ root: '/p', verify: { skip: true }, lang }, host);
    const e = r.spec!.entities.find((x) => x.table === table);
    expect(e?.appendOnly).toBe(true);
    expect(e?.fields.map((f) => f.column)).toContain('created_at');
    expect(e?.fields.map((f) => f.column)).not.toContain('updated_at');
  });
});
