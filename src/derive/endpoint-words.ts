import type { Endpoint } from '../model/spec/api.js';

/**
 * Matching the words a statement gives (read in src/read: what is cached, what a limit counts, the
 * event that invalidates) with an endpoint's own words: its path, operation id and summary. Word
 * against word, by stem, accents aside: no prose is interpreted here.
 */

/** The words of an endpoint's path, operation id and summary (lower case, four letters or more). */
export function endpointWords(ep: Endpoint): string[] {
  const text = `${ep.path.replace(/\{[^}]+\}/g, ' ')} ${ep.operationId.replace(/([a-z])([A-Z])/g, '$1 $2')} ${ep.summary}`;
  return text.toLowerCase().match(/\p{L}{4,}/gu) ?? [];
}

/** A word without its accents (`réservation` → `reservation`, `veröffentlichen` → `veroeffentlichen`). */
export const plain = (w: string) =>
  w
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/\p{M}/gu, '');

/** Two words name the same thing: one is the other's stem, or they share their first five letters. */
export function sameWord(x: string, y: string): boolean {
  if (x === y) return true;
  const a = plain(x);
  const b = plain(y);
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return long.startsWith(short) || (short.length >= 5 && long.slice(0, 5) === short.slice(0, 5));
}

export const overlap = (want: readonly string[], have: readonly string[]) =>
  want.filter((w) => have.some((h) => sameWord(w, h))).length;
