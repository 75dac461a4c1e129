import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';

// Found by the Korean trial (test/korean/projects/dongne): the PRD's roles table named the roles by
// their titles (주민, 시설 관리자, 운영자) and the architecture stated the codes the role field stores
// in a parenthesis ("역할은 `member.role` 필드(주민 `resident`, 시설 관리자 `facility_manager`, 운영자
// `operator`)로 구분한다"); the roles were keyed `주민`, `시설_관리자`, `운영자`. A stated code beats a
// key made from a title: the role is `resident`, named 주민.
const SCHEMA =
  "```sql\nCREATE TABLE members (id uuid PRIMARY KEY, email text NOT NULL, role text NOT NULL);\nCREATE TABLE bookings (id uuid PRIMARY KEY, member_id uuid NOT NULL REFERENCES members(id), status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'cancelled')));\n```\n";

describe('a role stated by its title beside its code is keyed by the code', { timeout: 120_000 }, () => {
  it.each([
    [
      'en',
      '| Role | Description |\n|---|---|\n| Court user | a resident signed in with Kakao |\n| Facility manager | staff of one facility |',
      'Roles are stored in the `members.role` field (court user `resident`, facility manager `facility_manager`).',
      ['facility_manager', 'resident'],
      ['Court user', 'Facility manager'],
    ],
    [
      'ko',
      '| 역할 | 설명 |\n|---|---|\n| 주민 | 카카오 계정으로 로그인한 일반 이용자 |\n| 시설 관리자 | 시설별로 배정된 구청 직원 |',
      '역할은 `members.role` 필드(주민 `resident`, 시설 관리자 `facility_manager`)로 구분한다.',
      ['facility_manager', 'resident'],
      ['시설 관리자', '주민'],
    ],
  ])('%s', async (_lang, table, sentence, keys, labels) => {
    const r = await compile(
      { root: '/p', verify: { skip: true } },
      memoryHost({
        '/p/docs/prd.md': `# PRD\n\n## Roles\n\n${table}\n`,
        '/p/docs/architecture.md': `# Architecture\n\n## Security\n\n- ${sentence}\n\n## Data\n\n${SCHEMA}`,
      }),
    );
    const roles = r.spec!.roles ?? [];
    expect(roles.map((x) => x.name).sort()).toEqual(keys);
    expect(roles.map((x) => x.label).sort()).toEqual(labels);
    // The description of the titled row stays with the coded role.
    expect(roles.every((x) => x.description)).toBe(true);
  });

  it('a parenthesis of codes in a sentence about something else names no role', async () => {
    const r = await compile(
      { root: '/p', verify: { skip: true } },
      memoryHost({
        '/p/docs/prd.md':
          '# PRD\n\n## Roles\n\n| Role | Description |\n|---|---|\n| Member | books courts |\n',
        '/p/docs/architecture.md': `# Architecture\n\n- The booking status (open \`open\`, cancelled \`cancelled\`) is a text column.\n\n${SCHEMA}`,
      }),
    );
    expect((r.spec!.roles ?? []).map((x) => x.name)).toEqual(['member']);
  });
});
