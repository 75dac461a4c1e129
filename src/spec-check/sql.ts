import { type Diagnostic, diag } from '../diagnostics/diagnostic.js';
import { requireHeavy } from '../heavy-require.js';
import type { CodeBlock } from '../markdown/blocks.js';
import type { PgSession } from '../verify/postgres/session.js';

/** One SQL statement of the spec, with the file line where its text starts. */
export interface SqlStatement {
  sql: string;
  line: number;
  /** libpg-query's node type (`CreateStmt`, `IndexStmt`, `GrantStmt`, ...). */
  type: string;
  /** Tables this statement creates and references (for the dependency order). */
  creates: string | null;
  references: string[];
}

type ParseSync = (sql: string) => {
  stmts?: { stmt: Record<string, unknown>; stmt_location?: number; stmt_len?: number }[];
};

const SQL_LANGS = new Set(['sql', 'postgresql', 'postgres', 'psql', 'pgsql', 'plpgsql']);

export const isSql = (b: CodeBlock) => SQL_LANGS.has(b.lang);

/**
 * The order statements are applied in, by kind: what others depend on first (extensions, roles,
 * types, functions), then tables (topologically by foreign key), then what hangs off tables.
 * PostgreSQL itself needs this order; a spec that lists its blocks by topic does not.
 */
const PHASE: Record<string, number> = {
  CreateExtensionStmt: 0,
  CreateSchemaStmt: 0,
  CreateRoleStmt: 0,
  CreateEnumStmt: 1,
  CompositeTypeStmt: 1,
  CreateDomainStmt: 1,
  CreateSeqStmt: 2,
  CreateFunctionStmt: 3,
  CreateStmt: 4,
  AlterTableStmt: 5,
  IndexStmt: 6,
  ViewStmt: 7,
  CreateTrigStmt: 8,
};
const LAST = 9;

/** Splits every SQL block into statements with their lines (libpg-query, the PostgreSQL parser). */
export async function readStatements(
  file: string,
  blocks: readonly CodeBlock[],
): Promise<{ statements: SqlStatement[]; diagnostics: Diagnostic[] }> {
  // The CommonJS build, as in `loadSqlTools` (src/knowledge/sql-expression.ts): it starts faster.
  const mod = requireHeavy<typeof import('libpg-query')>('libpg-query');
  await mod.loadModule();
  const parse = mod.parseSync as unknown as ParseSync;
  const statements: SqlStatement[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const b of blocks) {
    const bytes = Buffer.from(b.content, 'utf8');
    let parsed: ReturnType<ParseSync>;
    try {
      parsed = parse(b.content);
    } catch (e) {
      const pos = (e as { sqlDetails?: { cursorPosition?: number } }).sqlDetails?.cursorPosition ?? 0;
      const line = b.contentLine + lineOffset(bytes.subarray(0, pos).toString('utf8'));
      diagnostics.push(
        diag('spec-check/sql-syntax', `SQL does not parse: ${(e as Error).message}`, { at: { file, line } }),
      );
      continue;
    }
    for (const s of parsed.stmts ?? []) {
      const start = s.stmt_location ?? 0;
      const raw = bytes.subarray(start, s.stmt_len ? start + s.stmt_len : bytes.length).toString('utf8');
      const lead = /^(\s|--[^\n]*\n?|\/\*[\s\S]*?\*\/)*/.exec(raw)?.[0] ?? '';
      const before = bytes.subarray(0, start).toString('utf8') + lead;
      const type = Object.keys(s.stmt)[0] ?? 'unknown';
      if (type === 'TransactionStmt') continue;
      const node = s.stmt[type] as Record<string, unknown>;
      statements.push({
        sql: raw.slice(lead.length).trim(),
        line: b.contentLine + lineOffset(before),
        type,
        creates: type === 'CreateStmt' ? relName(node.relation) : null,
        references: [...new Set(collectRefs(node))],
      });
    }
  }
  return { statements, diagnostics };
}

const lineOffset = (text: string) => (text.match(/\n/g) ?? []).length;

function relName(rel: unknown): string | null {
  const r = rel as { relname?: string } | undefined;
  return r?.relname?.toLowerCase() ?? null;
}

/** Every `pktable` (REFERENCES t) and `relation` named inside a statement's parse tree. */
function collectRefs(node: unknown, out: string[] = []): string[] {
  if (Array.isArray(node)) {
    for (const n of node) collectRefs(n, out);
    return out;
  }
  if (node === null || typeof node !== 'object') return out;
  const o = node as Record<string, unknown>;
  const pk = relName(o.pktable);
  if (pk) out.push(pk);
  for (const v of Object.values(o)) collectRefs(v, out);
  return out;
}

/** Statements in dependency order: by phase, tables topologically (a table after those it references). */
export function dependencyOrder(list: readonly SqlStatement[]): SqlStatement[] {
  const phase = (s: SqlStatement) => PHASE[s.type] ?? LAST;
  const tables = list.filter((s) => s.type === 'CreateStmt');
  const byName = new Map(tables.map((t) => [t.creates ?? '', t]));
  const ordered: SqlStatement[] = [];
  const state = new Map<SqlStatement, 'visiting' | 'done'>();
  const visit = (t: SqlStatement) => {
    if (state.get(t)) return; // a cycle is left in written order; PostgreSQL will say what fails
    state.set(t, 'visiting');
    for (const r of t.references) {
      const dep = byName.get(r);
      if (dep && dep !== t) visit(dep);
    }
    state.set(t, 'done');
    ordered.push(t);
  };
  for (const t of tables) visit(t);
  const rank = new Map(ordered.map((t, i) => [t, i]));
  return list
    .map((s, i) => ({ s, i }))
    .sort((a, b) => phase(a.s) - phase(b.s) || (rank.get(a.s) ?? a.i) - (rank.get(b.s) ?? b.i) || a.i - b.i)
    .map((x) => x.s);
}

/**
 * Applies the statements in a private schema, retrying the failed ones while any retry succeeds
 * (so an order the phases did not foresee is not reported as a defect), then reports what still
 * fails with PostgreSQL's own message and the spec line.
 */
export async function applyStatements(
  db: PgSession,
  file: string,
  statements: readonly SqlStatement[],
): Promise<{ applied: number; diagnostics: Diagnostic[] }> {
  const schema = `backend_spec_check_${process.pid}_${Date.now() % 100000}`;
  await db.exec(`CREATE SCHEMA ${schema}; SET search_path TO ${schema}, public;`);
  const roles = statements.filter((s) => s.type === 'CreateRoleStmt');
  let pending = dependencyOrder(statements);
  const failures = new Map<SqlStatement, string>();
  let applied = 0;
  try {
    for (;;) {
      const next: SqlStatement[] = [];
      for (const s of pending) {
        try {
          await db.exec(s.sql);
          failures.delete(s);
          applied++;
        } catch (e) {
          failures.set(s, (e as Error).message);
          next.push(s);
        }
      }
      if (next.length === 0 || next.length === pending.length) break;
      pending = next;
    }
  } finally {
    await db.exec(`SET search_path TO public; DROP SCHEMA ${schema} CASCADE;`);
    for (const r of roles) {
      const name = /create\s+(?:role|user)\s+("?)([\w$]+)\1/i.exec(r.sql)?.[2];
      if (name) await db.exec(`DROP ROLE IF EXISTS "${name}"`).catch(() => {});
    }
  }
  const diagnostics = [...failures]
    .sort((a, b) => a[0].line - b[0].line)
    .map(([s, message]) =>
      diag('spec-check/sql-error', `${firstLine(s.sql)}: ${message}`, {
        at: { file, line: s.line },
        hint: hintFor(message),
      }),
    );
  return { applied, diagnostics };
}

const firstLine = (sql: string) => {
  const l = sql.split('\n')[0]!.trim();
  return l.length > 80 ? `${l.slice(0, 77)}...` : l;
};

/** The usual cause of PostgreSQL's message, when it has one (PostgreSQL docs, chapters 5 and 22). */
function hintFor(message: string): string | undefined {
  if (/operator class "gin_trgm_ops"|gist_trgm_ops|function similarity|word_similarity/.test(message))
    return 'trigram operators need `CREATE EXTENSION IF NOT EXISTS pg_trgm;` before the index';
  if (/role "[^"]+" does not exist/.test(message))
    return 'create the role (`CREATE ROLE ...`) before granting to it';
  if (/type "[^"]+" does not exist/.test(message))
    return 'define the type (or its extension) before the table';
  if (/relation "[^"]+" does not exist/.test(message))
    return 'the statement refers to a table no SQL block creates';
  return undefined;
}
