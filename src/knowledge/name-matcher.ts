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
  let compiled: { item: T; pattern: RegExp; needles: string[] }[] | undefined;
  return (text) => {
    compiled ??= catalogue().map((item) => ({
      item,
      needles: item.aliases.map(needle),
      pattern: new RegExp(
        `(?<![\\w@/.-])(?:${item.aliases.join('|')})(?![\\w-])`,
        item.caseSensitive ? 'g' : 'gi',
      ),
    }));
    const found: NameMatch<T>[] = [];
    const lower = text.toLowerCase();
    for (const { item, pattern, needles } of compiled) {
      if (!needles.some((n) => lower.includes(n))) continue;
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
  };
}

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
