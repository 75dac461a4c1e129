import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';
import { readRule } from '../../src/read/rule-words.js';
import { readSchedule } from '../../src/read/schedule-words.js';
import { headingScope } from '../../src/read/status.js';

// A Ukrainian trial (a humanitarian aid warehouse, spec-kit: test/ukrainian/projects/skladka) took
// the options its research rejects ("Auth0 — відхилено через вартість") for the chosen identity
// provider, lost every "**Рішення**:" (decision) line, and read no job ("Щодня о 03:00"), no story
// ("Як комірник, я хочу …") and no scope. The fixtures below are a dental clinic's, in other words.
const SCHEMA =
  '```sql\nCREATE TABLE patients (id BIGSERIAL PRIMARY KEY, phone TEXT NOT NULL);\nCREATE TABLE visits (id BIGSERIAL PRIMARY KEY, patient_id BIGINT NOT NULL REFERENCES patients(id), starts_at TIMESTAMPTZ NOT NULL, status TEXT NOT NULL);\n```\n';
const PRD = [
  '# Вимоги — стоматологічна клініка',
  '',
  '## Історії',
  '',
  '- Як пацієнт, я хочу записатися на прийом онлайн, щоб не телефонувати до клініки.',
  '- Як лікар, я хочу бачити розклад прийомів на тиждень, щоб планувати роботу.',
  '',
  '## Поза межами',
  '',
  '- Мобільний застосунок для лікарів.',
  '- Телемедицина — перенесено на фазу 2.',
  '',
].join('\n');
const RESEARCH = [
  '# Дослідження',
  '',
  '## Автентифікація',
  '',
  '- **Рішення**: Keycloak 24, OIDC.',
  '- **Обґрунтування**: дані пацієнтів лишаються на власному сервері.',
  '- **Розглянуті альтернативи**: Auth0 — відхилено через вартість; Firebase Authentication — відхилено, бо дані зберігаються поза Україною.',
  '',
  '## Черги',
  '',
  '- **Рішення**: RabbitMQ.',
  '',
  '## Фонові завдання',
  '',
  '- Щодня о 07:30: SMS-нагадування про завтрашні прийоми.',
  '- Кожні 15 хвилин: синхронізація розкладу лікарів.',
  '- Щоп’ятниці о 18:00: тижневий звіт для головного лікаря.',
  '',
  SCHEMA,
].join('\n');

async function spec() {
  const host = memoryHost({ '/p/docs/prd.md': PRD, '/p/docs/architecture.md': RESEARCH });
  return (await compile({ root: '/p', verify: { skip: true } }, host)).spec!;
}

describe('Ukrainian planning documents', { timeout: 60_000 }, () => {
  it('takes "Рішення" as the choice and "відхилено" as a rejection, with its reason', async () => {
    const s = await spec();
    expect(s.auth?.provider?.value).toBe('Keycloak');
    const decisions = s.reconciliation.decisions;
    const auth0 = decisions.find((d) => d.subject === 'Auth0');
    expect(auth0?.status).toBe('rejected');
    expect(auth0?.detail).toMatch(/вартість/);
    expect(s.integrations.find((i) => i.name === 'Auth0')?.status).not.toBe('chosen');
    // Under "Автентифікація" the provider signs users in: the API designs no password login.
    expect(s.endpoints.map((e) => e.path)).not.toContain('/api/v1/auth/login');
  });

  it('reads the scope words: "Поза межами", "перенесено на фазу 2"', async () => {
    expect(headingScope('Поза межами')).toBe('out-of-scope');
    expect(headingScope('Розглянуті альтернативи')).toBe('rejected');
    const s = await spec();
    const subjects = s.reconciliation.decisions.map((d) => d.subject);
    expect(subjects).toContain('Мобільний застосунок для лікарів');
  });

  it('reads schedules: "Щодня о 07:30", "Кожні 15 хвилин", "Щогодини", "Щоп’ятниці о 18:00"', async () => {
    expect(readSchedule('Щодня о 07:30: SMS-нагадування')?.cron).toBe('30 7 * * *');
    expect(readSchedule('Кожні 15 хвилин: синхронізація')?.cron).toBe('*/15 * * * *');
    expect(readSchedule('Кожні 2 години: перевірка')?.cron).toBe('0 */2 * * *');
    expect(readSchedule('Щогодини: очищення')?.cron).toBe('0 * * * *');
    expect(readSchedule('Щоп’ятниці о 18:00: звіт')?.cron).toBe('0 18 * * 5');
    expect(readSchedule('Кожного понеділка о 09:00: звіт')?.cron).toBe('0 9 * * 1');
    const s = await spec();
    const crons = s.jobs.map((j) => j.trigger);
    expect(crons).toEqual(expect.arrayContaining(['30 7 * * *', '*/15 * * * *', '0 18 * * 5']));
  });

  it('reads stories "Як <роль>, я хочу …, щоб …"', async () => {
    const s = await spec();
    const actors = (s.stories ?? []).map((x) => x.actor);
    expect(actors).toEqual(expect.arrayContaining(['пацієнт', 'лікар']));
    expect((s.stories ?? []).find((x) => x.actor === 'пацієнт')?.action).not.toMatch(/щоб/);
  });

  it('reads the force of a rule: "не більше 2", "мінімальна … 10 грн", "ПОВИНЕН"', () => {
    expect(readRule('Пацієнт може мати не більше 3 майбутніх прийомів одночасно.').kind).toBe('limit');
    expect(readRule('Мінімальна тривалість прийому — 15 хвилин, максимальна — 120 хвилин.').kind).toBe(
      'limit',
    );
  });
});
