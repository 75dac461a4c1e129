import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { normaliseLanguage } from '../config/language.js';
import { type Diagnostic, diag, sortDiagnostics } from '../diagnostics/diagnostic.js';
import { formatSarif } from '../diagnostics/format.js';
import { nodeHost } from '../host.js';
import type { SourceEntry, Sources } from '../model/sources.js';
import { type CompileResult, compile } from '../pipeline.js';
import { catalogFor } from '../render/i18n/index.js';
import { formatDiagnostic, localiseText, projectLanguage } from '../report/diagnostics.js';
import { formatReport } from '../report/index.js';
import { flushTimings, timedAsync } from '../timings.js';
import { fullCollector } from './collect.js';
import type { StartedVerification } from './embedded.js';
import { EXIT, type Io, VERSION } from './exit.js';
import { failureDiagnostic, relativeTo } from './failure.js';
import { insideProject, outKind } from './paths.js';
import { type WritePlan, writeOutputs } from './write.js';

export interface GenerateFlags {
  out?: string;
  lang?: string;
  docs?: string;
  name?: string;
  format: 'text' | 'json' | 'sarif';
  quiet?: boolean;
  force?: boolean;
  dryRun?: boolean;
  /** Write nothing; exit 1 when the files on disk differ from what the documents compile to now. */
  check?: boolean;
  verify: boolean;
  postgresUrl?: string;
  allowSuperuser?: boolean;
  failOn: 'error' | 'warning' | 'never';
}

function failing(diagnostics: readonly Diagnostic[], failOn: GenerateFlags['failOn']): boolean {
  if (failOn === 'never') return false;
  return diagnostics.some(
    (d) => d.severity === 'error' || (failOn === 'warning' && d.severity === 'warning'),
  );
}

/** What one run came to: the exit code, and everything the output formats print. */
interface Outcome {
  code: number;
  result: CompileResult | null;
  /** Diagnostics of the run: the compiler's plus the command line's own (I/O, refusal). */
  diagnostics: Diagnostic[];
  plan: WritePlan;
  /** For a bug of ours: the stack, printed on stderr only. */
  stack?: string;
}

const NOTHING: WritePlan = { written: [], refused: [], removed: [], recovered: null };

/**
 * The run's source list: every file found, with what was done with it (read, duplicate of X,
 * superseded by Y, ignored and why). Library callers without entries get the read documents.
 */
function sourceList(sources: Sources): SourceEntry[] {
  return (
    sources.entries ??
    sources.documents.map((d) => ({
      path: d.path,
      kind: d.kind,
      classifiedBy: d.classifiedBy,
      status: 'read' as const,
    }))
  );
}

function sourceLine(e: SourceEntry, language: string): string {
  const head = `${e.kind.padEnd(12)} ${e.path}`;
  const enc = e.encoding ? `, ${e.encoding}` : '';
  const say = catalogFor(language).messages.report.terminal;
  const reason = (r: string) => localiseText(r, language);
  switch (e.status) {
    case 'read':
      return `${head}  (${e.classifiedBy}${enc})`;
    case 'duplicate':
      return `${head}  ${say.duplicateOf(`${e.of}`, reason(`${e.reason}`))}`;
    case 'superseded':
      return `${head}  ${say.supersededBy(`${e.of}`, reason(`${e.reason}`))}`;
    case 'ignored':
      return `${head}  ${say.ignored(reason(`${e.reason}`))}`;
  }
}

/**
 * The language of the terminal lines: the report's (communication_language, else the documentation
 * language); without a report, the config's; before any config was read, --lang.
 */
function terminalLanguage(result: CompileResult | null, flags: GenerateFlags): string {
  if (result?.report || result?.sources.config) return projectLanguage(result);
  return flags.lang ? normaliseLanguage(flags.lang) : 'en';
}

/** `backend-spec generate [dir]`: compile, write (unless refused or dry run), print, pick the exit code. */
export async function generate(
  dir: string,
  flags: GenerateFlags,
  io: Io,
  started?: StartedVerification,
): Promise<number> {
  const root = path.resolve(dir);
  try {
    if (flags.check) return await checkCurrent(root, flags, io, started);
    const outcome = await attempt(dir, root, flags, io, started);
    present(outcome, dir, root, flags, io);
    return outcome.code;
  } finally {
    // Whatever happened (a blocked run never verifies), the verification worker ends with the command.
    await started?.stop();
  }
}

/** `generate --check`: compile, compare with the files on disk, write nothing. */
async function checkCurrent(
  root: string,
  flags: GenerateFlags,
  io: Io,
  started: StartedVerification | undefined,
): Promise<number> {
  const host = nodeHost();
  const outAbs = flags.out === undefined ? undefined : path.resolve(flags.out);
  const result = await compile(compileOptions(root, flags, outAbs, undefined, started), host);
  const { checkUpToDate } = await import('../spec-check/generate-check.js');
  return checkUpToDate(result, root, flags, io, host, terminalLanguage(result, flags));
}

function compileOptions(
  root: string,
  flags: GenerateFlags,
  outAbs: string | undefined,
  io?: Io,
  started?: StartedVerification,
) {
  return {
    root,
    collect: fullCollector(),
    ...(outAbs !== undefined ? { out: (path.relative(root, outAbs) || '.').replace(/\\/g, '/') } : {}),
    ...(flags.lang ? { lang: flags.lang } : {}),
    ...(flags.docs ? { docs: flags.docs } : {}),
    ...(flags.name ? { projectName: flags.name } : {}),
    verify: {
      skip: !flags.verify,
      ...(flags.postgresUrl ? { postgresUrl: flags.postgresUrl } : {}),
      ...(flags.allowSuperuser ? { allowSuperuser: true } : {}),
      ...started?.options,
      // First-run notices (the prepared PostgreSQL data directory) go to stderr unless --quiet.
      ...(io
        ? { notice: (message: string) => (flags.quiet ? undefined : void io.err.write(`${message}\n`)) }
        : {}),
    },
  };
}

/** Never throws: every failure becomes a diagnostic with its exit code. */
async function attempt(
  dir: string,
  root: string,
  flags: GenerateFlags,
  io: Io,
  started: StartedVerification | undefined,
): Promise<Outcome> {
  const stop = (code: number, d: Diagnostic, result: CompileResult | null = null): Outcome => ({
    code,
    result,
    diagnostics: sortDiagnostics([...(result?.diagnostics ?? []), d]),
    plan: NOTHING,
  });
  const failed = (e: unknown, phase: 'read' | 'write', result: CompileResult | null = null): Outcome => {
    const f = failureDiagnostic(e, root, phase);
    return {
      ...stop(f.code, f.diagnostic, result),
      ...(f.code === EXIT.internal && e instanceof Error && e.stack ? { stack: e.stack } : {}),
    };
  };

  try {
    if (!(await fs.stat(root)).isDirectory())
      throw Object.assign(new Error('not a folder'), { code: 'ENOTDIR' });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT' && code !== 'ENOTDIR') return failed(e, 'read');
    return stop(
      EXIT.usage,
      diag('cli/not-a-directory', `${dir} is not a directory`, {
        hint: 'pass the project folder that holds the planning documents',
      }),
    );
  }

  let outAbs: string | undefined;
  if (flags.out !== undefined) {
    outAbs = path.resolve(flags.out);
    let kind: Awaited<ReturnType<typeof outKind>>;
    try {
      kind = await outKind(outAbs);
    } catch (e) {
      return failed(e, 'write');
    }
    if (kind === 'other') {
      const rel = relativeTo(root, outAbs);
      return stop(
        EXIT.io,
        diag('io/out-not-directory', `--out ${flags.out} is a file, not a folder: nothing was written`, {
          at: { file: rel, line: 1 },
          hint: 'pass a folder (it is created when missing), e.g. --out build/spec',
        }),
      );
    }
  }

  const host = nodeHost();
  let result: CompileResult;
  try {
    result = await compile(compileOptions(root, flags, outAbs, io, started), host);
  } catch (e) {
    return failed(e, 'read');
  }
  const base = { result, diagnostics: result.diagnostics, plan: NOTHING };
  if (!result.ok) return { ...base, code: result.blocked === 'config' ? EXIT.config : EXIT.prerequisites };

  // Only an explicit --out may write outside the project: a config (or a symlinked docs folder)
  // must never make the tool write elsewhere (a cloned repository is not trusted).
  const outDir = path.join(root, result.outDir);
  if (outAbs === undefined) {
    let inside: boolean;
    try {
      inside = await insideProject(root, outDir);
    } catch (e) {
      return failed(e, 'read', result);
    }
    if (!inside) {
      const docs = result.sources.config.documentationDir;
      return stop(
        EXIT.io,
        diag(
          'io/output-outside-project',
          `the output folder ${result.outDir} resolves outside the project: nothing was written`,
          {
            ...(docs.origin.kind === 'file' ? { at: docs.origin.at } : {}),
            hint: 'write inside the project, or name the folder explicitly with --out DIR',
          },
        ),
        result,
      );
    }
  }

  let plan: WritePlan;
  try {
    plan = await timedAsync('write', () =>
      writeOutputs(host, root, result.outDir, result.artifacts, {
        force: !!flags.force,
        dryRun: !!flags.dryRun,
      }),
    );
    flushTimings();
  } catch (e) {
    return failed(e, 'write', result);
  }
  const extra: Diagnostic[] = [];
  for (const file of plan.refused) {
    const rel = relativeTo(root, file);
    extra.push(
      diag(
        'io/hand-edited',
        `${rel} was edited by hand since it was generated: not overwritten, nothing was written`,
        {
          at: { file: rel, line: 1 },
          hint: 'move your edits into the planning documents (or a decisions file), or re-run with --force to replace it',
        },
      ),
    );
  }
  if (plan.recovered)
    extra.push(
      diag(
        'io/recovered',
        plan.recovered === 'rolled-forward'
          ? `an earlier run was interrupted after its output was complete; it was put in place before this run's output`
          : `an earlier run was interrupted while writing; its partial files were removed (its previous output had stayed intact)`,
        { at: { file: relativeTo(root, outDir), line: 1 } },
      ),
    );
  const diagnostics =
    extra.length > 0 ? sortDiagnostics([...result.diagnostics, ...extra]) : result.diagnostics;
  const code =
    plan.refused.length > 0 ? EXIT.failed : failing(diagnostics, flags.failOn) ? EXIT.failed : EXIT.ok;
  return { code, result, diagnostics, plan };
}

function present(outcome: Outcome, dir: string, root: string, flags: GenerateFlags, io: Io): void {
  const { code, result, diagnostics, plan } = outcome;
  const rel = (p: string) => relativeTo(root, p);
  if (outcome.stack) io.err.write(`${outcome.stack}\n`);
  if (flags.format === 'json') {
    const body = {
      ok: code === EXIT.ok,
      exitCode: code,
      sources: result ? sourceList(result.sources) : [],
      diagnostics,
      report: result?.report ?? null,
      files: plan.written.map(rel),
      refused: plan.refused.map(rel),
      removed: plan.removed.map(rel),
      dryRun: !!flags.dryRun,
      ...(result && result.blocked === 'prerequisites' ? { searched: result.sources.searched } : {}),
    };
    io.out.write(`${JSON.stringify(body, null, 2)}\n`);
    return;
  }
  if (flags.format === 'sarif') {
    io.out.write(`${JSON.stringify(formatSarif(diagnostics, VERSION), null, 2)}\n`);
    return;
  }

  // Terminal lines in the report's language (communication_language, else the documentation language).
  const language = terminalLanguage(result, flags);
  const say = catalogFor(language).messages.report.terminal;
  if (!flags.quiet && result && result.blocked !== 'config') {
    io.err.write(`${say.sources}\n`);
    const list = sourceList(result.sources);
    for (const d of list) io.err.write(`  ${sourceLine(d, language)}\n`);
    if (list.length === 0) io.err.write(`  ${say.noneFound}\n`);
    io.err.write('\n');
  }
  const shown = flags.quiet
    ? diagnostics.filter((d) => d.severity === 'error')
    : diagnostics.filter((d) => d.severity !== 'info' || d.code === 'io/recovered');
  // One write: thousands of warnings on a big document were thousands of synchronous writes.
  if (shown.length > 0) io.err.write(shown.map((d) => `${formatDiagnostic(d, language)}\n`).join(''));
  if (result?.blocked === 'config') {
    io.err.write(`\n${say.configError}\n`);
    return;
  }
  if (result?.blocked === 'prerequisites') {
    io.err.write(`\n${say.missingPrerequisites}\n`);
    for (const s of result.sources.searched) io.err.write(`  ${s}\n`);
    io.err.write(`${say.runInit(`backend-spec init${dir === '.' ? '' : ` ${dir}`}`)}\n`);
    return;
  }
  if (code === EXIT.io || code === EXIT.internal || code === EXIT.usage || plan.refused.length > 0) return;
  if (!flags.quiet && result?.report) {
    io.out.write(`${formatReport(result.report)}`);
    if (flags.dryRun) io.out.write(`\n${say.dryRun}\n`);
  }
}
