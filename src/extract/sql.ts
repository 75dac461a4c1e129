import { type Diagnostic, diag } from '../diagnostics/diagnostic.js';
import { EXPRESSION_HINT, loadSqlTools } from '../knowledge/sql-expression.js';
import type { CodeBlock } from '../markdown/blocks.js';
import type { SourceDocument } from '../model/sources.js';
import { annotateFromProse } from './data/block-notes.js';
import { lineAt } from './data/facts.js';
import { readStatements, type SqlFacts } from './data/sql-ddl.js';
import { byteOffsets, normaliseDialect, splitStatements } from './data/sql-text.js';
import type { Extractor } from './types.js';

/**
 * Extractor `sql`: DDL in ```sql fences (and unlabelled fences that start with CREATE/ALTER), read
 * by libpg-query, the real PostgreSQL parser. MySQL/SQLite spellings are rewritten first
 * (see data/sql-text.ts); a statement that still does not parse is reported with its line and the
 * others are read.
 */

const SQL_LANGS = new Set([
  'sql',
  'postgres',
  'postgresql',
  'pgsql',
  'psql',
  'plpgsql',
  'mysql',
  'sqlite',
  'ddl',
  'tsql',
  'mariadb',
]);
const DDL_START =
  /^\s*(?:--[^\n]*\n\s*|\/\*[\s\S]*?\*\/\s*)*(create|alter)\s+(table|type|unique|index|extension)\b/i;

type ParseSync = (sql: string) => { stmts?: unknown[] };
let parseSync: ParseSync | null = null;

export function isSqlBlock(b: CodeBlock): boolean {
  if (SQL_LANGS.has(b.lang)) return /\b(create|alter)\s/i.test(b.content);
  return b.lang === '' && DDL_START.test(b.content);
}

/** Loads the PostgreSQL parser (wasm, ~70 ms) when any document holds SQL DDL. Call before `extract`. */
export async function prepare(docs: readonly SourceDocument[]): Promise<void> {
  if (parseSync) return;
  if (
    !docs.some((d) => d.body.includes('```') && /\b(create|alter)\s+(table|type|index|unique)/i.test(d.body))
  )
    return;
  // The parser and the deparser that re-emits every expression read (CHECK, DEFAULT, WHERE).
  const tools = await loadSqlTools();
  parseSync = tools.parse;
}

export const sqlExtractor: Extractor = {
  name: 'sql',
  extract: ({ doc, md }) => {
    const diagnostics: Diagnostic[] = [];
    const facts: SqlFacts = { entities: [], indexes: [], enums: [], unknownTables: [], refused: [] };
    const blocks = md.blocks.filter((b): b is CodeBlock => b.kind === 'code' && isSqlBlock(b));
    if (blocks.length === 0) return { fragment: {}, diagnostics };
    if (!parseSync) {
      diagnostics.push(
        diag('extract/parser-not-loaded', 'SQL blocks were not read: the PostgreSQL parser was not loaded', {
          at: { file: doc.path, line: blocks[0]!.line },
          hint: 'call prepare() from src/extract/sql.ts before extract()',
        }),
      );
      return { fragment: {}, diagnostics };
    }
    for (const block of blocks) {
      const before = facts.entities.length;
      readBlock(block, doc.path, parseSync, facts, diagnostics);
      annotateFromProse(md.blocks, md.blocks.indexOf(block), facts.entities.slice(before));
    }
    for (const u of facts.unknownTables) {
      diagnostics.push(
        diag('extract/unknown-table', `ALTER TABLE ${u.table}: no CREATE TABLE ${u.table} in this document`, {
          at: { file: doc.path, line: u.line },
        }),
      );
    }
    for (const r of facts.refused)
      diagnostics.push(
        diag('extract/sql-expression-refused', r.message, {
          at: { file: doc.path, line: r.line },
          hint: EXPRESSION_HINT,
        }),
      );
    return {
      fragment: { entities: facts.entities, indexes: facts.indexes, enums: facts.enums },
      diagnostics,
    };
  },
};

function readBlock(
  block: CodeBlock,
  file: string,
  parse: ParseSync,
  facts: SqlFacts,
  out: Diagnostic[],
): void {
  const { text, notes } = normaliseDialect(block.content);
  const base = { file, content: text, contentLine: block.contentLine, notes };
  try {
    const parsed = parse(text);
    readStatements(
      parsed.stmts ?? [],
      { ...base, base: 0, length: text.length, char: byteOffsets(text) },
      facts,
    );
    return;
  } catch {
    // One statement is bad: read them one by one so the others are kept.
  }
  for (const stmt of splitStatements(text)) {
    try {
      const parsed = parse(stmt.text);
      readStatements(
        parsed.stmts ?? [],
        { ...base, base: stmt.start, length: stmt.text.length, char: byteOffsets(stmt.text) },
        facts,
      );
    } catch (e) {
      // cursorPosition is a 0-based byte offset into the statement.
      const details = (e as { sqlDetails?: { cursorPosition?: number } }).sqlDetails;
      const pos = details?.cursorPosition ?? 0;
      const offset = stmt.start + byteOffsets(stmt.text)(Math.min(pos, Buffer.byteLength(stmt.text) - 1));
      const line = lineAt(text, offset, block.contentLine);
      out.push(
        diag(
          'extract/syntax-error',
          `SQL does not parse: ${(e as Error).message}; this statement was skipped`,
          {
            at: { file, line },
            hint:
              notes.dialect === 'postgresql'
                ? 'the statement is read as PostgreSQL'
                : `read as ${notes.dialect}, rewritten to PostgreSQL`,
          },
        ),
      );
    }
  }
}
