import { describe, expect, it } from 'vitest';
import { mentionPattern, words } from '../../src/derive/api/naming.js';
import { StatementIndex } from '../../src/derive/api/statement-index.js';
import type { NameLanguage } from '../../src/knowledge/inflect.js';
import { withNameLanguage } from '../../src/knowledge/name-language.js';

// The trigram index that offers the statements which may name an entity (src/derive/api/
// statement-index.ts, issue 12) must never hide one the exact patterns match, in any language, and
// its work must grow with what is mentioned, not with statements × entities.

/** The exact test of suppress.ts: the mention pattern, or the head word as a stem. */
function names(text: string, name: string): boolean {
  if (mentionPattern(name).test(text)) return true;
  const head = words(name)
    .split(' ')[0]!
    .replace(/[aeiou]$/, '');
  return head.length >= 4 && new RegExp(`\\b${head}\\p{L}{0,3}\\b`, 'iu').test(text);
}

const CASES: { language: NameLanguage; names: string[]; statements: string[] }[] = [
  {
    language: 'en',
    names: ['OrderItem', 'Person', 'Category', 'Id', 'Box', 'Mouse', 'TestDefinition', 'Address'],
    statements: [
      'Order items are never deleted, only archived.',
      'PEOPLE can be deactivated by an admin.',
      'Every order_item belongs to one order.',
      'Categories are read-only for members.',
      'A box holds many boxes; an ID is never reused.',
      'Tests that the lab does not offer are deactivated.',
      'Mice are generated automatically.',
      'The addresses of a customer are written by the system.',
      'Nothing to see here.',
    ],
  },
  {
    language: 'es',
    names: ['Producto', 'DireccionEnvio', 'Luz', 'Usuario'],
    statements: [
      'Los productos nunca se eliminan.',
      'Las direcciones de envío son de solo lectura.',
      'Las luces se apagan solas.',
      'Un USUARIO puede desactivar su cuenta.',
      'Sin relación.',
    ],
  },
  {
    language: 'fr',
    names: ['Commande', 'Facture', 'Élève'],
    statements: [
      'Les commandes ne sont pas supprimées.',
      'Une facture est générée automatiquement.',
      'Les élèves sont archivés.',
      "Aucun rapport avec l'entité.",
    ],
  },
  {
    language: 'de',
    names: ['Bestellung', 'Kunde', 'Straße'],
    statements: [
      'Bestellungen werden nie gelöscht.',
      'Kunden sind schreibgeschützt.',
      'Die STRASSE und die Straße.',
      'Nichts.',
    ],
  },
  {
    language: 'pt',
    names: ['Pedido', 'Cliente', 'Coração'],
    statements: [
      'Pedidos nunca são excluídos.',
      'Os clientes são somente leitura.',
      'Os corações e o coração.',
      'Nada.',
    ],
  },
];

describe('statement index', () => {
  for (const c of CASES)
    it(`offers every statement the exact patterns match (${c.language})`, () => {
      withNameLanguage(c.language, () => {
        const index = new StatementIndex(c.statements);
        let matched = 0;
        for (const name of c.names) {
          const offered = new Set(index.candidates(name));
          for (const [i, text] of c.statements.entries()) {
            if (!names(text, name)) continue;
            matched++;
            expect(offered.has(i), `${name} in "${text}"`).toBe(true);
          }
        }
        // The fixtures do mention their entities: the test is not vacuous.
        expect(matched).toBeGreaterThanOrEqual(c.names.length - 1);
      });
    });

  it('offers each of 2,000 entities only the statements that may name it, not all 2,000', () => {
    withNameLanguage('en', () => {
      const entityNames = Array.from({ length: 2_000 }, (_, i) => `Widget${i.toString(36)}x`);
      const statements = entityNames.map((n) => `A ${n} is archived when its owner leaves.`);
      const index = new StatementIndex(statements);
      let offered = 0;
      for (const [i, n] of entityNames.entries()) {
        const ids = index.candidates(n);
        expect(ids).toContain(i);
        offered += ids.length;
      }
      // statements × entities would be 4,000,000.
      expect(offered).toBeLessThan(20 * entityNames.length);
    });
  });
});
