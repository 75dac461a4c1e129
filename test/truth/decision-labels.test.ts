import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';
import { withoutDecisionId } from '../../src/read/option-cell-words.js';

/**
 * Issue 11: section 0 listed the options a decision log rejected as "D3: Temporal" and "D2: passwords":
 * the row's id names the decision, not the option, and a label's id ("D3: Temporal", "ADR-007 —
 * Kafka", "#12. Redis Streams") is no part of what was decided. The option is listed by its own name.
 */
describe('a decision id written as a label', () => {
  it.each([
    ['D3: Temporal', 'Temporal'],
    ['ADR-007 — Kafka', 'Kafka'],
    ['ADR 12: Event sourcing', 'Event sourcing'],
    ['#12. Redis Streams', 'Redis Streams'],
    ['D-4 – GraphQL gateway', 'GraphQL gateway'],
    ['Decisione 4 - Export notturno', 'Export notturno'],
    ['Besluit 2: Mollie voor iDEAL', 'Mollie voor iDEAL'],
  ])('"%s" → "%s"', (label, subject) => expect(withoutDecisionId(label)).toBe(subject));

  it.each(['D3 Background work', '#1 priority', 'DynamoDB', 'D3:', 'Decision tables'])(
    '"%s" stays whole',
    (label) => expect(withoutDecisionId(label)).toBe(label),
  );
});

describe('options a decision log rules out', { timeout: 120_000 }, () => {
  it.each([
    [
      'en',
      '| # | Decision | Options considered | Status |',
      '| D3 | Background work | Amazon SQS; Temporal (rejected: too much to run) | Accepted |',
      '| D7: Custom cron daemon | Rejected: one scheduler is enough |',
      '| Option | Verdict |',
    ],
    [
      'es',
      '| # | Decisión | Opciones consideradas | Estado |',
      '| D3 | Trabajo en segundo plano | Amazon SQS; Temporal (rechazado: demasiado para operar) | Aceptada |',
      '| ADR-007 — Demonio cron propio | Rechazado: basta con un planificador |',
      '| Opción | Decisión |',
    ],
  ])('%s: are listed by their own names', async (lang, header, row, labelled, verdictHeader) => {
    const log = [
      '# Decision Log',
      '',
      header,
      '|---|---|---|---|',
      row,
      '',
      verdictHeader,
      '|---|---|',
      labelled,
      '',
    ].join('\n');
    const r = await compile(
      { root: '/p', verify: { skip: true } },
      memoryHost({
        '/p/docs/prd.md': '# PRD\n\n- FR1: Volunteers sign up for shifts.\n',
        '/p/docs/architecture/decision-log.md': log,
        '/p/docs/architecture/data-models.md':
          '# Data Models\n\n```sql\nCREATE TABLE shifts (id uuid PRIMARY KEY, title text NOT NULL);\n```\n',
      }),
    );
    const subjects = (r.spec!.reconciliation.decisions ?? []).map((d) => d.subject);
    expect(subjects).toContain('Temporal');
    expect(subjects).toContain(lang === 'en' ? 'Custom cron daemon' : 'Demonio cron propio');
    expect(subjects.filter((s) => /^(?:D\d|ADR|#\d)/.test(s))).toEqual([]);
  });
});
