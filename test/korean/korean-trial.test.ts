import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';
import { jobCron } from '../../src/read/job-words.js';
import { statedRetry } from '../../src/read/retry-words.js';

// A Korean BMAD trial (a district sports-facility booking service: Go + Gin + ent, PostgreSQL 16,
// Kakao Login (OIDC), Toss Payments, NHN Cloud AlimTalk, robfig/cron; test/korean/projects/dongne)
// came out with no decision read from its ADR table (「기각」, 「보류 (2단계)」, 「채택」), home-grown
// JWT + argon2 passwords instead of the stated Kakao Login, no integration at all (「토스페이먼츠」 was
// dropped as "a brand written in lower case"), no job from its 「작업 | 주기 | 내용」 table, and the
// notification row's version 「v2.3」 listed as deferred to a later release. Its English translation
// showed the general defects: the version cell, FCM 「deferred (phase 2)」 under "Alternatives
// considered" listed as rejected, and "hourly at :05 (`5 * * * *`)" run at minute 0.
const MODEL =
  '```sql\nCREATE TABLE reservations (id UUID PRIMARY KEY, starts_at TIMESTAMPTZ NOT NULL);\n```\n';
const run = (files: Record<string, string>) =>
  compile(
    { root: '/p', verify: { skip: true } },
    memoryHost({
      '/p/docs/prd.md': '# PRD\n\n- FR-1: residents book courts.\n',
      ...Object.fromEntries(Object.entries(files).map(([k, v]) => [`/p/docs/${k}`, v])),
    }),
  );
const decision = (r: Awaited<ReturnType<typeof run>>, subject: RegExp) =>
  r.spec!.reconciliation.decisions.filter((d) => subject.test(d.subject)).map((d) => d.status);

describe('a Korean decision table and lists', () => {
  it('「기각」 rejects, 「보류 (2단계)」 defers, 「채택」 chooses; items under 「범위 외」 are out of scope', async () => {
    const r = await run({
      'architecture.md': `# 아키텍처\n\n## 데이터 모델\n\n${MODEL}\n## 아키텍처 결정\n\n| ID | 결정 | 상태 | 이유 |\n|---|---|---|---|\n| AD-1 | PostgreSQL 16 사용 | 채택 | 트랜잭션 |\n| AD-2 | MongoDB | 기각 | 유니크 제약이 어렵다 |\n| AD-5 | Firebase Cloud Messaging | 보류 (2단계) | 앱 출시 후 검토 |\n`,
      'scope.md': '# 범위\n\n## 범위 외\n\n- 정기 회원권 판매\n',
    });
    expect(decision(r, /^MongoDB$/)).toEqual(['rejected']);
    expect(decision(r, /Firebase/)).toEqual(['deferred']);
    expect(r.spec!.integrations.find((i) => /Firebase/.test(i.name))?.status).not.toBe('chosen');
    expect(decision(r, /정기 회원권/)).toEqual(['out-of-scope']);
  });
  it('near-miss: 「채택하지 않음」 rejects, it does not choose', async () => {
    const r = await run({
      'architecture.md': `# 아키텍처\n\n${MODEL}\n| ID | 결정 | 상태 |\n|---|---|---|\n| AD-2 | MongoDB | 채택하지 않음 |\n| AD-3 | Redis | 채택 |\n`,
    });
    expect(decision(r, /^MongoDB$/)).toEqual(['rejected']);
  });
});

describe('an item that defers under a rejecting heading', () => {
  it.each([
    [
      'en',
      '## Alternatives considered',
      '- MongoDB: rejected. Transactions are needed.\n- Firebase Cloud Messaging push: deferred (phase 2). No native app yet.',
    ],
    [
      'ko',
      '## 검토했으나 채택하지 않은 기술',
      '- MongoDB: 기각. 트랜잭션이 필요하다.\n- Firebase Cloud Messaging 푸시 알림: 보류(2단계). 네이티브 앱이 없다.',
    ],
    [
      'es',
      '## Alternativas consideradas',
      '- MongoDB: rechazado. Se necesitan transacciones.\n- Firebase Cloud Messaging: aplazado (fase 2). Aún no hay app nativa.',
    ],
  ])('%s: the item waits for the later phase; its sibling stays rejected', async (_lang, heading, items) => {
    const r = await run({ 'architecture.md': `# Architecture\n\n${MODEL}\n${heading}\n\n${items}\n` });
    const fcm = r.spec!.reconciliation.decisions.filter((d) => /Firebase/.test(d.subject));
    expect(fcm.length).toBeGreaterThan(0);
    expect(fcm.map((d) => d.status)).not.toContain('rejected');
    expect(decision(r, /^MongoDB$/)).toEqual(['rejected']);
  });
});

describe("a stack table's version cell is no later release", () => {
  it.each([
    [
      'en',
      '| Area | Technology | Version |\n|---|---|---|\n| Notifications | NHN Cloud AlimTalk | v2.3 |\n| Cache | Redis | 7 |\n',
    ],
    [
      'ko',
      '| 구분 | 기술 | 버전 |\n|---|---|---|\n| 알림 | NHN Cloud 알림톡 | v2.3 |\n| 캐시 | Redis | 7 |\n',
    ],
  ])('%s: "v2.3" is a version, nothing is deferred', async (_lang, table) => {
    const r = await run({ 'tech-stack.md': `# Stack\n\n${table}`, 'architecture.md': `# A\n\n${MODEL}` });
    expect(r.spec!.reconciliation.decisions.filter((d) => d.status === 'deferred')).toEqual([]);
    expect(r.spec!.integrations.find((i) => i.name === 'NHN Cloud AlimTalk')?.status).toBe('chosen');
  });
  it('near-miss: a "v2" cell still defers its row', async () => {
    const r = await run({
      'tech-stack.md':
        '# Stack\n\n| Area | Technology | Phase |\n|---|---|---|\n| Push | Firebase Cloud Messaging | v2 |\n',
      'architecture.md': `# A\n\n${MODEL}`,
    });
    expect(decision(r, /Firebase|Push/)).toContain('deferred');
  });
});

describe('Korean providers and the stated identity provider', () => {
  it('「카카오 로그인(OpenID Connect)」 delegates sign-in; 「토스페이먼츠」 and NHN Cloud 알림톡 are integrations in use', async () => {
    const r = await run({
      'tech-stack.md':
        '# 기술 스택\n\n| 구분 | 기술 |\n|---|---|\n| 인증 | 카카오 로그인 (OpenID Connect) |\n| 결제 | 토스페이먼츠 |\n| 알림 | NHN Cloud 알림톡 |\n',
      'architecture.md': `# 아키텍처\n\n${MODEL}\n## 인증\n\n주민은 카카오 로그인(OpenID Connect, 인가 코드 + PKCE)으로 로그인한다.\n`,
    });
    expect(r.spec!.auth!.strategy.value).toBe('oauth-provider');
    expect(r.spec!.auth!.provider?.value).toBe('Kakao Login');
    expect(r.spec!.auth!.passwordHashing).toBeNull();
    const inUse = r.spec!.integrations.filter((i) => i.status === 'chosen').map((i) => i.name);
    expect(inUse).toEqual(expect.arrayContaining(['Kakao Login', 'Toss Payments', 'NHN Cloud AlimTalk']));
  });
  it('English: "Kakao Login (OpenID Connect)" and "Toss Payments" are the same catalogue entries', async () => {
    const r = await run({
      'tech-stack.md':
        '# Tech stack\n\n| Area | Technology |\n|---|---|\n| Authentication | Kakao Login (OpenID Connect) |\n| Payments | Toss Payments |\n',
      'architecture.md': `# Architecture\n\n${MODEL}`,
    });
    expect(r.spec!.auth!.provider?.value).toBe('Kakao Login');
    const toss = r.spec!.integrations.find((i) => i.name === 'Toss Payments');
    expect(toss?.endpointsUsed.join(' ')).toContain('/v1/payments/confirm');
  });
  it('near-miss: a lower-case Latin brand is still an identifier, not the service', async () => {
    const r = await run({
      'architecture.md': `# A\n\n${MODEL}\nThe config key is \`toss payments\` in lower case: see toss payments docs later.\n`,
    });
    expect(r.spec!.integrations.find((i) => i.name === 'Toss Payments')).toBeUndefined();
  });
});

describe('job tables', () => {
  it.each([
    ['hourly at :05 (`5 * * * *`)', '5 * * * *'],
    ['매시 5분 (`5 * * * *`)', '5 * * * *'],
    ['매 1분', '* * * * *'],
    ['매 10분', '*/10 * * * *'],
    ['매일 18:00', '0 18 * * *'],
    ['매주 월요일 09:00', '0 9 * * 1'],
    ['daily 03:00', '0 3 * * *'],
  ])('"%s" runs at %s', (cell, cron) => expect(jobCron(cell)).toBe(cron));
  it('near-miss: a time relative to an event is no period', () =>
    expect(jobCron('이용 2시간 전')).toBeNull());
  it('a 「작업 | 주기 | 내용」 table states its jobs', async () => {
    const r = await run({
      'architecture.md': `# 아키텍처\n\n${MODEL}\n## 배치 작업\n\n| 작업 | 주기 | 내용 |\n|---|---|---|\n| 결제 대기 만료 | 매 1분 (\`*/1 * * * *\`) | 결제 대기 예약을 취소한다 |\n| 전날 예약 알림 | 매일 18:00 | 다음 날 예약의 주민에게 알림톡을 보낸다 |\n`,
    });
    const jobs = r.spec!.jobs.map((j) => [j.name, j.trigger]);
    expect(jobs).toEqual(
      expect.arrayContaining([
        ['결제 대기 만료', '*/1 * * * *'],
        ['전날 예약 알림', '0 18 * * *'],
      ]),
    );
  });
});

describe('Korean quantities, caches, alerts and stories', () => {
  it('「액세스 토큰(JWT, 30분)과 리프레시 토큰(14일)」 states both lifetimes', async () => {
    const r = await run({
      'architecture.md': `# 아키텍처\n\n${MODEL}\n## 인증\n\n- 서버는 자체 액세스 토큰(JWT, 30분)과 리프레시 토큰(14일)을 발급한다.\n`,
    });
    expect(r.spec!.auth!.accessTokenTtlSeconds?.value).toBe(1800);
    expect(r.spec!.auth!.refreshTokenTtlSeconds?.value).toBe(14 * 86400);
  });
  it('「시설 목록은 Redis에 10분 동안 캐시한다」 states a Redis cache entry of 600 s', async () => {
    const r = await run({
      'architecture.md': `# 아키텍처\n\n${MODEL}\n## 캐시\n\n- 시설 목록은 Redis에 10분 동안 캐시한다.\n`,
    });
    expect(r.spec!.caching?.store?.value).toBe('Redis');
    expect(r.spec!.caching?.entries.map((e) => e.ttlSeconds)).toContain(600);
  });
  it('near-miss: 「캐시하지 않는다」 states no entry', async () => {
    const r = await run({
      'architecture.md': `# 아키텍처\n\n${MODEL}\n## 캐시\n\n- 결제 정보는 Redis에 10분 동안 캐시하지 않는다.\n`,
    });
    expect(r.spec!.caching?.entries.map((e) => e.ttlSeconds) ?? []).not.toContain(600);
  });
  it('「서비스 가용성은 월 99.5% 이상」 is the availability target the error-rate alert burns', async () => {
    const r = await run({
      'architecture.md': `# 아키텍처\n\n${MODEL}`,
      'prd.md': '# PRD\n\n## 비기능 요구사항\n\n- NFR-4: 서비스 가용성은 월 99.5% 이상이어야 한다.\n',
    });
    expect(r.spec!.observability!.alerts.map((a) => a.source)).toContain('NFR-4');
  });
  it('a two-word Korean actor: 「시설 관리자로서 … 등록하고 싶다」 is a story of the 시설 관리자 role', async () => {
    const r = await run({
      'architecture.md': `# 아키텍처\n\n${MODEL}`,
      'prd.md':
        '# PRD\n\n## 역할\n\n| 역할 | 설명 |\n|---|---|\n| 주민 | 일반 이용자 |\n| 시설 관리자 | 구청 직원 |\n\n## 사용자 스토리\n\n- US-7: 시설 관리자로서 담당 시설의 휴관일을 등록하고 싶다.\n',
    });
    const story = r.spec!.stories?.find((s) => s.id === 'US-7');
    expect(story?.actor).toBe('시설 관리자');
  });
});

describe('a role list that gives each role its code', () => {
  it.each([
    [
      'en',
      'Roles are told apart by the role field (resident `resident`, operator `operator`, staff `staff`).',
    ],
    ['en, codes only', 'Roles (resident, operator, staff) come from the token.'],
  ])('%s: one role per item, named by its code', async (_l, line) => {
    const r = await run({ 'architecture.md': `# Architecture\n\n${MODEL}\n## Authorization\n\n- ${line}\n` });
    expect(r.spec!.roles.map((x) => x.name).sort()).toEqual(['operator', 'resident', 'staff']);
  });
});

describe('Korean retry policies', () => {
  it.each([
    [
      '승인 API가 타임아웃되면 최대 3회까지 재시도하고(지수 백오프), 그래도 실패하면 예약을 결제 대기 상태로 둔다.',
      4,
      undefined,
    ],
    ['발송 실패 시 5분 간격으로 2회 재시도하고, 그래도 실패하면 실패로 기록한다.', 3, 300],
  ])('「%s」', (sentence, attempts, seconds) => {
    const r = statedRetry(sentence);
    expect(r?.attempts).toBe(attempts);
    expect(r?.interval?.seconds).toBe(seconds);
  });
  it('near-miss: a sign-in limit counts no retries', () =>
    expect(statedRetry('로그인 API는 IP당 분당 10회로 제한한다.')).toBeNull());
});
