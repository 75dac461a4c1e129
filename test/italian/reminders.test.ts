import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';

// The Italian trial: "Il sistema invia un promemoria via SMS 24 ore prima di ogni visita confermata"
// was read as a rule but gave no job (the reminder and "prima" words were English, German, French,
// Spanish and Portuguese only).
describe('an Italian reminder before an event is a reminder job', () => {
  it('"24 ore prima di ogni visita" scans the visits by their start', async () => {
    const r = await compile(
      { root: '/p', verify: { skip: true } },
      memoryHost({
        '/p/docs/prd.md':
          '# PRD\n\n## Requisiti\n\n- **FR5:** Il sistema invia un promemoria via SMS 24 ore prima di ogni visita confermata.\n',
        '/p/docs/architecture.md': [
          '# Architettura',
          '',
          '## Visita',
          '',
          '| Campo | Tipo | Obbligatorio | Note |',
          '|---|---|---|---|',
          '| id | UUID | sì | chiave primaria |',
          '| inizio | timestamp | sì | |',
          '',
        ].join('\n'),
      }),
    );
    const job = r.spec!.jobs.find((j) => j.name === 'send-visita-reminder');
    expect(job?.purpose).toContain('1 day before each visita');
    expect(job?.steps.join(' ')).toContain('inizio');
  });
  it('near-miss: a sentence without a reminder word gives no reminder job', async () => {
    const r = await compile(
      { root: '/p', verify: { skip: true } },
      memoryHost({
        '/p/docs/prd.md': '# PRD\n\n## Requisiti\n\n- **FR5:** La visita dura 24 ore al massimo.\n',
        '/p/docs/architecture.md':
          '# Architettura\n\n## Visita\n\n| Campo | Tipo | Obbligatorio |\n|---|---|---|\n| id | UUID | sì |\n| inizio | timestamp | sì |\n',
      }),
    );
    expect(r.spec!.jobs.some((j) => j.name.endsWith('-reminder'))).toBe(false);
  });
});
