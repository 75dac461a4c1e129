import { describe, expect, it } from 'vitest';
import { stackExtractor } from '../../src/extract/stack.js';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';
import { doc, run } from '../reconcile/helpers.js';

const stack = (text: string) =>
  (run(stackExtractor, doc('docs/standards/libraries.md', 'architecture', text)).fragment.stack ?? []).map(
    (c) => `${c.concern}:${c.value}:${c.status}`,
  );

// Issue 11: ugcboost names its database only through its driver in a library registry
// (`| Postgres-драйвер и пул | github.com/jackc/pgx/v5 |`); the spec said "Database: none: the
// documents describe no stored data" although the roadmap migrates tables.
describe('a database driver in a library table names the database', () => {
  it.each([
    [
      'ru',
      '| Задача | Библиотека |\n|---|---|\n| Postgres-драйвер и пул | `github.com/jackc/pgx/v5` |\n',
      'database:PostgreSQL:chosen',
    ],
    ['en', '| Purpose | Library |\n|---|---|\n| DB access | asyncpg |\n', 'database:PostgreSQL:chosen'],
    ['es', '| Tarea | Librería |\n|---|---|\n| Driver MySQL | PyMySQL |\n', 'database:MySQL:chosen'],
    [
      'de',
      '| Aufgabe | Bibliothek |\n|---|---|\n| Datenbanktreiber | `github.com/go-sql-driver/mysql` |\n',
      'database:MySQL:chosen',
    ],
  ])('%s', (_lang, text, expected) => {
    expect(stack(text)).toContain(expected);
  });
  it('near-miss: a library table of other concerns names no database', () => {
    expect(
      stack('| Task | Library |\n|---|---|\n| HTTP router | `github.com/go-chi/chi/v5` |\n').join(),
    ).not.toMatch(/database/);
  });
});

describe('a stated database with no described record is a gap, never "no stored data"', () => {
  const project = (arch: string) =>
    memoryHost({
      '/p/docs/prd.md': '# PRD\n\n## Requirements\n\n- FR1: Managers can publish campaigns.\n',
      '/p/docs/architecture.md': arch,
    });
  it('en: the decision names the database and the gap asks for the model', async () => {
    const r = await compile(
      { root: '/p', verify: { skip: true } },
      project('# Architecture\n\n| Layer | Choice |\n|---|---|\n| Database | PostgreSQL 16 |\n'),
    );
    const db = r.spec!.decisions.find((d) => d.topic === 'Database')!;
    expect(db.choice).toBe('PostgreSQL; no data model is described');
    expect(db.origin.kind).toBe('source');
    expect(r.spec!.reconciliation.gaps).toContainEqual(
      expect.objectContaining({ subject: 'PostgreSQL', detail: 'no-model' }),
    );
    expect(r.artifacts[0]!.text).toContain('the entities, their fields and keys are an open question');
  });
  it('near-miss: no database stated and no record described stays "none" (a stateless service)', async () => {
    const r = await compile(
      { root: '/p', verify: { skip: true } },
      project('# Architecture\n\nA stateless proxy; nothing is stored.\n'),
    );
    expect(r.spec!.reconciliation.gaps.filter((g) => g.detail === 'no-model')).toEqual([]);
    expect(r.spec!.decisions.find((d) => d.topic === 'Database')?.choice).toBe(
      'none: the documents describe no stored data',
    );
  });
});

// Issue 11: a default inside a stated decision passed for stated ("JWT (access 15min, refresh 7d);
// argon2id" while the documents state only JWT).
describe('default parts of a stated authentication decision are marked proposed', () => {
  it('en: a lifetime and a hash nobody states are proposals; stated ones are not', async () => {
    const host = memoryHost({
      '/p/docs/prd.md': '# PRD\n\n- FR1: Users sign in with email and password.\n',
      '/p/docs/architecture.md':
        '# Architecture\n\n## Security\n\n- Authentication: JWT bearer tokens; access tokens expire after 30 minutes.\n',
    });
    const r = await compile({ root: '/p', verify: { skip: true } }, host);
    const auth = r.spec!.decisions.find((d) => d.topic === 'Authentication')!.choice;
    expect(auth).toContain('access 30min');
    expect(auth).not.toContain('access 30min (proposed)');
    expect(auth).toMatch(/(?:argon2id|bcrypt)[^;]* \(proposed\)$/);
  });
});

describe('a job runner stated in part: the filled-in part is a proposal', () => {
  it('en: a stated RabbitMQ queue with no scheduler proposes the scheduler; BullMQ schedules itself', async () => {
    const project = (queue: string) =>
      memoryHost({
        '/p/docs/prd.md': '# PRD\n\n- FR1: Every night at 02:00 the system deletes expired sessions.\n',
        '/p/docs/architecture.md': `# Architecture\n\n| Layer | Choice |\n|---|---|\n| Database | PostgreSQL 16 |\n| Queue | ${queue} |\n\n\`\`\`sql\nCREATE TABLE sessions (id UUID PRIMARY KEY, expires_at TIMESTAMPTZ NOT NULL);\n\`\`\`\n`,
      });
    const jobs = async (queue: string) =>
      (await compile({ root: '/p', verify: { skip: true } }, project(queue))).spec!.decisions.find(
        (d) => d.topic === 'Background jobs',
      )?.choice ?? '';
    expect(await jobs('RabbitMQ')).toMatch(/^RabbitMQ; scheduled by .* \(proposed\); /);
    expect(await jobs('BullMQ')).toMatch(/^BullMQ; scheduled by BullMQ repeatable jobs; /);
  });
});
