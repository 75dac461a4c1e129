import * as path from 'node:path';
import { Command, CommanderError } from 'commander';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { formatSarif, formatText } from '../diagnostics/format.js';
import { nodeHost } from '../host.js';
import { compile } from '../pipeline.js';
import { formatReport } from '../report/index.js';
import { writeOutputs } from './write.js';

export const VERSION = '0.1.0';

/** Exit codes: 0 ok, 1 diagnostics at or above --fail-on / refused overwrite, 2 missing prerequisites or usage. */
export const EXIT = { ok: 0, failed: 1, prerequisites: 2, usage: 2 } as const;

interface GenerateFlags {
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
  failOn: 'error' | 'warning' | 'never';
}

function failing(diagnostics: readonly Diagnostic[], failOn: GenerateFlags['failOn']): boolean {
  if (failOn === 'never') return false;
  return diagnostics.some(
    (d) => d.severity === 'error' || (failOn === 'warning' && d.severity === 'warning'),
  );
}

export async function run(
  argv: string[],
  io = { out: process.stdout, err: process.stderr },
): Promise<number> {
  let code: number = EXIT.ok;
  const program = new Command('backend-spec')
    .description(
      'Compile planning documents (PRD, architecture, tech stack, UX) into a backend specification.',
    )
    .version(VERSION)
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out.write(s), writeErr: (s) => io.err.write(s) });

  program
    .command('generate', { isDefault: true })
    .description('generate {documentation_dir}/technical/backend-spec.md and its artifacts')
    .argument('[dir]', 'project directory', '.')
    .option('--out <dir>', 'write the spec and artifacts into this directory (relative to the project)')
    .option('--lang <code>', 'documentation language (overrides the config)')
    .option('--docs <dir>', 'documentation directory (overrides the config)')
    .option('--name <name>', 'project name (overrides the config)')
    .option('--format <format>', 'output format: text, json or sarif', 'text')
    .option('--quiet', 'print only errors')
    .option('--force', 'overwrite a backend-spec.md that was edited by hand')
    .option('--dry-run', 'compile and report, but write nothing')
    .option('--no-verify', 'skip verification by real tools (PostgreSQL, OpenAPI validator, Ajv)')
    .option('--postgres-url <url>', 'apply schema.sql to this PostgreSQL server instead of embedded PGlite')
    .option(
      '--fail-on <severity>',
      'exit 1 when a diagnostic of this severity or worse exists: error, warning, never',
      'error',
    )
    .action(async (dir: string, flags: GenerateFlags) => {
      code = await generate(dir, flags, io);
    });

  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? EXIT.ok : EXIT.usage;
    throw e;
  }
  return code;
}

async function generate(
  dir: string,
  flags: GenerateFlags,
  io: { out: NodeJS.WritableStream; err: NodeJS.WritableStream },
): Promise<number> {
  const host = nodeHost();
  const root = path.resolve(dir);
  const result = await compile(
    {
      root,
      ...(flags.out ? { out: flags.out } : {}),
      ...(flags.lang ? { lang: flags.lang } : {}),
      ...(flags.docs ? { docs: flags.docs } : {}),
      ...(flags.name ? { projectName: flags.name } : {}),
      verify: { skip: !flags.verify, ...(flags.postgresUrl ? { postgresUrl: flags.postgresUrl } : {}) },
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

  const rel = (p: string) => path.relative(root, p) || '.';
  if (flags.format === 'json') {
    io.out.write(
      `${JSON.stringify(
        {
          ok: result.ok && plan.refused.length === 0,
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
        },
        null,
        2,
      )}\n`,
    );
    return code;
  }
  if (flags.format === 'sarif') {
    io.out.write(`${JSON.stringify(formatSarif(result.diagnostics, VERSION), null, 2)}\n`);
    return code;
  }
  const shown = flags.quiet
    ? result.diagnostics.filter((d) => d.severity === 'error')
    : result.diagnostics.filter((d) => d.severity !== 'info');
  if (!flags.quiet) {
    io.err.write('Sources:\n');
    for (const d of result.sources.documents)
      io.err.write(`  ${d.kind.padEnd(12)} ${d.path}  (${d.classifiedBy})\n`);
  }
  for (const d of shown) io.err.write(`${formatText(d)}\n`);
  if (!result.ok) {
    io.err.write('\nMissing prerequisites: nothing was generated. Searched:\n');
    for (const s of result.sources.searched) io.err.write(`  ${s}\n`);
    io.err.write('Run `backend-spec init` to create the planning documents, or pass --docs DIR.\n');
    return code;
  }
  if (plan.refused.length > 0) {
    io.err.write(
      `\n${plan.refused.map(rel).join(', ')} was edited by hand since it was generated: not overwritten (nothing was written). Re-run with --force to replace it.\n`,
    );
    return code;
  }
  if (!flags.quiet && result.report) {
    io.out.write(`\n${formatReport(result.report)}`);
    if (flags.dryRun) io.out.write('\n(dry run: nothing was written)\n');
  }
  return code;
}
