import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';
import { intentsOf } from '../../src/read/story-words.js';

// Issue 13, found on dongne-ko: "이용 정지된 주민의 정지를 해제하고 싶다" (lift a resident's
// suspension) read no verb. Lifting a suspension, a ban or a lock restores the record.

describe('lifting a suspension', { timeout: 120_000 }, () => {
  it('reads the verb in Korean, English, French and Spanish, and not a lift of anything else', () => {
    const restore = [{ kind: 'state', verb: 'restore' }];
    expect(intentsOf('이용 정지된 주민의 정지를 해제하고 싶다')).toEqual(restore);
    expect(intentsOf("lift a volunteer's suspension")).toEqual(restore);
    expect(intentsOf('lever la suspension du membre')).toEqual(restore);
    expect(intentsOf('levantar la suspensión del socio')).toEqual(restore);
    expect(intentsOf('lift heavy boxes')).toEqual([]);
    expect(intentsOf('예약을 해제하고 싶다')).not.toEqual(restore);
  });

  it('en and ko: the stated route the story names serves it, a state action of the record', async () => {
    const routes = `| Method | Path | Who | Notes |
|---|---|---|---|
| POST | /members/{memberId}/suspension/lift | operator | body: {"reason": "..."} |`;
    const sql = `CREATE TABLE members (id uuid PRIMARY KEY, name text NOT NULL, suspended_until timestamptz);`;
    const spec = (
      await compile(
        { root: '/p', verify: { skip: true } },
        memoryHost({
          '/p/docs/prd.md': `# PRD\n\n- US-1: As an operator, I want to lift a member's suspension, so that they can book again.\n- US-2: 운영자로서 회원(member)의 정지를 해제하고 싶다.\n`,
          '/p/docs/architecture.md': `# Architecture\n\n\`\`\`sql\n${sql}\n\`\`\`\n\n${routes}\n`,
        }),
      )
    ).spec!;
    expect(spec.stories?.find((s) => s.id === 'US-1')?.operations).toEqual(['suspensionLiftMember']);
    expect(spec.stories?.find((s) => s.id === 'US-2')?.unmapped).not.toBe(
      'no action verb of the languages read',
    );
  });
});
