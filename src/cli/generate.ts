import * as path from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { formatSarif, formatText } from '../diagnostics/format.js';
import { nodeHost } from '../host.js';
import { compile } from '../pipeline.js';
import { formatReport } from '../report/index.js';
import { EXIT, type Io, VERSION } from './exit.js';
import { writeOutputs } from './write.js';

export interface GenerateFlags {
  out?: string;
  lang?: string;
  docs?: string;
  name?: string;
  format: 'text' | 'json' | 'sarif';
  quiet?: boolean;
  force?: boolean;
  dryRun?: boolean;
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

/** `backend-spec generate [dir]`: compile, write (unless refused or dry run), print, pick the exit code. */
export async function generate(dir: string, flags: GenerateFlags, io: Io): Promise<number> {
  const host = nodeHost();
  const root = path.resolve(dir);
  if ((await host.readDir(root)) === null) {
    io.err.write(
      `backend-spec: ${dir} is not a directory (pass the project folder that holds the planning documents)\n`,
    );
    return EXIT.usage;
  }
  const out = flags.out === undefined ? undefined : path.relative(root, path.resolve(flags.out)) || '.';
  const result = await compile(
    {
      root,
      ...(out !== undefined ? { out: out.replace(/\\/g, '/') } : {}),
      ...(flags.lang ? { lang: flags.lang } : {}),
      ...(flags.docs ? { docs: flags.docs } : {}),
      ...(flags.name ? { projectName: flags.name } : {}),
      verify: {
        skip: !flags.verify,
        ...(flags.postgresUrl ? { postgresUrl: flags.postgresUrl } : {}),
        ...(flags.allowSuperuser ? { allowSuperuser: true } : {}),
        notice: (message: string) => {
          if (!flags.quiet) io.err.write(`${message}\n`);
        },
      },
    },
    host,
  );
  const plan = result.ok
    ? await writeOutputs(host, root, result.outDir, result.artifacts, {
        force: !!flags.force,
        dryRun: !!flags.dryRun,
      })
    : { written: [], refused: [] };

  let code: number = EXIT.ok;
  if (!result.ok) code = EXIT.prerequisites;
  else if (plan.refused.length > 0) code = EXIT.failed;
  else if (failing(result.diagnostics, flags.failOn)) code = EXIT.failed;

  const rel = (p: string) => (path.relative(root, p) || '.').replace(/\\/g, '/');
  if (flags.format === 'json') {
    const body = {
      ok: code === EXIT.ok,
      exitCode: code,
      sources: result.sources.documents.map((d) => ({
        path: d.path,
        kind: d.kind,
        classifiedBy: d.classifiedBy,
      })),
      diagnostics: result.diagnostics,
      report: result.report,
      files: plan.written.map(rel),
      refused: plan.refused.map(rel),
      dryRun: !!flags.dryRun,
      ...(result.ok ? {} : { searched: result.sources.searched }),
    };
    io.out.write(`${JSON.stringify(body, null, 2)}\n`);
    return code;
  }
  if (flags.format === 'sarif') {
    io.out.write(`${JSON.stringify(formatSarif(result.diagnostics, VERSION), null, 2)}\n`);
    return code;
  }

  if (!flags.quiet) {
    io.err.write('Sources:\n');
    for (const d of result.sources.documents)
      io.err.write(`  ${d.kind.padEnd(12)} ${d.path}  (${d.classifiedBy})\n`);
    if (result.sources.documents.length === 0) io.err.write('  (none found)\n');
    io.err.write('\n');
  }
  const shown = flags.quiet
    ? result.diagnostics.filter((d) => d.severity === 'error')
    : result.diagnostics.filter((d) => d.severity !== 'info' || d.code === 'load/classified');
  for (const d of shown.filter((x) => x.code !== 'load/classified')) io.err.write(`${formatText(d)}\n`);
  if (!result.ok) {
    io.err.write('\nMissing prerequisites: nothing was generated. Searched:\n');
    for (const s of result.sources.searched) io.err.write(`  ${s}\n`);
    io.err.write(
      `Run \`backend-spec init${dir === '.' ? '' : ` ${dir}`}\` to create the planning documents, or pass --docs DIR.\n`,
    );
    return code;
  }
  if (plan.refused.length > 0) {
    io.err.write(
      `\n${plan.refused.map(rel).join(', ')} was edited by hand since it was generated: not overwritten, nothing was written.\nMove your edits into the planning documents (or a decisions file), or re-run with --force to replace it.\n`,
    );
    return code;
  }
  if (!flags.quiet && result.report) {
    io.out.write(`${formatReport(result.report)}`);
    if (flags.dryRun) io.out.write('\n(dry run: nothing was written)\n');
  }
  return code;
}
