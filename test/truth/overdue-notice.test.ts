import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';

// Issue 11: "2 days overdue" is after a due date. It was read as a reminder 2 days *before* the
// member's card expiry, a job nobody asked for; now no reminder is scheduled and the due-date column
// is asked about, citing the sentence.
const DATA =
  '```sql\nCREATE TABLE members (id uuid PRIMARY KEY, card_expires_on date NOT NULL);\nCREATE TABLE loans (id uuid PRIMARY KEY, member_id uuid NOT NULL REFERENCES members(id), checked_out_at timestamptz NOT NULL);\n```';

describe('a notice after a due date', { timeout: 60_000 }, () => {
  it.each([
    ['en', '- FR5: WHEN a loan is 2 days overdue THE SYSTEM SHALL email the member a reminder.'],
    ['es', '- RF5: Cuando un préstamo está vencido 2 días, el sistema envía un recordatorio al socio.'],
    ['fr', '- FR5 : Quand un prêt est en retard de 2 jours, le système envoie un rappel au membre.'],
    ['de', '- FR5: Ist eine Ausleihe 2 Tage überfällig, sendet das System eine Erinnerung an das Mitglied.'],
  ])('%s: no reminder before an event; the due date is asked about', async (_l, line) => {
    const host = memoryHost({
      '/p/docs/prd.md': `# PRD\n\n${line}\n`,
      '/p/docs/architecture.md': `# Architecture\n\n${DATA}\n`,
    });
    const spec = (await compile({ root: '/p', verify: { skip: true } }, host)).spec!;
    expect(spec.jobs.filter((j) => j.name.endsWith('-reminder'))).toEqual([]);
    const q = spec.questions?.find((x) => x.id.startsWith('jobs/overdue/'));
    expect(q?.text).toContain('2 ');
    expect(q?.source).toMatchObject({ file: 'docs/prd.md', line: 3 });
  });
});

describe('escalation steps after a due date', { timeout: 60_000 }, () => {
  it('ask one question each, under ids of their own', async () => {
    const host = memoryHost({
      '/p/docs/prd.md':
        '# PRD\n\n- FR5: WHEN a loan is 2 days overdue THE SYSTEM SHALL email the member a reminder.\n- FR6: WHEN a loan is 10 days overdue THE SYSTEM SHALL suspend the member account.\n',
      '/p/docs/architecture.md': `# Architecture\n\n${DATA}\n`,
    });
    const r = await compile({ root: '/p', verify: { skip: true } }, host);
    const ids = (r.spec!.questions ?? []).filter((q) => q.id.startsWith('jobs/overdue/')).map((q) => q.id);
    expect(ids).toHaveLength(2);
    expect(new Set(ids).size).toBe(2);
    expect(r.diagnostics.some((d) => d.code === 'reconcile/value-conflict')).toBe(false);
  });
});
