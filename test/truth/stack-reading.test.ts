import { describe, expect, it } from 'vitest';
import { authExtractor } from '../../src/extract/auth.js';
import { quantitiesExtractor } from '../../src/extract/quantities.js';
import { scopeExtractor } from '../../src/extract/scope.js';
import { stackExtractor } from '../../src/extract/stack.js';
import { doc, run } from '../reconcile/helpers.js';

const stack = (text: string, path = 'docs/architecture.md') =>
  (run(stackExtractor, doc(path, 'architecture', text)).fragment.stack ?? []).map(
    (c) => `${c.concern}:${c.value}:${c.status}`,
  );

// Issue 11: stated stacks replaced by defaults; items under a later phase taken as chosen.
describe('framework-native auth, queues and schedulers are read as stated', () => {
  it.each([
    ['en', '| Concern | Choice |\n|---|---|\n| Auth | Laravel Sanctum |\n', 'auth:Laravel Sanctum:chosen'],
    [
      'fr',
      '| Composant | Choix |\n|---|---|\n| **Auth** | Laravel Sanctum | SPA tokens |\n',
      'auth:Laravel Sanctum:chosen',
    ],
    ['es', '- Auth: Laravel Breeze (Blade) + Bootstrap\n', 'auth:Laravel Breeze:chosen'],
    ['en', '- **Queue system:** Redis + Laravel Horizon\n', 'queue:Laravel Horizon:chosen'],
    ['de', '| Komponente | Wahl |\n|---|---|\n| Warteschlange | RabbitMQ |\n', 'queue:RabbitMQ:chosen'],
    ['es', '| Componente | Elección |\n|---|---|\n| Cola de trabajos | Celery |\n', 'queue:Celery:chosen'],
    ['en', '- Scheduler: system crontab on the VM\n', 'scheduler:system crontab:chosen'],
    ['pt', '| Componente | Escolha |\n|---|---|\n| Armazenamento | MinIO |\n', 'storage:MinIO:chosen'],
  ])('%s: %s', (_lang, text, expected) => {
    expect(stack(text)).toContain(expected);
  });
  it('near-miss: "a breeze" and "on the horizon" are words, not products', () => {
    expect(stack('- Deployment: Docker, setup is a breeze and more is on the horizon\n').join()).not.toMatch(
      /Breeze|Horizon/,
    );
  });
  it('a database engine in a "Storage" slot is the database (spec-kit plan template)', () => {
    expect(stack('**Storage**: SQLite（默认）\n')).toContain('database:SQLite:chosen');
    expect(stack('**Storage**: Amazon S3 for uploads, PostgreSQL metadata\n')).toContain(
      'storage:Amazon S3:chosen',
    );
  });
});

describe('a list item that opens a later phase governs its nested items', () => {
  it.each([
    ['en', '2. **Phase 2 (Multi-Server):**\n   - Cache layer: Redis cluster\n'],
    ['es', '- **Fase 2:**\n  - Caché: Redis\n'],
    ['fr', '- Post-MVP :\n  - Cache : Redis\n'],
  ])('%s', (_lang, text) => {
    expect(stack(text).filter((c) => c.startsWith('cache:Redis'))).toEqual(['cache:Redis:mentioned']);
  });
  it('near-miss: "Phase 1 (Current):" keeps its items chosen', () => {
    expect(stack('1. **Phase 1 (Current):**\n   - Cache layer: Redis\n')).toContain('cache:Redis:chosen');
  });
});

describe('a task plan is build order, not deferral', () => {
  it('spec-kit tasks.md: "Phase 2: Foundational" items and checkboxes are not out of scope', () => {
    const md =
      '# Tasks: JWT auth\n\n## Phase 2: Foundational\n\n- [ ] T010 Create the JwtService\n- [x] T011 Add middleware\n';
    expect(run(scopeExtractor, doc('specs/007/tasks.md', 'other', md)).fragment.scope ?? []).toEqual([]);
  });
  it('near-miss: a PRD "Phase 2" section still defers its items', () => {
    const md = '# PRD\n\n## Phase 2\n\n- Mobile app\n';
    expect(
      (run(scopeExtractor, doc('docs/prd.md', 'prd', md)).fragment.scope ?? []).map((s) => s.scope),
    ).toEqual(['deferred']);
  });
});

describe('JWT is read only as a word of its own and a lifetime only as a lifetime', () => {
  const strategies = (text: string) =>
    (run(authExtractor, doc('specs/a.md', 'architecture', text)).fragment.securityFacts ?? []).filter(
      (f) => f.kind === 'strategy',
    );
  it('a feature slug or a file name is not a statement', () => {
    expect(strategies('**Feature**: 007-accountbox-web-jwt\n')).toEqual([]);
    expect(strategies('See `auth/jwt.ts` for details.\n')).toEqual([]);
    expect(strategies('Authentication uses JWT bearer tokens.\n')).toHaveLength(1);
  });
  it('"JWT verification is fast (< 1 ms)" is no access-token lifetime', () => {
    const q = (text: string) =>
      (run(quantitiesExtractor, doc('docs/a.md', 'architecture', text)).fragment.parameters ?? []).map(
        (p) => p.key,
      );
    expect(q('- JWT验证非常快（< 1ms）,无需额外缓存\n')).not.toContain('auth.access-token-ttl');
    expect(q('- JWT expires after 30 minutes\n')).toContain('auth.access-token-ttl');
  });
});

describe("SQLite's datetime('now') default", () => {
  it('becomes now() without moving a character', async () => {
    const { normaliseDialect } = await import('../../src/extract/data/sql-text.js');
    const sql = "CREATE TABLE a (id INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT DEFAULT (datetime('now')));";
    const { text, notes } = normaliseDialect(sql);
    expect(text).toHaveLength(sql.length);
    expect(text).toContain('DEFAULT (now()');
    expect(notes.dialect).toBe('sqlite');
  });
});

describe('a stated technology the catalogue does not know is carried as stated (known: false)', () => {
  const table = (rows: string) => `| Concern | Technology | Why |\n|---|---|---|\n${rows}`;
  it.each([
    ['en', table('| Queue | Beanstalkd | simple |\n'), 'queue:Beanstalkd:chosen'],
    [
      'es',
      '| Componente | Tecnología |\n|---|---|\n| Búsqueda | Manticore Search |\n',
      'search:Manticore Search:chosen',
    ],
    ['en', table('| Messaging | In-process MediatR (MVP) | fast |\n'), 'queue:In-process MediatR:chosen'],
  ])('%s: %s', (_lang, text, expected) => {
    const found = run(stackExtractor, doc('docs/architecture.md', 'architecture', text)).fragment.stack ?? [];
    expect(found.map((c) => `${c.concern}:${c.value}:${c.status}`)).toContain(expected);
    expect(found.find((c) => `${c.concern}:${c.value}:${c.status}` === expected)?.known).toBe(false);
  });
  it('near-misses: no name, an open choice, a sentence, an auth mechanism', () => {
    for (const row of [
      '| Queue | None |\n',
      '| Queue | TBD |\n',
      '| Queue | Beanstalkd or NSQ |\n',
      '| Queue | jobs are run in process by the web server when needed |\n',
      '| Auth | Dry-Run Interceptor |\n',
    ])
      expect(stack(table(row)), row).toEqual([]);
  });
});
