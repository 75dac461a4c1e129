import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';

const SCHEMA =
  '```sql\nCREATE TABLE animals (id BIGSERIAL PRIMARY KEY, name VARCHAR(80) NOT NULL);\nCREATE TABLE applications (id BIGSERIAL PRIMARY KEY, animal_id BIGINT NOT NULL REFERENCES animals(id), status VARCHAR(20) NOT NULL);\n```\n';
const run = (prd: string, arch: string) =>
  compile(
    { root: '/p', verify: { skip: true } },
    memoryHost({ '/p/docs/prd.md': prd, '/p/docs/architecture.md': `# Architecture\n\n${SCHEMA}\n${arch}` }),
  );

// The Polish trial (test/polish/projects/schronisko) decided "Laravel Queues na Redis 7 z Laravel
// Horizon": the queue's readiness check and prerequisite did not say it runs on Redis (REDIS_URL).
describe('a queue stated on Redis is checked at REDIS_URL', () => {
  it.each([
    ['en', '- **Decision**: Laravel Queues on Redis 7 with Laravel Horizon.'],
    ['pl', '- **Decyzja**: Laravel Queues na Redis 7 z Laravel Horizon.'],
  ])('%s', async (_lang, line) => {
    const r = await run('# PRD\n\n- FR-1: A visitor lists animals.\n', `## Queues\n\n${line}\n`);
    const ready = r.spec!.observability!.health.find((h) => h.path.endsWith('/ready'))!;
    expect(ready.checks.join('; ')).toMatch(/queue \(Laravel queues at REDIS_URL\)/);
    expect(r.spec!.deployment!.env.map((e) => e.name)).toContain('REDIS_URL');
  });
});

// The same trial kept "Dane osobowe kandydatów … przechowujemy 5 lat …, a wnioski odrzucone — 12
// miesięcy od decyzji" under one key with two values: the second period names its own data.
describe('a second retention period whose clause leaves the verb out names its own data', () => {
  it.each([
    [
      'en',
      'Candidate data is kept for 5 years after the adoption, and rejected applications for 12 months.',
      'rejected-application',
    ],
    [
      'pl',
      'Dane osobowe kandydatów przechowujemy 5 lat od zakończenia adopcji, a wnioski odrzucone — 12 miesięcy od decyzji.',
      'wnioski-odrzucone',
    ],
  ])('%s', async (_lang, sentence, second) => {
    const r = await run(`# PRD\n\n## Principles\n\n- ${sentence}\n`, '');
    const keys = r.domain!.parameters.filter((p) => p.key.startsWith('retention.'));
    expect(new Set(keys.map((k) => k.key)).size).toBe(2);
    expect(keys.find((k) => k.value === 31104000 || /12/.test(k.text))?.key).toBe(`retention.${second}`);
  });
});
