import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';

// A roles table "title | code | what they do" names each role by its title, which stories and flows
// use. A title was taken only when it started with a capital letter, so in Thai ("ผู้ค้า"), Hebrew
// ("נהג/ת מתנדב/ת") and Chinese the roles were named by their codes: a script without case writes
// every title as it stands.
const CASES: [lang: string, header: string, rows: [string, string][]][] = [
  [
    'zh',
    '| 角色 | 代码 | 说明 |',
    [
      ['读者', 'reader'],
      ['馆员', 'librarian'],
    ],
  ],
  [
    'ar',
    '| الدور | الرمز | الوصف |',
    [
      ['قارئ', 'reader'],
      ['أمين المكتبة', 'librarian'],
    ],
  ],
  [
    'th',
    '| บทบาท | รหัสบทบาท | สิ่งที่ทำได้ |',
    [
      ['ผู้อ่าน', 'reader'],
      ['บรรณารักษ์', 'librarian'],
    ],
  ],
];

describe('a role title in a script without case', { timeout: 120_000 }, () => {
  it.each(CASES)('%s', async (_lang, header, rows) => {
    const table = [header, '|---|---|---|', ...rows.map(([t, c]) => `| ${t} | \`${c}\` | — |`)].join('\n');
    const host = memoryHost({
      '/p/docs/prd.md': `# PRD\n\n## Roles\n\n${table}\n\n- FR-1: Readers borrow books.\n`,
      '/p/docs/architecture.md': [
        '# Architecture',
        '',
        '```sql',
        'CREATE TABLE books (id uuid PRIMARY KEY, title text NOT NULL);',
        '```',
        '',
      ].join('\n'),
    });
    const r = await compile({ root: '/p', verify: { skip: true }, lang: 'en' }, host);
    const labels = Object.fromEntries(r.spec!.roles.map((x) => [x.name, x.label]));
    for (const [title, code] of rows) expect(labels[code]).toBe(title);
  });
});
