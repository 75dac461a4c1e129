import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { findMeasures } from '../../src/knowledge/durations.js';
import { compile } from '../../src/pipeline.js';
import { readSchedule } from '../../src/read/schedule-words.js';

// A Russian BMAD trial (a coworking network in Kazan: Kotlin + Spring Boot, Keycloak, ЮKassa) came out
// with Stripe, rejected in its ADR table ("Отклонено"), as the payment provider of a PaymentService;
// a password login beside the stated Keycloak; no role read from "Роль в системе"; and none of the
// three integrations listed under "## Интеграции". No lexicon read Russian: only structure spoke.
const SCHEMA =
  '```sql\nCREATE TABLE residents (id BIGSERIAL PRIMARY KEY, phone VARCHAR(20) NOT NULL UNIQUE);\nCREATE TABLE bookings (id BIGSERIAL PRIMARY KEY, resident_id BIGINT NOT NULL REFERENCES residents(id), starts_at TIMESTAMPTZ NOT NULL);\n```\n';
const run = (arch: string, prd = '# PRD\n\n## Требования\n\n- FR1: Резидент может забронировать место.\n') =>
  compile(
    { root: '/p', verify: { skip: true } },
    memoryHost({
      '/p/docs/prd.md': prd,
      '/p/docs/architecture.md': `# Архитектура\n\n## Модель данных\n\n${SCHEMA}\n${arch}`,
    }),
  );

describe('Russian decision tables', () => {
  it('a row marked "Отклонено" is rejected, "Принято" chosen', async () => {
    const r = await run(
      '## Решения\n\n| ID | Решение | Статус |\n|---|---|---|\n| ADR-01 | PostgreSQL как основная БД | Принято |\n| ADR-02 | MongoDB | Отклонено |\n| ADR-03 | Stripe для платежей | Отклонено |\n',
    );
    const stripe = r.spec!.integrations.find((i) => i.name === 'Stripe');
    expect(stripe?.status).toBe('rejected');
    expect(r.spec!.services.find((s) => s.name === 'PaymentService')).toBeUndefined();
    expect(r.domain!.stack.find((s) => /mongo/i.test(s.value))?.status).toBe('rejected');
  });
  it('"вместо" rejects the option after it; "во второй фазе" defers', async () => {
    const r = await run('## Интеграции\n\n- Мы используем ЮKassa вместо Stripe.\n- Twilio во второй фазе.\n');
    expect(r.spec!.integrations.find((i) => i.name === 'Stripe')?.status).toBe('rejected');
    expect(r.spec!.integrations.find((i) => i.name === 'Twilio')?.status).toBe('future');
  });
});

describe('a stated identity provider in a Russian stack table', () => {
  it('Keycloak under "Аутентификация": no password login is designed', async () => {
    const r = await run(
      '## Стек\n\n| Слой | Технология | Версия |\n|---|---|---|\n| База данных | PostgreSQL | 16 |\n| Аутентификация | Keycloak (OIDC) | 25 |\n',
    );
    expect(r.spec!.endpoints.map((e) => e.path)).not.toContain('/auth/login');
    expect(r.spec!.endpoints.find((e) => /login/.test(e.path))).toBeUndefined();
    expect(r.domain!.stack.find((s) => s.value === 'PostgreSQL')?.version).toBe('16');
  });
});

describe('roles from a persona table under any heading', () => {
  it('ru: "Персона | Роль в системе" under "Пользователи"', async () => {
    const r = await run(
      '',
      '# PRD\n\n## Пользователи\n\n| Персона | Роль в системе | Описание |\n|---|---|---|\n| Резидент | `resident` | Фрилансер |\n| Владелец сети | `owner` | Смотрит выручку |\n',
    );
    expect(r.domain!.roles.map((x) => x.name)).toEqual(expect.arrayContaining(['resident', 'owner']));
  });
  it('the persona is the role’s name, so a story naming the persona finds the role', async () => {
    const r = await compile(
      { root: '/p', verify: { skip: true } },
      memoryHost({
        '/p/docs/prd.md':
          '# PRD\n\n## Пользователи\n\n| Персона | Роль в системе |\n|---|---|\n| Администратор площадки | `manager` |\n| Luíza, secretária escolar | `secretaria` |\n\n## Истории\n\n### История 1\nКак администратор площадки, я хочу подтвердить бронь.\n',
        '/p/docs/architecture.md': `# Архитектура\n\n${SCHEMA}`,
      }),
    );
    expect(r.spec!.roles.find((x) => x.name === 'manager')?.label).toBe('Администратор площадки');
    expect(r.spec!.roles.find((x) => x.name === 'secretaria')?.label).not.toMatch(/Luíza/);
    expect(r.spec!.stories?.[0]?.role).toBe('manager');
  });
  it('near-miss: a "Роль" table under a heading about habits names no role', async () => {
    const r = await run(
      '',
      '# UX\n\n## Ментальная модель\n\n| Роль | Привычный способ |\n|---|---|\n| **Бренд** | Google Sheets |\n',
    );
    expect(r.domain!.roles.map((x) => x.name)).not.toContain('бренд');
  });
});

describe('services listed under an Integrations heading', () => {
  for (const [lang, heading, items] of [
    [
      'en',
      'Integrations',
      '- **YooKassa** — payments, notifications by webhook.\n- **SMS.ru** — sends sign-in codes.',
    ],
    ['ru', 'Интеграции', '- **ЮKassa** — приём платежей.\n- **SMS.ru** — отправка кодов входа.'],
    ['de', 'Integrationen', '- **Lexware** — Rechnungen.\n- **SMS.ru** — Anmeldecodes.'],
    ['es', 'Integraciones', '- **Conekta** — pagos con tarjeta.\n- **SMS.ru** — códigos.'],
    ['fr', 'Intégrations', '- **Payplug** — paiements.\n- **SMS.ru** — codes.'],
  ] as const) {
    it(`${lang}: "## ${heading}" bullets are integrations in use`, async () => {
      const r = await run(`## ${heading}\n\n${items}\n`);
      const used = r.spec!.integrations.filter((i) => i.status === 'chosen').map((i) => i.name);
      expect(used).toEqual(expect.arrayContaining([items.split('**')[1]!, 'SMS.ru']));
    });
  }
  // A Swedish trial listed "- **46elks** — SMS-påminnelser." (and in English "SMS reminders."): a
  // brand that opens with digits was no name, so the SMS provider was missing from section 8.
  it.each([
    ['en', 'Integrations', '- **46elks** — SMS reminders.\n- **360dialog** — WhatsApp messages.'],
    ['de', 'Integrationen', '- **46elks** — SMS-Erinnerungen.\n- **360dialog** — WhatsApp-Nachrichten.'],
  ])('%s: a brand that opens with digits is a listed integration', async (_lang, heading, items) => {
    const r = await run(`## ${heading}\n\n${items}\n`);
    const used = r.spec!.integrations.filter((i) => i.status === 'chosen').map((i) => i.name);
    expect(used).toEqual(expect.arrayContaining(['46elks', '360dialog']));
  });
  it('near-miss: a lower-case word or a bare number under Integrations is no service', async () => {
    const r = await run('## Integrations\n\n- **2025** — the contract year.\n- **webhooks** — signed.\n');
    expect(r.spec!.integrations.map((i) => i.name)).toEqual([]);
  });
  it('near-miss: bullets under another heading, or naming a channel, are no integration', async () => {
    const r = await run(
      '## Уведомления\n\n- **Payplug** — платежи.\n\n## Integrations\n\n- **Email** — sent by the backend.\n- **Notifications** — in-app.\n',
    );
    expect(r.spec!.integrations.map((i) => i.name)).not.toEqual(expect.arrayContaining(['Payplug']));
    expect(r.spec!.integrations.map((i) => i.name)).not.toContain('Email');
    expect(r.spec!.integrations.map((i) => i.name)).not.toContain('Notifications');
  });
});

describe('Russian durations, comparators and schedules', () => {
  it.each([
    ['не более 4 часов', 4 * 3600, '<='],
    ['быстрее 300 мс', 0.3, '<'],
    ['через 30 минут', 1800, undefined],
    ['хранятся 3 года', 3 * 365 * 86400, undefined],
    ['не менее 7 дней', 7 * 86400, '>='],
    ['al massimo 2 ore', 7200, '<='],
    ['minstens 3 dagen', 3 * 86400, '>='],
  ])('%s', (text, seconds, cmp) => {
    const m = findMeasures(text).find((x) => x.dimension === 'duration')!;
    expect(m.value).toBe(seconds);
    expect(m.comparator).toBe(cmp);
  });
  it.each([
    ['Каждые 5 минут: отмена броней', '*/5 * * * *'],
    ['Каждые 2 часа: синхронизация', '0 */2 * * *'],
    ['Ежедневно в 03:00: удаление броней', '0 3 * * *'],
    ['каждый час', '0 * * * *'],
  ])('%s', (text, cron) => {
    expect(readSchedule(text)?.cron).toBe(cron);
  });
  it('near-miss: "в 2 часа" is a duration, not a time of day', () => {
    expect(readSchedule('Ежедневно, в 2 часа после начала')).toBeNull();
  });
});

describe('a Russian cache sentence', () => {
  it('"Список тарифов кэшируется в Redis на 15 минут" states an entry of 15 minutes', async () => {
    const { readCacheSentence } = await import('../../src/read/cache-words.js');
    const c = readCacheSentence('Список тарифов кэшируется в Redis на 15 минут.');
    expect(c).toMatchObject({ subject: 'Список тарифов', store: 'Redis', ttlSeconds: 900 });
    expect(readCacheSentence('Список тарифов не кэшируется в Redis.')).toBeNull();
  });
});

describe('a Russian retention the model cannot place', () => {
  it('is an open question with its own id, and section 9 says so instead of "no retention stated"', async () => {
    const r = await run(
      '',
      '# PRD\n\n## Бизнес-правила\n\n- **BR-2**: Бронирования хранятся 3 года, затем удаляются.\n- **BR-3**: Персональные данные обезличиваются через 1 год после деактивации.\n',
    );
    const ids = (r.spec!.questions ?? []).map((q) => q.id).filter((id) => id.startsWith('jobs/'));
    expect(ids.length).toBe(2);
    expect(new Set(ids).size).toBe(2);
    const md = r.artifacts[0]!.text;
    expect(md).toMatch(/No job is designed yet: 2 stated periods/);
    expect(md).not.toMatch(/the documents state no retention period/);
  });
});
