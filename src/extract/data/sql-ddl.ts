import { scalarType } from '../../knowledge/scalar-types.js';
import { type ExpressionKind, sqlToolsLoaded, vetNode } from '../../knowledge/sql-expression.js';
import type { EntityFact, EnumFact, FieldFact, ForeignKey, IndexFact } from '../../model/domain.js';
import { splitComment } from './code-text.js';
import { applyPipedValues } from './constraint-words.js';
import { at, lineAt, newEntity, newField } from './facts.js';
import type { DialectNotes } from './sql-text.js';

/**
 * libpg-query parse trees (PostgreSQL's own raw parse tree, see src/include/nodes/parsenodes.h)
 * → Domain facts. Expressions (DEFAULT, CHECK, partial-index WHERE, expression index elements) are
 * taken from the parse tree and re-emitted by the deparser after an allowlist check
 * (src/knowledge/sql-expression.ts): document text is never sliced into SQL, so a quoted `--`, a
 * `where` inside an identifier or a comment that hides a `;` cannot end the statement.
 */

// biome-ignore lint/suspicious/noExplicitAny: the raw parse tree is walked generically, node by node.
type PgNode = any;

export interface SqlFacts {
  entities: EntityFact[];
  indexes: IndexFact[];
  enums: EnumFact[];
  /** ALTER TABLE on a table this document does not create: `table` → message, reported by the caller. */
  unknownTables: { table: string; line: number }[];
  /** Expressions refused by the allowlist, reported by the caller at their line. */
  refused: { line: number; message: string }[];
}

/** Where the parsed text sits in the document. */
export interface SqlContext {
  file: string;
  /** The fence content after dialect normalisation (same length as written). */
  content: string;
  contentLine: number;
  /** Offset of the parsed text inside `content`. */
  base: number;
  /** Length of the parsed text (the end of its last statement). */
  length: number;
  /** Byte offset inside the parsed text → string offset inside the parsed text. */
  char: (byte: number) => number;
  notes: DialectNotes;
}

/** PostgreSQL `fk_del_action` codes (pg_constraint.confdeltype). */
const ON_DELETE: Record<string, ForeignKey['onDelete']> = {
  c: 'cascade',
  r: 'restrict',
  n: 'set null',
  d: 'set default',
};

const sval = (n: PgNode): string => n?.String?.sval ?? '';
const names = (list: PgNode[] | undefined): string[] => (list ?? []).map(sval).filter((s) => s !== '');

/**
 * The deparse of an allowed expression node, or null with the refusal recorded at the node's line.
 * `what` names the clause for the message (`CHECK of orders.total`).
 */
function expression(
  node: PgNode,
  kind: ExpressionKind,
  what: string,
  ctx: SqlContext,
  fallback: number,
  into: SqlFacts,
): string | null {
  const tools = sqlToolsLoaded();
  const line = lineOf(ctx, locationOf(node, ctx) ?? fallback);
  if (!tools) {
    into.refused.push({ line, message: `${what} was not read: the SQL deparser was not loaded` });
    return null;
  }
  const v = vetNode(tools, node, kind);
  if (v.ok) return v.sql;
  into.refused.push({ line, message: `${what} is not read: ${v.reason}` });
  return null;
}

/** The first `location` found in a node (its leftmost token), as a string offset. */
function locationOf(node: PgNode, ctx: SqlContext): number | null {
  if (node === null || typeof node !== 'object') return null;
  if (typeof node.location === 'number' && node.location >= 0) return ctx.char(node.location);
  for (const v of Object.values(node)) {
    const l = locationOf(v, ctx);
    if (l !== null) return l;
  }
  return null;
}

function stripComments(s: string): string {
  return s.replace(/--[^\n]*/g, '').replace(/\/\*[\s\S]*?\*\//g, '');
}

export function readStatements(stmts: PgNode[], ctx: SqlContext, into: SqlFacts): void {
  for (const raw of stmts) {
    const stmt = raw.stmt ?? {};
    const located = ctx.char(raw.stmt_location ?? 0);
    // A statement's location starts right after the previous `;`: skip blank lines and comments.
    const lead = /^(?:\s+|--[^\n]*|\/\*[\s\S]*?\*\/)*/.exec(text(ctx, located, ctx.length))?.[0].length ?? 0;
    const start = located + lead;
    const end = raw.stmt_len ? ctx.char((raw.stmt_location ?? 0) + raw.stmt_len) : ctx.length;
    if (stmt.CreateStmt) readCreate(stmt.CreateStmt, ctx, start, end, into);
    else if (stmt.CreateEnumStmt) readEnum(stmt.CreateEnumStmt, ctx, start, into);
    else if (stmt.IndexStmt) readIndex(stmt.IndexStmt, ctx, start, end, into);
    else if (stmt.AlterTableStmt) readAlter(stmt.AlterTableStmt, ctx, start, end, into);
    else if (stmt.CommentStmt) readComment(stmt.CommentStmt, into);
  }
}

function text(ctx: SqlContext, from: number, to: number): string {
  return ctx.content.slice(ctx.base + from, Math.min(ctx.base + to, ctx.content.length));
}

function lineOf(ctx: SqlContext, off: number): number {
  return lineAt(ctx.content, ctx.base + off, ctx.contentLine);
}

function quoteAt(ctx: SqlContext, off: number): string {
  const abs = ctx.base + off;
  const lineStart = ctx.content.lastIndexOf('\n', abs - 1) + 1;
  const lineEnd = ctx.content.indexOf('\n', abs);
  return ctx.content.slice(lineStart, lineEnd < 0 ? undefined : lineEnd);
}

function readCreate(node: PgNode, ctx: SqlContext, start: number, end: number, into: SqlFacts): void {
  const table: string = node.relation?.relname ?? '';
  if (!table) return;
  const entity = newEntity(table, 'sql', at(ctx.file, lineOf(ctx, start), quoteAt(ctx, start)), table);
  const elts: PgNode[] = node.tableElts ?? [];
  const stmtText = text(ctx, start, end);
  const close = start + stmtText.lastIndexOf(')');
  const locs = elts.map((e) => ctx.char(e.ColumnDef?.location ?? e.Constraint?.location ?? 0));
  elts.forEach((elt, i) => {
    const from = locs[i]!;
    const to = i + 1 < locs.length ? locs[i + 1]! : close;
    if (elt.ColumnDef) entity.fields.push(readColumn(elt.ColumnDef, ctx, from, to, table, into));
    else if (elt.Constraint) applyTableConstraint(entity, elt.Constraint, ctx, from, into);
  });
  // MySQL's `) ENGINE=InnoDB COMMENT='商品'`: the table's own description, and the name the documents
  // call it by (`用户表` is the table of 用户), kept as an alias so prose naming it finds the entity.
  const said = ctx.notes.comments?.find(
    (c) => c.table && c.offset >= ctx.base + close && c.offset <= ctx.base + end,
  );
  if (said) {
    entity.description = said.text;
    const name = tableCommentName(said.text);
    if (name)
      entity.aliases = [{ name, origin: at(ctx.file, lineAt(ctx.content, said.offset, ctx.contentLine)) }];
  }
  for (const idx of ctx.notes.inlineIndexes) {
    if (idx.offset < ctx.base + start || idx.offset > ctx.base + end) continue;
    const fact: IndexFact = {
      entity: entity.name,
      columns: idx.columns,
      unique: idx.unique,
      origin: at(ctx.file, lineAt(ctx.content, idx.offset, ctx.contentLine)),
    };
    if (idx.name) fact.name = idx.name;
    into.indexes.push(fact);
  }
  into.entities.push(entity);
}

function readColumn(
  col: PgNode,
  ctx: SqlContext,
  from: number,
  to: number,
  table: string,
  into: SqlFacts,
): FieldFact {
  const name: string = col.colname;
  const constraints: PgNode[] = (col.constraints ?? []).map((c: PgNode) => c.Constraint).filter(Boolean);
  const typeStart = ctx.char(col.typeName?.location ?? from);
  const cLocs = constraints.map((c) => ctx.char(c.location ?? to)).filter((l) => l > typeStart);
  const typeEnd = Math.min(to, ...cLocs);
  const written = stripComments(text(ctx, typeStart, typeEnd))
    .trim()
    .replace(/,\s*$/, '')
    .replace(/\s+/g, ' ')
    .trim();
  const typeNames = names(col.typeName?.names).filter((n) => n !== 'pg_catalog');
  const baseName = typeNames[typeNames.length - 1] ?? written;
  const isArray = Array.isArray(col.typeName?.arrayBounds);
  const known = scalarType(written || baseName, name);
  const field = newField(
    name,
    known ?? (isArray ? { scalar: 'array', raw: written } : { scalar: 'string', raw: written }),
    at(ctx.file, lineOf(ctx, from), quoteAt(ctx, from)),
  );
  if (!known && !isArray) {
    // A named type (CREATE TYPE ... AS ENUM, a domain): merge resolves it against the enums read.
    field.type = { scalar: 'enum', raw: written };
    field.enumName = baseName;
  }
  const inlineEnum = ctx.notes.inlineEnums.get(name.toLowerCase());
  if (inlineEnum) {
    field.type = { scalar: 'enum', raw: `ENUM(${inlineEnum.map((v) => `'${v}'`).join(', ')})` };
    field.enumValues = inlineEnum;
  }
  if (ctx.notes.autoIncrement.has(name.toLowerCase())) field.type.generated = true;
  // The comment after the column, whether a comma comes before it or the column is the last one.
  const trailing = splitComment(text(ctx, from, to).split('\n')[0] ?? '', '--').comment;
  if (trailing) field.description = trailing;
  else {
    // MySQL's inline `COMMENT '状态：PENDING/PAID'`, blanked for the parser: the column's description.
    const said = ctx.notes.comments?.find(
      (c) => !c.table && c.offset >= ctx.base + from && c.offset < ctx.base + to,
    );
    if (said) field.description = said.text;
  }
  const where = `${table}.${name}`;
  for (const c of constraints) {
    const cFrom = ctx.char(c.location ?? from);
    switch (c.contype) {
      case 'CONSTR_NOTNULL':
        field.nullable = false;
        break;
      case 'CONSTR_NULL':
        field.nullable = true;
        break;
      case 'CONSTR_DEFAULT': {
        const sql = c.raw_expr
          ? expression(c.raw_expr, 'default', `DEFAULT of ${where}`, ctx, cFrom, into)
          : null;
        if (sql !== null) field.default = sql;
        break;
      }
      case 'CONSTR_PRIMARY':
        field.primaryKey = true;
        field.nullable = false;
        break;
      case 'CONSTR_UNIQUE':
        field.unique = true;
        break;
      case 'CONSTR_IDENTITY':
        field.type.generated = true;
        break;
      case 'CONSTR_CHECK': {
        const sql = c.raw_expr
          ? expression(c.raw_expr, 'check', `CHECK of ${where}`, ctx, cFrom, into)
          : null;
        if (sql !== null) {
          field.check = sql;
          applyInList(field, sql);
        }
        break;
      }
      case 'CONSTR_FOREIGN':
        field.references = foreignKey(c, table);
        break;
      case 'CONSTR_GENERATED': {
        // A stored generated column: its expression is vetted like a CHECK (it reads other columns).
        const sql = c.raw_expr
          ? expression(c.raw_expr, 'check', `GENERATED expression of ${where}`, ctx, cFrom, into)
          : null;
        if (sql !== null) field.computed = sql;
        break;
      }
      default:
        break;
    }
  }
  // `status text NOT NULL -- draft | published`: the values the column holds, read after its DEFAULT.
  if (field.description) applyPipedValues(field, field.description);
  return field;
}

function foreignKey(c: PgNode, selfTable: string): ForeignKey {
  const target: string = c.pktable?.relname ?? selfTable;
  const fk: ForeignKey = { entity: target, field: names(c.pk_attrs)[0] ?? 'id' };
  const onDelete = ON_DELETE[c.fk_del_action as string];
  if (onDelete) fk.onDelete = onDelete;
  return fk;
}

function applyTableConstraint(
  entity: EntityFact,
  c: PgNode,
  ctx: SqlContext,
  from: number,
  into: SqlFacts,
): void {
  const keys = names(c.keys);
  const origin = at(ctx.file, lineOf(ctx, from), quoteAt(ctx, from));
  switch (c.contype) {
    case 'CONSTR_PRIMARY':
      if (keys.length === 1) {
        const f = entity.fields.find((x) => x.name === keys[0]);
        if (f) {
          f.primaryKey = true;
          f.nullable = false;
        }
      } else if (keys.length > 1) {
        entity.primaryKey = keys;
        for (const k of keys) {
          const f = entity.fields.find((x) => x.name === k);
          if (f) f.nullable = false;
        }
      }
      break;
    case 'CONSTR_UNIQUE':
      if (keys.length === 1) {
        const f = entity.fields.find((x) => x.name === keys[0]);
        if (f) f.unique = true;
      } else if (keys.length > 1) entity.uniques.push(keys);
      break;
    case 'CONSTR_CHECK': {
      const table = entity.table ?? entity.writtenAs;
      const sql = c.raw_expr ? expression(c.raw_expr, 'check', `CHECK of ${table}`, ctx, from, into) : null;
      if (sql === null) break;
      entity.checks.push({ expression: sql, origin, ...(c.conname ? { name: String(c.conname) } : {}) });
      for (const f of entity.fields) applyInList(f, sql);
      break;
    }
    case 'CONSTR_FOREIGN': {
      const cols = names(c.fk_attrs);
      const targetCols = names(c.pk_attrs);
      cols.forEach((col, i) => {
        const f = entity.fields.find((x) => x.name === col);
        if (!f) return;
        const fk = foreignKey(c, entity.table ?? entity.writtenAs);
        fk.field = targetCols[i] ?? 'id';
        f.references = fk;
      });
      break;
    }
    default:
      break;
  }
}

function readEnum(node: PgNode, ctx: SqlContext, start: number, into: SqlFacts): void {
  const name = names(node.typeName)
    .filter((n) => n !== 'public')
    .pop();
  if (!name) return;
  const values = (node.vals ?? []).map(sval);
  into.enums.push({ name, values, origin: at(ctx.file, lineOf(ctx, start), quoteAt(ctx, start)) });
}

function readIndex(node: PgNode, ctx: SqlContext, start: number, end: number, into: SqlFacts): void {
  const table: string = node.relation?.relname ?? '';
  if (!table) return;
  const params: PgNode[] = (node.indexParams ?? []).map((p: PgNode) => p.IndexElem);
  const label = `index ${node.idxname ?? `on ${table}`}`;
  const columns: string[] = [];
  for (const p of params) {
    // Expression index: the element re-emitted from the tree (`lower(email)`).
    const col = p?.name ?? (p?.expr ? expression(p.expr, 'index-element', label, ctx, start, into) : null);
    if (col === null) return;
    columns.push(col);
  }
  const fact: IndexFact = {
    entity: table,
    columns,
    unique: node.unique === true,
    origin: at(ctx.file, lineOf(ctx, start), quoteAt(ctx, start)),
  };
  if (node.idxname) fact.name = node.idxname;
  // libpg-query fills accessMethod with btree when none is written; only a stated USING counts.
  if (node.accessMethod && node.accessMethod !== 'btree') fact.method = node.accessMethod;
  else if (node.accessMethod && /\busing\s+btree\b/i.test(stripComments(text(ctx, start, end))))
    fact.method = node.accessMethod;
  if (node.whereClause) {
    const where = expression(node.whereClause, 'predicate', `WHERE of ${label}`, ctx, start, into);
    // Without its predicate a partial index is another index: refused whole.
    if (where === null) return;
    fact.where = where;
  }
  into.indexes.push(fact);
}

function readAlter(node: PgNode, ctx: SqlContext, start: number, end: number, into: SqlFacts): void {
  const table: string = node.relation?.relname ?? '';
  const cmds: PgNode[] = (node.cmds ?? [])
    .map((c: PgNode) => c.AlterTableCmd)
    .filter((c: PgNode) => c && (c.subtype === 'AT_AddConstraint' || c.subtype === 'AT_AddColumn'));
  if (cmds.length === 0) return;
  const entity = into.entities.find((e) => e.table === table);
  if (!entity) {
    into.unknownTables.push({ table, line: lineOf(ctx, start) });
    return;
  }
  for (const cmd of cmds) {
    if (cmd.subtype === 'AT_AddConstraint' && cmd.def?.Constraint) {
      const c = cmd.def.Constraint;
      applyTableConstraint(entity, c, ctx, ctx.char(c.location ?? start), into);
      entity.seenIn.push(at(ctx.file, lineOf(ctx, start), quoteAt(ctx, start)));
    } else if (cmd.subtype === 'AT_AddColumn' && cmd.def?.ColumnDef) {
      const col = cmd.def.ColumnDef;
      entity.fields.push(readColumn(col, ctx, ctx.char(col.location ?? start), end, table, into));
    }
  }
}

function readComment(node: PgNode, into: SqlFacts): void {
  const items = names(node.object?.List?.items);
  if (typeof node.comment !== 'string') return;
  if (node.objtype === 'OBJECT_COLUMN' && items.length >= 2) {
    const [table, column] = items.slice(-2);
    const f = into.entities.find((e) => e.table === table)?.fields.find((x) => x.name === column);
    if (f) {
      f.description = node.comment;
      applyPipedValues(f, node.comment);
    }
  } else if (node.objtype === 'OBJECT_TABLE') {
    const table = sval(node.object) || items[items.length - 1];
    const e = into.entities.find((x) => x.table === table);
    if (e) e.description = node.comment;
  }
}

/**
 * `CHECK (status IN ('pending', 'done'))` is how many schemas spell an enumeration: the listed
 * values become the column's enum values (the CHECK itself is kept as written).
 */
function applyInList(field: FieldFact, check: string): void {
  const m = /^"?([\w]+)"?(?:::\w+)?\s+in\s*\(((?:\s*'(?:[^']|'')*'\s*,?)+)\)$/i.exec(check.trim());
  if (!m || m[1]!.toLowerCase() !== field.name.toLowerCase() || field.enumValues) return;
  field.enumValues = [...m[2]!.matchAll(/'((?:[^']|'')*)'/g)].map((v) => v[1]!.replace(/''/g, "'"));
}

/**
 * The name a table comment gives the table, when it is one: a short phrase without sentence
 * punctuation ("商品", "用户表" → 用户, "Product catalogue"), not a sentence about it.
 */
function tableCommentName(comment: string): string | null {
  const name = comment
    .trim()
    .replace(/(?<=\p{sc=Han})表$/u, '')
    .trim();
  if (name.length === 0 || name.length > 24 || /[.,;:!?。，；：！？()（）]/u.test(name)) return null;
  return name;
}
