import { describe, expect, it } from 'vitest';
import { stackExtractor } from '../../src/extract/stack.js';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';
import { doc, run } from '../reconcile/helpers.js';

const orm = (text: string) =>
  (run(stackExtractor, doc('docs/architecture.md', 'architecture', text)).fragment.stack ?? [])
    .filter((c) => c.concern === 'orm')
    .map((c) => `${c.value}:${c.status}:${c.origin.kind === 'source' ? c.origin.line : 0}`);

// Issue 11: an ORM chosen in a plain sentence ("We use Prisma as the ORM") was only a mention, so the
// stack had no ORM. A sentence that names the slot states the choice, with its line.
describe('an ORM chosen in a plain sentence', () => {
  it.each([
    ['en', 'The API is written in TypeScript.\n\nWe use Prisma as the ORM.\n', 'Prisma:chosen:3'],
    ['en', 'The ORM is Drizzle; it generates the migrations.\n', 'Drizzle ORM:chosen:1'],
    ['es', 'El backend usa NestJS. El ORM es TypeORM.\n', 'TypeORM:chosen:1'],
    ['es', '- Usamos Sequelize como ORM.\n', 'Sequelize:chosen:1'],
    ['pt', 'O ORM é Prisma, com migrações versionadas.\n', 'Prisma:chosen:1'],
    ['fr', 'Nous utilisons TypeORM comme ORM.\n', 'TypeORM:chosen:1'],
    ['de', 'Als ORM nutzen wir Drizzle.\n', 'Drizzle ORM:chosen:1'],
    ['en', '- ORM: SQLAlchemy\n', 'SQLAlchemy:chosen:1'],
  ])('%s: %s', (_l, text, expected) => {
    expect(orm(text)).toContain(expected);
  });
  it.each([
    ['en', 'We do not use Prisma as the ORM; queries are plain SQL.\n'],
    ['es', 'No usamos TypeORM como ORM.\n'],
    ['de', 'Als ORM nutzen wir nicht Drizzle.\n'],
    ['en', 'Prisma as the ORM?\n'],
    ['en', 'Prisma is popular among TypeScript developers.\n'],
  ])('%s: no choice in "%s"', (_l, text) => {
    expect(orm(text).filter((o) => o.includes(':chosen:'))).toEqual([]);
  });
  it('the key decisions name the ORM with its source', { timeout: 60_000 }, async () => {
    const host = memoryHost({
      '/p/docs/prd.md': '# PRD\n\n- FR1: A user can create a note.\n',
      '/p/docs/architecture.md':
        '# Architecture\n\n- Database: PostgreSQL\n\nWe use Prisma as the ORM.\n\n```sql\nCREATE TABLE notes (id uuid PRIMARY KEY, body text NOT NULL);\n```\n',
    });
    const r = await compile({ root: '/p', verify: { skip: true } }, host);
    const chosen = r.domain!.stack.find((s) => s.concern === 'orm' && s.status === 'chosen');
    expect(chosen).toMatchObject({ value: 'Prisma', origin: { file: 'docs/architecture.md', line: 5 } });
    const md = r.artifacts.find((a) => a.path.endsWith('backend-spec.md'))!.text;
    expect(md).toMatch(/\| Database \| PostgreSQL; Prisma schema and migrations;/);
  });
});
