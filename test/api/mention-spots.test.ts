import { afterEach, describe, expect, it, vi } from 'vitest';
import { mentionPattern } from '../../src/derive/api/naming.js';
import { mentionSpots } from '../../src/derive/api/suppress.js';
import type { NameLanguage } from '../../src/knowledge/inflect.js';
import { withNameLanguage } from '../../src/knowledge/name-language.js';

// Where a deactivation sentence names an entity (suppress.ts `at`): every match of the entity's
// mention pattern, found by the pattern itself restarted after each match, never by a global copy
// (another compile of a case-insensitive pattern of accent classes per entity, issue 19). The spots
// must be those of the global copy, look-behind included: a name glued to a letter before it is none.

const CASES: { language: NameLanguage; names: string[]; texts: string[] }[] = [
  {
    language: 'en',
    names: ['Order', 'OrderItem', 'Box', 'Signup'],
    texts: [
      'Archive orders, never delete an order; preorders and reorders stay.',
      'orders orders_order ordersorders order-items ORDER ITEM',
      'xorder ɓorder Þorder 1order _order (order) order.',
      'boxes, a box and sign-ups; sign up is no signup?',
      '',
    ],
  },
  {
    language: 'es',
    names: ['Pedido', 'LineaPedido', 'Usuario'],
    texts: ['Los pedidos y la línea de pedido: un usuário, los usuarios, ópedido', 'líneas de pedidos'],
  },
  {
    language: 'fr',
    names: ['Commande', 'Élève'],
    texts: ['Archiver les commandes; une commande, les élèves, Eleve, éélève'],
  },
  {
    language: 'de',
    names: ['Auftrag', 'Bestellung', 'Reparaturtermin'],
    texts: ['Aufträge und Auftraege; der Auftrag, Serviceaufträge, Termine, Reparaturtermine, xBestellung'],
  },
];

/** The global copy's spots: what `at` found before. */
function globalSpots(text: string, re: RegExp): number[] {
  return [...text.matchAll(new RegExp(re.source, `${re.flags}g`))].map((m) => m.index);
}

describe('mention spots', () => {
  afterEach(() => vi.restoreAllMocks());

  for (const c of CASES)
    it(`finds the global copy's spots (${c.language})`, () => {
      withNameLanguage(c.language, () => {
        let spots = 0;
        for (const name of c.names)
          for (const text of c.texts) {
            const re = mentionPattern(name);
            const want = globalSpots(text, re);
            spots += want.length;
            expect(mentionSpots(text, re), `${name} in "${text}"`).toEqual(want);
          }
        expect(spots).toBeGreaterThan(0);
      });
    });

  it('builds no global copy of a mention pattern', () => {
    withNameLanguage('en', () => {
      const re = mentionPattern('Parcel');
      const Original = RegExp;
      const built = vi
        .spyOn(globalThis, 'RegExp')
        // biome-ignore lint/complexity/useArrowFunction: `new RegExp(...)` constructs the spy; an arrow cannot be.
        .mockImplementation(function (source: string | RegExp, flags?: string) {
          return new Original(source, flags);
        } as never);
      expect(mentionSpots('Archive parcels: a parcel, subparcels, parcel.', re)).toEqual([8, 19, 39]);
      expect(built).not.toHaveBeenCalled();
    });
  });
});
