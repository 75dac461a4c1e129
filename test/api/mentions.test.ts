import { describe, expect, it } from 'vitest';
import { joinedRuns, joinedText, MentionIndex, mayMention } from '../../src/derive/api/mentions.js';
import { mentionPattern } from '../../src/derive/api/naming.js';
import { RunIndex } from '../../src/derive/api/statement-index.js';

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

// Issue 19: the joined-run prefilters may only drop texts the pattern cannot match.
const tricky = [
  ...texts,
  'Archive PENDING VENDOR INVOICES and pending-vendor_invoices; pendingvendorinvoice too.',
  'A pending vendor\u00a0invoice (no-break space), a pending\u2028vendor invoice.',
  'xpendingvendorinvoice is glued to a word; pending vendor invoicex runs on.',
  'The \u212Aelvin sign and İnvoice are not ASCII letters to the pattern.',
  'order_items, Order Item, ORDER-ITEMS, orderitems, 12 order items.',
];
const names = [
  'Invoice',
  'InvoiceLine',
  'OrderItem',
  'PendingVendorInvoice',
  'VendorInvoice',
  'Person',
  'Line',
];

describe('joined runs (mentionPattern prefilters)', () => {
  it('reads the runs of a plain pattern and none of another shape', () => {
    expect(joinedRuns(mentionPattern('PendingVendorInvoice'))).toEqual([
      'pendingvendorinvoice',
      'pendingvendorinvoices',
    ]);
    expect(joinedRuns(/(?<![0-9A-Za-z_])(?:auftrag)(?![0-9A-Za-z_])/i)).toBeNull();
    expect(joinedRuns(/\b(?:ab)\b/i)).toBeNull();
  });

  for (const name of names) {
    it(`never rules out a text naming ${name}`, () => {
      const pattern = mentionPattern(name);
      for (const t of tricky)
        if (pattern.test(t)) expect(mayMention(joinedText(t), pattern), `${name} in ${t}`).toBe(true);
    });
  }

  it('rules out a text without the run', () => {
    expect(mayMention(joinedText('Only vendors and invoices, apart.'), mentionPattern('VendorInvoice'))).toBe(
      false,
    );
  });

  it('RunIndex offers every name the pattern finds in a text', () => {
    const index = new RunIndex(names, mentionPattern, (n) => n);
    for (const t of tricky) {
      const offered = index.candidates(t);
      for (const name of names)
        if (mentionPattern(name).test(t)) expect(offered.has(name), `${name} in ${t}`).toBe(true);
    }
    // …and not every name: a text about orders offers no invoice.
    expect(index.candidates('Archive order items.').has('VendorInvoice')).toBe(false);
  });
});
