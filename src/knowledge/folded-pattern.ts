import { CASE_CLASSES, PROPERTY_EXTRAS, WORD_EXTRAS } from './case-fold-data.js';

/**
 * `new RegExp(source, flags)` for a pattern built at run time, compiled without V8's case closure
 * (issue 19): with the flags `iu` and a `\p{…}` class, the same pattern for the flag `u` alone, each
 * cased letter spelled as its case class and each class given what its case closure adds
 * (case-fold-data.ts, generated from V8's own matching). The build does the same to the `/…/iu`
 * literals (scripts/case-fold-regex.mjs); this is its run-time half, for sources joined from word
 * lists. It matches the same strings at the same places; where a rewrite is not known to be exact
 * (back-references, a property the data do not hold, a negated class escape) the pattern is made as
 * written.
 */
export function foldedRegExp(source: string, flags: string): RegExp {
  if (flags.includes('i') && flags.includes('u') && /\\[pP]\{/.test(source)) {
    // Kept per source: some readers build their pattern per call (V8 then reuses the compiled code).
    const key = `${flags}/${source}`;
    let folded = foldedSources.get(key);
    if (folded === undefined) {
      folded = foldSource(source);
      foldedSources.set(key, folded);
    }
    if (folded !== null) return new RegExp(folded, flags.replace('i', ''));
  }
  return new RegExp(source, flags);
}

const foldedSources = new Map<string, string | null>();

let classOf: Map<string, string> | null = null;
/** Each character with case variants → its case class, written for a class (`\u…` escapes). */
function caseClasses(): Map<string, string> {
  if (classOf) return classOf;
  classOf = new Map();
  for (const members of CASE_CLASSES) {
    const chars = [...members];
    const written = chars.map(escaped).join('');
    for (const c of chars) classOf.set(c, written);
  }
  return classOf;
}

function escaped(c: string): string {
  const cp = c.codePointAt(0)!;
  if (/^[A-Za-z0-9]$/.test(c)) return c;
  return cp > 0xffff ? `\\u{${cp.toString(16)}}` : `\\u${cp.toString(16).padStart(4, '0')}`;
}

/** What the case closure adds to one member of a class; null when unknown. */
function additions(item: string): string | null {
  if (item.startsWith('\\p{')) {
    const extra = PROPERTY_EXTRAS[item.slice(3, -1)];
    return extra === undefined ? null : [...extra].map(escaped).join('');
  }
  if (item === '\\w') return [...WORD_EXTRAS].map(escaped).join('');
  if (/^\\[dDsS]$/.test(item)) return '';
  if (item.startsWith('\\')) return /^\\[PW]/.test(item) ? null : '';
  const members = caseClasses().get(item);
  return members ?? '';
}

/** The members of a class body (`\p{L}'’-`), as written, with ranges; null for syntax not handled. */
function classItems(body: string): { items: string[]; ranges: [string, string][] } | null {
  const items: string[] = [];
  const ranges: [string, string][] = [];
  const atoms: string[] = [];
  let i = 0;
  while (i < body.length) {
    let atom: string;
    if (body[i] === '\\') {
      const m = /^\\(?:[pP]\{[^}]*\}|u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|c[A-Za-z]|.)/su.exec(
        body.slice(i),
      );
      if (!m) return null;
      atom = m[0];
    } else atom = String.fromCodePoint(body.codePointAt(i)!);
    i += atom.length;
    atoms.push(atom);
  }
  for (let k = 0; k < atoms.length; k++) {
    const a = atoms[k]!;
    if (atoms[k + 1] === '-' && k + 2 < atoms.length) {
      ranges.push([a, atoms[k + 2]!]);
      k += 2;
    } else items.push(a);
  }
  return { items, ranges };
}

/** The character an escape or literal inside a class stands for; null for class escapes. */
function charOf(atom: string): string | null {
  if (!atom.startsWith('\\')) return atom;
  const m = /^\\(?:u\{([0-9a-fA-F]+)\}|u([0-9a-fA-F]{4})|x([0-9a-fA-F]{2}))$/.exec(atom);
  if (m) return String.fromCodePoint(Number.parseInt(m[1] ?? m[2] ?? m[3]!, 16));
  if (/^\\[pPdDsSwWbB]/.test(atom)) return null;
  if (/^\\[tnrfv0c]/.test(atom)) return ' ';
  return atom.slice(1);
}

function foldClass(cls: string): string | null {
  const negated = cls.startsWith('[^');
  const body = cls.slice(negated ? 2 : 1, -1);
  const parsed = classItems(body);
  if (!parsed) return null;
  let extra = '';
  for (const item of parsed.items) {
    const add =
      item.startsWith('\\') && !/^\\[pPwWdDsS]/.test(item) ? additions(charOf(item) ?? '') : additions(item);
    if (add === null) return null;
    extra += add;
  }
  for (const [from, to] of parsed.ranges) {
    const a = charOf(from);
    const b = charOf(to);
    if (a === null || b === null) return null;
    const lo = a.codePointAt(0)!;
    const hi = b.codePointAt(0)!;
    if (hi - lo > 512) return null;
    for (let cp = lo; cp <= hi; cp++) extra += additions(String.fromCodePoint(cp)) ?? '';
  }
  if (extra === '') return cls;
  // The additions go first: after a trailing `-` they would make a range.
  if (body.startsWith('-') || body.startsWith('^')) return null;
  return `[${negated ? '^' : ''}${extra}${body}]`;
}

function foldSource(source: string): string | null {
  let out = '';
  let i = 0;
  while (i < source.length) {
    const c = source[i]!;
    if (c === '\\') {
      const n = source[i + 1];
      if (n === 'p' || n === 'P') {
        const end = source.indexOf('}', i) + 1;
        const property = source.slice(i, end);
        if (n === 'P') return null;
        const add = additions(property);
        if (add === null) return null;
        out += add === '' ? property : `[${add}${property}]`;
        i = end;
      } else if (n === 'w') {
        out += `[${additions('\\w')}\\w]`;
        i += 2;
      } else if (n === 'W' || n === 'k' || (n !== undefined && /[1-9]/.test(n))) {
        return null;
      } else if (n === 'b' || n === 'B') {
        const word = `[${additions('\\w')}\\w]`;
        out +=
          n === 'b'
            ? `(?:(?<=${word})(?!${word})|(?<!${word})(?=${word}))`
            : `(?:(?<=${word})(?=${word})|(?<!${word})(?!${word}))`;
        i += 2;
      } else if (n === 'u' || n === 'x') {
        const m = /^\\u\{([0-9a-fA-F]+)\}|^\\u([0-9a-fA-F]{4})|^\\x([0-9a-fA-F]{2})/.exec(source.slice(i));
        if (!m) return null;
        const cp = Number.parseInt(m[1] ?? m[2] ?? m[3]!, 16);
        if (cp >= 0xd800 && cp <= 0xdfff) return null;
        const members = caseClasses().get(String.fromCodePoint(cp));
        out += members ? `[${members}]` : m[0];
        i += m[0].length;
      } else if (n === 'c') {
        out += source.slice(i, i + 3);
        i += 3;
      } else {
        out += source.slice(i, i + 2);
        i += 2;
      }
      continue;
    }
    if (c === '[') {
      let j = i + 1;
      while (j < source.length && source[j] !== ']') j += source[j] === '\\' ? 2 : 1;
      if (j >= source.length) return null;
      const folded = foldClass(source.slice(i, j + 1));
      if (folded === null) return null;
      out += folded;
      i = j + 1;
      continue;
    }
    if (c === '(') {
      const m = /^\((?:\?(?::|=|!|<=|<!|<[A-Za-z_$][\w$]*>))?/.exec(source.slice(i))!;
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
    const ch = String.fromCodePoint(source.codePointAt(i)!);
    const members = caseClasses().get(ch);
    out += members ? `[${members}]` : ch;
    i += ch.length;
  }
  return out;
}
