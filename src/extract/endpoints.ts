import type { Block } from '../markdown/blocks.js';
import { plainText } from '../markdown/parse.js';
import type { StatedEndpoint } from '../model/domain.js';
import { fromSource } from '../model/origin.js';
import type { Extractor } from './types.js';

/**
 * Extractor `endpoints`: routes a document states, in any of the notations seen in planning docs —
 * route lists in code fences (`POST   /api/auth/register`), comments in code (`// GET /api/x (list)`),
 * sequence diagrams (`U->>API: POST /auth/login (email, password)`), bullets and prose
 * (`` `GET /api/tasks/:id` ``), tables with Method and Path columns or a `METHOD /path` cell.
 * Express-style `:id` becomes OpenAPI's `{id}` (OpenAPI 3.1 §4.8.8 path templating); the base path
 * (`/api`) is kept as written. Wildcards and elisions (`/x/*`, `.../complete`) are not routes.
 */
export const endpointsExtractor: Extractor = {
  name: 'endpoints',
  extract: ({ doc, md }) => {
    const found: StatedEndpoint[] = [];
    for (const block of md.blocks) found.push(...fromBlock(doc.path, block));
    return { fragment: found.length > 0 ? { statedEndpoints: found } : {}, diagnostics: [] };
  },
};

const METHOD = '(?:GET|POST|PUT|PATCH|DELETE)';
const ROUTE = new RegExp(`(?<![A-Za-z])(${METHOD}(?:\\s*\\|\\s*${METHOD})*)\\s+\`?(/[^\\s\`'"),;<>]*)`, 'g');

function fromBlock(file: string, block: Block): StatedEndpoint[] {
  switch (block.kind) {
    case 'code':
      return linesOf(block.content, block.contentLine).flatMap(([text, line]) => fromLine(file, text, line));
    case 'list-item':
    case 'paragraph':
      return linesOf(block.text, block.line).flatMap(([text, line]) => fromLine(file, text, line));
    case 'table':
      return fromTable(file, block);
    case 'heading':
      return fromLine(file, block.text, block.line);
  }
}

function linesOf(text: string, first: number): [string, number][] {
  return text.split('\n').map((t, i) => [t, first + i]);
}

/** Every `METHOD /path` on one line; the words after the last route are its description. */
function fromLine(file: string, raw: string, line: number): StatedEndpoint[] {
  if (!/\b(?:GET|POST|PUT|PATCH|DELETE)\b/.test(raw)) return [];
  // A file-tree listing (`├── tasks.ts ← GET|POST /api/tasks`) summarises routes loosely; the route
  // list it summarises is the statement.
  if (/[├└│]/.test(raw)) return [];
  const out: StatedEndpoint[] = [];
  const matches = [...raw.matchAll(ROUTE)];
  matches.forEach((m, i) => {
    const methods = m[1]!.split('|').map((s) => s.trim());
    const next = matches[i + 1]?.index ?? raw.length;
    const rest = raw.slice((m.index ?? 0) + m[0].length, next);
    const description = describe(rest);
    for (const p of expandPath(m[2]!)) {
      for (const method of methods) {
        const e: StatedEndpoint = {
          method,
          path: p,
          origin: fromSource(file, line, raw.trim().slice(0, 160)),
        };
        if (description) e.description = description;
        out.push(e);
      }
    }
  });
  return out;
}

function fromTable(file: string, block: Extract<Block, { kind: 'table' }>): StatedEndpoint[] {
  const header = block.header.map((h) => plainText(h).toLowerCase());
  const mi = header.findIndex((h) => /^(http )?(method|verb)$/.test(h));
  const pi = header.findIndex((h) => /^(path|route|endpoint|url|uri)$/.test(h));
  const di = header.findIndex((h) => /(description|purpose|summary|action|notes?)/.test(h));
  const out: StatedEndpoint[] = [];
  for (const row of block.rows) {
    const cells = row.cells.map(plainText);
    if (mi >= 0 && pi >= 0) {
      const methods = (cells[mi] ?? '')
        .toUpperCase()
        .split(/[\s,/|]+/)
        .filter((m) => /^(GET|POST|PUT|PATCH|DELETE)$/.test(m));
      const paths = expandPath((cells[pi] ?? '').split(/\s/)[0] ?? '');
      const quote = `| ${row.cells.join(' | ')} |`.slice(0, 160);
      for (const p of paths)
        for (const method of methods) {
          const e: StatedEndpoint = { method, path: p, origin: fromSource(file, row.line, quote) };
          const d = di >= 0 ? cells[di] : undefined;
          if (d) e.description = d;
          out.push(e);
        }
    } else {
      for (const c of row.cells) out.push(...fromLine(file, plainText(c), row.line));
    }
  }
  return out;
}

/** Trailing words after a route (`(email, password)`, `-- list tasks`), without query strings. */
function describe(rest: string): string | undefined {
  const text = rest
    .replace(/^\s*\?\S*/, '')
    .replace(/^[\s`:—–\-→←(]+/, '')
    .replace(/[)`\s]+$/, '')
    .trim();
  return text.length > 0 && /[A-Za-z]/.test(text) ? text.slice(0, 120) : undefined;
}

/**
 * `/api/tasks/:id?x=` → `/api/tasks/{id}`; `/api/auth/register|login` → two paths. Returns nothing for
 * text that is not a concrete route (elisions, wildcards, file names, bare `/`).
 */
export function expandPath(raw: string): string[] {
  let p = raw.replace(/[?#].*$/, '').replace(/[.:,]+$/, '');
  if (p.length < 2 || !p.startsWith('/') || p.includes('...') || p.includes('*') || p.includes('//'))
    return [];
  if (/\.(ts|js|tsx|md|json|ya?ml|html|png|svg)$/i.test(p)) return [];
  p = p.replace(/\/+$/, '');
  const segs = p.split('/');
  const last = segs.pop() ?? '';
  const alternatives = last.includes('|') ? last.split('|') : [last];
  const out: string[] = [];
  for (const alt of alternatives) {
    const full = [...segs, alt]
      .map((s) => s.replace(/^:([A-Za-z_][\w]*)$/, '{$1}').replace(/^<([A-Za-z_]\w*)>$/, '{$1}'))
      .join('/');
    if (/^\/[\w\-{}./]*$/.test(full) && !full.includes('|')) out.push(full);
  }
  return out;
}
