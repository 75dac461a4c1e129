// Case-insensitive Unicode patterns without V8's per-compile case closure (issue 19).
//
// A pattern with the flags `iu` makes V8 close every character class over case (ICU's
// `closeOver(USET_CASE_INSENSITIVE)`) each time the pattern is compiled: once per string width, and
// anew in every process. A reader's accent-aware word boundary (`(?<![\p{L}\p{N}_])`) is such a
// class, and the readers hold hundreds of them: compiling them was about a third of the CPU time of
// `generate` on the example project. The same pattern written for the flag `u` alone, with every
// cased letter spelled as its case class (`n` → `[Nn]`) and every class given the few characters its
// case closure adds (`\p{L}` → `[\p{L}\u0345]`), matches exactly the same strings at the same places
// and compiles in about half the time.
//
// `foldPattern(source)` returns that source, or null where the rewrite is not known to be exact
// (back-references); `foldRegexLiterals(code)` rewrites the `…/iu` literals of
// a TypeScript file that have a `\p{…}`/`\P{…}` class. Everything is decided by V8 itself, in this
// process: which characters have case variants at all (a set closed under case, checked), each
// letter's case class, each class's additions, each checked against the original on every
// character that has case variants (any other character is only ever equivalent to itself).
// tsup (the built CLI and library) and vitest (every test) apply the same rewrite, so the goldens
// test what ships.

/** Code points with any case variant: those that change under case folding or case mapping. */
let casedCache = null;
function cased() {
  if (casedCache) return casedCache;
  const property = /[\p{Changes_When_Casefolded}\p{Changes_When_Casemapped}]/u;
  const closedIU = /^[\p{Changes_When_Casefolded}\p{Changes_When_Casemapped}]$/iu;
  const out = [];
  for (let cp = 0; cp <= 0x10ffff; cp++) {
    if (cp >= 0xd800 && cp <= 0xdfff) continue;
    const c = String.fromCodePoint(cp);
    const inSet = property.test(c);
    // The set must be closed under V8's case equivalence: then a character outside it is only ever
    // equivalent to itself, and comparing patterns on the set's members compares them everywhere.
    if (inSet !== closedIU.test(c)) throw new Error(`case set not closed at U+${cp.toString(16)}`);
    if (inSet) out.push(c);
  }
  casedCache = out;
  return out;
}

const hex = (c) => {
  const cp = c.codePointAt(0);
  return cp > 0xffff ? `\\u{${cp.toString(16)}}` : `\\u${cp.toString(16).padStart(4, '0')}`;
};
/** A character as it may stand inside a class. */
const inClass = (c) => (/^[A-Za-z0-9]$/.test(c) ? c : hex(c));

const letterClasses = new Map();
/** `n` → `[Nn]`; a character without case variants as it was written. */
function foldChar(c, written) {
  const members = cased();
  let out = letterClasses.get(c);
  if (out === undefined) {
    const literal = new RegExp(`^${hex(c)}$`, 'iu');
    const same = members.filter((x) => literal.test(x));
    if (!same.includes(c)) same.unshift(c);
    out = same.length === 1 ? null : `[${same.map(inClass).join('')}]`;
    letterClasses.set(c, out);
  }
  return out ?? written;
}

const atoms = new Map();
/**
 * A class or class escape under `iu` → the same set under `u`: `[` + additions + members `]`, or for a
 * negated class its members plus what the closure removes. Null when neither form is exact.
 */
function foldAtom(atom) {
  if (atoms.has(atom)) return atoms.get(atom);
  const members = cased();
  const iu = new RegExp(`^(?:${atom})$`, 'iu');
  const u = new RegExp(`^(?:${atom})$`, 'u');
  const plus = [];
  const minus = [];
  for (const x of members) {
    const a = iu.test(x);
    const b = u.test(x);
    if (a && !b) plus.push(x);
    else if (!a && b) minus.push(x);
  }
  let out = null;
  if (plus.length === 0 && minus.length === 0) out = atom;
  else if (atom.startsWith('[^') && plus.length === 0) out = `[^${minus.map(hex).join('')}${atom.slice(2)}`;
  else if (atom.startsWith('[') && minus.length === 0) out = `[${plus.map(hex).join('')}${atom.slice(1)}`;
  else if (atom.startsWith('\\') && minus.length === 0) out = `[${plus.map(hex).join('')}${atom}]`;
  if (out !== null) {
    // A leading `-` of the original class would now close a range: never exact, so checked.
    const check = new RegExp(`^(?:${out})$`, 'u');
    for (const x of members)
      if (check.test(x) !== iu.test(x)) throw new Error(`fold of ${atom} differs at ${hex(x)}`);
    for (const x of ['-', '^', ']', '\\', 'a', '0', ' ', '\u00e9'])
      if (check.test(x) !== iu.test(x)) throw new Error(`fold of ${atom} differs at ${hex(x)}`);
  }
  atoms.set(atom, out);
  return out;
}

/** The end (index after `]`) of the class opening at `i`. */
function classEnd(source, i) {
  let j = i + 1;
  while (j < source.length) {
    if (source[j] === '\\') j += 2;
    else if (source[j] === ']') return j + 1;
    else j++;
  }
  throw new Error(`unterminated class in ${source}`);
}

/**
 * The source of a `u`-flag pattern equivalent to `source` under `iu`, or null where the rewrite is not
 * known to be exact. Syntax is the `u` flag's, which has no ambiguous forms (a lone `{`, `}` or `]`
 * is an error there).
 */
export function foldPattern(source) {
  let out = '';
  let i = 0;
  while (i < source.length) {
    const c = source[i];
    if (c === '\\') {
      const n = source[i + 1];
      if (n === 'p' || n === 'P') {
        const end = source.indexOf('}', i) + 1;
        const atom = foldAtom(source.slice(i, end));
        if (atom === null) return null;
        out += atom;
        i = end;
      } else if ('dDsSwW'.includes(n)) {
        const atom = foldAtom(source.slice(i, i + 2));
        if (atom === null) return null;
        out += atom;
        i += 2;
      } else if (n === 'b' || n === 'B') {
        // Under `iu` a word boundary sees `ſ` and `K` (Kelvin) as word characters too (ECMA-262
        // WordCharacters): the boundary spelled out with the folded `\w`.
        const word = foldAtom('\\w');
        if (word === null) return null;
        out +=
          n === 'b'
            ? `(?:(?<=${word})(?!${word})|(?<!${word})(?=${word}))`
            : `(?:(?<=${word})(?=${word})|(?<!${word})(?!${word}))`;
        i += 2;
      } else if (n === 'k' || /[1-9]/.test(n)) {
        // A back-reference compares case-insensitively: no plain-`u` spelling of it.
        return null;
      } else if (n === 'u' || n === 'x') {
        const m =
          /^\\u\{([0-9a-fA-F]+)\}|^\\u([dD][89abAB][0-9a-fA-F]{2})\\u([dD][c-fC-F][0-9a-fA-F]{2})|^\\u([0-9a-fA-F]{4})|^\\x([0-9a-fA-F]{2})/.exec(
            source.slice(i),
          );
        if (!m) return null;
        const cp = m[1] ? Number.parseInt(m[1], 16) : m[2] ? null : Number.parseInt(m[4] ?? m[5], 16);
        const ch =
          cp === null
            ? String.fromCharCode(Number.parseInt(m[2], 16), Number.parseInt(m[3], 16))
            : String.fromCodePoint(cp);
        out += foldChar(ch, m[0]);
        i += m[0].length;
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
      const end = classEnd(source, i);
      const atom = foldAtom(source.slice(i, end));
      if (atom === null) return null;
      out += atom;
      i = end;
      continue;
    }
    if (c === '(') {
      const m = /^\((?:\?(?::|=|!|<=|<!|<[A-Za-z_$][\w$]*>))?/.exec(source.slice(i));
      out += m[0];
      i += m[0].length;
      continue;
    }
    if (c === '{') {
      const end = source.indexOf('}', i) + 1;
      out += source.slice(i, end);
      i = end;
      continue;
    }
    if (c === '.') {
      const atom = foldAtom('.');
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
    const ch = String.fromCodePoint(source.codePointAt(i));
    out += foldChar(ch, ch);
    i += ch.length;
  }
  return out;
}

/** Whether a pattern with these flags and source is one the rewrite is for. */
export function foldable(source, flags) {
  return flags.includes('i') && flags.includes('u') && /\\[pP]\{/.test(source);
}

/**
 * `code` (TypeScript) with each `/…/iu` literal that has a property class rewritten for `u` alone.
 * Literals are found by the TypeScript parser, never by a pattern over the text.
 */
export function foldRegexLiterals(code, fileName, ts) {
  if (!code.includes('\\p{') && !code.includes('\\P{')) return code;
  const file = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const edits = [];
  const visit = (node) => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const text = node.getText(file);
      const slash = text.lastIndexOf('/');
      const source = text.slice(1, slash);
      const flags = text.slice(slash + 1);
      if (foldable(source, flags)) {
        const folded = foldPattern(source);
        if (folded !== null)
          edits.push([node.getStart(file), node.end, `/${folded}/${flags.replace('i', '')}`]);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  let out = code;
  for (const [start, end, text] of edits.reverse()) out = out.slice(0, start) + text + out.slice(end);
  return out;
}

/**
 * Class escapes whose additions under `iu` the run-time fold knows (src/knowledge/case-fold.ts):
 * those the readers write. An escape with more additions than `MAX_ADDITIONS` (`\p{Lu}` gains
 * every lower-case letter) is left out, and a pattern holding it keeps its flag `i`.
 */
const TABLE_ESCAPES = [
  '\\p{L}',
  '\\P{L}',
  '\\p{N}',
  '\\P{N}',
  '\\p{Lu}',
  '\\p{Ll}',
  '\\w',
  '\\W',
  '\\d',
  '\\D',
  '\\s',
  '\\S',
  '.',
  // Japanese and Chinese have no spaces between words: the readers' boundaries name these scripts.
  '\\p{sc=Han}',
  '\\p{sc=Hiragana}',
  '\\p{sc=Katakana}',
  // Korean: the readers' word boundaries name Hangul beside the scripts above.
  '\\p{sc=Hangul}',
];
const MAX_ADDITIONS = 32;

/** Every character's case class under `iu` (only classes of two or more), each listed once. */
function caseClasses() {
  const members = cased();
  const seen = new Set();
  const out = [];
  for (const c of members) {
    if (seen.has(c)) continue;
    const literal = new RegExp(`^${hex(c)}$`, 'iu');
    const same = members.filter((x) => literal.test(x));
    if (!same.includes(c)) same.unshift(c);
    // Each member must have exactly this class (V8's case equivalence is one): checked, not assumed.
    for (const x of same) {
      const other = new RegExp(`^${hex(x)}$`, 'iu');
      const its = members.filter((y) => other.test(y));
      if (its.length !== same.length || its.some((y) => !same.includes(y)))
        throw new Error(`case class of ${hex(c)} is not an equivalence class`);
      seen.add(x);
    }
    if (same.length > 1) out.push(same.join(''));
  }
  return out;
}

/** What each known escape gains under `iu`: characters matched with `iu` and not with `u`. */
function escapeAdditions() {
  const members = cased();
  const out = {};
  for (const e of TABLE_ESCAPES) {
    const iu = new RegExp(`^${e}$`, 'iu');
    const u = new RegExp(`^${e}$`, 'u');
    const plus = [];
    let exact = true;
    for (const x of members) {
      const a = iu.test(x);
      const b = u.test(x);
      if (a && !b) plus.push(x);
      else if (!a && b) exact = false;
    }
    if (exact && plus.length <= MAX_ADDITIONS) out[e] = plus.join('');
  }
  return out;
}

/** The data of src/knowledge/case-fold-table.ts, as this process's V8 computes them. */
export function caseFoldTable() {
  return { unicode: process.versions.unicode, classes: caseClasses(), additions: escapeAdditions() };
}

/** The TypeScript of src/knowledge/case-fold-table.ts. */
export function caseFoldTableSource() {
  const { classes, additions } = caseFoldTable();
  const str = (s) =>
    JSON.stringify(s).replace(
      /[\u007f-\uffff]/g,
      (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
    );
  return `// Generated by scripts/case-fold-table.mjs from V8's own case equivalence (Unicode ${process.versions.unicode}); do not edit.
// test/knowledge/case-fold.test.ts fails when this file is not what the script writes.

/** The Unicode version the tables were computed with: another one folds nothing. */
export const CASE_FOLD_UNICODE = ${str(process.versions.unicode)};

/** Every character's case class under \`iu\` with two or more members, each listed once. */
export const CASE_CLASSES: readonly string[] = [
${classes.map((c) => `  ${str(c)},`).join('\n')}
];

/** The characters each class escape gains under \`iu\` (absent: not folded). */
export const ESCAPE_ADDITIONS: Readonly<Record<string, string>> = {
${Object.entries(additions)
  .map(([k, v]) => `  ${str(k)}: ${str(v)},`)
  .join('\n')}
};
`;
}
