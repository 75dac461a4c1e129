import { describe, expect, it } from 'vitest';
import { mentionPattern } from '../../src/derive/api/naming.js';
import { NameIndex } from '../../src/derive/api/statement-index.js';
import type { NameLanguage } from '../../src/knowledge/inflect.js';
import { withNameLanguage } from '../../src/knowledge/name-language.js';

// The index that offers, for one text, the entity names it may mention (src/derive/api/
// statement-index.ts NameIndex, issue 19) must never hide a name the exact mention pattern finds, in
// any language, and its work must grow with the text, not with texts × entities.

const CASES: { language: NameLanguage; names: string[]; texts: string[] }[] = [
  {
    language: 'en',
    names: ['OrderItem', 'Order', 'Person', 'Category', 'Id', 'Box', 'Mouse', 'TestDefinition', 'Address'],
    texts: [
      'As a clerk I can list ORDER-ITEMS of an order',
      'Every order_item belongs to one order.',
      'PEOPLE can be deactivated by an admin; a person signs in.',
      'browse categories (read-only)',
      'A box holds many boxes; an ID is never reused.',
      'view test definitions and mice',
      'éorder and preorders are not orders',
      'update my addresses',
      'Nothing to see here.',
    ],
  },
  {
    language: 'es',
    names: ['Producto', 'DireccionEnvio', 'Luz', 'Usuario'],
    texts: [
      'Como cliente puedo ver los productos',
      'editar direcciones de envío',
      'Las luces se apagan solas.',
      'Un USUARIO puede desactivar su cuenta.',
      'Sin relación.',
    ],
  },
  {
    language: 'fr',
    names: ['Commande', 'Facture', 'Élève'],
    texts: ['consulter mes commandes', 'télécharger une facture', 'les élèves sont archivés', 'Aucun.'],
  },
  {
    language: 'de',
    names: ['Bestellung', 'Kunde', 'Straße', 'Auftrag'],
    texts: [
      'Bestellungen anzeigen',
      'Kunden verwalten',
      'Die STRASSE und die Straße.',
      'Aufträge',
      'Nichts.',
    ],
  },
  {
    language: 'pt',
    names: ['Pedido', 'Cliente', 'Coração'],
    texts: ['listar pedidos', 'os clientes podem editar', 'os corações e o coração', 'Nada.'],
  },
];

/** The exact test of story-operations.ts entitiesOf: the mention pattern, run globally. */
const mentions = (text: string, name: string) => {
  const re = mentionPattern(name);
  return [...text.matchAll(new RegExp(re.source, `${re.flags}g`))].length > 0;
};

describe('name index', () => {
  for (const c of CASES)
    it(`offers every name the exact patterns find in a text (${c.language})`, () => {
      withNameLanguage(c.language, () => {
        const index = new NameIndex(c.names, (n) => n);
        let matched = 0;
        for (const text of c.texts) {
          const offered = index.candidates(text);
          for (const name of c.names) {
            if (!mentions(text, name)) continue;
            matched++;
            expect(offered.has(name), `${name} in "${text}"`).toBe(true);
          }
        }
        // The fixtures do mention their entities: the test is not vacuous.
        expect(matched).toBeGreaterThanOrEqual(c.texts.length - 2);
      });
    });

  it('leaves out names whose leading word the text does not contain', () => {
    withNameLanguage('en', () => {
      const index = new NameIndex(['Invoice', 'OrderItem', 'Person'], (n) => n);
      expect([...index.candidates('As a clerk I can list order items')]).toEqual(['OrderItem']);
      expect([...index.candidates('preorders and invoices')]).toEqual(['Invoice']);
      // Accents are spelling (issue 11): "ínvoices" names Invoice; "éinvoices" is another word.
      expect([...index.candidates('preorders and ínvoices')]).toEqual(['Invoice']);
      expect([...index.candidates('preorders and éinvoices')]).toEqual([]);
    });
  });

  it('offers each of 2,000 texts only the names it may mention, not all 2,000', () => {
    withNameLanguage('en', () => {
      const entityNames = Array.from({ length: 2_000 }, (_, i) => `Widget${i.toString(36)}x`);
      const index = new NameIndex(entityNames, (n) => n);
      let offered = 0;
      for (const n of entityNames) {
        const names = index.candidates(`As an owner I can archive a ${n} when its owner leaves.`);
        expect(names.has(n)).toBe(true);
        offered += names.size;
      }
      // texts × entities would be 4,000,000.
      expect(offered).toBeLessThan(20 * entityNames.length);
    });
  });
});
