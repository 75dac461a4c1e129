import { AMOUNT_CONCEPTS, type AmountConcept } from '../knowledge/amount-concepts.js';
import { stripAccents } from '../knowledge/inflect.js';

/**
 * A sentence that states an amount: a number with a percent sign, a currency sign or a currency code
 * ("30 %", "10 €", "Rp 2.000", "EUR 15", "150 Ft", "50 kr"). Language-independent: the signs and the
 * ISO 4217 codes are the same in every language.
 */
const AMOUNT =
  /\d(?:[\d.,\s]*\d)?\s?(?:%|€|\$|£|¥|₩|₫|₺|₽|(?:zł|kč|kr|ft|eur|usd|gbp|dkk|nok|sek|huf|idr|pln|czk|chf|try|rub|vnd|jpy|krw|cny|rp)(?![\p{L}]))|(?<![\p{L}])(?:€|\$|£|¥|₩|r\$|rp\.?|eur|usd|gbp)\s?\d/iu;

export function statesAmount(sentence: string): boolean {
  return AMOUNT.test(sentence);
}

const fold = (s: string) => stripAccents(s.toLowerCase()).replace(/ς/g, 'σ');

/**
 * The amounts of knowledge/amount-concepts.ts a rule sentence decides: it states an amount and names
 * the concept ("Η προκαταβολή είναι 30 % του συνολικού ποσού" → deposit, "Η καθυστερημένη επιστροφή
 * χρεώνεται 10 € ανά ώρα" → late fee, "The deposit is 30 % of the total", "Verspätete Rückgabe kostet
 * 10 € pro Stunde"). Empty when it states no amount.
 */
export function statedAmountConcepts(sentence: string): AmountConcept[] {
  if (!statesAmount(sentence)) return [];
  const text = ` ${fold(sentence).replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
  const words = text.split(' ').filter(Boolean);
  return AMOUNT_CONCEPTS.filter((c) =>
    c.prose.some((stem) => {
      const s = fold(stem);
      if (/[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(s))
        return text.includes(s);
      if (s.includes(' ')) return text.includes(` ${s}`);
      if (s.endsWith('$')) return words.includes(s.slice(0, -1));
      return words.some((w) => w.startsWith(s));
    }),
  );
}
