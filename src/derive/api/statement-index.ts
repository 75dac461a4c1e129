import { foldAccents, plainAlternatives } from '../../knowledge/mention.js';
import { holdingRun, joinedRuns, joinedText } from './mentions.js';
import { mentionPattern, words } from './naming.js';

/**
 * Which statements may name an entity, without testing every entity's patterns on every statement
 * (statements × entities regex tests were most of a 1 MB document's compile, issue 12). Each
 * statement's lower-cased text is cut into trigrams; an entity's mention patterns all start with a
 * literal word (`\b(?:order[\s_-]?item|order[\s_-]?items)\b`, `\bprodu\p{L}{0,3}\b`), and a text
 * they match contains that word, so the statements holding the rarest trigram of each such word are
 * a superset of those that match. The caller still runs the exact patterns on those candidates.
 * Names whose words are not plain ASCII letters and digits, or shorter than three characters, are
 * tested against every statement, as before.
 */
export class StatementIndex {
  private readonly grams = new Map<string, number[]>();

  constructor(readonly texts: readonly string[]) {
    for (const [id, text] of texts.entries()) {
      // `ſ` is `s` to a case-insensitive Unicode pattern; toLowerCase keeps it.
      const lower = foldAccents(text.toLowerCase().replace(/ſ/g, 's'));
      for (let i = 0; i + 3 <= lower.length; i++) {
        const g = lower.slice(i, i + 3);
        const list = this.grams.get(g);
        if (!list) this.grams.set(g, [id]);
        else if (list[list.length - 1] !== id) list.push(id);
      }
    }
  }

  /** Trigrams of each statement's `joinedText` (lower-cased without blanks, `_` and `-`), built on first use. */
  private joinedGrams: Map<string, number[]> | undefined;

  /**
   * Ids (ascending) of the statements where the name pattern itself (not the head word) may match:
   * for a pattern of plain words, those holding the rarest trigram of one of its joined runs
   * (mentions.ts `joinedRuns`: a match leaves its run in the joined text, which `mayMention`
   * tests); for another shape, `candidates`. Leading words offered every statement naming `item` to
   * each of 5,000 `Item…` entities of a 1 MB document (statements × entities).
   */
  nameCandidates(name: string): readonly number[] {
    // Asked once per entity by each reading of the same statements (suppressions, deactivations):
    // kept per mention pattern, which is the name's in the documents' language.
    const pattern = mentionPattern(name);
    let ids = this.byPattern.get(pattern);
    if (!ids) {
      ids = this.findNameCandidates(name, pattern);
      this.byPattern.set(pattern, ids);
    }
    return ids;
  }

  private readonly byPattern = new Map<RegExp, readonly number[]>();

  private findNameCandidates(name: string, pattern: RegExp): number[] {
    const runs = joinedRuns(pattern);
    if (!runs) return this.candidates(name);
    if (!this.joinedGrams) {
      const grams = new Map<string, number[]>();
      for (const [id, text] of this.texts.entries()) {
        const joined = joinedText(text);
        for (let i = 0; i + 3 <= joined.length; i++) {
          const g = joined.slice(i, i + 3);
          const list = grams.get(g);
          if (!list) grams.set(g, [id]);
          else if (list[list.length - 1] !== id) list.push(id);
        }
      }
      this.joinedGrams = grams;
    }
    const ids = new Set<number>();
    for (const run of runs) for (const id of holdingRun(this.joinedGrams, run)) ids.add(id);
    return [...ids].sort((a, b) => a - b);
  }

  /** Ids (ascending) of the statements holding `word` (a superset of where a pattern starting with it matches). */
  holding(word: string): number[] {
    const lower = word.toLowerCase();
    return /^[a-z0-9]{3,}$/.test(lower) ? this.rarest(lower) : this.texts.map((_, i) => i);
  }

  /** Ids (ascending) of the statements that may mention the entity `name`. */
  candidates(name: string): number[] {
    const literals = leadingWords(name);
    if (!literals) return this.texts.map((_, i) => i);
    const ids = new Set<number>();
    for (const word of literals) for (const id of this.rarest(word)) ids.add(id);
    return [...ids].sort((a, b) => a - b);
  }

  private rarest(word: string): number[] {
    let best: number[] | undefined;
    for (let i = 0; i + 3 <= word.length; i++) {
      const list = this.grams.get(word.slice(i, i + 3)) ?? [];
      if (!best || list.length < best.length) best = list;
    }
    return best ?? [];
  }
}

/**
 * The literal words every mention of `name` starts with: the first word of each alternative of its
 * mention pattern, and the head stem of suppress.ts (a prefix of the first word). Null when one of
 * them is not a plain lower-case ASCII word of at least three characters.
 */
export function leadingWords(name: string): string[] | null {
  const alternatives = plainAlternatives(mentionPattern(name));
  if (!alternatives) return null;
  const out = new Set<string>();
  for (const alt of alternatives) out.add(alt.split('[\\s_-]?')[0]!.toLowerCase());
  const head = foldAccents(words(name))
    .split(' ')[0]!
    .replace(/[aeiou]$/, '')
    .toLowerCase();
  if (head.length >= 4) out.add(head);
  const list = [...out];
  return list.every((w) => /^[a-z0-9]{3,}$/.test(w)) ? list : null;
}

/**
 * The other direction, for one text and many names (a story against every entity): which names may
 * be mentioned in it, without running every name's pattern on every text (stories × entities regex
 * runs, issue 19). A mention starts at a word boundary with one of the name's leading words, all
 * plain ASCII, so that word is a prefix of one of the text's ASCII word runs (`[A-Za-z0-9_]+`, the
 * characters `\b` sees without the `u` flag); names without such words are offered for every text.
 * The caller still runs the exact patterns on the candidates, in its own order.
 */
export class NameIndex<T> {
  private readonly byWord = new Map<string, T[]>();
  private readonly always: T[] = [];

  constructor(items: readonly T[], name: (item: T) => string) {
    for (const item of items) {
      const literals = leadingWords(name(item));
      if (!literals) this.always.push(item);
      else
        for (const w of literals) {
          const list = this.byWord.get(w);
          if (!list) this.byWord.set(w, [item]);
          else if (list[list.length - 1] !== item) list.push(item);
        }
    }
  }

  /** The items whose name may be mentioned in `text` (a superset of those that are). */
  candidates(text: string): Set<T> {
    const out = new Set<T>(this.always);
    for (const [run] of foldAccents(text).matchAll(WORD_RUN)) {
      const lower = run.toLowerCase();
      for (let end = 3; end <= lower.length; end++) {
        const list = this.byWord.get(lower.slice(0, end));
        if (list) for (const item of list) out.add(item);
      }
    }
    return out;
  }
}

const WORD_RUN = /[A-Za-z0-9_]+/g;

/**
 * Names found in one text through their joined runs (mentions.ts `joinedRuns`: `vendorinvoice`):
 * a plain name's pattern matches only where an ASCII word starts and its run follows once blanks,
 * `_` and `-` are skipped, so the runs read from each word start of the text (as long as the
 * longest run) find every name the text may mention, however many names share its first word
 * (a leading word like `annual` offered 1,200 of the 3,000 synthetic entities to every story naming
 * one, issue 19). Names whose pattern is of another shape go through a NameIndex as before. The
 * caller still runs the exact patterns on the candidates, in its own order.
 */
export class RunIndex<T> {
  /**
   * The runs as a trie of their letters: a walk from a word start stops at the first letter no run
   * continues with, where building every run as long as the longest one made a string per letter
   * and looked each up (stories × 30 letters per word start at 3,000 entities, issue 19).
   */
  private readonly root: RunNode<T> = { next: new Map() };
  private readonly others: NameIndex<T>;

  constructor(items: readonly T[], pattern: (item: T) => RegExp, name: (item: T) => string) {
    const others: T[] = [];
    for (const item of items) {
      const runs = joinedRuns(pattern(item));
      if (!runs) {
        others.push(item);
        continue;
      }
      for (const run of new Set(runs)) {
        let node = this.root;
        for (const c of run) {
          let child = node.next.get(c);
          if (!child) {
            child = { next: new Map() };
            node.next.set(c, child);
          }
          node = child;
        }
        if (node.items) node.items.push(item);
        else node.items = [item];
      }
    }
    this.others = new NameIndex(others, name);
  }

  /** The items whose name may be mentioned in `text` (a superset of those that are). */
  candidates(written: string): Set<T> {
    const out = this.others.candidates(written);
    // Accents off, letter for letter: a mention matches a letter with or without them.
    const text = foldAccents(written);
    for (let i = 0; i < text.length; i++) {
      // A match starts where `\b` precedes an ASCII letter or digit.
      if (!isWordChar(text.charCodeAt(i)) || (i > 0 && isWordChar(text.charCodeAt(i - 1)))) continue;
      let node: RunNode<T> | undefined = this.root;
      let length = 0;
      for (let j = i; j < text.length; j++) {
        const c = text[j]!;
        // A letter or digit of ASCII is no separator: the pattern is asked only of the other characters.
        if (!isAsciiAlnum(text.charCodeAt(j)) && SEPARATOR.test(c)) continue;
        // ASCII letters only: the case-insensitive, non-Unicode pattern matches no other letter to them.
        node = node.next.get(c >= 'A' && c <= 'Z' ? c.toLowerCase() : c);
        if (!node) break;
        // Runs are three characters or more (mentions.ts `joinedRuns`).
        if (++length >= 3 && node.items) for (const item of node.items) out.add(item);
      }
    }
    return out;
  }
}

interface RunNode<T> {
  next: Map<string, RunNode<T>>;
  items?: T[];
}

const SEPARATOR = /[\s_-]/;
const isAsciiAlnum = (code: number): boolean =>
  (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
/** `[0-9A-Za-z_\u00C0-\u024F]`, what a mention may not touch (knowledge/mention.ts MENTION_BEFORE). */
function isWordChar(code: number): boolean {
  return (
    (code >= 48 && code <= 57) ||
    (code >= 65 && code <= 90) ||
    (code >= 97 && code <= 122) ||
    code === 95 ||
    (code >= 0xc0 && code <= 0x24f)
  );
}
