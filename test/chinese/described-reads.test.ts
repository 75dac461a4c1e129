import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';

// A Chinese trial's reviewer story "在一个列表里看到所有待审核的商品和认证" was read with no verb (看到
// was none) and could not have matched "待审核商品列表": a run of Han characters is a whole clause,
// and route descriptions were compared word by word, split at spaces. The fixtures are a library's
// moderation queue, in Chinese and English.
const SCHEMA =
  '```sql\nCREATE TABLE items (id BIGSERIAL PRIMARY KEY, title TEXT NOT NULL, status TEXT NOT NULL);\nCREATE TABLE certifications (id BIGSERIAL PRIMARY KEY, status TEXT NOT NULL);\nCREATE TABLE orders (id BIGSERIAL PRIMARY KEY, item_id BIGINT NOT NULL REFERENCES items(id));\n```\n';
const run = (routes: string, prd: string) =>
  compile(
    { root: '/p', verify: { skip: true } },
    memoryHost({
      '/p/docs/prd.md': prd,
      '/p/docs/architecture.md': `# Architecture\n\n## Data model\n\n${SCHEMA}\n## API\n\n${routes}`,
    }),
  );

describe('a reading story served by the stated reads whose descriptions it repeats', {
  timeout: 120_000,
}, () => {
  for (const [lang, routes, prd] of [
    [
      'zh',
      '| 方法 | 路径 | 说明 | 角色 |\n|---|---|---|---|\n| GET | /items | 浏览全部书籍 | 游客 |\n| GET | /admin/items | 待审核书籍列表 | 审核员 |\n| GET | /admin/certifications | 待审核认证列表 | 审核员 |\n| POST | /orders | 借阅下单 | 读者 |\n| POST | /webhooks/wechat-pay | 微信支付回调 | 无需登录（验签） |\n',
      '# 需求\n\n## 角色\n\n| 角色 | 说明 |\n|---|---|\n| 审核员 | 审核书籍和认证 |\n| 读者 | 借书 |\n\n## 用户故事\n\n- **US-01** 作为审核员，我希望在待审核列表中看到所有的书籍和认证，以便尽快处理。\n- **US-02** 作为读者，我希望用微信支付直接借阅，以便省时间。\n',
    ],
    [
      'en',
      '| Method | Path | Description | Role |\n|---|---|---|---|\n| GET | /items | Browse all items | guest |\n| GET | /admin/items | Pending items list | reviewer |\n| GET | /admin/certifications | Pending certifications list | reviewer |\n| POST | /orders | Place an order | reader |\n| POST | /webhooks/payments | Payment callback from the provider | public (signature) |\n',
      '# PRD\n\n## Roles\n\n| Role | Description |\n|---|---|\n| Reviewer | reviews items |\n| Reader | borrows |\n\n## Stories\n\n- **US-01** As a reviewer, I want to see all pending items and certifications in one list, so that I can work fast.\n- **US-02** As a reader, I want to pay the provider directly when I place an order, so that I save time.\n',
    ],
  ] as const) {
    it(`${lang}: the described lists, not the first list of the record; never a provider's callback`, async () => {
      const r = await run(routes, prd);
      const route = (id: string) => {
        const e = r.spec!.endpoints.find((x) => x.operationId === id)!;
        return `${e.method} ${e.path}`;
      };
      const story = (id: string) => (r.spec!.stories ?? []).find((s) => s.id === id)!;
      expect(story('US-01').operations.map(route).sort()).toEqual([
        'GET /admin/certifications',
        'GET /admin/items',
      ]);
      expect(story('US-02').operations.map(route)).not.toContain(
        lang === 'zh' ? 'POST /webhooks/wechat-pay' : 'POST /webhooks/payments',
      );
    });
  }
});
