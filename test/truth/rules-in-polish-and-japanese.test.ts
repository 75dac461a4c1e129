import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';
import { nonFunctionalRule, readRule, statesRule } from '../../src/read/rule-words.js';

// The Polish spec-kit trial (test/polish/projects/schronisko) carried 3 of its ~13 stated rules, each
// read as "never" from a German "nie" the readers saw at the end of "jednocześnie"; its retention
// ("przechowujemy 6 lat") was no stated parameter. The Japanese trial (test/japanese/projects/hidamari)
// read no retention ("5年間保存する"), keyed its "予約作成APIは…1分間に10回まで" to no operation, and paged
// its lists by offset although "カーソル方式のページングとし、1ページ最大50件" is stated.

const read = (s: string) => (statesRule(s) ? readRule(s) : null);

describe('Polish rule words read like the English ones', () => {
  it.each([
    ['A member can hold at most 2 open applications at the same time.', 'limit', 'service-check'],
    ['Kandydat może mieć najwyżej 2 otwarte wnioski jednocześnie.', 'limit', 'service-check'],
    ['Wolontariusz może zapisać się na co najwyżej 3 spacery w tygodniu.', 'limit', 'service-check'],
    ['Użytkownik nie może mieć więcej niż 3 aktywne rezerwacje.', 'limit', 'service-check'],
    ['The reason must have at least 20 characters.', 'minimum', 'validation'],
    ['Uzasadnienie musi mieć co najmniej 20 znaków.', 'minimum', 'validation'],
    ['The chip number must be unique.', 'unique', 'db-constraint'],
    ['Numer chipa MUSI być unikalny w całym systemie.', 'unique', 'db-constraint'],
    ['Documents are retained for 10 years.', 'retention', 'retention-policy'],
    ['Dokumenty są przechowywane przez 10 lat.', 'retention', 'retention-policy'],
    ['Dane darczyńców przechowujemy 6 lat.', 'retention', 'retention-policy'],
    ['Rezerwacja MUSI wygasnąć automatycznie po 7 dniach bez podpisanej umowy.', 'window', 'job'],
    ['Animals are never deleted from the system.', 'never', 'service-check'],
    ['Zwierzęta nigdy nie są usuwane z systemu.', 'never', 'service-check'],
  ])('"%s" is a %s rule (%s)', (sentence, kind, enforcement) => {
    expect(read(sentence)).toMatchObject({ kind, enforcement });
  });
  it('near-miss: a word ending in "nie" is no prohibition, and a plain Polish capability is no rule', () => {
    expect(read('Kandydat może mieć najwyżej 2 otwarte wnioski jednocześnie.')?.kind).not.toBe('never');
    expect(statesRule('Wolontariusz może przeglądać zwierzęta jednocześnie.')).toBe(false);
  });
});

describe('Japanese retention words', () => {
  it.each([
    ['Medical records are retained for 5 years.', 'retention'],
    ['診察記録は5年間保存する。', 'retention'],
    ['予約履歴は13か月保存し、その後は匿名化する。', 'duration'],
  ])('"%s" is a stated %s', (sentence, kind) => {
    expect(nonFunctionalRule(sentence)).toBe(true);
    expect(read(sentence)?.kind).toBe(kind);
  });
  it('near-miss: storing something with no time ("クッキーに保存する") keeps nothing for a time', () => {
    const r = read('WHEN ユーザーがログインする THEN システム SHALL セッション情報をクッキーに保存する');
    expect(r?.kind ?? null).not.toBe('retention');
    expect(r?.kind ?? null).not.toBe('duration');
  });
});

const SCHEMA =
  '```sql\nCREATE TABLE owners (id UUID PRIMARY KEY, name VARCHAR(100) NOT NULL);\nCREATE TABLE reservations (id UUID PRIMARY KEY, owner_id UUID NOT NULL REFERENCES owners(id), starts_at TIMESTAMPTZ NOT NULL);\nCREATE TABLE medical_records (id UUID PRIMARY KEY, reservation_id UUID NOT NULL REFERENCES reservations(id), note TEXT NOT NULL);\n```\n';
const run = (prd: string, arch: string) =>
  compile(
    { root: '/p', verify: { skip: true } },
    memoryHost({ '/p/docs/prd.md': prd, '/p/docs/architecture.md': `# Architecture\n\n${SCHEMA}\n${arch}` }),
  );

describe('a stated retention is a parameter in pl and ja', () => {
  it.each([
    ['en', '- NFR-1: Medical records are retained for 5 years.', 157680000],
    ['pl', '- NFR-1: Wpisy medyczne przechowujemy 5 lat.', 157680000],
    ['ja', '- NFR-1：診察記録は5年間保存する。', 157680000],
  ])('%s', async (_lang, line, seconds) => {
    const r = await run(`# PRD\n\n## Requirements\n\n${line}\n`, '');
    const p = r.domain!.parameters.filter((q) => q.key.startsWith('retention.'));
    expect(p.map((q) => q.value)).toEqual([seconds]);
    expect(p[0]!.key).not.toMatch(/\d/);
  });
  it('near-miss: Chinese "保持登录状态" (stay signed in) for 24 hours is no retention', async () => {
    const r = await run('# PRD\n\n## 需求\n\n- FR-1：用户在Token有效期（24小时）内仍然保持登录状态。\n', '');
    expect(r.domain!.parameters.filter((q) => q.key.startsWith('retention'))).toEqual([]);
  });
});

const routes = (list: string, create: string) =>
  `## API\n\n| Method | Path | Description |\n|---|---|---|\n| GET | /api/v1/reservations | ${list} |\n| POST | /api/v1/reservations | ${create} |\n`;
const ROUTES = routes('List reservations', 'Create a reservation');

describe('a Japanese limit on creating a record is that create operation’s', () => {
  it.each([
    ['en', ROUTES, '- Creation of reservations: at most 10 per minute per user.'],
    // The route table names the record in Japanese ("予約の作成"): "予約" is the Reservation.
    [
      'ja',
      routes('予約の一覧', '予約の作成'),
      '- 予約作成APIは、1ユーザーあたり1分間に10回までとする（超過時は HTTP 429）。',
    ],
  ])('%s', async (_lang, table, limit) => {
    const r = await run(
      '# PRD\n\n## Requirements\n\n- FR-1: An owner books a visit.\n',
      `${table}\n## Security\n\n${limit}\n`,
    );
    const create = r.spec!.endpoints.find((e) => e.method === 'POST' && e.path === '/api/v1/reservations')!;
    expect(create.statedRateLimit).toMatchObject({ requests: 10, windowSeconds: 60 });
  });
  it('near-miss: a login limit enforced by the identity provider names no operation of ours', async () => {
    const r = await run(
      '# PRD\n\n## Requirements\n\n- FR-1: An owner books a visit.\n',
      `${ROUTES}\n## Security\n\n- ログインの試行は、同一IPアドレスから15分間に5回までとする（Auth0 の Brute Force Protection を使う）。\n`,
    );
    expect(r.spec!.endpoints.filter((e) => e.statedRateLimit)).toEqual([]);
  });
});

describe('stated cursor pagination and its page size in ja', () => {
  it.each([
    ['en', 'Errors follow RFC 9457. Lists use cursor pagination, at most 50 per page.'],
    [
      'ja',
      'エラー応答は RFC 9457 の形式で返します。一覧APIはカーソル方式のページングとし、1ページ最大50件とします。',
    ],
  ])('%s', async (_lang, sentence) => {
    const r = await run(
      '# PRD\n\n## Requirements\n\n- FR-1: An owner books a visit.\n',
      `${ROUTES}\n${sentence}\n`,
    );
    const page = r.spec!.endpoints.find((e) => e.pagination)!.pagination!;
    // "RFC 9457" in the sentence before is no page size, and "1ページ" counts pages, not items.
    expect(page).toMatchObject({ style: 'cursor', max: 50 });
    expect(page.default).not.toBe(9457);
    expect(page.default).not.toBe(1);
  });
});
