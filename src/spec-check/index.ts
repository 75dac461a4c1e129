import { type Diagnostic, diag, sortDiagnostics } from '../diagnostics/diagnostic.js';
import type { CodeBlock, HeadingBlock, TableBlock } from '../markdown/blocks.js';
import { parseMarkdown } from '../markdown/parse.js';
import type { Domain } from '../model/domain.js';
import type { SourceDocument } from '../model/sources.js';
import { compareWithDocuments } from './claims.js';
import { crossCheck } from './cross.js';
import { findSections, SECTIONS, type SectionId } from './sections.js';
import { applyStatements, isSql, readStatements, type SqlStatement } from './sql.js';

export interface SpecCheckInput {
  /** Path shown in diagnostics (relative to the project root when inside one). */
  file: string;
  text: string;
  /** The project's documents and what the compiler read from them, when the spec sits in a project. */
  project?: { documents: readonly SourceDocument[]; domain: Domain | null };
  /** Apply the SQL to PostgreSQL (embedded PGlite unless `postgresUrl`); default true. */
  sql?: boolean;
  postgresUrl?: string;
}

export interface SpecCheckResult {
  diagnostics: Diagnostic[];
  summary: {
    sections: { found: SectionId[]; missing: SectionId[] };
    sql: { blocks: number; statements: number; applied: number; failed: number; engine: string | null };
    openapi: { documents: number; errors: number };
    json: { blocks: number; invalid: number };
  };
}

/**
 * Checks any backend specification (written by this tool, by hand, or by an assistant following the
 * workflow): its sections, its SQL applied to a real PostgreSQL, its OpenAPI and JSON blocks, its
 * entities, endpoints, roles and permission matrix against each other, and, inside a project, its
 * claims against the planning documents.
 */
export async function checkSpec(input: SpecCheckInput): Promise<SpecCheckResult> {
  const doc: SourceDocument = {
    path: input.file,
    kind: 'other',
    classifiedBy: 'check',
    text: input.text,
    body: input.text,
    bodyLineOffset: 0,
    frontMatter: null,
  };
  const md = parseMarkdown(doc);
  const diagnostics: Diagnostic[] = [];
  const at = (line: number) => ({ at: { file: input.file, line } });

  const headings = md.blocks.filter((b): b is HeadingBlock => b.kind === 'heading');
  const sections = findSections(headings);
  const missing = SECTIONS.map(([id]) => id).filter((id) => !sections.has(id));
  for (const id of missing)
    diagnostics.push(
      diag(
        'spec-check/missing-section',
        `no "${id}" section: the workflow's 15 sections are all required`,
        at(1),
      ),
    );

  const code = md.blocks.filter((b): b is CodeBlock => b.kind === 'code');
  const sqlBlocks = code.filter(isSql);
  const read = await readStatements(input.file, sqlBlocks);
  diagnostics.push(...read.diagnostics);
  let applied = 0;
  let engine: string | null = null;
  if (input.sql !== false && read.statements.length > 0) {
    const { pglite, server } = await import('../verify/postgres/session.js');
    const db = input.postgresUrl ? await server(input.postgresUrl) : await pglite();
    engine = db.label;
    try {
      const result = await applyStatements(db, input.file, read.statements);
      applied = result.applied;
      diagnostics.push(...result.diagnostics);
    } finally {
      await db.close();
    }
  }

  const json = code.filter((b) => b.lang === 'json');
  let invalidJson = 0;
  const openapiDocs: { text: string; line: number }[] = [];
  for (const b of json) {
    try {
      const value = JSON.parse(b.content) as unknown;
      if (value && typeof value === 'object' && 'openapi' in value)
        openapiDocs.push({ text: b.content, line: b.line });
    } catch (e) {
      invalidJson++;
      diagnostics.push(
        diag('spec-check/bad-json', `a json block is not JSON: ${(e as Error).message}`, at(b.line)),
      );
    }
  }
  for (const b of code.filter((x) => /^(ya?ml)$/.test(x.lang) && /^openapi:\s*['"]?3/m.test(x.content)))
    openapiDocs.push({ text: b.content, line: b.line });
  let openapiErrors = 0;
  if (openapiDocs.length > 0) {
    const { lintOpenApi } = await import('../verify/openapi.js');
    for (const d of openapiDocs) {
      const { problems } = await lintOpenApi(d.text);
      for (const p of problems.filter((x) => x.severity === 'error')) {
        openapiErrors++;
        diagnostics.push(
          diag(
            'spec-check/openapi-invalid',
            `${p.ruleId}: ${p.message}${p.pointer ? ` at ${p.pointer}` : ''}`,
            at(d.line),
          ),
        );
      }
    }
  }

  const tables = md.blocks.filter((b): b is TableBlock => b.kind === 'table');
  const created = read.statements.filter((s): s is SqlStatement & { creates: string } => s.creates !== null);
  diagnostics.push(...crossCheck({ file: input.file, md, sections, tables, created, code }));
  if (input.project)
    diagnostics.push(...compareWithDocuments(input.file, input.text, md, created, input.project));

  return {
    diagnostics: sortDiagnostics(diagnostics),
    summary: {
      sections: { found: SECTIONS.map(([id]) => id).filter((id) => sections.has(id)), missing },
      sql: {
        blocks: sqlBlocks.length,
        statements: read.statements.length,
        applied,
        failed: diagnostics.filter((d) => d.code === 'spec-check/sql-error').length,
        engine,
      },
      openapi: { documents: openapiDocs.length, errors: openapiErrors },
      json: { blocks: json.length, invalid: invalidJson },
    },
  };
}
