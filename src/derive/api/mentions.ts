import { foldAccents, plainAlternatives } from '../../knowledge/mention.js';
import type { Requirement } from '../../model/domain.js';
import { collectionSegment, mentionPattern, words } from './naming.js';

/**
 * Which texts can name an entity, found through a word index instead of running the entity's
 * mention pattern over every text (entities × requirements grows quadratically with the project).
 * `mentionPattern` matches the entity's words at ASCII word boundaries, joined by nothing, a space,
 * `_` or `-`; so every match starts an ASCII alphanumeric run that is the first word, or the first
 * words run together. The index returns that superset, and the pattern still decides, so the
 * result is exactly what a scan over every text gives.
 */
export class MentionIndex {
  private readonly byToken = new Map<string, number[]>();
  private readonly cache = new Map<string, readonly number[]>();
  /** Trigrams of each text lower-cased without blanks, `_` and `-`, built on first use. */
  private joined: Map<string, number[]> | undefined;
  /** Each text's `joinedText`, made with the trigrams. */
  private readonly joinedTexts: string[] = [];

  constructor(private readonly texts: readonly string[]) {
    texts.forEach((text, i) => {
      for (const token of new Set(
        foldAccents(text)
          .split(/[^A-Za-z0-9]+/)
          .map((t) => t.toLowerCase()),
      )) {
        if (!token) continue;
        const at = this.byToken.get(token);
        if (at) at.push(i);
        else this.byToken.set(token, [i]);
      }
    });
  }

  /** Indices (ascending) of the texts the entity's mention pattern matches. */
  mentioning(entity: string): readonly number[] {
    const known = this.cache.get(entity);
    if (known) return known;
    const pattern = mentionPattern(entity);
    const joined = this.joinedCandidates(pattern);
    // A candidate holds the run's rarest trigram only; one that holds none of the runs whole cannot
    // match, and a substring test says so before the case-insensitive pattern runs (the trigrams of
    // `suppliersuppliercampaign` are common in 3,000 synthetic requirements, issue 19).
    const found = joined
      ? joined.filter((i) => mayMention(this.joinedTexts[i]!, pattern) && pattern.test(this.texts[i]!))
      : this.candidates(entity).filter((i) => pattern.test(this.texts[i]!));
    this.cache.set(entity, found);
    return found;
  }

  /**
   * For a pattern of plain ASCII words only (`\b(?:vendor[\s_-]?invoice|vendor[\s_-]?invoices)\b`),
   * a text it matches holds one alternative's words run together once blanks, `_` and `-` are
   * taken out (`vendorinvoice`), so each of that run's trigrams: the texts holding the rarest
   * trigram of each alternative are a superset of the matches. The first word alone offered every
   * text naming `vendor` or `pending` for each entity so named (entities × requirements at
   * 3,000 entities, issue 19). Null when the pattern is of another shape (German stems).
   */
  private joinedCandidates(pattern: RegExp): number[] | null {
    const runs = joinedRuns(pattern);
    if (!runs) return null;
    if (!this.joined) {
      const joined = new Map<string, number[]>();
      this.texts.forEach((text, i) => {
        const lower = joinedText(text);
        this.joinedTexts[i] = lower;
        for (let k = 0; k + 3 <= lower.length; k++) {
          const g = lower.slice(k, k + 3);
          const list = joined.get(g);
          if (!list) joined.set(g, [i]);
          else if (list[list.length - 1] !== i) list.push(i);
        }
      });
      this.joined = joined;
    }
    const joined = this.joined;
    const hits = new Set<number>();
    for (const run of runs) for (const i of holdingRun(joined, run)) hits.add(i);
    return [...hits].sort((a, b) => a - b);
  }

  private candidates(entity: string): number[] {
    const tokens = new Set<string>();
    for (const form of [words(entity), words(collectionSegment(entity).replace(/-/g, ' '))].map(
      foldAccents,
    )) {
      const parts = form.split(/\s+/).filter(Boolean);
      if (parts.length === 0) return this.texts.map((_, i) => i);
      for (let k = 1; k <= parts.length; k++) tokens.add(parts.slice(0, k).join(''));
    }
    return this.withWords(tokens);
  }

  /**
   * Indices (ascending) of the texts holding one of these lowercase words as a whole ASCII
   * alphanumeric run; every index when a word is not made of ASCII letters and digits alone
   * (the index does not split such a word the way a pattern reads it).
   */
  withWords(words: Iterable<string>): number[] {
    const hits = new Set<number>();
    for (const w of words) {
      if (!/^[a-z0-9]+$/.test(w)) return this.texts.map((_, i) => i);
      for (const i of this.byToken.get(w) ?? []) hits.add(i);
    }
    return [...hits].sort((a, b) => a - b);
  }
}

/**
 * Ids (ascending) of the texts holding every trigram of `run`, from trigram lists of ascending ids:
 * a superset of the texts holding the run. The rarest trigram alone offered, for every entity named
 * `Annual…`, most texts naming another `Annual…` one (3,000 synthetic entities, issue 19): its list
 * is cut down by the others, rarest first, each id looked up by halving, until few are left.
 */
export function holdingRun(grams: ReadonlyMap<string, readonly number[]>, run: string): readonly number[] {
  const lists: (readonly number[])[] = [];
  for (let k = 0; k + 3 <= run.length; k++) lists.push(grams.get(run.slice(k, k + 3)) ?? []);
  if (lists.length === 0) return [];
  lists.sort((a, b) => a.length - b.length);
  let out = lists[0]!;
  for (let n = 1; n < lists.length && out.length > 4; n++) {
    const list = lists[n]!;
    out = out.filter((id) => sortedHas(list, id));
  }
  return out;
}

function sortedHas(list: readonly number[], id: number): boolean {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! < id) lo = mid + 1;
    else hi = mid;
  }
  return lo < list.length && list[lo] === id;
}

const byRequirements = new WeakMap<readonly Requirement[], MentionIndex>();

/** The requirements whose text names the entity (as `mentionPattern` reads it), in document order. */
export function requirementsMentioning(requirements: readonly Requirement[], entity: string): Requirement[] {
  let index = byRequirements.get(requirements);
  if (!index) {
    index = new MentionIndex(requirements.map((r) => r.text));
    byRequirements.set(requirements, index);
  }
  return index.mentioning(entity).map((i) => requirements[i]!);
}

/**
 * A mention pattern of plain ASCII words only (`\b(?:vendor[\s_-]?invoice|vendor[\s_-]?invoices)\b`,
 * case-insensitive) matches a text only where one alternative's words stand run together once
 * blanks, `_` and `-` are taken out: its runs (`vendorinvoice`, `vendorinvoices`), each of at least
 * three letters or digits. Null for a pattern of another shape (German stems, other scripts), which
 * must always be run.
 */
const runsOf = new WeakMap<RegExp, readonly string[] | null>();
export function joinedRuns(pattern: RegExp): readonly string[] | null {
  let runs = runsOf.get(pattern);
  if (runs === undefined) {
    const alternatives = /^i?$/.test(pattern.flags) ? plainAlternatives(pattern) : null;
    const list = alternatives?.map((alt) => alt.split('[\\s_-]?').join('').toLowerCase()) ?? null;
    runs = list?.every((r) => /^[a-z0-9]{3,}$/.test(r)) ? list : null;
    runsOf.set(pattern, runs);
  }
  return runs;
}

/**
 * The text lower-cased without blanks, `_` and `-` (the characters `[\s_-]` a mention may put
 * between words). Lower-casing only adds ASCII letters (`K` → `k`), never loses one the
 * case-insensitive, non-Unicode pattern reads as such, so a match always leaves its run here.
 */
export function joinedText(text: string): string {
  // Accents off: a mention matches a letter with or without them (knowledge/mention.ts).
  return foldAccents(text.toLowerCase()).replace(/[\s_-]/g, '');
}

/**
 * False only when the pattern surely does not match the text whose `joinedText` is `joined`: a
 * substring test that spares a regular expression per entity and text (issue 19).
 */
export function mayMention(joined: string, pattern: RegExp): boolean {
  const runs = joinedRuns(pattern);
  return runs === null || runs.some((r) => joined.includes(r));
}
