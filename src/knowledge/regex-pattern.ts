/**
 * Stated field format patterns (regular expressions) and their translation into the two dialects
 * the artifacts need:
 * - ECMA-262 for JSON Schema 2020-12 `pattern` (§6.3.3: "SHOULD be valid according to the ECMA-262
 *   regular expression dialect") and OpenAPI 3.1; Ajv compiles it with the `u` flag, so the result
 *   must be a valid Unicode-mode RegExp;
 * - a PostgreSQL advanced regular expression (ARE, PostgreSQL docs §9.7.3) for `CHECK (col ~ '…')`.
 * A notation's own syntax is converted where the meaning is the same (`\A`/`\z` anchors, Python's
 * `(?P<n>…)` groups, Java's whole-string `matches()`), and refused with a reason where it is not,
 * so the caller keeps the pattern out of that artifact and says why. No flag is dropped silently.
 * Pure string work: no prose is read here.
 */

/** The regular-expression dialect a notation writes its patterns in. */
export type RegexFlavour =
  /** JavaScript: Mongoose `match`, zod `.regex`, class-validator `@Matches`, JSON Schema `pattern`. */
  | 'ecma'
  /** Python `re` (Django `RegexValidator`) or pydantic-core (`Field(pattern=…)`). */
  | 'python'
  /** Ruby (Rails `validates … format: { with: /…/ }`). */
  | 'ruby'
  /** PCRE (PHP `preg_match`: Laravel `regex:/…/`). */
  | 'pcre'
  /** `java.util.regex`, matched against the whole value (Bean Validation `@Pattern`). */
  | 'java'
  /** A PostgreSQL ARE written in a `CHECK (col ~ '…')`. */
  | 'postgres';

export interface Translation {
  /** The pattern in the target dialect, or null with the reason. */
  pattern: string | null;
  reason?: string;
}

type Token =
  | { t: 'char'; v: string }
  | { t: 'esc'; v: string }
  | { t: 'class'; v: string }
  | { t: 'open'; v: string; name?: string }
  | { t: 'close' }
  | { t: 'anchor'; v: '^' | '$' }
  | { t: 'other'; v: string };

/** Splits a pattern into tokens; null when brackets or groups do not close. */
function tokenize(src: string): Token[] | null {
  const out: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i]!;
    if (c === '\\') {
      if (i + 1 >= src.length) return null;
      const rest = src.slice(i);
      const long =
        /^\\(?:[pPk]\{[^}]*\}|k<[^>]*>|x[0-9a-fA-F]{2}|u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|c[A-Za-z]|\d+)/.exec(
          rest,
        );
      const v = long ? long[0] : src.slice(i, i + 2);
      out.push({ t: 'esc', v });
      i += v.length;
    } else if (c === '[') {
      // A bracket expression runs to its first unescaped `]` that is not its first member.
      let j = i + 1;
      if (src[j] === '^') j++;
      if (src[j] === ']') j++;
      while (j < src.length && src[j] !== ']') {
        if (src[j] === '\\') j += 2;
        else if (src[j] === '[' && src[j + 1] === ':') {
          const end = src.indexOf(':]', j + 2);
          if (end < 0) return null;
          j = end + 2;
        } else j++;
      }
      if (j >= src.length) return null;
      out.push({ t: 'class', v: src.slice(i, j + 1) });
      i = j + 1;
    } else if (c === '(') {
      const m = /^\((?:\?P?<([A-Za-z_]\w*)>|\?(?::|=|!|<=|<!)|\?[a-zA-Z-]+\)|\?[a-zA-Z-]+:)?/.exec(
        src.slice(i),
      )!;
      out.push({ t: 'open', v: m[0], ...(m[1] ? { name: m[1] } : {}) });
      i += m[0].length;
    } else if (c === ')') {
      out.push({ t: 'close' });
      i++;
    } else if (c === '^' || c === '$') {
      out.push({ t: 'anchor', v: c });
      i++;
    } else if (/[.|*+?{}]/.test(c)) {
      out.push({ t: 'other', v: c });
      i++;
    } else {
      out.push({ t: 'char', v: c });
      i++;
    }
  }
  let depth = 0;
  for (const t of out) {
    if (t.t === 'open' && !t.v.endsWith(')')) depth++;
    else if (t.t === 'close' && --depth < 0) return null;
  }
  return depth === 0 ? out : null;
}

const refuse = (reason: string): Translation => ({ pattern: null, reason });

/** Characters an ECMA-262 Unicode-mode pattern may escape outside a class (SyntaxCharacter and `/`). */
const ECMA_SYNTAX = /^[\\^$.*+?()[\]{}|/]$/;

/** Inline flags other than none cannot be carried into a JSON Schema `pattern` or an ARE unchanged. */
function inlineFlags(t: Token): string | null {
  return t.t === 'open' && /^\(\?[a-zA-Z-]+[:)]$/.test(t.v) ? t.v : null;
}

/**
 * The pattern as ECMA-262 source for JSON Schema `pattern`. `flags` are the flags written beside it
 * (`/…/i`): JSON Schema has none, so any flag that changes matching refuses the translation.
 */
export function toEcma(source: string, flavour: RegexFlavour, flags = ''): Translation {
  if (flavour === 'postgres') return fromPostgres(source);
  // `g`, `y`, `d` change how a match is reported, not whether a value matches; `u` is Ajv's own flag.
  const rest = flags.replace(flavour === 'ecma' ? /[gudy]/g : /u/g, '');
  if (rest !== '') return refuse(`the flag \`${rest}\` cannot be written in a JSON Schema pattern`);
  const tokens = tokenize(source);
  if (!tokens) return refuse('the pattern does not parse (an unclosed bracket or group)');
  let out = '';
  for (const tok of tokens) {
    const inline = inlineFlags(tok);
    if (inline) return refuse(`the inline flag group \`${inline}\` has no JSON Schema equivalent`);
    switch (tok.t) {
      case 'esc': {
        const v = tok.v;
        if (v === '\\A') out += '^';
        else if (v === '\\z' && flavour !== 'python') out += '$';
        // Python's `\Z` is the end of the string; Ruby's and PCRE's `\Z` also allow a final newline.
        else if (v === '\\Z' && flavour === 'python') out += '$';
        else if (v === '\\Z')
          return refuse('`\\Z` (end or before a final newline) has no ECMA-262 equivalent');
        else if (v === '\\h' && flavour === 'ruby') out += '[0-9a-fA-F]';
        else if (v === '\\h' || v === '\\G' || v === '\\K' || v === '\\R' || v === '\\X' || v === '\\Q')
          return refuse(`\`${v}\` has no ECMA-262 equivalent`);
        else if (/^\\k\{/.test(v)) return refuse(`\`${v}\` has no ECMA-262 equivalent`);
        else if (/^\\[pP]\{/.test(v) && flavour !== 'ecma' && flavour !== 'java')
          return refuse(`the property class \`${v}\` is not checked against ECMA-262's names`);
        else if (v.length === 2 && !/[A-Za-z0-9]/.test(v[1]!) && !ECMA_SYNTAX.test(v[1]!))
          // `\-`, `\@`, `\#`: an identity escape Unicode mode refuses; the character itself means the same.
          out += v[1] === '-' ? '-' : v[1]!;
        else out += v;
        break;
      }
      case 'open':
        if (tok.v.startsWith('(?P<')) out += `(?<${tok.name}>`;
        else out += tok.v;
        break;
      case 'close':
        out += ')';
        break;
      case 'anchor':
        // Ruby's `^` and `$` match at every line (Rails refuses them without `multiline: true`).
        if (flavour === 'ruby')
          return refuse('Ruby `^` and `$` match at every line start and end; write `\\A` and `\\z`');
        out += tok.v;
        break;
      case 'class':
        if (/\[:\w+:\]/.test(tok.v))
          return refuse(`the POSIX class in \`${tok.v}\` has no ECMA-262 equivalent`);
        if (/&&/.test(tok.v) && (flavour === 'java' || flavour === 'ruby'))
          return refuse(`the class intersection in \`${tok.v}\` has no ECMA-262 equivalent`);
        out += tok.v;
        break;
      default:
        out += tok.v;
    }
  }
  // `matches()` in Java (Bean Validation `@Pattern`) matches the whole value; ECMA-262 finds it anywhere.
  if (flavour === 'java') out = `^(?:${out})$`;
  return validEcma(out);
}

function validEcma(p: string): Translation {
  try {
    new RegExp(p, 'u');
    return { pattern: p };
  } catch (e) {
    return refuse(
      `it is not a valid ECMA-262 Unicode pattern (${(e as Error).message.replace(/^Invalid regular expression: /, '')})`,
    );
  }
}

const POSIX_CLASSES: Record<string, string> = {
  digit: '0-9',
  alpha: 'A-Za-z',
  alnum: 'A-Za-z0-9',
  upper: 'A-Z',
  lower: 'a-z',
  space: '\\s',
  xdigit: '0-9A-Fa-f',
};

/** A PostgreSQL ARE read from a CHECK, as ECMA-262 (word boundaries `\y`, POSIX classes). */
function fromPostgres(source: string): Translation {
  const tokens = tokenize(source);
  if (!tokens) return refuse('the pattern does not parse (an unclosed bracket or group)');
  let out = '';
  for (const tok of tokens) {
    const inline = inlineFlags(tok);
    if (inline) return refuse(`the embedded option \`${inline}\` has no JSON Schema equivalent`);
    if (tok.t === 'esc') {
      if (tok.v === '\\y') out += '\\b';
      else if (tok.v === '\\Y') out += '\\B';
      else if (tok.v === '\\m' || tok.v === '\\M') return refuse(`\`${tok.v}\` has no ECMA-262 equivalent`);
      else if (tok.v === '\\A') out += '^';
      else if (tok.v === '\\Z') out += '$';
      else if (tok.v.length === 2 && !/[A-Za-z0-9]/.test(tok.v[1]!) && !ECMA_SYNTAX.test(tok.v[1]!))
        out += tok.v[1];
      else out += tok.v;
    } else if (tok.t === 'class') {
      let failed = false;
      const v = tok.v.replace(/\[:(\w+):\]/g, (_m, name: string) => {
        const r = POSIX_CLASSES[name];
        if (!r) failed = true;
        return r ?? '';
      });
      if (failed) return refuse(`the POSIX class in \`${tok.v}\` has no ECMA-262 equivalent`);
      out += v;
    } else if (tok.t === 'open') out += tok.v;
    else if (tok.t === 'close') out += ')';
    else out += tok.v;
  }
  return validEcma(out);
}

/**
 * An ECMA-262 pattern as a PostgreSQL ARE with the same meaning for a CHECK (`col ~ '…'`): word
 * boundaries become `\y`/`\Y` (`\b` is a backspace in an ARE), named groups become plain groups.
 * Lookaheads and lookbehinds are kept: an ARE has both (docs §9.7.3.3, Table 9.22; PGlite 18
 * accepts `'abc1' ~ '^(?=.*\d).{4,}$'`), but not with a back reference beside them. Refused: back
 * references to names, Unicode property classes, `\D`/`\S`/`\W`/`\b` inside a class; anything
 * else PostgreSQL's parser rejects is reported by the verifier on the applied schema.
 */
export function toPostgres(ecma: string): Translation {
  const tokens = tokenize(ecma);
  if (!tokens) return refuse('the pattern does not parse');
  let out = '';
  for (const tok of tokens) {
    switch (tok.t) {
      case 'esc': {
        const v = tok.v;
        if (v === '\\b') out += '\\y';
        else if (v === '\\B') out += '\\Y';
        else if (/^\\[pP]\{/.test(v))
          return refuse(`the Unicode property class \`${v}\` has no PostgreSQL equivalent`);
        else if (/^\\k/.test(v))
          return refuse(`the named back reference \`${v}\` has no PostgreSQL equivalent`);
        else if (/^\\u\{/.test(v)) {
          const hex = v.slice(3, -1).padStart(8, '0');
          if (hex.length > 8) return refuse(`\`${v}\` is out of range`);
          out += `\\U${hex}`;
        } else if (v === '\\0') return refuse('`\\0` (NUL) cannot be stored in PostgreSQL text');
        else out += v;
        break;
      }
      case 'class':
        // Inside an ARE bracket expression `\D`, `\S` and `\W` are illegal (docs §9.7.3.3) and `\b` is a backspace.
        if (/\\[DSWbB]/.test(tok.v))
          return refuse(`\`${tok.v}\` cannot be written inside a PostgreSQL bracket expression`);
        if (/\\[pP]\{/.test(tok.v))
          return refuse(`the Unicode property class in \`${tok.v}\` has no PostgreSQL equivalent`);
        out += tok.v;
        break;
      case 'open':
        if (tok.name) out += '(';
        else if (tok.v === '(?<=' || tok.v === '(?<!') out += tok.v;
        else out += tok.v;
        break;
      case 'close':
        out += ')';
        break;
      default:
        out += tok.v;
    }
  }
  // Lookaround constraints cannot contain back references (docs §9.7.3.3).
  if (/\(\?<?[=!]/.test(out) && tokens.some((t) => t.t === 'esc' && /^\\[1-9]/.test(t.v)))
    return refuse('a lookaround beside a back reference is not accepted by PostgreSQL');
  // NUL cannot be stored in text; a literal one in the pattern would end the string in the server.
  if (out.includes('\u0000')) return refuse('the pattern holds a NUL character');
  return { pattern: out };
}

/**
 * A deterministic value the ECMA-262 pattern accepts (for schema examples), built from the pattern:
 * the first branch of each alternation, the least repetitions, the first member of each class.
 * Null when the pattern has lookarounds or back references, or when the value does not match.
 */
export function patternSample(ecma: string): string | null {
  const tokens = tokenize(ecma);
  if (!tokens) return null;
  let pos = 0;
  // Returns the sample of one sequence up to `|` or `)` at this depth.
  const sequence = (): string | null => {
    let s = '';
    let last = '';
    while (pos < tokens.length) {
      const tok = tokens[pos]!;
      if (tok.t === 'close') break;
      if (tok.t === 'other' && tok.v === '|') break;
      pos++;
      let atom: string | null = null;
      switch (tok.t) {
        case 'anchor':
          atom = '';
          break;
        case 'char':
          atom = tok.v;
          break;
        case 'esc':
          atom = escSample(tok.v);
          break;
        case 'class':
          atom = classSample(tok.v);
          break;
        case 'open': {
          // A lookaround consumes nothing: its condition is met, or not, by the candidates below.
          const look = /^\(\?(?:=|!|<=|<!)/.test(tok.v);
          const first = sequence();
          if (first === null) return null;
          // Skip the other branches of the group.
          let depth = 0;
          while (pos < tokens.length) {
            const x = tokens[pos]!;
            if (x.t === 'open') depth++;
            else if (x.t === 'close') {
              if (depth === 0) break;
              depth--;
            }
            pos++;
          }
          pos++;
          atom = look ? '' : first;
          break;
        }
        case 'other':
          if (tok.v === '.') atom = 'a';
          else if (tok.v === '*' || tok.v === '?') {
            s = s.slice(0, s.length - last.length);
            last = '';
            if (tokens[pos]?.t === 'other' && (tokens[pos] as { v: string }).v === '?') pos++;
            continue;
          } else if (tok.v === '+') {
            if (tokens[pos]?.t === 'other' && (tokens[pos] as { v: string }).v === '?') pos++;
            continue;
          } else if (tok.v === '{') {
            let body = '';
            while (
              pos < tokens.length &&
              !(tokens[pos]!.t === 'other' && (tokens[pos] as { v: string }).v === '}')
            ) {
              const x = tokens[pos]!;
              body += 'v' in x ? x.v : '';
              pos++;
            }
            pos++;
            const n = /^(\d+)(?:,\d*)?$/.exec(body);
            if (!n) return null;
            s = s.slice(0, s.length - last.length) + last.repeat(Number(n[1]));
            last = '';
            if (tokens[pos]?.t === 'other' && (tokens[pos] as { v: string }).v === '?') pos++;
            continue;
          } else return null;
          break;
      }
      if (atom === null) return null;
      s += atom;
      last = atom;
    }
    return s;
  };
  const built = sequence();
  let re: RegExp;
  try {
    re = new RegExp(ecma, 'u');
  } catch {
    return null;
  }
  // A top-level alternation: the first branch. Lookarounds (a password's `(?=.*\d)`): a mixed value.
  if (built !== null && re.test(built)) return built;
  return SAMPLES.find((c) => re.test(c)) ?? null;
}

/** Values tried when the pattern's own shape gives none: mixed case, digits and a symbol, at lengths. */
const SAMPLES = [
  'Aa1!Aa1!',
  'Aa1!Aa1!Aa1!',
  'Aa1!Aa1!Aa1!Aa1!',
  'Aa1!',
  'aA1-bB2_',
  'a1a1',
  'a1a1a1a1',
  'A1A1',
  'A1A1A1A1',
  'a',
  '1',
  'A',
];

function escSample(v: string): string | null {
  if (v === '\\d') return '1';
  if (v === '\\w') return 'a';
  if (v === '\\s') return ' ';
  if (v === '\\D' || v === '\\W' || v === '\\S') return v === '\\S' ? 'a' : '-';
  if (v === '\\b' || v === '\\B') return '';
  if (/^\\\d/.test(v) || /^\\[kpP]/.test(v)) return null;
  if (/^\\x/.test(v)) return String.fromCodePoint(Number.parseInt(v.slice(2), 16));
  if (/^\\u\{/.test(v)) return String.fromCodePoint(Number.parseInt(v.slice(3, -1), 16));
  if (/^\\u/.test(v)) return String.fromCodePoint(Number.parseInt(v.slice(2), 16));
  if (v === '\\t') return '\t';
  if (v === '\\n' || v === '\\r' || v === '\\f' || v === '\\v') return null;
  if (/^\\[A-Za-z]$/.test(v)) return null;
  return v.slice(1);
}

function classSample(v: string): string | null {
  const negated = v.startsWith('[^');
  if (!negated) {
    const body = v.slice(1, -1);
    if (body.startsWith('\\')) return escSample(/^\\(?:x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|.)/.exec(body)![0]);
    const c = [...body][0];
    return c === undefined ? null : c;
  }
  let re: RegExp;
  try {
    re = new RegExp(`^${v}$`, 'u');
  } catch {
    return null;
  }
  for (const c of ['a', 'A', '1', 'x', '_', '-', ' ', '.']) if (re.test(c)) return c;
  return null;
}

export interface PatternTranslations {
  /** ECMA-262 source for JSON Schema and OpenAPI `pattern`. */
  ecma: Translation;
  /** PostgreSQL ARE for `CHECK (col ~ '…')`; `caseInsensitive` asks for `~*`. */
  postgres: Translation & { caseInsensitive?: boolean };
}

/** Both translations of a stated pattern. A case-insensitive flag (`/…/i`) is PostgreSQL's `~*`. */
export function translatePattern(source: string, flavour: RegexFlavour, flags = ''): PatternTranslations {
  const ecma = toEcma(source, flavour, flags);
  if (flavour === 'postgres') return { ecma, postgres: { pattern: source } };
  const caseInsensitive = flags.includes('i');
  const base = caseInsensitive ? toEcma(source, flavour, flags.replace(/i/g, '')) : ecma;
  const postgres = base.pattern === null ? base : toPostgres(base.pattern);
  return {
    ecma,
    postgres: caseInsensitive && postgres.pattern !== null ? { ...postgres, caseInsensitive } : postgres,
  };
}
