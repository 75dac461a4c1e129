import type { CodeBlock } from '../../markdown/blocks.js';
import type { EntityFact, EnumFact, FieldFact, IndexFact, RelationshipFact } from '../../model/domain.js';
import { applyPipedValues, applyWords, readConstraintWords } from './constraint-words.js';

/**
 * Small character scanners shared by the Kotlin, Python and Go model readers (data/kotlin.ts,
 * data/python.ts, data/go.ts). They read declarations line by line with indexOf and counters, so no
 * pattern backtracks over document text (issue 12): a fence of any shape costs one pass.
 */

/** What a model reader returns for the fences of one document. */
export interface CodeModels {
  entities: EntityFact[];
  enums: EnumFact[];
  /** Relationships a notation states apart from its columns (Django `ManyToManyField`). */
  relationships?: RelationshipFact[];
  /** Indexes a notation states on its fields (gorm `index` tags). */
  indexes?: IndexFact[];
}

/** One line of a fence: its code without the trailing comment, the comment, and its file line. */
export interface CodeLine {
  code: string;
  comment: string;
  line: number;
  /** The line as written, for the origin's quote. */
  text: string;
}

/**
 * Splits a line at its trailing comment (`//`, `#` or SQL's `--`), ignoring markers inside string literals
 * (`"http://x"`, `"#fff"`). Quotes are tracked one character at a time.
 */
export function splitComment(text: string, marker: '//' | '#' | '--'): { code: string; comment: string } {
  let quote = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
    } else if (c === '"' || c === "'" || c === '`') quote = c;
    else if (text.startsWith(marker, i))
      return { code: text.slice(0, i), comment: text.slice(i + marker.length).trim() };
  }
  return { code: text, comment: '' };
}

export function codeLines(block: CodeBlock, marker: '//' | '#'): CodeLine[] {
  return block.content
    .split('\n')
    .map((text, i) => ({ ...splitComment(text, marker), line: block.contentLine + i, text }));
}

const OPEN = '([{<';
const CLOSE = ')]}>';

/**
 * Splits at `sep` outside brackets and string literals: `a: Int, b: Map<String, Int>` → two parts.
 * `angles` counts `<`/`>` as brackets (Kotlin generics); Python and Go compare with them.
 */
export function splitTopLevel(text: string, sep: string, angles: boolean): string[] {
  const out: string[] = [];
  let depth = 0;
  let quote = '';
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
      continue;
    }
    if (c === '"' || c === "'" || c === '`') quote = c;
    else if (OPEN.includes(c) && (angles || c !== '<')) depth++;
    else if (CLOSE.includes(c) && (angles || c !== '>') && depth > 0) depth--;
    else if (depth === 0 && text.startsWith(sep, i)) {
      out.push(text.slice(start, i));
      start = i + sep.length;
    }
  }
  out.push(text.slice(start));
  return out;
}

/** Index just after the bracket that closes the one at `open`, or -1 when it never closes. */
export function closingBracket(text: string, open: number): number {
  const o = text[open]!;
  const c = CLOSE[OPEN.indexOf(o)]!;
  let depth = 0;
  let quote = '';
  for (let i = open; i < text.length; i++) {
    const ch = text[i]!;
    if (quote) {
      if (ch === '\\') i++;
      else if (ch === quote) quote = '';
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === o) depth++;
    else if (ch === c && --depth === 0) return i + 1;
  }
  return -1;
}

/**
 * Keyword arguments of a call's argument text: `String(255), unique=True, nullable=False` →
 * positional [`String(255)`] and named { unique: 'True', nullable: 'False' }.
 */
export function callArgs(
  text: string,
  assign: '=' | ':',
): { positional: string[]; named: Map<string, string> } {
  const positional: string[] = [];
  const named = new Map<string, string>();
  for (const raw of splitTopLevel(text, ',', false)) {
    const part = raw.trim();
    if (!part) continue;
    const eq = topLevelAssign(part, assign);
    if (eq > 0 && /^[A-Za-z_]\w*$/.test(part.slice(0, eq).trim()))
      named.set(part.slice(0, eq).trim(), part.slice(eq + 1).trim());
    else positional.push(part);
  }
  return { positional, named };
}

/** Position of a lone `=` (not `==`, `<=`, `>=`, `!=`) or `:` before any bracket, or -1. */
function topLevelAssign(part: string, assign: '=' | ':'): number {
  for (let i = 0; i < part.length; i++) {
    const c = part[i]!;
    if (OPEN.includes(c) || c === '"' || c === "'") return -1;
    if (c === assign && part[i + 1] !== '=' && !'<>!='.includes(part[i - 1] ?? '')) return i;
  }
  return -1;
}

/** A Kotlin or Java string literal's value: `"""raw"""` as written, `"…"` with `\\\\` and `\\"` undone. */
export function jvmString(text: string | undefined): string | null {
  const t = (text ?? '').trim();
  const raw = /^"""(.*)"""$/s.exec(t);
  if (raw) return raw[1]!;
  const m = /^"((?:[^"\\]|\\.)*)"$/s.exec(t);
  return m ? m[1]!.replace(/\\([\\"$])/g, '$1') : null;
}

/** `"users.id"` / `'users.id'` → `users.id`; anything else → null. */
export function stringLiteral(text: string | undefined): string | null {
  const t = (text ?? '').trim();
  if (t.length >= 2 && (t[0] === '"' || t[0] === "'") && t[t.length - 1] === t[0]) return t.slice(1, -1);
  return null;
}

/** A literal default as the other notations write it: numbers, booleans and quoted text. */
export function literalDefault(text: string): string | undefined {
  const t = text.trim();
  const s = stringLiteral(t);
  if (s !== null) return `'${s.replace(/'/g, "''")}'`;
  if (/^-?\d+(?:\.\d+)?[LlFfDd]?$/.test(t)) return t.replace(/[LlFfDd]$/, '');
  if (/^(?:true|false|True|False)$/.test(t)) return t.toLowerCase();
  return undefined;
}

/**
 * A comparison written as the whole comment (`// >= 0`, `# > 0`, `// ≤ 100`) is a check on the
 * field it follows; the other notations' comment words (`unique`, `max 120 chars`, `FK -> x`) are
 * read by data/constraint-words.ts. The type already states nullability, so the words do not.
 */
export function applyComment(field: FieldFact, comment: string): void {
  const text = comment.trim();
  if (!text) return;
  field.description = text;
  const cmp = /^(>=|<=|>|<|≥|≤)\s*(-?\d+(?:\.\d+)?)(?:\s|$)/.exec(text);
  if (cmp && !field.check) {
    const op = cmp[1] === '≥' ? '>=' : cmp[1] === '≤' ? '<=' : cmp[1]!;
    field.check = `${field.name} ${op} ${cmp[2]}`;
  }
  const words = readConstraintWords(text);
  delete words.nullable;
  if (words.enumValues && field.type.scalar !== 'string' && field.type.scalar !== 'enum')
    delete words.enumValues;
  applyWords(field, words);
  applyPipedValues(field, text);
}

/**
 * Names of classes that do work or carry settings rather than hold rows: services, repositories,
 * handlers, settings. With data/contract-names.ts's request/response shapes, never an entity.
 */
export const WORKER_NAME =
  /.(Service|Services|Repository|Repo|Controller|Handler|Manager|Client|Gateway|Adapter|Factory|Middleware|Router|Config|Configuration|Settings|Properties|Exception|Error|Mapper|Listener|Module|Provider|Resolver|Validator|Serializer|ViewSet|View|Admin|Mixin|Test|Tests|Cache)$/;

/**
 * The closing bracket of every opening one in `text`, found in one pass (a stack per bracket kind,
 * string literals skipped): looking a declaration's end up costs nothing, where scanning from each
 * of many unclosed `(` to the end of the fence cost the square of its length.
 */
export function bracketPairs(text: string): (open: number) => number {
  const close = new Map<number, number>();
  const stacks: number[][] = [[], [], [], []];
  let quote = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote || c === '\n') quote = '';
      continue;
    }
    if (c === '"' || c === "'") {
      quote = c;
      continue;
    }
    const o = OPEN.indexOf(c);
    if (o >= 0) stacks[o]!.push(i);
    else {
      const k = CLOSE.indexOf(c);
      const open = k >= 0 ? stacks[k]!.pop() : undefined;
      if (open !== undefined) close.set(open, i + 1);
    }
  }
  return (open) => close.get(open) ?? -1;
}

/**
 * The fence with its PHP comments (`//`, `#`, `/* … *\/`) blanked to spaces, so offsets and lines
 * stay those of the document; quotes are tracked so `'http://x'` is not a comment.
 */
export function withoutComments(text: string): string {
  const out = text.split('');
  let quote = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
      continue;
    }
    if (c === '"' || c === "'") quote = c;
    else if (c === '#' || (c === '/' && text[i + 1] === '/')) {
      while (i < text.length && text[i] !== '\n') out[i++] = ' ';
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      const stop = end < 0 ? text.length : end + 2;
      for (; i < stop; i++) if (out[i] !== '\n') out[i] = ' ';
      i--;
    }
  }
  return out.join('');
}

/**
 * Statements of a class or object body at its own depth, split at line ends and `;`. With
 * `chains`, a line that continues a call chain (`.nullable()`) belongs to the statement above
 * (Exposed's column declarations, data/exposed.ts).
 */
export function statements(
  code: string,
  from: number,
  to: number,
  chains = false,
): { text: string; at: number }[] {
  const out: { text: string; at: number }[] = [];
  let depth = 0;
  let start = from;
  const push = (end: number) => {
    const text = code.slice(start, end);
    if (text.trim()) out.push({ text, at: start + (text.length - text.trimStart().length) });
  };
  for (let i = from; i < to; i++) {
    const c = code[i]!;
    if (c === '(' || c === '{' || c === '[') depth++;
    else if ((c === ')' || c === '}' || c === ']') && depth > 0) depth--;
    else if (depth === 0 && (c === '\n' || c === ';')) {
      if (chains && c === '\n' && /^\s*\./.test(code.slice(i + 1, i + 40))) continue;
      push(i);
      start = i + 1;
    }
  }
  push(to);
  return out;
}
