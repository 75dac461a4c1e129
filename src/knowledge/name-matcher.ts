/**
 * Finds catalogue entries (technologies, providers) named in free text: one regular expression per
 * entry, with boundaries that allow names such as `Next.js`, `C#` and `wa.me`, and a cheap substring
 * pre-test so the many entries a passage does not name cost almost nothing.
 */
export interface Named {
  aliases: readonly string[];
  caseSensitive?: boolean;
}

export interface NameMatch<T> {
  item: T;
  /** Offset of the match in the text. */
  index: number;
  length: number;
  /** The text as written. */
  written: string;
}

/**
 * The literal start of an alias (`next` for `next\\.?js`), lower-cased: a cheap substring test that
 * skips the regular expression for the many entries a passage does not name.
 */
export function needle(alias: string): string {
  const m = /^(?:\(\?[^)]*\)\?)?([^\\()[\]?*+|{.^$]*)/.exec(alias);
  const lit = (m?.[1] ?? '').toLowerCase();
  return lit.replace(/\s+$/, '').slice(0, 4);
}

/** A matcher over a catalogue, compiled on first use. Overlapping names: the longer match wins. */
export function nameMatcher<T extends Named>(
  catalogue: () => readonly T[],
): (text: string) => NameMatch<T>[] {
  let compiled: { item: T; pattern: RegExp; needles: number[] }[] | undefined;
  // The distinct needles of the whole catalogue: each is looked up in a text at most once, and the
  // entries share the answers (the text is called for tens of thousands of passages on big documents).
  const distinct: string[] = [];
  // The same passage is searched by several extractors (stack, integrations, the statement reader):
  // the answers for the current documents are kept, bounded. Callers copy, never change them.
  const answers = new Map<string, NameMatch<T>[]>();
  return (text) => {
    let kept = answers.get(text);
    if (kept === undefined) {
      if (answers.size >= ANSWERS_KEPT) answers.clear();
      kept = search(text);
      answers.set(text, kept);
    }
    return kept;
  };

  function search(text: string): NameMatch<T>[] {
    compiled ??= catalogue().map((item) => ({
      item,
      needles: item.aliases.map((alias) => {
        const n = needle(alias);
        const at = distinct.indexOf(n);
        return at >= 0 ? at : distinct.push(n) - 1;
      }),
      pattern: new RegExp(
        `(?<![\\w@/.-])(?:${item.aliases.join('|')})(?![\\w-])`,
        item.caseSensitive ? 'g' : 'gi',
      ),
    }));
    const found: NameMatch<T>[] = [];
    const lower = text.toLowerCase();
    // 0: not looked up yet, 1: in the text, 2: not in it.
    const seen = new Uint8Array(distinct.length);
    const named = (needles: number[]): boolean => {
      for (const n of needles) {
        if (seen[n] === 0) seen[n] = lower.includes(distinct[n] as string) ? 1 : 2;
        if (seen[n] === 1) return true;
      }
      return false;
    };
    for (const { item, pattern, needles } of compiled) {
      if (!named(needles)) continue;
      pattern.lastIndex = 0;
      for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
        if (!isRealMention(text, m.index, m[0])) continue;
        found.push({ item, index: m.index, length: m[0].length, written: m[0] });
        if (m[0].length === 0) pattern.lastIndex++;
      }
    }
    found.sort((a, b) => a.index - b.index || b.length - a.length);
    const kept: NameMatch<T>[] = [];
    let end = -1;
    for (const m of found) {
      if (m.index < end) continue;
      kept.push(m);
      end = m.index + m.length;
    }
    return kept;
  }
}

const ANSWERS_KEPT = 20_000;

/** A file name or module path (`CLAUDE.md`, `stripe.ts`), not the service. */
const FILE_SUFFIX = /^\.(?:md|mdx|ts|tsx|js|jsx|json|ya?ml|py|go|cs|php|rb|sql|toml|txt|env|config|lock)\b/i;

/**
 * A name as a word of its own: not part of an id range or list ("S1–S3", "S1, S2, S3" are not
 * Amazon S3), not glued to a dash-joined token ("T–Redis"), not a file name (`CLAUDE.md`).
 */
function isRealMention(text: string, index: number, written: string): boolean {
  const before = text.slice(Math.max(0, index - 12), index);
  const after = text.slice(index + written.length, index + written.length + 12);
  if (/[\w][–—]$/u.test(before) || /^[–—][\w]/u.test(after)) return false;
  if (FILE_SUFFIX.test(after)) return false;
  const id = /^([A-Z]{1,4})\d+$/.exec(written);
  if (id) {
    // The same letters with other numbers nearby: a list or range of ids.
    const near = text.slice(Math.max(0, index - 30), index + written.length + 30);
    const siblings = near.match(new RegExp(`(?<![\\w])${id[1]}\\d+(?![\\w])`, 'g')) ?? [];
    if (new Set(siblings).size > 1) return false;
  }
  return true;
}
