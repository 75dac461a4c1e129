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
  let compiled: Compiled<T> | undefined;
  // The same passage is searched by several extractors (stack, integrations, the statement reader):
  // the answers for the current documents are kept, bounded. Callers copy, never change them.
  const answers = new Map<string, NameMatch<T>[]>();
  return (text) => {
    let kept = answers.get(text);
    if (kept === undefined) {
      if (answers.size >= ANSWERS_KEPT) answers.clear();
      compiled ??= compile(catalogue());
      kept = search(compiled, text);
      answers.set(text, kept);
    }
    return kept;
  };
}

interface Compiled<T> {
  entries: { item: T; pattern: RegExp }[];
  needles: NeedleIndex;
}

function compile<T extends Named>(catalogue: readonly T[]): Compiled<T> {
  const entries = catalogue.map((item) => ({
    item,
    pattern: new RegExp(
      `(?<![\\w@/.-])(?:${item.aliases.join('|')})(?![\\w-])`,
      item.caseSensitive ? 'g' : 'gi',
    ),
  }));
  return { entries, needles: needleIndex(catalogue.map((item) => item.aliases.map(needle))) };
}

function search<T>({ entries, needles }: Compiled<T>, text: string): NameMatch<T>[] {
  const found: NameMatch<T>[] = [];
  for (const e of needles.entriesNamedIn(text.toLowerCase())) {
    const { item, pattern } = entries[e]!;
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

interface NeedleIndex {
  /** The entries (catalogue positions, ascending) with a needle in the lower-cased text. */
  entriesNamedIn(lower: string): number[];
}

/**
 * Which entries a text may name, in one pass over the text: the catalogue's distinct needles indexed
 * by their first two characters, each with the entries it stands for. Asking `includes` once per
 * needle (about 250) for each of the tens of thousands of passages of a 1 MB document scanned every
 * passage hundreds of times (issue 12).
 */
function needleIndex(needlesOf: readonly string[][]): NeedleIndex {
  const distinct: string[] = [];
  const users: number[][] = []; // per distinct needle, the entries that have it
  needlesOf.forEach((needles, entry) => {
    for (const n of needles) {
      let at = distinct.indexOf(n);
      if (at < 0) at = distinct.push(n) - 1;
      users[at] = [...(users[at] ?? []), entry];
    }
  });
  const always: number[] = []; // the empty needle (an alias that starts with a class or a group)
  const single: number[] = []; // one character
  const ascii: (number[] | undefined)[] = new Array(128 * 128); // by their first two ASCII characters
  const other = new Map<string, number[]>(); // by their first two characters, one not ASCII
  distinct.forEach((n, i) => {
    if (n.length === 0) always.push(i);
    else if (n.length === 1) single.push(i);
    else if (n.charCodeAt(0) < 128 && n.charCodeAt(1) < 128) {
      const key = n.charCodeAt(0) * 128 + n.charCodeAt(1);
      ascii[key] = [...(ascii[key] ?? []), i];
    } else other.set(n.slice(0, 2), [...(other.get(n.slice(0, 2)) ?? []), i]);
  });
  return {
    entriesNamedIn(lower) {
      const present = new Uint8Array(distinct.length);
      const hits = [...always, ...single.filter((i) => lower.includes(distinct[i]!))];
      for (let at = 0; at + 1 < lower.length; at++) {
        const a = lower.charCodeAt(at);
        const b = lower.charCodeAt(at + 1);
        const starting =
          a < 128 && b < 128
            ? ascii[a * 128 + b]
            : other.size > 0
              ? other.get(lower.slice(at, at + 2))
              : undefined;
        if (starting === undefined) continue;
        for (const i of starting) {
          if (present[i] === 0 && lower.startsWith(distinct[i]!, at)) {
            present[i] = 1;
            hits.push(i);
          }
        }
      }
      const entries = hits.flatMap((i) => users[i]!);
      return entries.length > 1 ? [...new Set(entries)].sort((x, y) => x - y) : entries;
    },
  };
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

/**
 * "S3-compatible", "compatible with S3", "zgodny z S3", "compatible con S3", "tương thích S3": the name says which API
 * another service speaks (OVHcloud Object Storage, MinIO), not that the project uses that provider.
 */
export function protocolOnly(text: string, index: number, length: number): boolean {
  return (
    COMPATIBLE_AFTER.test(text.slice(index + length, index + length + 16)) ||
    COMPATIBLE_BEFORE.test(text.slice(Math.max(0, index - 24), index))
  );
}
const COMPATIBLE_AFTER = /^[- ](?:compatib|kompatib)/i;
const COMPATIBLE_BEFORE =
  /(?:compatib\p{L}* (?:with|con|com|avec|mit|z|ze|с)|kompatib\p{L}* (?:mit|zu|z)|zgodn\p{L}* z|совместим\p{L}* с|tương thích(?: với)?) $/iu;
