/**
 * A Unicode pattern compiled for the alphabet of the text it runs on (issue 19).
 *
 * The readers' patterns join the words of every language (Greek, Cyrillic, CJK, Vietnamese, ...) and
 * bound them with Unicode classes (`(?<![\u0345\p{L}])`). V8 builds each `\p{…}` class with ICU, anew
 * for every occurrence, when a pattern is constructed and again each time it is compiled (once per
 * string width): ~30 µs a class, and a reader pattern holds dozens. Nearly every text a project's
 * documents give is written in a few scripts, most often in Latin letters and common punctuation.
 *
 * On a text whose characters all lie in a set D, a pattern (flag `u`, no `i`: matching compares code
 * points exactly) matches exactly what the same pattern matches with every class cut down to its
 * members in D, every `\p{…}` written as those members, and every character outside D made an empty
 * class `[]` (it can never meet a character of the text, in a lookaround or not). That copy needs no
 * ICU and its dead alternatives compile to a failing check. So a pattern is kept as its source and
 * compiled, on first use, for the smallest of these sets that holds the text: Latin-1 (U+0000–U+00FF),
 * Latin with its extensions, combining marks and the punctuation, arrow and symbol blocks, or
 * everything (the pattern as written). Same match, index and groups: only what V8 compiles differs.
 *
 * Only patterns whose flags hold `u` and none of `i`, `v`, `g`, `y` are narrowed (`i` matches across
 * sets: under it `K` meets U+212A; `g`/`y` keep state in `lastIndex`); any other pattern, or one the
 * narrowing cannot read, is built as written.
 */

type Ranges = readonly (readonly [number, number])[];

/** The sets a text may fall in, smallest first: the code point ranges, and a test for a character outside. */
const TIERS: { ranges: Ranges; outside: RegExp }[] = [
  { ranges: [[0, 0xff]], outside: /[^\0-\xff]/ },
  {
    ranges: [
      [0, 0x36f],
      [0x1e00, 0x1eff],
      [0x2000, 0x2bff],
    ],
    outside: /[^\0-\u036f\u1e00-\u1eff\u2000-\u2bff]/,
  },
];

/** The tier of the last text asked (the readers run many patterns over the same sentence). */
let lastText: string | undefined;
let lastTier = 0;

/** The index of the smallest tier holding every character of `text`, or TIERS.length (none). */
function tierOf(text: string): number {
  if (text === lastText) return lastTier;
  let t = 0;
  while (t < TIERS.length && TIERS[t]!.outside.test(text)) t++;
  lastText = text;
  lastTier = t;
  return t;
}

/**
 * Narrowed sources, per tier and source (a reader builds the same pattern for each document or
 * name; V8's own compilation cache then shares the compiled code of equal sources). Bounded: a large
 * project builds patterns from its names.
 */
const narrowed: Map<string, string | null>[] = TIERS.map(() => new Map());
const NARROWED_MAX = 4096;

function narrowedSource(source: string, tier: number): string {
  const known = narrowed[tier]!;
  let out = known.get(source);
  if (out === undefined) {
    if (known.size >= NARROWED_MAX) known.clear();
    out = narrowSource(source, TIERS[tier]!.ranges);
    known.set(source, out);
  }
  return out ?? source;
}

/** Whether a pattern is narrowed: flags and a source with something outside Latin-1 or a property class. */
function narrowable(source: string, flags: string): boolean {
  return flags.includes('u') && !/[ivgy]/.test(flags) && /\\[pPu]|[^\0-\xff]/.test(source);
}

/**
 * `new RegExp(source, flags)`, or, for a pattern that narrowing helps, a RegExp whose `test` and
 * `exec` (and so `match`, `replace`, `search`, `split`) run the copy compiled for the text's set.
 * Nothing is parsed or compiled before the first text.
 */
export function narrowedRegExp(source: string, flags: string): RegExp {
  if (!narrowable(source, flags)) return new RegExp(source, flags);
  return new NarrowedRegExp(source, flags);
}

const EMPTY = '(?:)';

/**
 * A RegExp holding only its source: `source`, `flags`, `toString()` read as the pattern's own; the
 * engine's matcher of the instance itself is the empty pattern and never runs (`exec`, `test` and
 * the species used by `split` go to the compiled copies).
 */
class NarrowedRegExp extends RegExp {
  readonly #source: string;
  /** The copy compiled for each tier (the last one: the pattern as written), made on first use. */
  readonly #copies: (RegExp | undefined)[] = [];

  constructor(source: string, flags: string) {
    super(EMPTY, flags);
    this.#source = source;
  }

  #copy(text: string): RegExp {
    const tier = tierOf(text);
    let re = this.#copies[tier];
    if (re === undefined) {
      re = new RegExp(tier < TIERS.length ? narrowedSource(this.#source, tier) : this.#source, this.flags);
      this.#copies[tier] = re;
    }
    return re;
  }

  override get source(): string {
    return this.#source;
  }

  /** `split` builds its splitter with the species: the pattern as written, with the flags it asks. */
  static override get [Symbol.species](): RegExpConstructor {
    return PlainCopy as unknown as RegExpConstructor;
  }

  override exec(text: string): RegExpExecArray | null {
    const s = String(text);
    return this.#copy(s).exec(s);
  }

  override test(text: string): boolean {
    const s = String(text);
    return this.#copy(s).test(s);
  }
}

/** The species of NarrowedRegExp: `new PlainCopy(re, flags)` is `new RegExp(re.source, flags)`. */
function PlainCopy(re: RegExp | string, flags?: string): RegExp {
  return typeof re === 'string' ? new RegExp(re, flags) : new RegExp(re.source, flags ?? re.flags);
}

const propertyMembers = new Map<Ranges, Map<string, number[]>>();

/** The code points of `\p{name}` (or `\P{name}`) within the ranges. */
function membersOf(property: string, ranges: Ranges): number[] {
  let known = propertyMembers.get(ranges);
  if (known === undefined) {
    known = new Map();
    propertyMembers.set(ranges, known);
  }
  let out = known.get(property);
  if (out === undefined) {
    const re = new RegExp(`^${property}$`, 'u');
    out = [];
    for (const [from, to] of ranges)
      for (let c = from; c <= to; c++) if (re.test(String.fromCharCode(c))) out.push(c);
    known.set(property, out);
  }
  return out;
}

const inRanges = (c: number, ranges: Ranges) => ranges.some(([from, to]) => c >= from && c <= to);

/** A code point inside a class: a letter or digit of ASCII as it is, any other escaped. */
const classChar = (c: number) =>
  (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)
    ? String.fromCharCode(c)
    : c <= 0xff
      ? `\\x${c.toString(16).padStart(2, '0')}`
      : `\\u${c.toString(16).padStart(4, '0')}`;

/** A class body (without brackets) of the code points, as ranges. */
function classBody(codes: number[]): string {
  const sorted = [...new Set(codes)].sort((a, b) => a - b);
  let out = '';
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    out +=
      i === j
        ? classChar(sorted[i]!)
        : j === i + 1
          ? classChar(sorted[i]!) + classChar(sorted[j]!)
          : `${classChar(sorted[i]!)}-${classChar(sorted[j]!)}`;
    i = j + 1;
  }
  return out;
}

interface Atom {
  /** A single code point. */
  cp?: number;
  /** A class escape kept as written (`\d`, `\w`, `\s` and their complements: ASCII only under `u`). */
  keep?: string;
  /** A property escape (`\p{L}`), as written. */
  property?: string;
  next: number;
}

const CONTROL: Record<string, number> = { t: 9, n: 10, v: 11, f: 12, r: 13 };

/** The atom at `i` of a Unicode-mode source (in a class or not), or null when it is not one this reads. */
function atomAt(src: string, i: number, inClass: boolean): Atom | null {
  const c = src.codePointAt(i)!;
  if (c !== 0x5c) return { cp: c, next: i + (c > 0xffff ? 2 : 1) };
  const n = src[i + 1];
  if (n === undefined) return null;
  if (n === 'u') {
    if (src[i + 2] === '{') {
      const end = src.indexOf('}', i);
      if (end < 0) return null;
      return { cp: Number.parseInt(src.slice(i + 3, end), 16), next: end + 1 };
    }
    const hi = Number.parseInt(src.slice(i + 2, i + 6), 16);
    // A surrogate pair written as two escapes is one code point under `u`.
    if (hi >= 0xd800 && hi <= 0xdbff && src.startsWith('\\u', i + 6)) {
      const lo = Number.parseInt(src.slice(i + 8, i + 12), 16);
      if (lo >= 0xdc00 && lo <= 0xdfff)
        return { cp: 0x10000 + ((hi - 0xd800) << 10) + (lo - 0xdc00), next: i + 12 };
    }
    return { cp: hi, next: i + 6 };
  }
  if (n === 'x') return { cp: Number.parseInt(src.slice(i + 2, i + 4), 16), next: i + 4 };
  if (n === 'p' || n === 'P') {
    const end = src.indexOf('}', i);
    if (end < 0 || src[i + 2] !== '{') return null;
    return { property: src.slice(i, end + 1), next: end + 1 };
  }
  if ('dDwWsS'.includes(n)) return { keep: src.slice(i, i + 2), next: i + 2 };
  if (n === 'b' && inClass) return { cp: 8, next: i + 2 };
  if (n in CONTROL) return { cp: CONTROL[n]!, next: i + 2 };
  if (n === '0' && !/\d/.test(src[i + 2] ?? '')) return { cp: 0, next: i + 2 };
  if (n === 'c' && /[A-Za-z]/.test(src[i + 2] ?? '')) return { cp: src.charCodeAt(i + 2) % 32, next: i + 3 };
  if ('^$\\.*+?()[]{}|/'.includes(n) || (n === '-' && inClass)) return { cp: n.charCodeAt(0), next: i + 2 };
  return null;
}

/** The index of the `]` closing the class opened at `start` (no nested classes under `u`), or -1. */
function classEnd(source: string, start: number): number {
  for (let i = start + 1; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === ']') return i;
  }
  return -1;
}

/** Narrowed classes, per tier ranges and class (the same few recur in every reader pattern). */
const classes = new Map<Ranges, Map<string, string | null>>();

/** A class (`[…]`, brackets included) cut down to its members in the ranges, or null when unread. */
function classIn(text: string, ranges: Ranges): string | null {
  let known = classes.get(ranges);
  if (known === undefined) {
    known = new Map();
    classes.set(ranges, known);
  }
  let out = known.get(text);
  if (out !== undefined) return out;
  out = readClass(text, ranges);
  if (known.size >= NARROWED_MAX) known.clear();
  known.set(text, out);
  return out;
}

function readClass(text: string, ranges: Ranges): string | null {
  let j = 1;
  const negated = text[j] === '^';
  if (negated) j++;
  const codes: number[] = [];
  let kept = '';
  const last = text.length - 1;
  while (j < last) {
    const a = atomAt(text, j, true);
    if (!a) return null;
    j = a.next;
    if (a.keep !== undefined) kept += a.keep;
    else if (a.property !== undefined) for (const c of membersOf(a.property, ranges)) codes.push(c);
    else if (text[j] === '-' && j + 1 < last) {
      const b = atomAt(text, j + 1, true);
      if (!b || b.cp === undefined) return null;
      j = b.next;
      for (const [from, to] of ranges)
        for (let x = Math.max(a.cp!, from); x <= Math.min(b.cp, to); x++) codes.push(x);
    } else if (inRanges(a.cp!, ranges)) codes.push(a.cp!);
  }
  if (j !== last) return null;
  return `[${negated ? '^' : ''}${kept}${classBody(codes)}]`;
}

const PLAIN_RUN = /(?:[^\\[(\u0100-\uffff]|\[\^?[^\\\]\u0100-\uffff]*\])+/y;

/**
 * The source of a Unicode-mode pattern that matches, on a text whose characters all lie in `ranges`,
 * exactly what `source` matches; null when the source holds something this does not read.
 */
export function narrowSource(source: string, ranges: Ranges): string | null {
  let out = '';
  let i = 0;
  while (i < source.length) {
    // A run of plain characters, and classes of plain characters (`[Aa]`), all of Latin-1 and so
    // in every tier, are copied as they are.
    PLAIN_RUN.lastIndex = i;
    if (PLAIN_RUN.test(source)) {
      out += source.slice(i, PLAIN_RUN.lastIndex);
      i = PLAIN_RUN.lastIndex;
      continue;
    }
    const c = source[i]!;
    if (c === '[') {
      const end = classEnd(source, i);
      if (end < 0) return null;
      const narrowClass = classIn(source.slice(i, end + 1), ranges);
      if (narrowClass === null) return null;
      out += narrowClass;
      i = end + 1;
      continue;
    }
    if (c === '\\') {
      const n = source[i + 1];
      if (n === 'k') {
        const end = source.indexOf('>', i);
        if (end < 0) return null;
        out += source.slice(i, end + 1);
        i = end + 1;
        continue;
      }
      if (n !== undefined && /[1-9]/.test(n)) {
        let j = i + 1;
        while (/\d/.test(source[j] ?? '')) j++;
        out += source.slice(i, j);
        i = j;
        continue;
      }
      if (n === 'b' || n === 'B') {
        out += source.slice(i, i + 2);
        i += 2;
        continue;
      }
      const a = atomAt(source, i, false);
      if (!a) return null;
      if (a.keep !== undefined) out += a.keep;
      else if (a.property !== undefined) out += `[${classBody(membersOf(a.property, ranges))}]`;
      else out += inRanges(a.cp!, ranges) ? source.slice(i, a.next) : '[]';
      i = a.next;
      continue;
    }
    if (c === '(' && source.startsWith('(?<', i) && source[i + 3] !== '=' && source[i + 3] !== '!') {
      // A named group: its name is not text to match.
      const end = source.indexOf('>', i);
      if (end < 0) return null;
      out += source.slice(i, end + 1);
      i = end + 1;
      continue;
    }
    const cp = source.codePointAt(i)!;
    const length = cp > 0xffff ? 2 : 1;
    out += inRanges(cp, ranges) ? source.slice(i, i + length) : '[]';
    i += length;
  }
  return out;
}
