import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';

// shiguang-zh keeps its refresh tokens in Redis (「刷新令牌保存在 Redis 中」, key `auth:refresh:{userId}`
// with a 7-day TTL), yet the spec designed a `purge-expired-tokens` job deleting rows of a
// refresh-token store. Keys with a TTL expire in the store itself: no purge job, and the auth table
// says where the tokens live, citing the TTL.
const project = (architecture: string) =>
  memoryHost({
    '/p/docs/prd.md': '# PRD\n\n## Goals\n\n- Members borrow books.\n',
    '/p/docs/architecture.md': `# Architecture\n\n${architecture}\n\n## Data\n\n\`\`\`sql\nCREATE TABLE users (id uuid PRIMARY KEY, email text NOT NULL UNIQUE, password_hash text NOT NULL);\nCREATE TABLE loans (id uuid PRIMARY KEY, user_id uuid NOT NULL REFERENCES users(id), due_at timestamptz NOT NULL);\n\`\`\`\n`,
  });

const CASES: [string, string, string][] = [
  [
    'en',
    'one sentence',
    '## Authentication\n\nThe API issues JWT access tokens valid for 15 minutes and refresh tokens valid for 7 days. Refresh tokens are kept in Redis with a TTL of 7 days.',
  ],
  [
    'de',
    'a key table',
    '## Authentifizierung\n\nDie API stellt JWT-Zugriffstokens (15 Minuten gültig) und Refresh-Tokens (7 Tage gültig) aus. Refresh-Tokens werden in Redis gespeichert.\n\n## Cache\n\n| Schlüssel | Inhalt | TTL |\n|---|---|---|\n| `auth:refresh:{userId}` | Refresh-Token | 7 Tage |',
  ],
  [
    'zh',
    'a key table',
    '## 认证\n\n后端签发自己的 JWT：访问令牌有效期 2 小时，刷新令牌有效期 7 天。刷新令牌保存在 Redis 中，退出登录时删除。\n\n## 缓存设计\n\n| Key | 内容 | TTL |\n|---|---|---|\n| `auth:refresh:{userId}` | 刷新令牌 | 7 天 |',
  ],
];

describe('refresh tokens kept in Redis with a TTL', { timeout: 120_000 }, () => {
  it.each(CASES)('%s (%s): no purge job; the store and its TTL are stated', async (lang, where, text) => {
    const r = await compile(
      { root: '/p', verify: { skip: true }, lang: lang === 'zh' ? 'en' : lang },
      project(text),
    );
    expect(r.spec!.jobs.map((j) => j.name)).not.toContain('purge-expired-tokens');
    expect(r.spec!.auth?.refreshStore?.value).toEqual({ store: 'Redis', ttlSeconds: 604800 });
    // The line that states the TTL is cited.
    const origin = r.spec!.auth!.refreshStore!.origin;
    expect(origin.kind === 'source' ? origin.quote : '').toMatch(
      where === 'a key table' ? /auth:refresh/ : /TTL/,
    );
  });

  it('en: refresh tokens in the database still get their purge job', async () => {
    const r = await compile(
      { root: '/p', verify: { skip: true } },
      project(
        '## Authentication\n\nThe API issues JWT access tokens valid for 15 minutes and refresh tokens valid for 7 days, stored in the database. Redis caches the catalogue for 5 minutes.',
      ),
    );
    expect(r.spec!.auth?.refreshStore ?? null).toBeNull();
    expect(r.spec!.jobs.map((j) => j.name)).toContain('purge-expired-tokens');
  });
});
