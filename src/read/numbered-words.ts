/**
 * A record the system numbers, in en, es, pt, fr, de, it and nl: "an invoice is numbered per year
 * (`LCM-2026-0001`)", "invoices are numbered sequentially", "Rechnungen werden fortlaufend
 * nummeriert", "las facturas se numeran correlativamente", "les factures sont numérotées par année",
 * "as faturas são numeradas sequencialmente", "le fatture vengono numerate progressivamente",
 * "facturen worden doorlopend genummerd". A number in a sequence is the next one the system holds:
 * no client can know it, so it is never sent (extract/server-set.ts marks the record's number field).
 * Returns the words before the verb (the record), or null.
 */
const NUMBERED: RegExp[] = [
  /(?<!\p{L})(?:is|are|gets|get|will be|shall be|must be)\s+(?:automatically\s+|sequentially\s+|consecutively\s+)?numbered(?!\p{L})/iu,
  /(?<!\p{L})(?:se\s+numeran?|(?:es|son)\s+numerad[oa]s?)(?!\p{L})/iu,
  /(?<!\p{L})(?:é|são)\s+numerad[oa]s?(?!\p{L})/iu,
  /(?<!\p{L})(?:est|sont)\s+(?:automatiquement\s+)?numérotée?s?(?!\p{L})/iu,
  /(?<!\p{L})(?:wird|werden)\s+(?:\p{L}+\s+){0,2}?nummeriert(?!\p{L})/iu,
  /(?<!\p{L})(?:è|sono|viene|vengono)\s+(?:automaticamente\s+)?numerat[oaie](?!\p{L})/iu,
  /(?<!\p{L})(?:wordt|worden)\s+(?:\p{L}+\s+)?genummerd(?!\p{L})/iu,
];

export function numberedRecord(sentence: string): string | null {
  for (const re of NUMBERED) {
    const m = re.exec(sentence);
    if (m && m.index > 0) return sentence.slice(0, m.index);
  }
  return null;
}
