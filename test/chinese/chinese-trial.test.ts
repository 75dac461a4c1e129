import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { findMeasures } from '../../src/knowledge/durations.js';
import { compile } from '../../src/pipeline.js';
import { readAccessCell } from '../../src/read/access-words.js';
import { jobCron } from '../../src/read/job-words.js';
import { readRule, statesRule } from '../../src/read/rule-words.js';

// A Chinese BMAD trial (a campus second-hand market WeChat mini program: Spring Boot 3 + MyBatis-Plus,
// MySQL 8 DDL with COMMENTs, Redis, WeChat login + a JWT the backend issues, WeChat Pay, Aliyun SMS and
// OSS, XXL-JOB; test/chinese/projects/shiguang) came out with no decision read from its ADRs (「否决」,
// 「暂缓（二期）」), no business rule, no job from its 「任务 | Cron | 说明」 table, no integration, the
// refresh token's 「7 天」 dropped, 「连续输错 5 次锁定 30 分钟」 read as bcrypt cost 5, 「无需登录（验签）」
// asked about as an unknown role and every `tinyint(1)` flag typed as a number. Its English translation
// showed the general defects: the bcrypt cost, the lockout, "No sign-in", tinyint(1), the comments.
const MODEL =
  '```sql\nCREATE TABLE reservations (id UUID PRIMARY KEY, starts_at TIMESTAMPTZ NOT NULL);\n```\n';
const run = (files: Record<string, string>) =>
  compile(
    { root: '/p', verify: { skip: true } },
    memoryHost({
      '/p/docs/prd.md': '# PRD\n\n- FR-1: students trade items.\n',
      ...Object.fromEntries(Object.entries(files).map(([k, v]) => [`/p/docs/${k}`, v])),
    }),
  );
type Run = Awaited<ReturnType<typeof run>>;
const decision = (r: Run, subject: RegExp) =>
  r.spec!.reconciliation.decisions.filter((d) => subject.test(d.subject)).map((d) => d.status);

describe('a Chinese decision table and option lists', () => {
  it('「已否决」 rejects, 「暂缓（二期）」 defers; options under 「考虑过的方案」 with 「否决」 lose', async () => {
    const r = await run({
      'architecture.md': `# 架构\n\n${MODEL}\n## 架构决策\n\n| 编号 | 决策 | 状态 | 理由 |\n|---|---|---|---|\n| AD-01 | 单体应用 | 已采纳 | 团队小 |\n| AD-02 | MongoDB | 已否决 | 事务不方便 |\n| AD-03 | RocketMQ 异步处理订单事件 | 暂缓（二期） | 订单量小 |\n\n## 考虑过的方案\n\n- **支付宝**：微信小程序内无法调起支付宝，否决。\n`,
    });
    expect(decision(r, /^MongoDB$/)).toEqual(['rejected']);
    expect(decision(r, /RocketMQ/)).not.toContain('chosen');
    expect(decision(r, /RocketMQ/).length).toBeGreaterThan(0);
    expect(decision(r, /^支付宝$/)).toEqual(['rejected']);
  });
  it('a 「结论」 column: 「否决」 rows are rejected options, the 「采纳」 row is not', async () => {
    const r = await run({
      'adr.md': `# ADR-0002：登录\n\n${MODEL}\n## 考虑过的方案\n\n| 方案 | 结论 | 原因 |\n|---|---|---|\n| 微信登录 + 自签 JWT | 采纳 | 无状态 |\n| 手机号 + 短信验证码登录 | 否决 | 短信有成本 |\n`,
    });
    expect(decision(r, /手机号/)).toEqual(['rejected']);
    expect(decision(r, /微信登录/)).toEqual([]);
  });
});

describe('Han units written apart from their number', () => {
  it.each([
    ['30 分钟', 1800],
    ['7 天', 604800],
    ['60 秒', 60],
    ['3 年', 3 * 365 * 86400],
    ['7天内', 604800],
  ])('「%s」 is a duration', (text, seconds) => {
    const m = findMeasures(`有效期 ${text}。`);
    expect(m.map((x) => [x.dimension, x.value])).toEqual([['duration', seconds]]);
  });
  it.each([
    ['P95 响应时间不超过 300 毫秒。', '<='],
    ['服务可用性不低于 99.9%。', '>='],
    ['超过 90 天未更新的商品', '>'],
    ['响应时间低于 2 秒', '<'],
  ])('「%s」: the bound before the number is its comparator (%s)', (text, cmp) => {
    expect(findMeasures(text)[0]?.comparator).toBe(cmp);
  });
  it('near-miss: a spaced Latin letter is still no unit ("5 m" is ambiguous), "5 min" is', () => {
    expect(findMeasures('valid for 5 m').map((x) => x.dimension)).toEqual(['count']);
    expect(findMeasures('valid for 5 min').map((x) => x.dimension)).toEqual(['duration']);
  });
});

describe('token lifetimes, the lockout and the bcrypt cost', () => {
  it.each([
    [
      'zh',
      '## 认证\n\n- 后端签发自己的 JWT：访问令牌有效期 2 小时，刷新令牌有效期 7 天。\n- 后台账号密码使用 BCrypt 加密保存，连续输错 5 次锁定 30 分钟。\n',
    ],
    [
      'en',
      '## Authentication\n\n- The back end issues its own JWT: the access token is valid for 2 hours, the refresh token for 7 days.\n- Passwords are stored hashed with BCrypt, and 5 wrong attempts in a row lock the account for 30 minutes.\n',
    ],
  ])('%s: refresh 7 days; 5 attempts are the lockout, not the bcrypt cost', async (_lang, text) => {
    const r = await run({ 'architecture.md': `# A\n\n${MODEL}\n${text}` });
    const auth = r.spec!.auth!;
    expect(auth.accessTokenTtlSeconds?.value).toBe(7200);
    expect(auth.refreshTokenTtlSeconds?.value).toBe(604800);
    expect(auth.refreshTokenTtlSeconds?.origin.kind).toBe('source');
    expect(auth.passwordHashing?.value).not.toBe('bcrypt, cost 5');
    expect(auth.lockout?.value).toBe('5 failed attempts then locked for 30min');
    expect(auth.lockout?.origin.kind).toBe('source');
  });
  it('near-miss: a stated cost beside BCrypt is still the cost', async () => {
    const r = await run({
      'architecture.md': `# A\n\n${MODEL}\n- Passwords are hashed with bcrypt, cost 13.\n- 后台密码使用 bcrypt（cost 14）加密。\n`,
    });
    expect(r.spec!.auth!.passwordHashing?.value).toMatch(/bcrypt, cost 1[34]/);
  });
});

describe("a route table's access cell", () => {
  it.each([['游客'], ['公开']])('「%s」 is public', (cell) => {
    // 「游客」 keeps its word: a role the documents declare under that key would be meant instead.
    expect(readAccessCell(cell)).toEqual({
      public: true,
      any: false,
      roles: [],
      ...(cell === '游客' ? { word: '游客' } : {}),
    });
  });
  // A signature verifies the caller: public, and a provider's callback (no visitor's route).
  it.each([['无需登录（验签）'], ['No sign-in (signature verified)']])(
    '「%s」 is public and signed',
    (cell) => {
      expect(readAccessCell(cell)).toEqual({ public: true, any: false, roles: [], signed: true });
    },
  );
  it('a full-width parenthesis qualifies the role: 「学生用户（卖家本人）」 is 学生用户', () => {
    expect(readAccessCell('学生用户（卖家本人）')).toEqual({
      public: false,
      any: false,
      roles: ['学生用户'],
    });
    expect(readAccessCell('已登录用户')?.any).toBe(true);
  });
});

describe('Chinese schedules and job tables', () => {
  it.each([
    ['每分钟', '* * * * *'],
    ['每小时', '0 * * * *'],
    ['每周一 9 点', '0 9 * * 1'],
    ['每月 1 日凌晨 5 点', '0 5 1 * *'],
  ])('「%s」 runs at %s', (text, cron) => {
    expect(jobCron(text)).toBe(cron);
  });
  it('near-miss: 「下单后 15 分钟」 states no period', () => {
    expect(jobCron('下单后 15 分钟')).toBeNull();
  });
  it('a 「任务 | 周期 | 说明」 table under 「定时任务」 states its jobs; XXL-JOB in the stack table schedules them', async () => {
    const r = await run({
      'tech-stack.md':
        '# 技术栈\n\n| 层 | 技术 |\n|---|---|\n| 定时任务 | XXL-JOB |\n| 数据库 | PostgreSQL |\n',
      'architecture.md': `# 架构\n\n${MODEL}\n## 定时任务\n\n| 任务 | 周期 | 说明 |\n|---|---|---|\n| closeUnpaidOrderJob | 每分钟 | 取消超过 15 分钟未支付的订单 |\n| archiveOrderJob | 每月 1 日凌晨 5 点 | 归档删除完成超过 3 年的订单 |\n`,
    });
    const jobs = r.spec!.jobs.filter((j) => j.origin.kind === 'source');
    expect(jobs.map((j) => [j.name, j.trigger])).toEqual([
      ['closeUnpaidOrderJob', '* * * * *'],
      ['archiveOrderJob', '0 5 1 * *'],
    ]);
    expect(r.spec!.decisions.find((d) => /job/i.test(d.topic))?.choice).toMatch(/XXL-JOB/);
  });
});

describe('Chinese business rules', () => {
  it.each([
    ['每个学生用户同时在售的商品最多二十件。', 'limit'],
    ['下单后 15 分钟内未支付的订单自动取消。', 'window'],
    ['用户不能购买自己发布的商品。', 'never'],
    ['学号在同一学校内唯一。', 'unique'],
  ])('「%s」 is a rule (%s)', (text, kind) => {
    expect(statesRule(text)).toBe(true);
    expect(readRule(text).kind).toBe(kind);
  });
  it.each([
    ['当用户在最后一页删除最后一条记录后，是否自动回退到上一页？'],
    ['表格每行必须显示一个网站的完整信息。'],
    ['作为买家，我希望收藏感兴趣的商品，以便之后再比较。'],
    ['用户需要一个集中位置来管理所有网站的账号信息。'],
  ])('near-miss: 「%s」 is no rule', (text) => {
    expect(statesRule(text)).toBe(false);
  });
  it('Japanese text is left to the Japanese reader (kana): 「最大20件まで」 is still a limit', () => {
    expect(readRule('1ユーザーあたり出品は最大20件までとする。').kind).toBe('limit');
  });
});

describe('MySQL DDL as Chinese teams write it', () => {
  const DDL =
    "```sql\nCREATE TABLE `trade_order` (\n  `id` bigint unsigned NOT NULL AUTO_INCREMENT COMMENT '主键',\n  `status` varchar(16) NOT NULL DEFAULT 'UNPAID' COMMENT '状态：UNPAID/PAID/CANCELLED',\n  `paid` tinyint(1) NOT NULL DEFAULT 0 COMMENT '是否已支付',\n  `level` tinyint NOT NULL COMMENT '等级',\n  PRIMARY KEY (`id`)\n) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='交易订单表';\n```\n";
  it('tinyint(1) is a boolean, a bare tinyint a number; column comments are descriptions; slash-listed codes are the values', async () => {
    const r = await run({ 'architecture.md': `# 架构\n\n${DDL}` });
    const order = r.spec!.entities.find((e) => e.table === 'trade_order')!;
    const field = (n: string) => order.fields.find((f) => f.column === n)!;
    expect(field('paid').type.scalar).toBe('boolean');
    expect(field('level').type.scalar).not.toBe('boolean');
    expect(field('status').enum).toEqual(['UNPAID', 'PAID', 'CANCELLED']);
    expect(field('paid').description).toBe('是否已支付');
  });
  it('the table comment names the entity: 「交易订单」 in a rule finds TradeOrder', async () => {
    const r = await run({
      'architecture.md': `# 架构\n\n${DDL}`,
      'prd.md': '# PRD\n\n## 业务规则\n\n- **BR-01** 交易订单下单后 15 分钟内未支付则自动取消。\n',
    });
    expect(r.spec!.rules?.find((x) => x.id === 'BR-01')?.entity).toBe('TradeOrder');
  });
  it('English: the same DDL with English comments', async () => {
    const r = await run({
      'architecture.md': `# Architecture\n\n${DDL.replace('状态：', 'Status: ').replace('是否已支付', 'Whether paid')}`,
    });
    const order = r.spec!.entities.find((e) => e.table === 'trade_order')!;
    expect(order.fields.find((f) => f.column === 'paid')!.type.scalar).toBe('boolean');
    expect(order.fields.find((f) => f.column === 'status')!.enum).toEqual(['UNPAID', 'PAID', 'CANCELLED']);
  });
});

describe('Chinese providers and the WeChat login', () => {
  it.each([
    [
      'zh',
      '| 层 | 技术 |\n|---|---|\n| 支付 | 微信支付 API v3 |\n| 短信 | 阿里云短信服务 |\n| 对象存储 | 阿里云 OSS |\n| 登录 | 微信小程序登录 |\n',
      '学生通过微信小程序登录：小程序调用 `wx.login` 获取 code，后端调用 `code2session` 接口换取 `openid`。',
    ],
    [
      'en',
      '| Layer | Technology |\n|---|---|\n| Payment | WeChat Pay API v3 |\n| SMS | Aliyun SMS Service |\n| Object storage | Aliyun OSS |\n| Login | WeChat mini program login |\n',
      'Students sign in with WeChat login: the mini program calls `wx.login`; the back end calls `code2session` for the `openid`.',
    ],
  ])(
    '%s: WeChat Pay, Aliyun SMS, Aliyun OSS and the WeChat login are integrations in use',
    async (_l, stack, login) => {
      const r = await run({
        'tech-stack.md': `# Stack\n\n${stack}`,
        'architecture.md': `# A\n\n${MODEL}\n${login}\n`,
      });
      const inUse = r.spec!.integrations.filter((i) => i.status === 'chosen').map((i) => i.name);
      expect(inUse).toEqual(
        expect.arrayContaining(['WeChat Pay', 'Aliyun SMS', 'Aliyun OSS', 'WeChat Mini Program Login']),
      );
      const pay = r.spec!.integrations.find((i) => i.name === 'WeChat Pay')!;
      expect(pay.endpointsUsed.join(' ')).toContain('/v3/pay/transactions/jsapi');
    },
  );
  it('a rejected pairing "Spring Session + Redis sessions" does not rule out Redis the cache', async () => {
    const r = await run({
      'tech-stack.md': '# Stack\n\n| Layer | Technology |\n|---|---|\n| Cache | Redis |\n',
      'architecture.md': `# A\n\n${MODEL}\n## Options considered\n\n| Option | Verdict | Reason |\n|---|---|---|\n| Own JWT | Accepted | stateless |\n| Spring Session + Redis sessions | Rejected | no cookies in mini programs |\n`,
    });
    expect(r.diagnostics.filter((d) => d.code === 'check/ruled-out-in-use')).toEqual([]);
  });
});

describe('stated rule ids and counted windows', () => {
  it.each([
    [
      'zh',
      '## 功能需求\n\n- **FR-06** 新发布的商品必须经审核员审核后才能上架。\n\n## 业务规则\n\n- **BR-01** 每个用户最多发布 20 件商品。\n- **BR-02** 同一商品被不同用户举报累计 3 次后自动下架。\n',
    ],
    [
      'en',
      '## Functional requirements\n\n- **FR-06** A new item must be approved by an auditor before it goes on sale.\n\n## Business rules\n\n- **BR-01** Each user lists at most 20 items.\n- **BR-02** An item reported 3 times by different users is taken down automatically.\n',
    ],
  ])('%s: a numbered rule never takes the id of a stated BR that reads as no rule', async (_l, prd) => {
    const r = await run({ 'prd.md': `# PRD\n\n${prd}`, 'architecture.md': `# A\n\n${MODEL}` });
    const rules = r.spec!.rules ?? [];
    const fr06 = rules.find((x) => x.requirements.includes('FR-06'));
    expect(fr06).toBeDefined();
    expect(['BR-01', 'BR-02']).not.toContain(fr06!.id);
    expect(rules.find((x) => x.id === 'BR-01')?.text).toMatch(/20/);
  });
  it.each([
    ['zh', '短信验证码有效期 5 分钟；同一手机号 60 秒内只能发送一次，每天最多发送 10 次。'],
    [
      'en',
      'An SMS code is valid for 5 minutes; a phone number can be sent a code only once within 60 seconds, and at most 10 times per day.',
    ],
  ])('%s: "only once within 60 seconds" limits sends, it is no response time', (_l, text) => {
    expect(statesRule(text)).toBe(true);
  });
  it('near-miss: "results are returned within 2 seconds" is a performance target', () => {
    expect(statesRule('Search results are returned within 2 seconds.')).toBe(false);
  });
});

describe('a client without cookies and a back office in the browser', () => {
  it.each([
    [
      'zh',
      '- **管理后台**：Vue 3 + Element Plus，供审核员使用。\n- 后端签发自己的 JWT；后台账号密码使用 BCrypt 加密保存。\n\n| 方案 | 结论 | 原因 |\n|---|---|---|\n| 自签 JWT | 采纳 | 小程序不支持 Cookie |\n',
    ],
    [
      'en',
      '- **Back office**: Vue 3 + Element Plus, used by auditors.\n- The back end issues its own JWT; back-office passwords are hashed with BCrypt.\n\n| Option | Verdict | Reason |\n|---|---|---|\n| Own JWT | Accepted | Mini programs do not support cookies |\n',
    ],
  ])(
    '%s: tokens travel in a header, and the Vue back office is a browser client (CORS)',
    async (_l, text) => {
      const r = await run({ 'architecture.md': `# A\n\n${MODEL}\n${text}` });
      expect(r.spec!.auth!.tokenStorage).toBeNull();
      expect((r.spec!.clients ?? []).map((c) => c.technology)).toEqual(['Vue']);
    },
  );
  it('near-miss: without the sentence about cookies the cookie default stays', async () => {
    const r = await run({
      'architecture.md': `# A\n\n${MODEL}\n- The back end issues its own JWT; passwords are hashed with BCrypt.\n`,
    });
    expect(r.spec!.auth!.tokenStorage?.value).toMatch(/^cookie/);
  });
});

describe('a feature of a provider in use, deferred', () => {
  it('"WeChat Pay profit sharing: deferred to phase two" does not rule out WeChat Pay in use', async () => {
    const r = await run({
      'tech-stack.md': '# Stack\n\n| Layer | Technology |\n|---|---|\n| Payment | WeChat Pay API v3 |\n',
      'architecture.md': `# A\n\n${MODEL}\n## Options considered\n\n- **WeChat Pay profit sharing**: needs service-provider qualification; deferred to phase 2.\n`,
    });
    expect(r.spec!.integrations.find((i) => i.name === 'WeChat Pay')?.status).toBe('chosen');
    expect(r.diagnostics.filter((d) => d.code === 'check/ruled-out-in-use')).toEqual([]);
  });
});
