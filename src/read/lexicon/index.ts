import { cs } from './cs.js';
import { de } from './de.js';
import { el } from './el.js';
import { en } from './en.js';
import { es } from './es.js';
import { fi } from './fi.js';
import { fr } from './fr.js';
import { he } from './he.js';
import { hu } from './hu.js';
import { id } from './id.js';
import { it } from './it.js';
import { ja } from './ja.js';
import { ko } from './ko.js';
import { nb } from './nb.js';
import { nl } from './nl.js';
import { pl } from './pl.js';
import { pt } from './pt.js';
import { ro } from './ro.js';
import { ru } from './ru.js';
import { sk } from './sk.js';
import { sv } from './sv.js';
import { tr } from './tr.js';
import type { Lexicon } from './types.js';
import { uk } from './uk.js';
import { vi } from './vi.js';
import { zh } from './zh.js';

/**
 * Every lexicon. Documents mix languages (English table headers in a Spanish PRD), so the reader joins
 * them; Chinese (zh) is
 * read like Japanese, with no spaces between words.
 */
export const LEXICONS: readonly Lexicon[] = [
  en,
  es,
  pt,
  fr,
  de,
  fi,
  it,
  nl,
  pl,
  cs,
  sk,
  sv,
  nb,
  hu,
  tr,
  vi,
  id,
  el,
  ro,
  ru,
  uk,
  ja,
  ko,
  zh,
  he,
];

export type { Lexicon } from './types.js';

let modals: Set<string> | undefined;

/**
 * A modal written alone in any lexicon ("voi", "muss", "debe", "kan"): the auxiliary before the act,
 * never the act itself. Finnish "Asukas voi varata vuoron" narrates "can book", not French "voir".
 */
export function isModalWord(word: string): boolean {
  modals ??= new Set(
    LEXICONS.flatMap((l) => [...l.modality.must, ...l.modality.should, ...l.modality.may])
      .filter((w) => /^\p{L}+$/u.test(w))
      .map((w) => w.toLowerCase()),
  );
  return modals.has(word.toLowerCase());
}
