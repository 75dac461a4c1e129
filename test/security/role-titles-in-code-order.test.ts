import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';
import { titlesInCodeOrder } from '../../src/read/role-code-order.js';

// skladka-uk (issue 13) listed the role codes its tokens carry ("ролі в claim `realm_access.roles`:
// `storekeeper`, `coordinator`, `community_rep`, `admin`") and, below, a roles table naming the same
// roles by their Ukrainian titles in the same order; nothing linked the two, so a route or story
// naming "адміністратор" or "координатор складу" reached no role and only admin got grants. The
// fixture below is a Russian courier service's, in other words and another language.
const SCHEMA =
  '```sql\nCREATE TABLE orders (id BIGSERIAL PRIMARY KEY, address TEXT NOT NULL, status TEXT NOT NULL);\n```\n';

const ARCH = (codes: string) =>
  [
    '# Архитектура',
    '',
    '## Аутентификация',
    '',
    `Keycloak (OIDC), токены Bearer; роли в claim \`roles\`: ${codes}.`,
    '',
    '## Роли и права',
    '',
    '| Роль | Кто | Права |',
    '|---|---|---|',
    '| кладовщик | сотрудник склада | сборка заказов |',
    '| координатор | диспетчер смены | утверждение заказов |',
    '| администратор | руководитель | всё |',
    '',
    '## Маршруты',
    '',
    '| Метод | Путь | Доступ | Описание |',
    '|---|---|---|---|',
    '| POST | /api/v1/orders/{id}/approve | координатор | утвердить заказ |',
    '| GET | /api/v1/reports | администратор | отчёты |',
    '',
    SCHEMA,
  ].join('\n');

const PRD = [
  '# Требования — курьерская служба',
  '',
  '## Функциональные требования',
  '',
  '- **FR-001**: Координатор утверждает заказ перед отправкой.',
  '',
].join('\n');

async function compiled(codes: string) {
  const host = memoryHost({ '/p/docs/prd.md': PRD, '/p/docs/architecture.md': ARCH(codes) });
  return (await compile({ root: '/p', verify: { skip: true } }, host)).spec!;
}

describe('role titles in a table, role codes in a sentence, in the same order', { timeout: 60_000 }, () => {
  it('pairs them when the cognates agree with the order', () => {
    expect(
      titlesInCodeOrder(
        ['кладовщик', 'координатор', 'администратор'],
        ['storekeeper', 'coordinator', 'admin'],
      ),
    ).toEqual(['storekeeper', 'coordinator', 'admin']);
    // Greek and Polish titles: Διαχειριστής is no cognate, but two others are.
    expect(
      titlesInCodeOrder(['kandydat', 'koordynator', 'kierownik'], ['candidate', 'coordinator', 'manager']),
    ).toEqual(['candidate', 'coordinator', 'manager']);
  });

  it('pairs nothing when a title is the cognate of a code in another place, or too few agree', () => {
    expect(
      titlesInCodeOrder(
        ['кладовщик', 'координатор', 'администратор'],
        ['admin', 'storekeeper', 'coordinator'],
      ),
    ).toBeNull();
    expect(
      titlesInCodeOrder(['кладовщик', 'курьер', 'администратор'], ['storekeeper', 'driver', 'admin']),
    ).toBeNull();
    expect(titlesInCodeOrder(['кладовщик', 'администратор'], ['storekeeper', 'admin', 'auditor'])).toBeNull();
  });

  it('keys each titled role by its code, so a route naming the title grants the code', async () => {
    const s = await compiled('`storekeeper`, `coordinator`, `admin`');
    expect(s.roles.map((r) => [r.name, r.label])).toEqual([
      ['storekeeper', 'кладовщик'],
      ['coordinator', 'координатор'],
      ['admin', 'администратор'],
    ]);
    expect(s.roles.find((r) => r.name === 'storekeeper')?.description).toBe('сборка заказов');
    const approve = s.endpoints.find((e) => e.path === '/api/v1/orders/{id}/approve')!;
    const row = s.permissions!.rows.find((r) => r.operationId === approve.operationId)!;
    expect(row.access.coordinator).toBe('allowed');
    expect(row.access.storekeeper).toBe('denied');
  });

  it('keeps titles and codes apart when the order disagrees', async () => {
    const s = await compiled('`admin`, `storekeeper`, `coordinator`');
    expect(s.roles.find((r) => r.name === 'coordinator')?.label).not.toBe('координатор');
  });
});
