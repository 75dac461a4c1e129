import { createRequire } from 'node:module';
import type { Column, Database, Ref, Table, TokenPosition } from '@dbml/parse';
import { type Diagnostic, diag } from '../diagnostics/diagnostic.js';
import { scalarType } from '../knowledge/scalar-types.js';
import type { CodeBlock } from '../markdown/blocks.js';
import type {
  EntityFact,
  EnumFact,
  FieldFact,
  ForeignKey,
  IndexFact,
  RelationshipFact,
} from '../model/domain.js';
import { collapseSpaceRuns, longestLine, MAX_CODE_LINE } from './data/bounded.js';
import { at, newEntity, newField } from './data/facts.js';
import { ParseMemo } from './data/parse-memo.js';
import { withPartials } from './dbml-partials.js';
import type { Extractor } from './types.js';

/**
 * Extractor `dbml`: ```dbml fences parsed by @dbml/parse, the DBML compiler behind dbdiagram.io
 * (https://dbml.dbdiagram.io/docs): tables with column settings (`pk`, `increment`, `unique`,
 * `not null`, `null`, `default`, `note`, `check`, inline `ref`), `Indexes` and `checks` blocks,
 * `Ref:` lines with `>`, `<`, `-`, `<>` and `delete:` actions, enums and table partials (`~name`).
 * Its raw database JSON is read directly: @dbml/core wraps the same compiler in a 15 MB bundle that
 * took 1.7 s of CPU to load. When a block fails to compile, the failing top-level element is
 * reported and blanked (lines kept) and the rest is compiled again.
 */

type DbmlParse = typeof import('@dbml/parse');
let dbml: DbmlParse | undefined;
// 0.4 MB of CommonJS with no dependencies: loaded on the first dbml fence, in about 40 ms.
const load = (): DbmlParse => {
  dbml ??= createRequire(import.meta.url)('@dbml/parse') as DbmlParse;
  return dbml;
};

/**
 * One compiler for every fence: it is incremental (an editor's language service), so setting the
 * source again drops what it derived from the previous one; building a fresh compiler per fence
 * cost 2.3 times as much CPU on 1,700 small fences (its query caches start cold).
 */
let session:
  | { layout: InstanceType<DbmlParse['MemoryProjectLayout']>; compiler: InstanceType<DbmlParse['Compiler']> }
  | undefined;
const compilerFor = (text: string) => {
  const { MemoryProjectLayout, Compiler, DEFAULT_ENTRY } = load();
  if (!session) {
    const layout = new MemoryProjectLayout();
    session = { layout, compiler: new Compiler(layout) };
  }
  session.layout.setSource(DEFAULT_ENTRY, text);
  return session.compiler;
};

const ON_DELETE: Record<string, ForeignKey['onDelete']> = {
  cascade: 'cascade',
  restrict: 'restrict',
  'set null': 'set null',
  'no action': 'no action',
  'set default': 'set default',
};

type Into = {
  entities: EntityFact[];
  enums: EnumFact[];
  indexes: IndexFact[];
  relationships: RelationshipFact[];
};

export const dbmlExtractor: Extractor = {
  name: 'dbml',
  extract: ({ doc, md }) => {
    const diagnostics: Diagnostic[] = [];
    const into: Into = { entities: [], enums: [], indexes: [], relationships: [] };
    for (const b of md.blocks) {
      if (b.kind === 'code' && b.lang === 'dbml' && /^[ \t]*table\s+/im.test(b.content))
        readBlock(b, doc.path, into, diagnostics);
    }
    const fragment: Partial<Into> = {};
    for (const k of Object.keys(into) as (keyof Into)[])
      if (into[k].length) (fragment[k] as unknown[]) = into[k];
    return { fragment, diagnostics };
  },
};

/** The compiled database, or the first error (0-based line in the block) when it does not compile. */
function compile(text: string): {
  db?: Database;
  error?: { line: number; message: string; fatal?: boolean };
} {
  try {
    const { DEFAULT_ENTRY } = load();
    const compiler = compilerFor(text);
    const errors = compiler.parse.errors(DEFAULT_ENTRY);
    if (errors.length === 0) return { db: compiler.parse.rawDb(DEFAULT_ENTRY) ?? undefined };
    // The first in the text, as a reader would fix them; the others are met on the next pass. A
    // conflict between two elements (codes 5000 and up: the same reference written twice) is
    // reported on both: the later one is the repetition, as for a table defined twice.
    const sorted = [...errors].sort((a, b) => a.start - b.start);
    let chosen = sorted[0]!;
    if (chosen.code >= 5000) chosen = sorted.filter((e) => e.code === chosen.code).pop()!;
    return { error: { line: chosen.nodeOrToken.startPos.line, message: chosen.diagnostic } };
  } catch (e) {
    session = undefined; // a compiler that threw (a stack overflow on deep nesting) is not reused
    return { error: { line: 0, message: (e as Error).message, fatal: true } };
  }
}

const compiled = new ParseMemo<ReturnType<typeof compile>>();

/** Brackets deeper than any schema nests: the compiler would recurse until the stack overflows. */
const MAX_DEPTH = 200;
function depth(text: string): number {
  let d = 0;
  let max = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 40 || c === 91 || c === 123) max = Math.max(max, ++d);
    else if ((c === 41 || c === 93 || c === 125) && d > 0) d--;
  }
  return max;
}

function readBlock(block: CodeBlock, file: string, into: Into, out: Diagnostic[]): void {
  // 90,000 dashes after a column type overflow the compiler's stack (0.2 s each time): no schema
  // writes such a line.
  if (longestLine(collapseSpaceRuns(block.content)) > MAX_CODE_LINE) {
    out.push(
      diag(
        'extract/syntax-error',
        `DBML does not parse: a line is longer than ${MAX_CODE_LINE} characters; the block was skipped`,
        {
          at: { file, line: block.contentLine },
        },
      ),
    );
    return;
  }
  if (depth(block.content) > MAX_DEPTH) {
    out.push(
      diag(
        'extract/syntax-error',
        `DBML does not parse: brackets nest deeper than ${MAX_DEPTH}; the block was skipped`,
        {
          at: { file, line: block.contentLine },
        },
      ),
    );
    return;
  }
  const lines = block.content.split('\n');
  // Each retry compiles the whole block again: the work is bounded (about twice a large block, or
  // 300 KB), so a megabyte of broken DBML costs a few compiles, not fifty.
  let budget = Math.max(300_000, 2 * block.content.length);
  for (let attempt = 0; attempt < 50 && budget > 0; attempt++) {
    const text = collapseSpaceRuns(lines.join('\n'));
    budget -= text.length;
    const { db, error } = compiled.get(text, compile);
    if (!error) {
      if (db) readDatabase(db, block, lines, file, into);
      return;
    }
    out.push(
      diag('extract/syntax-error', `DBML does not parse: ${error.message}; that element was skipped`, {
        at: { file, line: block.contentLine + error.line },
      }),
    );
    // A compiler that threw (a stack overflow on deep nesting) would throw again: the block is skipped.
    if (error.fatal) return;
    // Blank the top-level element holding the error and compile the rest again.
    const top = (l: string | undefined) =>
      /^\s*(table|ref|enum|tablegroup|project|note|records|tablepartial|diagramview)\b/i.test(l ?? '');
    let start = Math.max(0, Math.min(error.line, lines.length - 1));
    while (start > 0 && !top(lines[start])) start--;
    let end = start + 1;
    while (end < lines.length && !top(lines[end])) end++;
    if (lines.slice(start, end).every((l) => l === '')) return;
    for (let i = start; i < end; i++) lines[i] = '';
  }
}

function readDatabase(db: Database, block: CodeBlock, lines: string[], file: string, into: Into): void {
  const origin = (token: TokenPosition | undefined) => {
    const line = token?.start.line ?? 1;
    return at(file, block.contentLine + line - 1, lines[line - 1] ?? '');
  };
  const enumNames = new Set<string>();
  for (const en of db.enums ?? []) {
    enumNames.add(en.name);
    into.enums.push({ name: en.name, values: en.values.map((v) => v.name), origin: origin(en.token) });
  }
  const byTable = new Map<string, EntityFact>();
  // A ref written inline on a column is read with its column; the compiler also lists it in `refs`.
  const inlineAt = new Set<number>();
  const inline: { table: Table; field: Column }[] = [];
  for (const raw of db.tables ?? []) {
    const t = withPartials(raw, db.tablePartials ?? []);
    const e = newEntity(t.name, 'dbml', origin(t.token), t.name);
    if (t.note?.value.trim()) e.description = t.note.value.trim();
    for (const f of t.fields) {
      e.fields.push(readField(f, enumNames, origin(f.token)));
      for (const r of f.inline_refs ?? []) inlineAt.add(r.token.start.offset);
      if (f.inline_refs?.length) inline.push({ table: t, field: f });
    }
    for (const c of t.checks ?? []) e.checks.push({ expression: c.expression, origin: origin(c.token) });
    for (const idx of t.indexes ?? []) {
      const columns = idx.columns.map((c) => (c.type === 'expression' ? `(${c.value})` : c.value));
      if (idx.pk) {
        if (columns.length > 1) e.primaryKey = columns;
        continue;
      }
      const fact: IndexFact = {
        entity: t.name,
        columns,
        unique: idx.unique === true,
        origin: origin(idx.token),
      };
      if (idx.name) fact.name = idx.name;
      if (idx.type) fact.method = String(idx.type);
      into.indexes.push(fact);
    }
    byTable.set(t.name, e);
    into.entities.push(e);
  }
  for (const { table, field } of inline) {
    for (const r of field.inline_refs) {
      const self = { ...r, tableName: table.name, schemaName: table.schemaName, fieldNames: [field.name] };
      // `[ref: > t.c]` on a column: the column is the first end of `column > t.c`.
      const [a, b] = load().getMultiplicities(r.relation) ?? ['*', '*'];
      readRef(
        {
          endpoints: [
            { ...self, relation: a },
            { ...r, relation: b },
          ],
        },
        byTable,
        origin(r.token),
        into,
      );
    }
  }
  for (const ref of db.refs ?? [])
    if (!inlineAt.has(ref.token.start.offset)) readRef(ref, byTable, origin(ref.token), into);
}

function readField(f: Column, enumNames: Set<string>, origin: FieldFact['origin']): FieldFact {
  const written = String(f.type?.type_name ?? 'text');
  const known = scalarType(written, f.name);
  const field = newField(f.name, known ?? { scalar: 'enum', raw: written }, origin);
  if (!known) field.enumName = written;
  if (enumNames.has(written)) field.type = { scalar: 'enum', raw: written };
  if (f.pk) {
    field.primaryKey = true;
    field.nullable = false;
  }
  if (f.unique) field.unique = true;
  if (f.not_null === true) field.nullable = false;
  else if (f.not_null === false && !f.pk) field.nullable = true;
  if (f.increment) field.type.generated = true;
  if (f.note?.value.trim()) field.description = f.note.value.trim();
  const d = f.dbdefault;
  if (d) field.default = d.type === 'string' ? `'${d.value}'` : String(d.value);
  const checks = (f.checks ?? []).map((c) => c.expression);
  if (checks.length)
    field.check = checks.length === 1 ? checks[0] : checks.map((c) => `(${c})`).join(' AND ');
  return field;
}

function readRef(
  ref: Pick<Ref, 'endpoints' | 'onDelete'>,
  byTable: Map<string, EntityFact>,
  origin: FieldFact['origin'],
  into: Into,
): void {
  const [a, b] = ref.endpoints ?? [];
  if (!a || !b) return;
  const { isEndpointManySide: many, isEndpointOptional: optional } = load();
  if (many(a.relation) && many(b.relation)) {
    into.relationships.push({
      from: a.tableName,
      to: b.tableName,
      kind: 'many-to-many',
      notation: 'dbml',
      origin,
    });
    return;
  }
  // The "*" end holds the foreign key; in a one-to-one (`-`) the first endpoint written does.
  const [holder, target] = many(b.relation) ? [b, a] : [a, b];
  const e = byTable.get(holder.tableName);
  (holder.fieldNames ?? []).forEach((col, i) => {
    const f = e?.fields.find((x) => x.name === col);
    if (!f) return;
    const fk: ForeignKey = { entity: target.tableName, field: target.fieldNames?.[i] ?? 'id' };
    const od = ON_DELETE[String(ref.onDelete ?? '').toLowerCase()];
    if (od) fk.onDelete = od;
    f.references = fk;
    // `>?`: the referenced end is optional (0..1), so the column may be empty.
    if (optional(target.relation) && f.nullable === null) f.nullable = true;
    if (!many(a.relation) && !many(b.relation)) f.unique = true;
  });
}
