import { describe, expect, it } from 'vitest';
import { matchPersona } from '../../src/derive/security/roles.js';
import { memoryHost } from '../../src/host.js';
import { fromSource } from '../../src/model/origin.js';
import type { RoleSpec } from '../../src/model/spec/security.js';
import { compile } from '../../src/pipeline.js';
import { intentsOf } from '../../src/read/story-words.js';

// Found by the Russian trial (ugcboost): the actor "Админ" of twenty requirements resolved to no
// role beside the stated "Админ UGCBoost", and "просматривать доступные кампании" (browse the
// campaigns) mapped to the detail read `GET /campaigns/{id}`.

const role = (name: string, label: string): RoleSpec =>
  ({ name, label, description: null, inherits: [], level: null, origin: fromSource('a.md', 1) }) as RoleSpec;

describe('an actor that leaves out the qualifier of a stated role', () => {
  it.each([
    [
      'ru',
      'Админ',
      [
        role('креатор', 'Креатор'),
        role('менеджер_бренда', 'Менеджер бренда'),
        role('админ_ugcboost', 'Админ UGCBoost'),
      ],
      'админ_ugcboost',
    ],
    ['en', 'Admin', [role('creator', 'Creator'), role('admin_acme', 'Admin Acme')], 'admin_acme'],
    // Two roles the actor could be: neither.
    [
      'en, two',
      'Manager',
      [role('brand_manager', 'Brand manager'), role('store_manager', 'Store manager')],
      null,
    ],
  ])('%s: "%s"', (_l, actor, roles, expected) => {
    expect(matchPersona(actor, roles as RoleSpec[])).toBe(expected);
  });
  it('two personas of the stories stay two roles', () => {
    expect(matchPersona('developer', [role('backend_developer', 'backend developer')], false)).toBeNull();
  });
});

describe('a browsing story reads the list', { timeout: 120_000 }, () => {
  it('reads browsing verbs (en, ru, pl, de, fr) as a view of many', () => {
    for (const a of [
      'browse the available campaigns',
      'просматривать доступные кампании',
      'przeglądać ogłoszenia',
      'parcourir les ateliers',
    ])
      expect(intentsOf(a)).toEqual([{ kind: 'view', many: true }]);
    // One record: the perfective, or a plain view.
    expect(intentsOf('просмотреть полный бриф кампании')).toEqual([{ kind: 'view' }]);
    expect(intentsOf('view the campaign brief')).toEqual([{ kind: 'view' }]);
  });

  it('ru: the stated list of the records the detail read names', async () => {
    const r = await compile(
      { root: '/p', verify: { skip: true } },
      memoryHost({
        '/p/docs/prd.md':
          '# PRD\n\n## Требования\n\n- **FR1**: Креатор может просматривать доступные кампании.\n- **FR2**: Креатор может просмотреть полный бриф кампании.\n',
        '/p/docs/architecture.md':
          '# Архитектура\n\n| Метод | Путь | Описание |\n|---|---|---|\n| GET | /campaigns | Список |\n| GET | /campaigns/{id} | Все поля кампании |\n',
      }),
    );
    const ops = new Map((r.spec!.stories ?? []).map((s) => [s.id, s.operations]));
    expect(ops.get('FR1')).toEqual(['listCampaigns']);
    expect(ops.get('FR2')).toEqual(['getCampaign']);
  });
});
