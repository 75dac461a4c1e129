import { type Diagnostic, diag } from '../diagnostics/diagnostic.js';
import { entityKey } from '../knowledge/names.js';
import type { Block, CodeBlock, HeadingBlock, MarkdownDoc, TableBlock } from '../markdown/blocks.js';
import { catalogFor, LANGUAGES } from '../render/i18n/index.js';
import type { SectionId } from './sections.js';

const METHOD = /\b(GET|POST|PUT|PATCH|DELETE)\s+`?(\/[^\s`|)]*)/g;
const MATRIX_FIRST =
  /^(endpoints?|routes?|rutas?|rotas?|points? de terminaison|endpunkte?|operations?|operaciones|operações|opérations?)$/i;
const NOT_ROLE =
  /^(source|fuente|fonte|quelle|notes?|notas?|description|descripción|descrição|beschreibung|method|path|ruta|rota|chemin|pfad)$/i;

/** `/api/v1/users/:id/` → `/users/{}`: prefixes, parameter spellings and trailing slashes ignored. */
export function endpointKey(method: string, path: string): string {
  const p = path
    .replace(/[`*]/g, '')
    .replace(/^\/api(\/v\d+)?(?=\/)/i, '')
    .replace(/\{[^}]*\}|:[A-Za-z_]\w*|<[^>]*>/g, '{}')
    .replace(/\/+$/, '');
  return `${method.toUpperCase()} ${p || '/'}`;
}

const clean = (s: string) => s.replace(/[`*]/g, '').trim();

/** First and last line of a section: its heading up to the next heading of the same or a higher level. */
export function sectionRange(md: MarkdownDoc, h: HeadingBlock): [number, number] {
  const next = md.blocks.find(
    (b): b is HeadingBlock => b.kind === 'heading' && b.line > h.line && b.level <= h.level,
  );
  return [h.line, next ? next.line - 1 : Number.MAX_SAFE_INTEGER];
}

const inRange = (b: Block, r: [number, number] | null) => r !== null && b.line >= r[0] && b.line <= r[1];

/** "Operations left out on purpose" in every catalog: a list of endpoints that are not designed. */
const LEFT_OUT = new Set(
  LANGUAGES.map((l) => catalogFor(l).messages.api.stories.suppressedHeading.toLowerCase()),
);

/**
 * The spec against itself: every endpoint of the permission matrix is documented in the API
 * section and every documented endpoint has a matrix row; every role of the matrix is defined;
 * every entity of the data-model section has a table in the SQL.
 */
export function crossCheck(input: {
  file: string;
  md: MarkdownDoc;
  sections: Map<SectionId, HeadingBlock>;
  tables: TableBlock[];
  created: { creates: string; line: number }[];
  code: CodeBlock[];
}): Diagnostic[] {
  const { file, md, sections } = input;
  const out: Diagnostic[] = [];
  const at = (line: number) => ({ at: { file, line } });
  const range = (id: SectionId) => {
    const h = sections.get(id);
    return h ? sectionRange(md, h) : null;
  };

  // Endpoints documented in the API section: headings, table rows and list items naming METHOD /path.
  const api = range('api');
  const documented = new Map<string, number>();
  const note = (text: string, line: number) => {
    for (const m of text.matchAll(METHOD))
      if (!documented.has(endpointKey(m[1]!, m[2]!))) documented.set(endpointKey(m[1]!, m[2]!), line);
  };
  const leftOut = md.blocks
    .filter((b): b is HeadingBlock => b.kind === 'heading' && LEFT_OUT.has(clean(b.text).toLowerCase()))
    .map((h) => sectionRange(md, h));
  for (const b of md.blocks.filter((x) => inRange(x, api) && !leftOut.some((r) => inRange(x, r)))) {
    if (b.kind === 'heading' || b.kind === 'paragraph' || b.kind === 'list-item') note(b.text, b.line);
    if (b.kind === 'table') {
      const mi = b.header.findIndex((h) => /^(method|método|méthode|methode|verb)$/i.test(clean(h)));
      const pi = b.header.findIndex((h) => /^(path|ruta|rota|chemin|pfad|endpoint|route)$/i.test(clean(h)));
      for (const r of b.rows) {
        if (mi >= 0 && pi >= 0 && /^(GET|POST|PUT|PATCH|DELETE)$/i.test(clean(r.cells[mi] ?? '')))
          documented.set(endpointKey(clean(r.cells[mi]!), clean(r.cells[pi] ?? '')), r.line);
        else note(r.cells.join(' '), r.line);
      }
    }
  }

  // The permission matrix: a table whose first column lists endpoints and whose other columns are roles.
  // Other tables list operations too (those left out on purpose, stories): the matrix is the
  // candidate with the most endpoint rows.
  const endpointRows = (t: (typeof input.tables)[number]) =>
    t.rows.filter((r) => new RegExp(METHOD.source).test(r.cells[0] ?? '')).length;
  const matrix = input.tables
    .filter((t) => MATRIX_FIRST.test(clean(t.header[0] ?? '')) && endpointRows(t) > 0 && t.header.length >= 3)
    .sort((a, b) => endpointRows(b) - endpointRows(a))[0];
  if (matrix && documented.size > 0) {
    const rows = new Map<string, number>();
    for (const r of matrix.rows)
      for (const m of (r.cells[0] ?? '').matchAll(METHOD)) rows.set(endpointKey(m[1]!, m[2]!), r.line);
    for (const [key, line] of rows)
      if (!documented.has(key))
        out.push(
          diag(
            'spec-check/matrix-unknown-endpoint',
            `the permission matrix lists ${key}, which the API section does not document`,
            at(line),
          ),
        );
    for (const [key, line] of documented)
      if (!rows.has(key))
        out.push(
          diag(
            'spec-check/endpoint-not-in-matrix',
            `${key} has no row in the permission matrix (line ${matrix.line})`,
            at(line),
          ),
        );

    // Roles: each matrix column must be defined somewhere else in the spec.
    const roles = matrix.header
      .slice(1)
      .map(clean)
      .filter((h) => h.length > 0 && !NOT_ROLE.test(h));
    const elsewhere = md.blocks
      .filter((b) => b !== matrix)
      .map((b) =>
        b.kind === 'table'
          ? [...b.header, ...b.rows.flatMap((r) => r.cells)].join(' ')
          : b.kind === 'code'
            ? b.content
            : b.text,
      )
      .join('\n')
      .toLowerCase();
    for (const role of roles) {
      const forms = [role.toLowerCase(), role.toLowerCase().replace(/[_-]/g, ' ')];
      if (!forms.some((f) => elsewhere.includes(f)))
        out.push(
          diag(
            'spec-check/undefined-role',
            `the permission matrix has a column for role "${role}", which the spec never defines`,
            at(matrix.line),
          ),
        );
    }
  }

  // Entities of the data-model section without a table in the SQL.
  const models = range('data-models');
  const modelHeading = sections.get('data-models');
  if (models && modelHeading && input.created.length > 0) {
    const tables = new Set(input.created.map((c) => entityKey(c.creates)));
    const named = new Map<string, number>();
    for (const b of md.blocks.filter((x) => inRange(x, models))) {
      if (b.kind === 'code' && /^(ts|typescript)$/.test(b.lang))
        for (const m of b.content.matchAll(/^export\s+interface\s+(\w+)/gm)) named.set(m[1]!, b.line);
    }
    for (const [name, line] of named)
      if (!tables.has(entityKey(name)))
        out.push(
          diag('spec-check/entity-without-table', `entity ${name} has no CREATE TABLE in the SQL`, at(line)),
        );
  }
  return out;
}
