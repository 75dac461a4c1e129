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

/**
 * A price per unit of something (`daily_rate_cents`, `price_per_kg`, `hourly_rate`, `preis_pro_tag`,
 * `harga_per_kg`, `tarif_horaire`): a rate a total is computed from (rule `derive/total-from-rate`).
 * Names of the typed model, not prose.
 */
const RATE_WORD = /^(?:rate|rates|tarif|tarifa|tariff|tarief|taxa)$/;
const PRICE_WORD =
  /^(?:price|prices|precio|preco|prix|preis|prezzo|prijs|harga|cena|pris|ar|fiyat|cost|fee)$/;
const PER_WORD = /^(?:per|por|par|pro|al|za|pr|each)$/;
const PERIOD_WORD =
  /^(?:daily|hourly|nightly|weekly|monthly|yearly|diario|diaria|horaire|journalier|taglich|stundlich|giornaliero|orario|dagelijks|harian|per_day)$/;

export function isRateName(name: string): boolean {
  const words = plain(name)
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  if (words.some((w) => RATE_WORD.test(w))) return true;
  const price = words.findIndex((w) => PRICE_WORD.test(w));
  if (price < 0) return false;
  return words.some((w, i) => (i > price && PER_WORD.test(w)) || PERIOD_WORD.test(w));
}

/** A total's name (`total`, `total_amount`) or one that opens with `total` (`total_cents`, `totalPrice`). */
export const isTotalLike = (name: string): boolean =>
  isTotalName(name) || /^(?:total|totale|gesamt)_/.test(plain(name));
