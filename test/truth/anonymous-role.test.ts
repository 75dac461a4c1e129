import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';
import { anonymousRole } from '../../src/read/role-anonymous-words.js';

// shiguang-zh states 「| 游客 | 未登录的访问者，只能浏览已上架商品 |」 (a visitor who is not signed in), yet
// 游客 was a role of the token: the JWT example's `role`, allowed to call logout and refresh, a column
// of the matrix. A role the documents describe as not signed in is the anonymous caller: public
// routes only, never a role a token carries or one that signs in or out.
const CASES: [lang: string, roles: string, who: string, key: string][] = [
  [
    'en',
    '| Role | Description |\n|---|---|\n| Visitor | Someone not signed in; browses the catalogue |\n| Member | Signed-in resident who borrows tools |',
    'Visitor',
    'visitor',
  ],
  [
    'de',
    '| Rolle | Beschreibung |\n|---|---|\n| Gast | Nicht angemeldete Person; sieht den Katalog |\n| Mitglied | Angemeldetes Mitglied, leiht Werkzeuge aus |',
    'Gast',
    'gast',
  ],
  [
    'tr',
    '| Rol | Açıklama |\n|---|---|\n| Ziyaretçi | Giriş yapmamış kişi; kataloğu görür |\n| Üye | Aidatını ödemiş mahalle sakini; alet ödünç alır |',
    'Ziyaretçi',
    'ziyaretçi',
  ],
];

describe('a role described as not signed in is the anonymous caller', { timeout: 120_000 }, () => {
  it.each(CASES)('%s', async (lang, roles, who, key) => {
    const member = roles.split('\n')[3]!.split('|')[1]!.trim();
    const host = memoryHost({
      '/p/docs/prd.md': `# PRD\n\n## Roles\n\n${roles}\n`,
      '/p/docs/architecture.md': [
        '# Architecture',
        '',
        '## Authentication',
        '',
        'The API issues JWT access tokens valid for 15 minutes and refresh tokens valid for 7 days; passwords are hashed with bcrypt.',
        '',
        '## API',
        '',
        '| Method | Path | Purpose | Access |',
        '|---|---|---|---|',
        `| POST | /api/auth/login | Sign in | ${who} |`,
        `| POST | /api/auth/logout | Sign out | ${member} |`,
        `| POST | /api/auth/refresh | Refresh the token | ${member} |`,
        `| GET | /api/tools | List tools | ${who} |`,
        `| POST | /api/loans | Borrow a tool | ${member} |`,
        '| POST | /api/webhooks/stripe | Payment events | Stripe |',
        '| POST | /api/pay/notify | Payment provider callback | none (signed) |',
        '',
        '## Data',
        '',
        '```sql',
        'CREATE TABLE users (id uuid PRIMARY KEY, email text NOT NULL UNIQUE, password_hash text NOT NULL);',
        'CREATE TABLE tools (id uuid PRIMARY KEY, name text NOT NULL);',
        'CREATE TABLE loans (id uuid PRIMARY KEY, user_id uuid NOT NULL REFERENCES users(id), tool_id uuid NOT NULL REFERENCES tools(id));',
        '```',
        '',
      ].join('\n'),
    });
    const r = await compile({ root: '/p', verify: { skip: true }, lang: lang === 'tr' ? 'en' : lang }, host);
    const spec = r.spec!;
    const names = spec.roles.map((x) => x.name);
    expect(names).not.toContain(key);
    expect(names.length).toBeGreaterThan(0);
    expect(spec.permissions!.roles).not.toContain(key);
    const caller = spec.anonymousCallers?.find((c) => c.name === key);
    expect(caller).toBeDefined();
    const byId = new Map(spec.endpoints.map((e) => [e.operationId, e]));
    const reached = caller!.operations.map((id) => `${byId.get(id)!.method} ${byId.get(id)!.path}`);
    expect(reached).toContain('GET /api/tools');
    expect(reached).not.toContain('POST /api/auth/logout');
    expect(reached).not.toContain('POST /api/auth/refresh');
    expect(reached).not.toContain('POST /api/loans');
    expect(reached.some((x) => x.includes('webhooks'))).toBe(false);
    // A public route a signature verifies is a provider's callback, not the visitor's.
    expect(reached).not.toContain('POST /api/pay/notify');
    const md = r.artifacts!.find((f) => f.path.endsWith('backend-spec.md'))!.text;
    expect(md).not.toMatch(new RegExp(`"role": "${key}"`));
  });

  it('reads only who the role is, not what it may later do', () => {
    expect(anonymousRole('Guest', 'Anonymous visitor without an account')).toBe(true);
    expect(anonymousRole('游客', '未登录的访问者，只能浏览已上架商品')).toBe(true);
    expect(
      anonymousRole('Member', 'Books a slot once signed in; visitors who are not signed in only browse'),
    ).toBe(false);
    expect(anonymousRole('Reporter', 'Files anonymous reports about incidents')).toBe(false);
  });
});
