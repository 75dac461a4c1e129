/**
 * The role a flow step's subject names, read from the step as written: the role's stated title (or
 * its code) as the step's first words, after an article, singular or plural, or in a definite form
 * the Scandinavian languages write by a suffix ("Forelder" → "Forelderen", "Kösökande" →
 * "Kösökanden", "Forælder" → "Forælderen", "Lag" → "Laget", "Kund" → "Kunderna"). Derive draws the
 * step as that role's message (src/derive/flows.ts) and reads no prose itself.
 */

/** A role as the statement layer knows it: its key and its title as the documents write it. */
export interface StepRole {
  name: string;
  label: string;
}

/** An article or determiner that may open a step before its subject (en, es, pt, fr, de, nl, sv, nb, da). */
const ARTICLE = new Set([
  'the',
  'a',
  'an',
  'el',
  'la',
  'los',
  'las',
  'un',
  'una',
  'o',
  'os',
  'as',
  'um',
  'uma',
  'le',
  'les',
  'une',
  'der',
  'die',
  'das',
  'den',
  'ein',
  'eine',
  'einen',
  'de',
  'het',
  'een',
  'en',
  'ett',
  'et',
  'ei',
  'det',
]);

/**
 * Endings after a noun that make it definite or plural: English/Romance -s/-es, German -n/-en,
 * Swedish -en/-et/-n/-t/-na/-arna/-erna/-orna, Norwegian -en/-et/-a/-ene/-ne, Danish -en/-et/-ne/-erne.
 */
const ENDINGS = ['s', 'es', 'n', 'en', 'et', 't', 'a', 'na', 'ne', 'ene', 'erne', 'arna', 'erna', 'orna'];

const wordsOf = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** `word` is `base` as written or with one of the endings; a base of four letters at least takes one. */
const formOf = (word: string, base: string) =>
  word === base || (base.length >= 4 && ENDINGS.some((e) => word === base + e));

/**
 * The role whose title (or code) opens the step, the longest title first: its key and its title;
 * null when none does or two titles of the same length do. One title stated twice (a roles table
 * and a list) is one role: the entry keyed by a code beside it is kept.
 */
export function stepActor(step: string, roles: readonly StepRole[]): StepRole | null {
  const ws = wordsOf(step.replace(/\*\*|__|`/g, ''));
  const starts = ws.length > 1 && ARTICLE.has(ws[0]!) ? [0, 1] : [0];
  let best: { role: StepRole; title: string } | null = null;
  let tie = false;
  for (const r of roles) {
    const label = wordsOf(r.label).join(' ');
    for (const title of new Set([label, r.name.replace(/_/g, ' ')])) {
      const tw = title.split(' ').filter(Boolean);
      if (tw.length === 0 || title.length < 3) continue;
      const hit = starts.some(
        (s) =>
          s + tw.length <= ws.length &&
          tw.every((t, i) => (i === tw.length - 1 ? formOf(ws[s + i]!, t) : ws[s + i] === t)),
      );
      if (!hit) continue;
      const coded = r.name.replace(/_/g, ' ') !== label;
      if (!best || title.length > best.title.length) {
        best = { role: r, title };
        tie = false;
      } else if (title.length === best.title.length && best.role.name !== r.name) {
        if (title !== best.title) tie = true;
        else if (coded) best = { role: r, title };
      }
    }
  }
  return best && !tie ? { name: best.role.name, label: best.role.label } : null;
}
