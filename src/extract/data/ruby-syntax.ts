import type { CodeBlock } from '../../markdown/blocks.js';
import { closingBracket, splitComment, splitTopLevel, stringLiteral } from './code-text.js';

/**
 * The little of Ruby's syntax that Rails schemas and models are written in: statements (a call
 * continues on the next line while a bracket is open or the line ends with a comma or a
 * backslash), call arguments (positional values, then `key: value` or `:key => value` options),
 * and the literal values those options take — symbols, strings, numbers, booleans, `nil`,
 * arrays, `%w[]`/`%i[]` word lists, hashes, ranges and `-> { "sql" }` lambdas.
 * Read with indexOf and bracket counters, never a pattern that backtracks over a fence (issue 12).
 */

export interface RubyStatement {
  /** The statement's code, continuation lines joined with one space, comments removed. */
  text: string;
  /** Block nesting (`do … end`, `class … end`, `def … end`) the statement starts at. */
  depth: number;
  line: number;
  /** The first line as written, for the origin's quote. */
  quote: string;
}

export type RubyValue =
  | { kind: 'symbol' | 'string'; text: string }
  | { kind: 'number'; text: string }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'nil' }
  | { kind: 'list'; items: RubyValue[] }
  | { kind: 'hash'; entries: Map<string, RubyValue> }
  | { kind: 'range'; from: string; to: string; exclusive: boolean }
  | { kind: 'lambda'; body: string }
  | { kind: 'code'; text: string };

export interface RubyArgs {
  positional: RubyValue[];
  options: Map<string, RubyValue>;
}

/** Keywords that open a block closed by `end` when they start a statement. */
const OPENERS = new Set(['class', 'module', 'def', 'if', 'unless', 'case', 'begin', 'while', 'until', 'for']);
const MAX_JOINED = 60;

/** The statements of a fence, each with the block depth it starts at. */
export function rubyStatements(
  block: CodeBlock,
  opensBlocks: (text: string) => number = opens,
): RubyStatement[] {
  const raw = block.content.split('\n');
  const out: RubyStatement[] = [];
  let depth = 0;
  for (let i = 0; i < raw.length; i++) {
    let text = splitComment(raw[i]!, '#').code.trim();
    if (!text) continue;
    if (/^=begin\b/.test(text)) {
      while (i + 1 < raw.length && !/^=end\b/.test(raw[i]!.trim())) i++;
      continue;
    }
    const start = i;
    while (continues(text) && i + 1 < raw.length && i - start < MAX_JOINED) {
      i++;
      text = `${text.replace(/\\$/, '')} ${splitComment(raw[i]!, '#').code.trim()}`.trim();
    }
    if (/^end\b/.test(text)) {
      depth = Math.max(0, depth - 1);
      continue;
    }
    out.push({ text, depth, line: block.contentLine + start, quote: raw[start]!.trim() });
    depth += opensBlocks(text);
  }
  return out;
}

/**
 * Elixir opens a block only with a trailing `do` (`defmodule X do`, `def f(x) do`, `if x do`) or an
 * `fn … ->` left open; `def f(x), do: y` and `if x, do: y` open none. Its `end` closes as Ruby's does.
 */
export function elixirOpens(text: string): number {
  return (/\bdo$/.test(text) ? 1 : 0) + (/\bfn\b.*->$/.test(text) ? 1 : 0);
}

/** A statement goes on while a bracket is open or its line ends with `,`, `\`, `=>`, `&&`, `||`, `+` or `=`. */
function continues(text: string): boolean {
  if (/[,\\]$/.test(text) || /(?:&&|\|\||=>|[+=])$/.test(text)) return true;
  let depth = 0;
  let quote = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
    } else if (c === '\\') i++;
    else if (c === '"' || c === "'") quote = c;
    else if (c === '(' || c === '[' || c === '{') depth++;
    else if ((c === ')' || c === ']' || c === '}') && depth > 0) depth--;
  }
  return depth > 0;
}

/** How many blocks a statement opens: a leading keyword and/or a trailing `do |x|`; `def x = y` none. */
function opens(text: string): number {
  const first = /^[a-z_]+/.exec(text)?.[0] ?? '';
  let n = 0;
  if (OPENERS.has(first) && !(first === 'def' && /^def\s+[\w.?!]+(?:\([^)]*\))?\s*=/.test(text))) n++;
  if (/\bdo(?:\s*\|[^|]*\|)?$/.test(text)) n++;
  // `if x then y end` and `def x; y; end` on one line close themselves.
  if (/\bend$/.test(text) && n > 0) n--;
  return n;
}

/** `create_table "x", force: :cascade do |t|` → the call's name and its argument text. */
export function callOf(text: string): { name: string; receiver: string; args: string } | null {
  const head = /^(?:([A-Za-z_][\w:]*)\.)?([a-z_]\w*[?!]?)/.exec(text);
  if (!head) return null;
  let rest = text.slice(head[0].length);
  rest = rest.replace(/\s+do(?:\s*\|[^|]*\|)?$/, '');
  const trimmed = rest.trimStart();
  if (trimmed.startsWith('(')) {
    const close = closingBracket(trimmed, 0);
    if (close > 0) rest = trimmed.slice(1, close - 1);
  } else if (rest.length > 0 && !/^\s/.test(rest)) return null;
  return { receiver: head[1] ?? '', name: head[2]!, args: rest.trim() };
}

export function rubyArgs(text: string): RubyArgs {
  const positional: RubyValue[] = [];
  const options = new Map<string, RubyValue>();
  for (const raw of splitTopLevel(text, ',', false)) {
    const part = raw.trim();
    if (!part) continue;
    const key = optionKey(part);
    if (key) options.set(key.name, rubyValue(part.slice(key.end)));
    else positional.push(rubyValue(part));
  }
  return { positional, options };
}

/** `null: false` → null; `:null => false` and `"null" => false` too. */
function optionKey(part: string): { name: string; end: number } | null {
  const modern = /^([A-Za-z_]\w*[?!]?):(?!:)\s*/.exec(part);
  if (modern) return { name: modern[1]!, end: modern[0].length };
  const rocket = /^(?::([A-Za-z_]\w*)|"([^"]*)"|'([^']*)')\s*=>\s*/.exec(part);
  if (rocket) return { name: rocket[1] ?? rocket[2] ?? rocket[3]!, end: rocket[0].length };
  return null;
}

export function rubyValue(written: string): RubyValue {
  const t = written.trim();
  if (t.startsWith(':') && /^:[A-Za-z_]\w*[?!]?$/.test(t)) return { kind: 'symbol', text: t.slice(1) };
  if (/^:"[^"]*"$/.test(t)) return { kind: 'symbol', text: t.slice(2, -1) };
  const s = stringLiteral(t);
  if (s !== null) return { kind: 'string', text: s };
  if (/^-?\d[\d_]*(?:\.\d+)?$/.test(t)) return { kind: 'number', text: t.replace(/_/g, '') };
  if (t === 'true' || t === 'false') return { kind: 'boolean', value: t === 'true' };
  if (t === 'nil') return { kind: 'nil' };
  const words = /^%([wWiI])[[({<]([\s\S]*)[\])}>]$/.exec(t);
  if (words)
    return {
      kind: 'list',
      items: words[2]!
        .split(/\s+/)
        .filter(Boolean)
        .map((w) => ({ kind: /[iI]/.test(words[1]!) ? 'symbol' : 'string', text: w })),
    };
  if (t.startsWith('[') && t.endsWith(']'))
    return {
      kind: 'list',
      items: splitTopLevel(t.slice(1, -1), ',', false)
        .filter((x) => x.trim())
        .map(rubyValue),
    };
  if (t.startsWith('{') && t.endsWith('}'))
    return { kind: 'hash', entries: rubyArgs(t.slice(1, -1)).options };
  const lambda = /^(?:->|lambda|proc)\s*\{([\s\S]*)\}$/.exec(t);
  if (lambda) return { kind: 'lambda', body: lambda[1]!.trim() };
  const range = /^\(?\s*(-?[\d_.]+?)\s*(\.\.\.?)\s*(-?[\d_.]+)\s*\)?$/.exec(t);
  if (range)
    return {
      kind: 'range',
      from: range[1]!.replace(/_/g, ''),
      to: range[3]!.replace(/_/g, ''),
      exclusive: range[2] === '...',
    };
  return { kind: 'code', text: t };
}

/** A symbol's or a string's text; null for any other value. */
export function nameOf(v: RubyValue | undefined): string | null {
  return v && (v.kind === 'symbol' || v.kind === 'string') ? v.text : null;
}

/** Names of a value that may be one name or a list of them (`:a` or `[:a, :b]`). */
export function namesOf(v: RubyValue | undefined): string[] {
  if (!v) return [];
  if (v.kind === 'list') return v.items.map(nameOf).filter((x): x is string => x !== null);
  const one = nameOf(v);
  return one === null ? [] : [one];
}

export const isTrue = (v: RubyValue | undefined) => v?.kind === 'boolean' && v.value;
export const isFalse = (v: RubyValue | undefined) => v?.kind === 'boolean' && !v.value;
export const numberOf = (v: RubyValue | undefined): string | null => (v?.kind === 'number' ? v.text : null);

/**
 * ActiveSupport's plural of a regular English noun, as Rails names the table of a reference
 * (`:turma` → `turmas`, `:category` → `categories`). The irregular ones Rails knows are few; a
 * document that needs another names the table (`to_table:`, `self.table_name`).
 */
export function railsPlural(word: string): string {
  if (/(?:s|x|z|ch|sh)$/.test(word)) return `${word}es`;
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`;
  if (word === 'person') return 'people';
  return `${word}s`;
}

/** `item_pedido` → `ItemPedido` (ActiveSupport's camelize). */
export const camelize = (snake: string) =>
  snake
    .split('_')
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join('');

/** `ItemPedido` → `item_pedido` (ActiveSupport's underscore). */
export const underscore = (camel: string) =>
  camel
    .replace(/::/g, '/')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
    .replace(/([a-z\d])([A-Z])/g, '$1_$2')
    .toLowerCase();
