import { CASE_CLASSES, CASE_FOLD_UNICODE, ESCAPE_ADDITIONS } from './case-fold-table.js';
import { narrowedRegExp } from './narrowed-regexp.js';

/**
 * `new RegExp(source, flags)` for patterns built at run time, without V8's case closure (issue 19).
 * With the flags `iu`, V8 closes every character class over case (ICU) each time a pattern is
 * constructed and again each time it is compiled; a reader's accent-aware word boundary
 * (`(?<!\p{L})`) is such a class, and the readers build over a hundred such patterns from their word
 * lists. The build rewrites the `/…/iu` LITERALS (scripts/case-fold-regex.mjs); this does the same
 * for a source known only at run time: every cased letter becomes its case class (`n` → `[Nn]`,
 * `s` → `[Ss\u017f]`) and every class gains the few characters its closure adds (`\p{L}` →
 * `[\u0345\p{L}]`), so the pattern with the flag `u` alone matches exactly what the original matches,
 * at the same places, with the same groups. The data are V8's own (src/knowledge/case-fold-table.ts,
 * generated and checked by a test); a pattern the fold does not know to be exact (back-references,
 * a class escape without known additions, another Unicode version) is built as it was written.
 * Word unions without a Unicode class (`reject\S*|rechaz\S*|…`) are folded too: V8 still closes
 * their letters and escapes over case at each compile, ~4 times the cost of the folded pattern's
 * compile (issue 19).
 */
export function caseFoldedRegExp(source: string, flags: string): RegExp {
  if (!flags.includes('i') || !flags.includes('u')) return narrowedRegExp(source, flags);
  let folded = foldedSources.get(source);
  if (folded === undefined) {
    folded = CASE_FOLD_UNICODE === process.versions.unicode ? foldSource(source) : null;
    foldedSources.set(source, folded);
    foldedHere++;
  }
  // Folded, the pattern is compiled for the alphabet of each text it meets (./narrowed-regexp.ts).
  return folded === null ? new RegExp(source, flags) : narrowedRegExp(folded, flags.replace('i', ''));
}

/** Sources already folded (readers build the same pattern for each document or call). */
const foldedSources = new Map<string, string | null>();
/** How many of them this process folded itself (not given by `seedFoldedSources`). */
let foldedHere = 0;

/**
 * Folds of an earlier run of the same build (the CLI keeps them beside its code cache,
 * src/cli/fold-cache.ts): the readers fold ~180 patterns built from the lexicons at start-up,
 * 64 KB of source, which cost ~30-60 ms of CPU on every run (issue 19). Only the caller vouches
 * that `entries` are `foldSource`'s own answers; a source already known keeps its answer.
 */
export function seedFoldedSources(entries: readonly (readonly [string, string | null])[]): void {
  for (const [source, folded] of entries) if (!foldedSources.has(source)) foldedSources.set(source, folded);
}

/** Every fold known to this process (sorted by source), and whether it folded any itself. */
export function foldedSourceEntries(): { entries: [string, string | null][]; new: boolean } {
  const entries = [...foldedSources].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return { entries, new: foldedHere > 0 };
}

let classOf: Map<number, string> | null = null;
/** A code point's case class (its members, itself included), or undefined when it has no other case. */
function caseClass(cp: number): string | undefined {
  if (!classOf) {
    classOf = new Map();
    for (const members of CASE_CLASSES) for (const c of members) classOf.set(c.codePointAt(0)!, members);
  }
  return classOf.get(cp);
}

const hex = (cp: number) =>
  cp > 0xffff ? `\\u{${cp.toString(16)}}` : `\\u${cp.toString(16).padStart(4, '0')}`;
const inClass = (c: string) => (/^[A-Za-z0-9]$/.test(c) ? c : hex(c.codePointAt(0)!));

/** A literal character outside a class: its case class, or '' when it has no other case. */
function foldedChar(cp: number): string {
  let folded = foldedChars.get(cp);
  if (folded === undefined) {
    const members = caseClass(cp);
    folded = members ? `[${[...members].map(inClass).join('')}]` : '';
    foldedChars.set(cp, folded);
  }
  return folded;
}

/** Each character's spelling as its case class, once per process: patterns repeat their letters. */
const foldedChars = new Map<number, string>();

/** The widest range a class may hold for its members to be folded one by one. */
const MAX_RANGE = 0x3000;

/** The control characters a class may name by escape (`[\t-\r]`). */
const CONTROL_ESCAPES: Record<string, number> = { b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '0': 0 };

/** One member of a class: a code point, a range, or a class escape. */
type Member = { cp: number } | { from: number; to: number } | { escape: string };

/**
 * The source of a `u` pattern equivalent to `source` under `iu`, or null. A case-insensitive class
 * matches a character when a member has the same case folding (ECMA-262 CharacterSetMatcher), so
 * its closure is the union of its members' closures: each member's additions are added to it, and
 * a negated class is negated over that union, as `iu` negates it.
 */
export function foldSource(source: string): string | null {
  let out = '';
  let i = 0;
  while (i < source.length) {
    const c = source[i]!;
    if (c === '\\') {
      const n = source[i + 1];
      if (n === 'p' || n === 'P') {
        const end = source.indexOf('}', i) + 1;
        if (end === 0) return null;
        const atom = escapeFolded(source.slice(i, end));
        if (atom === null) return null;
        out += atom;
        i = end;
      } else if (n === 'W') {
        // Under `iu` the non-word escape loses what the word escape gains (ECMA-262
        // WordCharacters: `ſ`, `K`): the complement of the folded `\w`, one class.
        const word = ESCAPE_ADDITIONS['\\w'];
        if (word === undefined) return null;
        out += `[^${[...word].map((c) => hex(c.codePointAt(0)!)).join('')}\\w]`;
        i += 2;
      } else if (n !== undefined && 'dDwsS'.includes(n)) {
        const atom = escapeFolded(source.slice(i, i + 2));
        if (atom === null) return null;
        out += atom;
        i += 2;
      } else if (n === 'b' || n === 'B') {
        // Under `iu` a word boundary sees `ſ` and `K` (Kelvin) as word characters too (ECMA-262
        // WordCharacters): the boundary spelled out with the folded `\w`.
        const word = escapeFolded('\\w');
        if (word === null) return null;
        out +=
          n === 'b'
            ? `(?:(?<=${word})(?!${word})|(?<!${word})(?=${word}))`
            : `(?:(?<=${word})(?=${word})|(?<!${word})(?!${word}))`;
        i += 2;
      } else if (n === 'k' || (n !== undefined && n >= '1' && n <= '9')) {
        // A back-reference compares case-insensitively: no plain-`u` spelling of it.
        return null;
      } else if (n === 'u' || n === 'x') {
        const ch = escapedChar(source, i);
        if (!ch) return null;
        out += foldedChar(ch.cp) || source.slice(i, ch.end);
        i = ch.end;
      } else if (n === 'c') {
        out += source.slice(i, i + 3);
        i += 3;
      } else {
        // \t \n \r \f \v \0 and escaped syntax characters: none has a case variant.
        out += source.slice(i, i + 2);
        i += 2;
      }
      continue;
    }
    if (c === '[') {
      const cls = foldedClass(source, i);
      if (!cls) return null;
      out += cls.text;
      i = cls.end;
      continue;
    }
    if (c === '(') {
      const m = /^\((?:\?(?::|=|!|<=|<!|<[A-Za-z_$][\w$]*>))?/.exec(source.slice(i, i + 40));
      if (!m) return null;
      out += m[0];
      i += m[0].length;
      continue;
    }
    if (c === '{') {
      const end = source.indexOf('}', i) + 1;
      if (end === 0) return null;
      out += source.slice(i, end);
      i = end;
      continue;
    }
    if (c === '.') {
      const atom = escapeFolded('.');
      if (atom === null) return null;
      out += atom;
      i++;
      continue;
    }
    if (')|^$*+?'.includes(c)) {
      out += c;
      i++;
      continue;
    }
    const cp = source.codePointAt(i)!;
    const length = cp > 0xffff ? 2 : 1;
    out += foldedChar(cp) || source.slice(i, i + length);
    i += length;
  }
  return out;
}

/** A class escape (or `.`) with its additions, as one class; null when they are not known. */
function escapeFolded(atom: string): string | null {
  const plus = ESCAPE_ADDITIONS[atom];
  if (plus === undefined) return null;
  if (plus === '') return atom;
  return `[${[...plus].map((c) => hex(c.codePointAt(0)!)).join('')}${atom}]`;
}

/** `\uXXXX` (a surrogate pair of them too), `\u{…}`, `\xXX` at `i`: the code point and the end. */
function escapedChar(source: string, i: number): { cp: number; end: number } | null {
  const m =
    /^\\u\{([0-9a-fA-F]+)\}|^\\u([dD][89abAB][0-9a-fA-F]{2})\\u([dD][c-fC-F][0-9a-fA-F]{2})|^\\u([0-9a-fA-F]{4})|^\\x([0-9a-fA-F]{2})/.exec(
      source.slice(i, i + 14),
    );
  if (!m) return null;
  const cp = m[1]
    ? Number.parseInt(m[1], 16)
    : m[2]
      ? String.fromCharCode(Number.parseInt(m[2], 16), Number.parseInt(m[3]!, 16)).codePointAt(0)!
      : Number.parseInt((m[4] ?? m[5])!, 16);
  return { cp, end: i + m[0].length };
}

/** The class opening at `start` with its members' additions, and the index after its `]`. */
function foldedClass(source: string, start: number): { text: string; end: number } | null {
  let i = start + 1;
  const negated = source[i] === '^';
  if (negated) i++;
  const bodyStart = i;
  const members: Member[] = [];
  const atom = (): Member | null => {
    const c = source[i];
    if (c === undefined) return null;
    if (c !== '\\') {
      const cp = source.codePointAt(i)!;
      i += cp > 0xffff ? 2 : 1;
      return { cp };
    }
    const n = source[i + 1];
    if (n === 'p' || n === 'P') {
      const end = source.indexOf('}', i) + 1;
      if (end === 0) return null;
      const property = source.slice(i, end);
      i = end;
      return { escape: property };
    }
    if (n !== undefined && 'dDwWsS'.includes(n)) {
      i += 2;
      return { escape: `\\${n}` };
    }
    if (n === 'u' || n === 'x') {
      const ch = escapedChar(source, i);
      if (!ch) return null;
      i = ch.end;
      return { cp: ch.cp };
    }
    if (n === 'c') {
      const cp = (source.charCodeAt(i + 2) % 32) | 0;
      i += 3;
      return { cp };
    }
    if (n === undefined) return null;
    // \b (backspace), \t \n \v \f \r \0, \- and escaped syntax characters: no case variants.
    i += 2;
    return { cp: CONTROL_ESCAPES[n] ?? n.codePointAt(0)! };
  };
  while (source[i] !== ']') {
    if (i >= source.length) return null;
    const first = atom();
    if (!first) return null;
    if (source[i] === '-' && source[i + 1] !== ']' && i + 1 < source.length) {
      i++;
      const last = atom();
      if (!last || !('cp' in first) || !('cp' in last)) return null;
      members.push({ from: first.cp, to: last.cp });
    } else members.push(first);
  }
  const body = source.slice(bodyStart, i);
  const end = i + 1;
  const added = new Set<number>();
  const addClassOf = (cp: number) => {
    const members = caseClass(cp);
    if (members) for (const c of members) added.add(c.codePointAt(0)!);
  };
  for (const m of members) {
    if ('escape' in m) {
      const plus = ESCAPE_ADDITIONS[m.escape];
      if (plus === undefined) return null;
      for (const c of plus) added.add(c.codePointAt(0)!);
    } else if ('from' in m) {
      if (m.to - m.from > MAX_RANGE) return null;
      for (let cp = m.from; cp <= m.to; cp++) addClassOf(cp);
    } else addClassOf(m.cp);
  }
  // Additions already members change nothing; a leading `-` would now close a range: escaped.
  const plus = [...added]
    .sort((a, b) => a - b)
    .map(hex)
    .join('');
  if (plus === '') return { text: source.slice(start, end), end };
  const rest = body.startsWith('-') ? `\\-${body.slice(1)}` : body;
  return { text: `[${negated ? '^' : ''}${plus}${rest}]`, end };
}
