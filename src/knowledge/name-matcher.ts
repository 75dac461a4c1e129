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
