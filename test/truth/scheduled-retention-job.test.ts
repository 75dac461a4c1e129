import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';

// "Every day at 04:00 the system anonymises inactive volunteers" beside the retention it enforces
// ("Volunteer records are retained for 24 months after the last activity and then anonymised") gave
// two jobs: the retention's, at a proposed 03:00, and one named from the schedule sentence's words.
// It is one job: the retention's (its table, cutoff and act), run at the stated 04:00, citing both.
const CASES: [lang: string, table: string, retention: string, schedule: string][] = [
  [
    'en',
    'volunteers',
    'Volunteer records are retained for 24 months after the last activity and then anonymised.',
    'Every day at 04:00 the system anonymises inactive volunteers.',
  ],
  [
    'fr',
    'benevoles',
    'Les fiches des bénévoles sont conservées 24 mois après la dernière activité, puis anonymisées.',
    'Chaque jour à 04:00, le système anonymise les bénévoles inactifs.',
  ],
];

describe('a scheduled sentence that enforces a stated retention', { timeout: 120_000 }, () => {
  it.each(CASES)(
    '%s: is one job, the retention’s, at the stated time',
    async (_lang, table, retention, schedule) => {
      const r = await compile(
        { root: '/p', verify: { skip: true } },
        memoryHost({
          '/p/docs/prd.md': `# PRD\n\n## Requirements\n\n- FR-1: Volunteers sign up for shifts.\n- NFR-3: ${retention}\n- NFR-4: ${schedule}\n`,
          '/p/docs/architecture.md': `# Architecture\n\n\`\`\`sql\nCREATE TABLE ${table} (id BIGSERIAL PRIMARY KEY, name VARCHAR(80) NOT NULL, phone VARCHAR(20), last_active_at TIMESTAMPTZ NOT NULL);\n\`\`\`\n`,
        }),
      );
      const jobs = r.spec!.jobs.filter((j) => j.trigger !== '0 * * * *');
      expect(jobs).toHaveLength(1);
      const job = jobs[0]!;
      expect(job.origin.kind === 'rule' ? job.origin.rule : '').toBe('derive/job-for-period-end');
      expect(job.trigger).toBe('0 4 * * *');
      expect(job.schedule?.origin.kind).toBe('source');
      expect(job.requirements).toEqual(['NFR-3', 'NFR-4']);
    },
  );
});
