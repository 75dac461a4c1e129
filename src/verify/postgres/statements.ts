import { loadSqlTools } from '../../knowledge/sql-expression.js';
import type { Statement } from '../../render/sql/dialect.js';

/** The one parse-tree node each kind of rendered statement must be (libpg-query, parsenodes.h). */
const NODE: Record<Statement['kind'], string | null> = {
  extension: 'CreateExtensionStmt',
  enum: 'CreateEnumStmt',
  table: 'CreateStmt',
  'foreign-key': 'AlterTableStmt',
  index: 'IndexStmt',
  // PostgreSQL schemas have no preamble statements (pragmas are SQLite's).
  preamble: null,
};

export interface RefusedStatement {
  statement: Statement;
  reason: string;
}

/**
 * Before anything runs on a database, every statement is parsed by PostgreSQL's grammar and must be
 * exactly one statement of the node its kind promises: a CREATE TABLE that carries a second
 * statement, or an index that turned into a COPY, is refused instead of applied. With the
 * expression allowlist (src/knowledge/sql-expression.ts) this is the second wall between document
 * text and the server.
 */
export async function refusedStatements(statements: readonly Statement[]): Promise<RefusedStatement[]> {
  const t = await loadSqlTools();
  const out: RefusedStatement[] = [];
  for (const s of statements) {
    const want = NODE[s.kind];
    let stmts: { stmt?: Record<string, unknown> }[];
    try {
      stmts = (t.parse(s.sql).stmts ?? []) as typeof stmts;
    } catch (e) {
      out.push({ statement: s, reason: `the statement does not parse: ${(e as Error).message}` });
      continue;
    }
    const kinds = stmts.map((x) => Object.keys(x.stmt ?? {})[0] ?? '?');
    if (stmts.length !== 1 || kinds[0] !== want)
      out.push({
        statement: s,
        reason: `expected one ${want ?? 'statement of a known kind'}, found ${kinds.join(', ') || 'nothing'}`,
      });
    else if (s.kind === 'foreign-key') {
      const cmds = ((stmts[0]!.stmt!.AlterTableStmt as { cmds?: { AlterTableCmd?: { subtype?: string } }[] })
        .cmds ?? []) as { AlterTableCmd?: { subtype?: string } }[];
      if (cmds.length !== 1 || cmds[0]?.AlterTableCmd?.subtype !== 'AT_AddConstraint')
        out.push({ statement: s, reason: 'expected ALTER TABLE ... ADD CONSTRAINT only' });
    }
  }
  return out;
}
