import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';

// Issue 13 item 5 (rules29): shiguang-zh BR-13 "学号在同一学校内唯一" named no entity, while the schema
// labels `student_auth.student_no` with `COMMENT '学号'`. A field's label, held by one entity only,
// names the record a rule is about; a comment that explains ("手机号（AES 加密）") labels nothing.

const project = (rules: string, sql: string, heading: string) =>
  memoryHost({
    '/p/docs/prd.md': `# PRD\n\n## ${heading}\n\n${rules}\n`,
    '/p/docs/architecture.md': `# Architecture\n\nMySQL 8.0.\n\n\`\`\`sql\n${sql}\n\`\`\`\n`,
  });

const targets = async (host: ReturnType<typeof memoryHost>) => {
  const r = await compile({ root: '/p', verify: { skip: true } }, host);
  return new Map((r.spec!.rules ?? []).map((x) => [x.id, x.entity]));
};

describe('a field label names the record a rule is about', { timeout: 120_000 }, () => {
  it('zh: 学号 is student_auth.student_no; 手机号（AES 加密） labels nothing', async () => {
    const got = await targets(
      project(
        `- **BR-01** 学号在同一学校内唯一，一个学号只能认证一个微信账号。
- **BR-02** 同一手机号 60 秒内只能发送一次验证码。`,
        `CREATE TABLE \`user\` (
  \`id\` bigint unsigned NOT NULL AUTO_INCREMENT COMMENT '主键',
  \`phone\` varchar(128) DEFAULT NULL COMMENT '手机号（AES 加密）',
  PRIMARY KEY (\`id\`)
) COMMENT='用户表';
CREATE TABLE \`student_auth\` (
  \`id\` bigint unsigned NOT NULL AUTO_INCREMENT COMMENT '主键',
  \`user_id\` bigint unsigned NOT NULL COMMENT '用户ID',
  \`student_no\` varchar(20) NOT NULL COMMENT '学号',
  PRIMARY KEY (\`id\`),
  UNIQUE KEY \`uk_student_no\` (\`student_no\`)
) COMMENT='学生认证';`,
        '业务规则',
      ),
    );
    expect(got.get('BR-01')).toBe('StudentAuth');
    expect(got.get('BR-02')).toBeNull();
  });

  it('ja: 会員番号 is members.member_no', async () => {
    const got = await targets(
      project(
        `- **BR-01** 会員番号は一意でなければならない。`,
        `CREATE TABLE members (
  id bigint NOT NULL AUTO_INCREMENT COMMENT 'ID',
  member_no varchar(20) NOT NULL COMMENT '会員番号',
  PRIMARY KEY (id),
  UNIQUE KEY uk_member_no (member_no)
);
CREATE TABLE bookings (
  id bigint NOT NULL AUTO_INCREMENT COMMENT 'ID',
  member_id bigint NOT NULL COMMENT '会員ID',
  PRIMARY KEY (id)
);`,
        'ビジネスルール',
      ),
    );
    expect(got.get('BR-01')).toBe('Member');
  });
});
