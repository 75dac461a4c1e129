import * as path from 'node:path';
import { normaliseLanguage } from '../config/language.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { formatSarif } from '../diagnostics/format.js';
import type { Host } from '../host.js';
import { catalogFor } from '../render/i18n/index.js';
import { formatDiagnostic, projectLanguage } from '../report/diagnostics.js';
import { checkSpec } from './index.js';

export interface CheckFlags {
  format: 'text' | 'json' | 'sarif';
  project?: string;
  /** False with `--no-sql`: skip applying the SQL to PostgreSQL. */
  sql: boolean;
  postgresUrl?: string;
  failOn: 'error' | 'warning' | 'never';
  /** The language of the text lines; default: the project's (communication, else documentation). */
  lang?: string;
}

interface Io {
  out: { write(s: string): unknown };
  err: { write(s: string): unknown };
}

/** Folders that mark a project root (planning-tool configs, or the repository itself). */
const MARKERS = ['.bmad', '_bmad', '.bmad-core', '_bmad-output', '.kiro', '.specify', '.git'];

async function findProject(host: Host, from: string): Promise<string | null> {
  let dir = from;
  for (;;) {
    for (const m of MARKERS) if (await host.exists(path.join(dir, m))) return dir;
    const up = path.dirname(dir);
    if (up === dir) return null;
    dir = up;
  }
}

export function failing(diagnostics: readonly Diagnostic[], failOn: CheckFlags['failOn']): boolean {
  if (failOn === 'never') return false;
  return diagnostics.some(
    (d) => d.severity === 'error' || (failOn === 'warning' && d.severity === 'warning'),
  );
}

/**
 * `backend-spec check [spec.md]`: checks a backend spec (default: the one `generate` writes for the
 * project in the current folder). Inside a project, its claims are compared with the documents.
 * Exit codes as for generate: 0 ok, 1 a diagnostic at or above `--fail-on`, 2 nothing to check.
 */
export async function runCheck(
  file: string | undefined,
  flags: CheckFlags,
  io: Io,
  host: Host,
  version: string,
) {
  const cwd = process.cwd();
  let target = file ? path.resolve(file) : null;
  let root = flags.project ? path.resolve(flags.project) : null;
  const { compile } = await import('../pipeline.js');
  let language = flags.lang ? normaliseLanguage(flags.lang) : 'en';
  if (!target) {
    root ??= cwd;
    const compiled = await compile({ root, verify: { skip: true } }, host);
    target = path.join(root, compiled.outDir, 'backend-spec.md');
    if (!flags.lang) language = projectLanguage(compiled);
  }
  const text = await host.readFile(target);
  if (text === null) {
    const say = catalogFor(language).messages.report.terminal;
    io.err.write(`${say.specNotFound(path.relative(cwd, target) || target)}\n`);
    return 2;
  }
  root ??= await findProject(host, path.dirname(target));
  let project: Parameters<typeof checkSpec>[0]['project'];
  if (root) {
    const compiled = await compile({ root, verify: { skip: true } }, host);
    if (compiled.ok && compiled.sources.documents.length > 0)
      project = { documents: compiled.sources.documents, domain: compiled.domain };
    if (!flags.lang) language = projectLanguage(compiled);
  }
  const inside = (dir: string, p: string) => !path.relative(dir, p).startsWith('..');
  const shown = (p: string) =>
    (root && inside(root, p) ? path.relative(root, p) : path.relative(cwd, p)).replace(/\\/g, '/') || p;
  const result = await checkSpec({
    file: shown(target),
    text,
    ...(project ? { project } : {}),
    sql: flags.sql,
    ...(flags.postgresUrl ? { postgresUrl: flags.postgresUrl } : {}),
  });
  const code = failing(result.diagnostics, flags.failOn) ? 1 : 0;
  if (flags.format === 'json') {
    io.out.write(
      `${JSON.stringify({ ok: code === 0, exitCode: code, file: shown(target), project: root ? shown(root) || '.' : null, ...result }, null, 2)}\n`,
    );
  } else if (flags.format === 'sarif') {
    io.out.write(`${JSON.stringify(formatSarif(result.diagnostics, version), null, 2)}\n`);
  } else {
    // In the project's language, as `generate` prints its diagnostics.
    for (const d of result.diagnostics) io.out.write(`${formatDiagnostic(d, language)}\n`);
    const s = result.summary;
    const say = catalogFor(language).messages.report.terminal;
    const count = (severity: Diagnostic['severity']) =>
      result.diagnostics.filter((d) => d.severity === severity).length;
    io.err.write(
      [
        say.checked(shown(target), project ? path.basename(root!) : null),
        say.checkSections(s.sections.found.length, s.sections.missing.join(', ')),
        say.checkSql(s.sql.statements, s.sql.blocks, s.sql.engine, s.sql.applied, s.sql.failed),
        say.checkBlocks(s.openapi.documents, s.openapi.errors, s.json.blocks, s.json.invalid),
        say.checkTotals(count('error'), count('warning')),
        '',
      ].join('\n'),
    );
  }
  return code;
}
