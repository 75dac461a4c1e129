import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { concernOfLabel } from '../../src/knowledge/technologies.js';
import { compile } from '../../src/pipeline.js';

// A Russian BMAD trial (test/russian/projects/uley) states "Очереди и фоновые задачи | Spring
// `@Scheduled` + Redis", yet its jobs ran on a proposed "PostgreSQL job table": the Russian slot label
// was not read, and even in English a key-value store beside a scheduler in the queue's slot was left
// to no slot. Slot labels in ru, pl and ja are read like the en, es, fr, de ones.
const SCHEMA =
  '```sql\nCREATE TABLE residents (id BIGSERIAL PRIMARY KEY, phone VARCHAR(20) NOT NULL UNIQUE);\nCREATE TABLE bookings (id BIGSERIAL PRIMARY KEY, resident_id BIGINT NOT NULL REFERENCES residents(id), starts_at TIMESTAMPTZ NOT NULL);\n```\n';
const run = (rows: string) =>
  compile(
    { root: '/p', verify: { skip: true } },
    memoryHost({
      '/p/docs/prd.md': '# PRD\n\n## Requirements\n\n- FR1: A resident can book a desk.\n',
      '/p/docs/architecture.md': `# Architecture\n\n## Data model\n\n${SCHEMA}\n## Stack\n\n| Layer | Technology |\n|---|---|\n${rows}\nEvery 5 minutes: cancel unconfirmed bookings older than 30 minutes.\n`,
    }),
  );

describe('stack slot labels in ru, pl and ja', () => {
  it.each([
    ['ru', 'Кэш', 'cache'],
    ['ru', 'Очереди', 'queue'],
    ['ru', 'Фоновые задачи', 'queue'],
    ['ru', 'Планировщик', 'scheduler'],
    ['ru', 'База данных', 'database'],
    ['ru', 'Аутентификация', 'auth'],
    ['ru', 'Хостинг', 'hosting'],
    ['ru', 'Фреймворк', 'framework'],
    ['pl', 'Pamięć podręczna', 'cache'],
    ['pl', 'Kolejka zadań', 'queue'],
    ['pl', 'Zadania w tle', 'queue'],
    ['pl', 'Harmonogram zadań', 'scheduler'],
    ['pl', 'Baza danych', 'database'],
    ['pl', 'Uwierzytelnianie', 'auth'],
    ['ja', 'キャッシュ', 'cache'],
    ['ja', 'キュー', 'queue'],
    ['ja', 'スケジューラ', 'scheduler'],
    ['ja', 'データベース', 'database'],
    ['ja', '認証', 'auth'],
    ['ja', 'ホスティング', 'hosting'],
  ])('%s: "%s" is the %s slot', (_lang, label, concern) => {
    expect(concernOfLabel(label)).toBe(concern);
  });
  it('near-miss: "ログイン" is sign-in, not logging; "Хранилище данных" is the database', () => {
    expect(concernOfLabel('ログイン')).toBe('auth');
    expect(concernOfLabel('Хранилище данных')).toBe('database');
  });
});

describe('a scheduler and a key-value store in the queue slot', () => {
  it.each([
    ['en', 'Queue and background jobs'],
    ['ru', 'Очереди и фоновые задачи'],
    ['pl', 'Kolejka i zadania w tle'],
    ['ja', 'キュー・バックグラウンドジョブ'],
  ])('%s: "%s | Spring @Scheduled + Redis": jobs run on Redis, scheduled by Spring', async (_lang, label) => {
    const r = await run(
      `| Framework | Spring Boot |\n| Database | PostgreSQL |\n| ${label} | Spring \`@Scheduled\` + Redis |\n`,
    );
    const runner = r.spec!.jobs[0]!.runner;
    expect(runner).toMatchObject({ queue: 'Redis', scheduler: 'Spring Scheduling' });
    expect(runner.proposed).toBeUndefined();
  });
  it('near-miss: "Jobs | Spring @Scheduled" states no queue: the jobs run in the application, no job table is proposed', async () => {
    const r = await run(
      '| Framework | Spring Boot |\n| Database | PostgreSQL |\n| Jobs | Spring `@Scheduled` |\n',
    );
    const runner = r.spec!.jobs[0]!.runner;
    expect(runner.proposed).toBeUndefined();
    expect(runner).toMatchObject({
      queue: "the application's processes (no queue is stated)",
      scheduler: 'Spring Scheduling',
    });
  });
});
