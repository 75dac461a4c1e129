import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';

/**
 * The messages and hints the code writes at its `diag(code, message, { hint })` call sites, read
 * statically from src/: a string or template literal becomes a template where each `${…}` is `{*}`;
 * an interpolation `${cond ? 'a' : 'b'}` and a message `cond ? `…` : `…`` give one template per
 * branch. A message held in a variable is not seen here (its wording is written elsewhere).
 */
export interface DiagSite {
  file: string;
  line: number;
  code: string;
  kind: 'message' | 'hint';
  template: string;
}

/** The end index (exclusive) of the string or template literal opening at `i`. */
function literalEnd(src: string, i: number): number {
  const q = src[i]!;
  let j = i + 1;
  while (j < src.length) {
    const c = src[j]!;
    if (c === '\\') j += 2;
    else if (c === q) return j + 1;
    else if (q === '`' && c === '$' && src[j + 1] === '{') j = blockEnd(src, j + 1);
    else j++;
  }
  return j;
}

/** The end index (exclusive) of the bracketed expression opening at `i` (`(`, `{`, `[`). */
function blockEnd(src: string, i: number): number {
  let depth = 0;
  let j = i;
  while (j < src.length) {
    const c = src[j]!;
    if (c === "'" || c === '"' || c === '`') {
      j = literalEnd(src, j);
      continue;
    }
    if (c === '(' || c === '{' || c === '[') depth++;
    else if (c === ')' || c === '}' || c === ']') {
      depth--;
      if (depth === 0) return j + 1;
    }
    j++;
  }
  return j;
}

/** The top-level arguments of the call whose `(` is at `i`, as source text. */
function callArguments(src: string, i: number): string[] {
  const end = blockEnd(src, i);
  const body = src.slice(i + 1, end - 1);
  const args: string[] = [];
  let depth = 0;
  let start = 0;
  for (let j = 0; j < body.length; j++) {
    const c = body[j]!;
    if (c === "'" || c === '"' || c === '`') {
      j = literalEnd(body, j) - 1;
      continue;
    }
    if (c === '(' || c === '{' || c === '[') depth++;
    else if (c === ')' || c === '}' || c === ']') depth--;
    else if (c === ',' && depth === 0) {
      args.push(body.slice(start, j).trim());
      start = j + 1;
    }
  }
  if (body.slice(start).trim()) args.push(body.slice(start).trim());
  return args;
}

const LITERAL = /^(?:'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|`[\s\S]*`)$/;

/** The templates an expression can evaluate to: a literal, or either branch of `c ? x : y`. */
function templatesOf(expr: string): string[] {
  const e = expr.trim();
  if (LITERAL.test(e) && literalEnd(e, 0) === e.length) return expand(e);
  const branch = topLevelConditional(e);
  return branch ? [...templatesOf(branch[0]), ...templatesOf(branch[1])] : [];
}

/** `[then, else]` of a top-level `c ? then : else`, or null. */
function topLevelConditional(e: string): [string, string] | null {
  let depth = 0;
  let q = -1;
  for (let j = 0; j < e.length; j++) {
    const c = e[j]!;
    if (c === "'" || c === '"' || c === '`') {
      j = literalEnd(e, j) - 1;
      continue;
    }
    if (c === '(' || c === '{' || c === '[') depth++;
    else if (c === ')' || c === '}' || c === ']') depth--;
    else if (depth === 0 && c === '?' && e[j + 1] !== '?' && e[j + 1] !== '.' && e[j - 1] !== '?') {
      if (q < 0) q = j;
    } else if (depth === 0 && c === ':' && q >= 0) return [e.slice(q + 1, j), e.slice(j + 1)];
  }
  return null;
}

/**
 * A literal as templates: escapes resolved, `${…}` as `{*}`, or each literal branch of a
 * `${c ? 'a' : 'b'}`; interpolations on the same condition take the same branch together
 * (`${n === 1 ? 'state' : 'states'} … ${n === 1 ? 'is' : 'are'}`).
 */
function expand(lit: string): string[] {
  const body = lit.slice(1, -1);
  if (lit[0] !== '`') return [unescapeLiteral(body)];
  type Piece = string | { cond: string | null; branches: string[][] };
  const pieces: Piece[] = [];
  let j = 0;
  while (j < body.length) {
    if (body[j] === '$' && body[j + 1] === '{') {
      const end = blockEnd(body, j + 1);
      const inner = body.slice(j + 2, end - 1).trim();
      const branch = topLevelConditional(inner);
      const branches = branch ? [templatesOf(branch[0]), templatesOf(branch[1])] : [];
      if (branch && branches.every((b) => b.length > 0))
        pieces.push({ cond: inner.slice(0, inner.indexOf('?')).trim(), branches });
      else pieces.push('{*}');
      j = end;
      continue;
    }
    const k = body.indexOf('${', j);
    pieces.push(unescapeLiteral(body.slice(j, k < 0 ? body.length : k)));
    j = k < 0 ? body.length : k;
  }
  const conditions = [...new Set(pieces.flatMap((p) => (typeof p === 'string' ? [] : [p.cond])))];
  const outs: string[] = [];
  for (let mask = 0; mask < 2 ** conditions.length; mask++) {
    let texts = [''];
    for (const p of pieces) {
      if (typeof p === 'string') texts = texts.map((t) => t + p);
      else {
        const taken = p.branches[(mask >> conditions.indexOf(p.cond)) & 1]!;
        texts = texts.flatMap((t) => taken.map((b) => t + b));
      }
    }
    outs.push(...texts);
  }
  return [...new Set(outs)];
}

function unescapeLiteral(s: string): string {
  return s.replace(/\\(.)/g, (_, c: string) => (c === 'n' ? '\n' : c));
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory()
      ? sourceFiles(path.join(dir, d.name))
      : d.name.endsWith('.ts')
        ? [path.join(dir, d.name)]
        : [],
  );
}

/**
 * Local wrappers that pass one of their parameters as the message, such as
 * `const bad = (line: number, message: string) => diag('facts/bad-overlay', message, …)`: their name,
 * the parameter's position and the code.
 */
function wrappers(src: string): { name: string; index: number; code: string }[] {
  const out: { name: string; index: number; code: string }[] = [];
  for (const m of src.matchAll(
    /const (\w+) = \(([^)]*)\)\s*=>[\s\S]{0,80}?(?<![\w.])diag\(\s*'([^']+)',\s*(\w+)\s*,/g,
  )) {
    const params = m[2]!.split(',').map((p) => p.split(':')[0]!.trim());
    const index = params.indexOf(m[4]!);
    if (index >= 0) out.push({ name: m[1]!, index, code: m[3]! });
  }
  return out;
}

/** Every `diag(...)` call site under `root` with the templates of its message and hint. */
export function diagSites(root: string): DiagSite[] {
  const out: DiagSite[] = [];
  for (const file of sourceFiles(root)) {
    const src = readFileSync(file, 'utf8');
    const rel = path.relative(root, file);
    // A check rule's problems become diagnostics of the rule's code (src/check/index.ts).
    if (rel.startsWith(`check${path.sep}rules`))
      for (const m of src.matchAll(/(?<![\w.])message:\s*/g)) {
        const expr = callArguments(`(${src.slice(m.index + m[0].length)})`, 0)[0] ?? '';
        const line = src.slice(0, m.index).split('\n').length;
        for (const t of templatesOf(expr))
          out.push({ file: rel, line, code: 'check', kind: 'message', template: t });
      }
    for (const w of wrappers(src))
      for (const m of src.matchAll(new RegExp(`(?<![\\w.])${w.name}\\(`, 'g'))) {
        const args = callArguments(src, m.index + m[0].length - 1);
        const line = src.slice(0, m.index).split('\n').length;
        for (const t of templatesOf(args[w.index] ?? ''))
          out.push({ file: rel, line, code: w.code, kind: 'message', template: t });
      }
    for (const m of src.matchAll(/(?<![\w.])diag\(/g)) {
      const open = m.index + m[0].length - 1;
      const args = callArguments(src, open);
      if (args.length < 2) continue;
      const line = src.slice(0, m.index).split('\n').length;
      const code = /^'([^']+)'$/.exec(args[0]!)?.[1] ?? args[0]!;
      for (const t of templatesOf(args[1]!))
        out.push({ file: rel, line, code, kind: 'message', template: t });
      const extra = args[2] ?? '';
      const hint = /(?<![\w.])hint:\s*/.exec(extra);
      if (hint) {
        const rest = extra.slice(hint.index + hint[0].length);
        const expr = callArguments(`(${rest})`, 0)[0] ?? '';
        for (const t of templatesOf(expr)) out.push({ file: rel, line, code, kind: 'hint', template: t });
      }
    }
  }
  return out;
}
