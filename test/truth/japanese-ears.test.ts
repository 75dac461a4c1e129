import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';
import { statesRule } from '../../src/read/rule-words.js';

// Issue 11 (papas-backend, Kiro in Japanese): acceptance criteria written in Japanese EARS were read
// as criteria only in Kiro's English frame, and none of them could be a rule: "WHEN … THEN システム
// SHALL … 保存しない" (a prohibition), "24時間以内のみ" (a window), "500文字を超える" (a bound) carried no
// force, and a requirements document written wholly in Japanese ("### 要件 1", "#### 受け入れ基準",
// "〜した場合、システムは〜しなければならない") gave no requirement at all. Read like the English EARS.

const DESIGN = '# Design\n\n```sql\nCREATE TABLE posts (id uuid PRIMARY KEY, body text NOT NULL);\n```\n';

const EN = `# Requirements Document

### Requirement 1: Posts

**User Story:** As a resident, I want to post, so that others read it

#### Acceptance Criteria

1. WHEN a user creates a post THEN the system SHALL add it to the cache and SHALL NOT save it to the database
2. WHEN a user edits a post THEN the system SHALL allow it only within 24 hours of creation
3. WHEN a user lists posts THEN the system SHALL return them newest first
`;

const KIRO_JA = `# Requirements Document

### Requirement 1: 投稿

**User Story:** As a 住民, I want 投稿したい, so that 他の住民が読める

#### Acceptance Criteria

1. WHEN ユーザーが投稿を作成する THEN システム SHALL 投稿をキャッシュに追加し、データベースには保存しない
2. WHEN ユーザーが投稿を編集する THEN システム SHALL 作成から24時間以内のみ編集を許可する
3. WHEN ユーザーが投稿一覧を取得する THEN システム SHALL 新しい順で返す
`;

const JA = `# 要件定義書

### 要件 1: 投稿

**ユーザーストーリー:** 住民として、投稿したい。それにより他の住民が読める。

#### 受け入れ基準

1. ユーザーが投稿を作成した場合、システムは投稿をキャッシュに追加し、データベースには保存してはならない。
2. ユーザーが投稿を編集した場合、システムは作成から24時間以内のみ編集を許可しなければならない。
3. ユーザーが投稿一覧を取得した場合、システムは新しい順で返さなければならない。
`;

async function run(requirements: string) {
  const r = await compile(
    { root: '/p', verify: { skip: true } },
    memoryHost({ '/p/.kiro/specs/x/requirements.md': requirements, '/p/.kiro/specs/x/design.md': DESIGN }),
  );
  return r.domain!;
}

describe('Japanese EARS acceptance criteria read like the English ones', { timeout: 120_000 }, () => {
  it.each([
    ['en', EN],
    ['ja (Kiro frame)', KIRO_JA],
    ['ja', JA],
  ])(
    '%s: three criteria, two rules (the prohibition and the window), no rule from the ordering',
    async (_l, doc) => {
      const domain = await run(doc);
      const req = domain.requirements.find((r) => r.kind === 'functional');
      expect(req?.acceptanceCriteria?.length).toBe(3);
      const rules = domain.ruleStatements ?? [];
      expect(rules.map((r) => r.reading.kind).sort()).toEqual(['never', 'window']);
      const window = rules.find((r) => r.reading.kind === 'window');
      expect(window?.origin).toMatchObject({ kind: 'source', line: 10 });
    },
  );

  it('a condition that does not happen ("完了しない場合") is no prohibition', async () => {
    const domain = await run(
      JA.replace(
        '3. ユーザーが投稿一覧を取得した場合、システムは新しい順で返さなければならない。',
        '3. 下書きの保存が完了しない場合、システムはエラーメッセージを表示しなければならない。',
      ),
    );
    expect((domain.ruleStatements ?? []).map((r) => r.reading.kind).sort()).toEqual(['never', 'window']);
  });

  it('Chinese, which shares 以上 and 以内 but has no kana, is not read with the Japanese words', () => {
    expect(statesRule('当网站有10个以上的标签时,标签列如何显示?')).toBe(false);
    expect(statesRule('搜索性能: 当网站数量超过500个时，500个网站以内前端过滤性能可接受')).toBe(false);
  });
});
