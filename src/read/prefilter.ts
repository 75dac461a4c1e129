import { caseFoldedRegExp } from '../knowledge/case-fold.js';

/**
 * A reader's pattern behind a cheap gate (issue 19). V8 builds every `\p{L}`-style class of a
 * Unicode pattern anew, with its case closure under `i` (about 1 ms each), when the pattern is
 * constructed and again when it is compiled for each string width and tier; a reader pattern with
 * accent-aware word boundaries holds dozens of them. Most sentences cannot match most patterns, so a
 * loose copy of the pattern is tried first: the same pattern with every lookaround removed and every
 * property class widened to "any non-space character" (or any character), which matches wherever the
 * exact pattern matches and compiles in a fraction of the time. The exact pattern is compiled and run
 * only on the texts that pass, so its answer (match, index, groups) is unchanged.
 */
export interface Gated {
  test(text: string): boolean;
  exec(text: string): RegExpExecArray | null;
}

/**
 * `re` behind its loose copy. A global or sticky pattern (its `lastIndex` is state), one with
 * back-references, or one whose loose copy cannot be made is returned as it is.
 */
export function gated(re: RegExp): Gated {
  return gatedPattern(re.source, re.flags, re);
}

/**
 * `new RegExp(source, flags)` behind its loose copy, constructed only when a text passes the loose
 * copy (constructing a Unicode pattern parses it, classes and all).
 */
export function gatedPattern(source: string, flags: string, made?: RegExp): Gated {
  let exact = made;
  const get = () => {
    exact ??= caseFoldedRegExp(source, flags);
    return exact;
  };
  const quick = /[gyv]/.test(flags) ? null : quickOf(source, flags);
  if (!quick) return get();
  return {
    test: (text) => quick.test(text) && get().test(text),
    exec: (text) => (quick.test(text) ? get().exec(text) : null),
  };
}

function quickOf(source: string, flags: string): RegExp | null {
  const loose = looseSource(source);
  if (loose === null || loose === source) return null;
  try {
    // Folded like the exact pattern (an `iu` copy is closed over case at its compile, issue 19).
    const quick = caseFoldedRegExp(loose, flags);
    // A Unicode pattern is parsed at its first text (src/knowledge/narrowed-regexp.ts): one that
    // cannot be compiled must fail here, where it is refused.
    quick.test('');
    return quick;
  } catch {
    return null;
  }
}

/** Classes none of whose members is a space: letters, marks, numbers (Unicode general categories). */
const NON_SPACE_PROPERTY = /^\\p\{(?:L|Lu|Ll|Lt|Lm|Lo|M|Mn|Mc|Me|N|Nd|Nl|No|Letter|Alphabetic)\}/;

/**
 * The loose copy of a pattern's source, or null when it cannot be made safely (back-references, a
 * capturing group inside a lookaround, a property the widening does not know, unbalanced syntax).
 */
export function looseSource(source: string): string | null {
  if (/\\[1-9]|\\k</.test(source)) return null;
  let out = '';
  let i = 0;
  while (i < source.length) {
    const c = source[i]!;
    if (c === '\\') {
      const property = /^\\[pP]\{[^}]*\}/.exec(source.slice(i));
      if (property) {
        out += property[0][1] === 'p' && NON_SPACE_PROPERTY.test(property[0]) ? '\\S' : '[\\s\\S]';
        i += property[0].length;
      } else {
        out += source.slice(i, i + 2);
        i += 2;
      }
      continue;
    }
    if (c === '[') {
      const end = classEnd(source, i);
      if (end < 0) return null;
      const body = source.slice(i + 1, end);
      if (body.includes('\\p') || body.includes('\\P')) out += widenedClass(body);
      else out += source.slice(i, end + 1);
      i = end + 1;
      continue;
    }
    if (c === '(' && /^\(\?(?:<[=!]|[=!])/.test(source.slice(i))) {
      const end = groupEnd(source, i);
      if (end < 0) return null;
      const inner = source.slice(i, end + 1);
      // A capturing group inside would shift the numbers of the groups after it.
      if (/(?:^|[^\\])\((?!\?)|\(\?<(?![=!])/.test(inner.slice(1))) return null;
      // A quantified lookaround (`(?=a)?`) is not valid in a Unicode pattern; nothing to carry over.
      i = end + 1;
      continue;
    }
    out += c;
    i++;
  }
  return out;
}

/** A class with property escapes as one that holds at least its members. */
function widenedClass(body: string): string {
  if (body.startsWith('^')) return '[\\s\\S]';
  const rest = body.replace(/\\[pP]\{[^}]*\}/g, (p) => (NON_SPACE_PROPERTY.test(p) ? '' : ' '));
  // Only letters, digits, `_`, `-`, apostrophes and dots left: no member is a space.
  return /^[\w\-'’.]*$/.test(rest) ? '\\S' : '[\\s\\S]';
}

/** The index of the `]` closing the class opened at `start`, or -1. */
function classEnd(source: string, start: number): number {
  let i = start + 1;
  if (source[i] === '^') i++;
  for (; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '[') return -1;
    else if (c === ']') return i;
  }
  return -1;
}

/** The index of the `)` closing the group opened at `start`, or -1. */
function groupEnd(source: string, start: number): number {
  let depth = 0;
  for (let i = start; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '[') {
      const end = classEnd(source, i);
      if (end < 0) return -1;
      i = end;
    } else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return -1;
}
