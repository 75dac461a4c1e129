import { stripAccents } from '../knowledge/inflect.js';

/**
 * How a stated transition's label ("confirmed --> in_progress: παράδοση στον σταθμό", "kurir menandai
 * diantar", "fremmøde registreret", "árajánlat küldése") names the stated route that makes it
 * ("POST /bookings/{id}/pickup — Καταγραφή παράδοσης", "POST /orders/{id}/deliver — Tandai sudah
 * diantar", "POST /bookinger/{id}/fremmoede — Registrér mødt / ikke mødt"): by a word the two share,
 * written alike or inflected. No word list: a word of five letters or more, in any script (shorter
 * ones are mostly particles: "ikke", "από", "oleh"), is compared whole or by its stem, its beginning (Greek, Hungarian,
 * Danish endings: παράδοση / παράδοσης, elfogadja / elfogadása, registreret / registrér) or its end
 * (Indonesian prefixes: menjemput / dijemput, menandai / tandai). Read by extract/lifecycle-enums.ts.
 */

/** The words of a label, a route's description or its last path segment, folded (accents, ø, æ, å, ß). */
export function labelWords(text: string): string[] {
  const folded = stripAccents(text.toLowerCase())
    .replace(/ø/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/å/g, 'aa')
    .replace(/ß/g, 'ss')
    .replace(/ς/g, 'σ');
  return [...new Set(folded.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 5 && !/^\d+$/.test(w)))];
}

/** 2 when the two words are one, 1 when one is the other inflected, else 0. */
export function wordLikeness(a: string, b: string): number {
  if (a === b) return 2;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length < 5) return 0;
  let head = 0;
  while (head < short.length && short[head] === long[head]) head++;
  let tail = 0;
  while (tail < short.length && short[short.length - 1 - tail] === long[long.length - 1 - tail]) tail++;
  const need = Math.max(5, short.length - 2);
  return head >= need || tail >= need ? 1 : 0;
}

/** How strongly a label's words name a route's words: the sum of each label word's best likeness. */
export function labelScore(label: readonly string[], route: readonly string[]): number {
  let score = 0;
  for (const w of label) {
    let best = 0;
    for (const r of route) {
      best = Math.max(best, wordLikeness(w, r));
      if (best === 2) break;
    }
    score += best;
  }
  return score;
}
