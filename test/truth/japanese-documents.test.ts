import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { findMeasures } from '../../src/knowledge/durations.js';
import { dailyCron } from '../../src/knowledge/time-of-day.js';
import { compile } from '../../src/pipeline.js';
import { readSchedule } from '../../src/read/schedule-words.js';

// A Japanese BMAD trial (an animal clinic's booking system: NestJS + TypeORM, Auth0, LINE, SendGrid;
// test/japanese/projects/hidamari) came out with Stripe and Firebase Authentication, both 「却下」 in
// its ADR table, as integrations (Stripe behind a PaymentService); PAY.JP 「将来対応（Phase 2）」 lost;
// no requirement read from 「FR-01：…」 (a full-width colon); eight roles named "us_01_飼い主" from
// the stories' ids; the roles table 「ロール | 説明 | 主な権限」 unread; every stated route denied to
// every role (the access column 「権限」 unread); PostgreSQL and NestJS missing from the stack (the
// table's 「技術」 column unread); and no schedule read from 「毎日午前3時」 or 「5分ごと」.
const MODEL =
  '```sql\nCREATE TABLE owners (id UUID PRIMARY KEY, name VARCHAR(100) NOT NULL);\nCREATE TABLE reservations (id UUID PRIMARY KEY, owner_id UUID NOT NULL REFERENCES owners(id), starts_at TIMESTAMPTZ NOT NULL);\n```\n';
const run = (arch: string, prd = '# PRD\n\n## 機能要件\n\n- FR-01：飼い主は予約を作成できること。\n') =>
  compile(
    { root: '/p', verify: { skip: true } },
    memoryHost({
      '/p/docs/prd.md': prd,
      '/p/docs/architecture.md': `# アーキテクチャ\n\n## データモデル\n\n${MODEL}\n${arch}`,
    }),
  );

describe('a Japanese decision table', () => {
  it('「却下」 rejects, 「採用」 chooses, 「将来対応（Phase 2）」 defers; the 「理由」 column says why', async () => {
    const r = await run(
      '## アーキテクチャ上の決定\n\n| ID | 決定事項 | ステータス | 理由 |\n|---|---|---|---|\n| ADR-01 | PostgreSQL をメインDBとする | 採用 | 排他制約が必要 |\n| ADR-02 | 決済に PAY.JP を使う | 将来対応（Phase 2） | MVPでは窓口で支払う |\n| ADR-03 | Stripe | 却下 | コンビニ決済に対応しない |\n| ADR-04 | Firebase Authentication | 不採用 | ロール管理が煩雑 |\n',
    );
    expect(r.spec!.integrations.find((i) => i.name === 'Stripe')?.status).toBe('rejected');
    expect(r.spec!.services.find((s) => s.name === 'PaymentService')).toBeUndefined();
    expect(r.spec!.integrations.find((i) => /firebase/i.test(i.name))?.status).toBe('rejected');
    const decisions = r.spec!.reconciliation.decisions;
    expect(decisions.find((d) => d.subject === 'Stripe')?.detail).toBe('コンビニ決済に対応しない');
    expect(decisions.find((d) => /PAY\.JP/.test(d.subject))?.status).toBe('deferred');
  });
  it('a verdict written after the name in a sentence: 「Stripe は却下した」, 「Firestore ではなく PostgreSQL」', async () => {
    const r = await run('## 決済\n\n決済サービスとして Stripe は検討したが却下した。\n');
    expect(r.spec!.integrations.find((i) => i.name === 'Stripe')?.status).toBe('rejected');
  });
  it('near-miss: 「Stripe を採用する」 stays chosen', async () => {
    const r = await run('## 決済\n\n決済には Stripe を採用する。\n');
    expect(r.spec!.integrations.find((i) => i.name === 'Stripe')?.status).not.toBe('rejected');
  });
});

describe('out-of-scope headings in the languages the lexicons read', () => {
  it.each([
    ['ja', 'スコープ外', 'オンライン診療'],
    ['ru', 'Вне рамок MVP', 'Онлайн-консультации'],
    ['nl', 'Buiten scope (v1)', 'Een eigen app voor iOS'],
  ])('%s: items under "%s" are out of scope, the heading itself is no item', async (_lang, heading, item) => {
    const r = await run('', `# PRD\n\n## ${heading}\n\n- ${item}\n- Phase X\n`);
    const decisions = r.spec!.reconciliation.decisions;
    expect(decisions.find((d) => d.subject === item)?.status).toBe('out-of-scope');
    expect(decisions.find((d) => d.subject === heading)).toBeUndefined();
  });
  it('near-miss: a spec-kit section marked "(optional)" defers nothing', async () => {
    const r = await run(
      '',
      '# Spec\n\n## Assumptions & Dependencies *(optional)*\n\n- Single user on one device\n',
    );
    expect(r.spec!.reconciliation.decisions.map((d) => d.subject)).not.toContain('Single user on one device');
  });
  it('ru: the reason column "Обоснование" says why an option was rejected', async () => {
    const r = await run(
      '## Решения\n\n| ID | Решение | Статус | Обоснование |\n|---|---|---|---|\n| ADR-02 | MongoDB | Отклонено | Нет транзакций |\n',
    );
    const mongo = r.spec!.reconciliation.decisions.find((d) => /mongo/i.test(d.subject));
    expect(mongo?.detail).toBe('Нет транзакций');
  });
});

describe('ids written with a full-width colon', () => {
  it.each([
    ['ja', '- FR-01：飼い主は予約を作成できること。\n- NFR-01：応答時間は p95 で300ms以内とする。'],
    ['zh', '- FR-01：用户可以创建预约。\n- NFR-01：响应时间 p95 小于 300ms。'],
  ])('%s: "FR-01：" defines a requirement', async (_lang, items) => {
    const r = await run('', `# PRD\n\n## 要件\n\n${items}\n`);
    expect(r.domain!.requirements.map((q) => q.id)).toEqual(expect.arrayContaining(['FR-01', 'NFR-01']));
  });
  it.each([
    ['ja', 'US-01：飼い主として、予約をキャンセルしたい。', '飼い主'],
    ['ko', 'US-01: 관리자로서 예약을 취소하고 싶다.', '관리자'],
  ])('%s: the story id is not part of the actor', async (_lang, story, actor) => {
    const r = await run('', `# PRD\n\n## ユーザーストーリー\n\n- ${story}\n`);
    expect(r.spec!.roles.map((x) => x.name)).toContain(actor);
    expect(r.spec!.roles.map((x) => x.name).join(' ')).not.toMatch(/us_01/i);
  });
});

describe('Japanese roles, route access and stack tables', () => {
  it('「ロール | 説明 | 主な権限」 under 「ユーザーとロール」 names the roles', async () => {
    const r = await run(
      '',
      '# PRD\n\n## ユーザーとロール\n\n| ロール | 説明 | 主な権限 |\n|---|---|---|\n| 飼い主 | 一般利用者 | 予約の作成 |\n| 受付スタッフ | 受付担当 | 来院受付 |\n',
    );
    expect(r.domain!.roles.map((x) => x.name)).toEqual(expect.arrayContaining(['飼い主', '受付スタッフ']));
    expect(r.domain!.roles.find((x) => x.name === '飼い主')?.description).toBe('一般利用者');
  });
  it("a route table's 「権限」 column grants the stated roles, 「、」 separating them", async () => {
    const r = await run(
      '## API\n\n| メソッド | パス | 説明 | 権限 |\n|---|---|---|---|\n| POST | /reservations | 予約の作成 | 飼い主、受付スタッフ |\n',
      '# PRD\n\n## ユーザーとロール\n\n| ロール | 説明 |\n|---|---|\n| 飼い主 | 一般利用者 |\n| 受付スタッフ | 受付担当 |\n| 獣医師 | 診察 |\n',
    );
    const row = r.spec!.permissions!.rows.find((p) => p.operationId === 'createReservation');
    expect(row?.access['飼い主']).toBe('allowed');
    expect(row?.access['受付スタッフ']).toBe('allowed');
    expect(row?.access['獣医師']).toBe('denied');
  });
  it('「レイヤー | 技術 | バージョン」 is a stack table', async () => {
    const r = await run(
      '## 技術スタック\n\n| レイヤー | 技術 | バージョン |\n|---|---|---|\n| バックエンドフレームワーク | NestJS | 10 |\n| データベース | PostgreSQL | 16 |\n',
    );
    expect(r.domain!.stack.find((s) => s.value === 'PostgreSQL')?.version).toBe('16');
    expect(r.domain!.stack.find((s) => s.value === 'NestJS')?.status).toBe('chosen');
  });
});

describe('Japanese and Chinese schedules', () => {
  it.each([
    ['5分ごとに、送信に失敗した通知を再送する。', '*/5 * * * *'],
    ['2時間おきに同期する。', '0 */2 * * *'],
    ['毎日午前3時に、期限切れの予約を削除する。', '0 3 * * *'],
    ['毎日18時に、翌日の予約のリマインダーを送信する。', '0 18 * * *'],
    ['毎日午後6時半にレポートを送る。', '30 18 * * *'],
    ['每天凌晨3点清理过期数据。', '0 3 * * *'],
  ])('%s', (text, cron) => {
    expect(readSchedule(text)?.cron).toBe(cron);
  });
  it('near-miss: 「24時間前まで」 is a duration, not a time of day; 「5分以内」 no period', () => {
    expect(dailyCron('毎日、予約は24時間前までキャンセルできる。')).toBeNull();
    expect(readSchedule('応答は5分以内とする。')).toBeNull();
  });
});

// The English translation of the trial chose Redis and left BullMQ "mentioned" in "Cache and job
// queue | Redis + BullMQ", so the jobs ran on a proposed PostgreSQL job table.
describe('a stack row whose label names two slots', () => {
  it.each([
    ['en', 'Cache and job queue'],
    ['de', 'Cache und Warteschlange'],
    ['fr', "Cache / file d'attente"],
  ])('%s: "%s | Redis + BullMQ" chooses both', async (_lang, label) => {
    const r = await run(
      `## Technology stack\n\n| Layer | Technology | Version |\n|---|---|---|\n| Database | PostgreSQL | 16 |\n| ${label} | Redis + BullMQ | 7 |\n`,
    );
    expect(r.domain!.stack.find((s) => s.value === 'BullMQ')).toMatchObject({
      status: 'chosen',
      concern: 'queue',
    });
    expect(r.domain!.stack.find((s) => s.value === 'Redis')).toMatchObject({
      status: 'chosen',
      concern: 'cache',
    });
  });
  it('near-miss: "Queue | Redis + BullMQ" still leaves Redis to no slot of its own', async () => {
    const r = await run(
      '## Technology stack\n\n| Layer | Technology |\n|---|---|\n| Database | PostgreSQL |\n| Queue | Redis + BullMQ |\n',
    );
    expect(r.domain!.stack.find((s) => s.value === 'BullMQ')?.status).toBe('chosen');
    expect(r.domain!.stack.find((s) => s.value === 'Redis')?.status).toBe('mentioned');
  });
});

describe('a table of services under an integrations heading in ja, zh and ru', () => {
  it.each([
    ['ja', '外部連携', '| サービス | 用途 | 備考 |', '予約確認の送信'],
    ['zh', '外部集成', '| 服务 | 用途 | 备注 |', '发送预约确认'],
    ['ru', 'Интеграции', '| Сервис | Назначение | Примечание |', 'Отправка подтверждений'],
  ])('%s: "## %s" lists the services in use, with their purpose', async (_lang, heading, header, purpose) => {
    const r = await run(
      `## ${heading}\n\n${header}\n|---|---|---|\n| LINE Messaging API | ${purpose} | — |\n| SendGrid | メール | |\n`,
    );
    const line = r.spec!.integrations.find((i) => i.name === 'LINE Messaging API');
    expect(line?.status).toBe('chosen');
    expect(r.spec!.integrations.find((i) => i.name === 'SendGrid')?.status).toBe('chosen');
  });
});

// The trial's stories named 予約 and 診察記録, the route table said which paths hold them
// ("/reservations | 予約の作成"), yet every story came out "names no entity of the data model".
describe('a route table names the resource of its path in a language without spaces', () => {
  const ROUTES = (desc: [string, string, string]) =>
    `## API\n\n| メソッド | パス | 説明 |\n|---|---|---|\n| POST | /api/v1/reservations | ${desc[0]} |\n| POST | /api/v1/reservations/{id}/cancel | ${desc[1]} |\n| POST | /api/v1/reservations/{id}/check-in | ${desc[2]} |\n`;
  it('ja: 「予約の作成」 makes 予約 a name of Reservation; the stories act on it', async () => {
    const r = await run(
      ROUTES(['予約の作成', '予約のキャンセル', '来院受付']),
      '# PRD\n\n## ユーザーストーリー\n\n- US-01：飼い主として、予約をキャンセルしたい。\n- US-02：受付スタッフとして、予約をチェックインしたい。\n- US-03：受付スタッフとして、来院しなかった予約を無断キャンセルとして記録したい。\n',
    );
    const ops = (id: string) => r.spec!.stories?.find((s) => s.id === id)?.operations ?? [];
    expect(ops('US-01')).toEqual(['cancelReservation']);
    expect(ops('US-02')).toEqual(['checkInReservation']);
    // A no-show (無断キャンセル) is recorded by the desk, not a cancellation it makes.
    expect(ops('US-03')).not.toContain('cancelReservation');
  });
  it('zh: 「创建预约」 makes 预约 a name of Reservation', async () => {
    const r = await run(
      '## API\n\n| 方法 | 路径 | 说明 |\n|---|---|---|\n| POST | /api/v1/reservations | 创建预约 |\n',
      '# PRD\n\n## 用户故事\n\n- US-01：作为会员，我希望取消预约。\n',
    );
    expect(r.spec!.stories?.find((s) => s.id === 'US-01')?.operations).toEqual(['cancelReservation']);
  });
});

// 「60秒間」, 「13か月」 and 「300ms以内」 were counts (the unit ran on into the next word), so no
// cache lifetime, retention or latency bound was read from the trial.
describe('Japanese and Chinese quantities glued to the next word', () => {
  it.each([
    ['Redis に60秒間キャッシュし', 'duration', 60, undefined],
    ['予約履歴は13か月保存し', 'duration', 13 * 30 * 86400, undefined],
    ['7日間オンライン予約ができない', 'duration', 7 * 86400, undefined],
    ['応答時間は p95 で300ms以内とする', 'duration', 0.3, '<='],
    ['1分間に10回までに制限する', 'rate', 10, '<='],
    ['每分钟最多10次', 'rate', 10, undefined],
    ['同時に有効な予約は最大3件まで', 'count', 3, '<='],
  ])('%s', (text, dimension, value, comparator) => {
    const m = findMeasures(text).find((x) => x.dimension === dimension);
    expect(m?.value).toBe(value);
    expect(m?.comparator).toBe(comparator);
  });
  it('near-miss: 「18時」 is no duration, 「3人」 a count', () => {
    expect(findMeasures('毎日18時に送信する').filter((m) => m.dimension === 'duration')).toEqual([]);
    expect(findMeasures('獣医師3人').map((m) => m.dimension)).toEqual(['count']);
  });
});

// The accountbox corpus project (zh) states a 24-hour token and no refresh token; once 「24小时」 read
// as a duration, its "Future Consideration" line made it a stated 1-day refresh token.
describe('a refresh token only considered states no refresh lifetime', () => {
  it.each([
    [
      'en',
      'Tokens expire after 24 hours.\n\n- If users find 24 hours too short, we could consider implementing refresh tokens.',
    ],
    ['zh', 'Token有效期24小时。\n\n- 如果用户反馈24小时过期太频繁,可以考虑延长有效期或实现Refresh Token'],
    [
      'zh',
      'Token有效期24小时。\n\n- **无Token刷新机制**: 24小时有效期对于个人使用场景足够长,不需要实现Token刷新（refresh token）机制',
    ],
    ['en', '- **No refresh tokens**: a 24-hour token is long enough; we do not use refresh tokens.'],
  ])('%s', async (_lang, text) => {
    const r = await run(`## 認証\n\nJWT を使う。\n\n${text}\n`);
    expect(r.domain!.parameters.find((q) => q.key === 'auth.refresh-token-ttl')).toBeUndefined();
  });
});
