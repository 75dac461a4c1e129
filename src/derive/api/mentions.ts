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

  constructor(private readonly texts: readonly string[]) {
    texts.forEach((text, i) => {
      for (const token of new Set(text.split(/[^A-Za-z0-9]+/).map((t) => t.toLowerCase()))) {
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
    const found = this.candidates(entity).filter((i) => pattern.test(this.texts[i]!));
    this.cache.set(entity, found);
    return found;
  }

  private candidates(entity: string): number[] {
    const tokens = new Set<string>();
    for (const form of [words(entity), words(collectionSegment(entity).replace(/-/g, ' '))]) {
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
