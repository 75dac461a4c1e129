/**
 * Field names of an order's lines and of its total, in en, es, pt, fr, de and it: a line's quantity
 * (`quantity`, `qty`, `cantidad`, `quantidade`, `quantité`, `Menge`, `Anzahl`, `quantità`) and its
 * unit price (`unit_price`, `price`, `precio`, `preço`, `prix`, `Preis`, `prezzo`), and the record's
 * total (`total`, `subtotal`, `valor_total`, `montant_total`, `Gesamtbetrag`, `Summe`, `totale`).
 * Names of the typed model, not prose: derive/api/server-set.ts reads them to say that a total over
 * line items is their sum, computed by the server (rule `derive/total-of-line-items`).
 */
const plain = (name: string) =>
  name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '');

const QUANTITY = /^(?:quantity|qty|quantidade|cantidad|quantite|menge|anzahl|stuckzahl|quantita)$/;
const PRICE =
  /^(?:(?:unit_)?price|price_each|precio(?:_unitario)?|preco(?:_unitario)?|prix(?:_unitaire)?|(?:einzel)?preis|stuckpreis|prezzo(?:_unitario)?)$/;
const TOTAL =
  /^(?:total|subtotal|grand_total|total_(?:amount|price)|(?:valor|monto|importe|precio|preco)_total|montant(?:_total)?|prix_total|gesamt(?:betrag|preis|summe)?|summe|totale|importo(?:_totale)?)$/;

export const isQuantityName = (name: string): boolean => QUANTITY.test(plain(name));
export const isUnitPriceName = (name: string): boolean => PRICE.test(plain(name));
export const isTotalName = (name: string): boolean => TOTAL.test(plain(name));

/**
 * A word of a field name that says the field is a place in an ordered queue (`waitlist_pos`,
 * `queue_position`, `rank`, `posicion`, `posicao`, `rang`, `Platz`, `posizione`): the server numbers
 * the queue (rule `derive/queue-position-server-set`). A word of an identifier, not prose.
 */
const POSITION = /^(?:pos|position|rank|place|posicion|posicao|rang|platz|stelle|posizione|posto)$/;
export const isPositionWord = (word: string): boolean => POSITION.test(plain(word));
