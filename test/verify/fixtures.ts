import { memoryHost } from '../../src/host.js';
import { loadSqlTools } from '../../src/knowledge/sql-expression.js';
import { type CompileResult, compile } from '../../src/pipeline.js';
import type { Artifact } from '../../src/render/types.js';
import type { PgSession } from '../../src/verify/postgres/session.js';

export const ROOT = '/project';

const PRD = `# Product Requirements Document

## Functional Requirements

- FR1: A user can create, list and delete notes.
`;

/** A two-document project whose architecture holds `sql` as its data-model fence. */
export async function compileSql(
  sql: string,
  opts: { projectName?: string; verify?: boolean } = {},
): Promise<CompileResult> {
  const architecture = `# Architecture\n\n## Tech stack\n\n- Backend: Node.js with PostgreSQL 16\n\n## Data model\n\n\`\`\`sql\n${sql}\n\`\`\`\n`;
  const host = memoryHost({
    [`${ROOT}/docs/prd.md`]: PRD,
    [`${ROOT}/docs/architecture.md`]: architecture,
  });
  return compile(
    {
      root: ROOT,
      verify: { skip: !opts.verify },
      ...(opts.projectName !== undefined ? { projectName: opts.projectName } : {}),
    },
    host,
  );
}

export function schemaSql(result: CompileResult): string {
  const a = result.artifacts.find((x: Artifact) => x.path === 'backend-spec/schema.sql');
  if (!a) throw new Error('no schema.sql');
  return a.text;
}

/** Top-level statement kinds of a script, by PostgreSQL's own parser. */
export async function statementKinds(sql: string): Promise<string[]> {
  const t = await loadSqlTools();
  return (t.parse(sql).stmts ?? []).map((s: { stmt?: object }) => Object.keys(s.stmt ?? {})[0] ?? '?');
}

/** Line of the first line of `doc` (1-based) that contains `needle`, for diagnostics at file:line. */
export function architectureLine(sql: string, needle: string): number {
  const lines = sql.split('\n');
  // The fence opens at line 9 of the architecture document (see compileSql), its content at 10.
  return 10 + lines.findIndex((l) => l.includes(needle));
}

/** The canary every test places in `public` before applying a schema; it must survive. */
export async function plantCanary(db: PgSession): Promise<void> {
  await db.exec(
    'CREATE TABLE IF NOT EXISTS public.canary (id int); DELETE FROM public.canary; INSERT INTO public.canary VALUES (42);',
  );
}

export async function canaryAlive(db: PgSession): Promise<boolean> {
  const exists = await db.query<{ ok: boolean }>(`select to_regclass('public.canary') is not null as ok`);
  if (!exists[0]?.ok) return false;
  const rows = await db.query<{ id: number }>('select id from public.canary');
  return rows.length === 1 && rows[0]!.id === 42;
}

/** Tables whose name says they were planted by a document (`pwned_*`), in any schema. */
export async function plantedTables(db: PgSession): Promise<string[]> {
  const rows = await db.query<{ t: string }>(
    `select table_schema || '.' || table_name as t from information_schema.tables where table_name like 'pwned%' order by 1`,
  );
  return rows.map((r) => r.t);
}
