import { describe, expect, it } from 'vitest';
import { MentionIndex } from '../../src/derive/api/mentions.js';
import { mentionPattern } from '../../src/derive/api/naming.js';

// The index must give exactly what running the mention pattern over every text gives.
const texts = [
  'Users can create an invoice and see all invoices.',
  'Los usuarios pueden crear una línea de factura (invoice line) por pedido.',
  'Les utilisateurs peuvent modifier les invoice_lines et les InvoiceLines.',
  'Der Administrator kann Bestellpositionen (order-items) löschen.',
  'O sistema exporta invoicelineitems todas as noites.',
  'Pessoas (people) podem ver o perfil de cada person.',
  'A reinvoice is not an invoice-like thing; invoiceé counts, invoice_x does not.',
  'Nothing about them here.',
];

describe('MentionIndex', () => {
  for (const entity of ['Invoice', 'InvoiceLine', 'OrderItem', 'Person', 'Line', 'X', 'InvoiceLineItem']) {
    it(`finds the texts naming ${entity} exactly as the pattern does`, () => {
      const pattern = mentionPattern(entity);
      const expected = texts.flatMap((t, i) => (pattern.test(t) ? [i] : []));
      expect(new MentionIndex(texts).mentioning(entity)).toEqual(expected);
    });
  }

  it('finds joined and separated forms', () => {
    expect(new MentionIndex(texts).mentioning('InvoiceLine')).toEqual([1, 2]);
  });
});
