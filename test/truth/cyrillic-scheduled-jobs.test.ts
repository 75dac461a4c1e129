import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';

// Found on a Ukrainian Spec Kit trial: "Система ПОВИННА оновлювати статус доставки … кожні 30
// хвилин" and "Щопонеділка о 09:00 система надсилає донорам … звіт" made no job of their own (the
// plan's list did): the system's Ukrainian and Russian modal was no system subject, the verb after
// it no work, and a Cyrillic name made an empty kebab.
const ARCH =
  '# Архітектура\n\n```sql\nCREATE TABLE bookings (id uuid PRIMARY KEY, status text NOT NULL);\nCREATE TABLE members (id uuid PRIMARY KEY, email text NOT NULL);\n```\n';

async function jobs(prd: string) {
  const r = await compile(
    { root: '/p', verify: { skip: true } },
    memoryHost({ '/p/docs/prd.md': prd, '/p/docs/architecture.md': ARCH }),
  );
  return new Map(r.spec!.jobs.map((j) => [j.name, j.trigger]));
}

describe('a requirement that gives the system scheduled work, in Ukrainian and Russian', {
  timeout: 60_000,
}, () => {
  it('uk: the modal and the present tense each make a job', async () => {
    const j = await jobs(
      '# Вимоги\n\n## Функціональні вимоги\n\n- **FR-001**: Система ПОВИННА синхронізувати курси валют кожні 15 хвилин.\n- **FR-002**: Щопонеділка о 08:00 система надсилає членам клубу розклад на тиждень.\n',
    );
    expect(j.get('синхронізувати-курси-валют')).toBe('*/15 * * * *');
    expect(j.get('надсилає-членам-клубу-розклад')).toBe('0 8 * * 1');
  });

  it('ru: the modal makes a job', async () => {
    const j = await jobs(
      '# Требования\n\n## Функциональные требования\n\n- **FR-001**: Система ДОЛЖНА ежедневно в 02:00 удалять просроченные бронирования.\n',
    );
    expect(j.get('удалять-просроченные-бронирования')).toBe('0 2 * * *');
  });

  it('uk: a job the plan lists for the requirement is that requirement’s only job', async () => {
    const r = await compile(
      { root: '/p', verify: { skip: true } },
      memoryHost({
        '/p/docs/prd.md':
          '# Вимоги\n\n## Функціональні вимоги\n\n- **FR-003**: Система ПОВИННА синхронізувати курси валют кожні 15 хвилин.\n',
        '/p/docs/architecture.md': `${ARCH}\n## Фонові задачі\n\n- Кожні 15 хвилин: синхронізація курсів валют (FR-003).\n`,
      }),
    );
    const jobs = r.spec!.jobs.filter((j) => j.requirements.includes('FR-003'));
    expect(jobs.map((j) => j.name)).toEqual(['синхронізація курсів валют']);
  });

  it('near-miss: a member’s action with a time is no system job', async () => {
    const j = await jobs(
      '# Вимоги\n\n## Функціональні вимоги\n\n- **FR-001**: Член клубу ПОВИНЕН мати змогу скасувати бронювання щодня до 18:00.\n',
    );
    expect(j.size).toBe(0);
  });
});
