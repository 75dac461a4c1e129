import * as path from 'node:path';
import { Argument, Command, CommanderError, Option } from 'commander';
import { registerDiff } from '../diff/command.js';
import { startVerification } from './embedded.js';
import { EXIT, type Io, VERSION } from './exit.js';
import type { GenerateFlags } from './generate.js';

export { EXIT, VERSION };

/**
 * The CLI: argument parsing and exit codes only. Each command's module is imported when the command
 * runs, so `--version`, `codes` and `schema` start without loading the compiler.
 */
export async function run(
  argv: string[],
  io: Io = { out: process.stdout, err: process.stderr },
): Promise<number> {
  let code: number = EXIT.ok;
  const program = new Command('backend-spec')
    .description(
      'Compile planning documents (PRD, architecture, tech stack, UX) into a backend specification.',
    )
    .version(VERSION)
    .exitOverride()
    .showHelpAfterError('(run `backend-spec --help` for usage)')
    .configureOutput({ writeOut: (s) => io.out.write(s), writeErr: (s) => io.err.write(s) });

  program
    .command('generate', { isDefault: true })
    .description('generate {documentation_dir}/technical/backend-spec.md and its artifacts')
    .argument('[dir]', 'project directory', '.')
    .option('--out <dir>', 'write backend-spec.md and the backend-spec/ artifacts folder into this directory')
    .option('--lang <language>', 'documentation language, a code or a name (overrides the config)')
    .option('--docs <dir>', 'documentation directory (overrides the config)')
    .option('--name <name>', 'project name (overrides the config)')
    .addOption(
      new Option('--format <format>', 'output format').choices(['text', 'json', 'sarif']).default('text'),
    )
    .option('--quiet', 'print only errors')
    .option('--force', 'overwrite a backend-spec.md that was edited by hand')
    .option('--dry-run', 'compile and report, but write nothing')
    .option(
      '--check',
      'write nothing; exit 1 when the files on disk differ from what the documents compile to now',
    )
    .option('--no-verify', 'skip verification by real tools (PostgreSQL, OpenAPI validator, Ajv)')
    .option('--postgres-url <url>', 'apply schema.sql to this PostgreSQL server instead of embedded PGlite')
    .option('--allow-superuser', 'let --postgres-url connect as a superuser role (refused by default)')
    .addOption(
      new Option('--fail-on <severity>', 'exit 1 when a diagnostic of this severity or worse exists')
        .choices(['error', 'warning', 'never'])
        .default('error'),
    )
    .action(async (dir: string, flags: GenerateFlags) => {
      // The verification worker starts first, so PGlite's and Redocly's start-up overlap loading
      // the compiler and the whole pipeline (src/cli/embedded.ts).
      const started = startVerification(flags, io);
      // Before the compiler's modules load: their readers fold their patterns as they load.
      (await import('./fold-cache.js')).loadFoldCache();
      const { generate } = await import('./generate.js');
      code = await generate(dir, flags, io, started);
    });

  program
    .command('init')
    .description('create .bmad/config.yaml and the four planning documents as templates (never overwrites)')
    .argument('[dir]', 'project directory', '.')
    .option('--name <name>', 'project name (default: the folder name)')
    .option('--docs <dir>', 'documentation directory', 'docs')
    .option('--lang <language>', 'documentation language', 'English')
    .action(async (dir: string, flags: { name?: string; docs: string; lang: string }) => {
      const [{ initProject }, { nodeHost }] = await Promise.all([import('./init.js'), import('../host.js')]);
      const root = path.resolve(dir);
      let result: Awaited<ReturnType<typeof initProject>>;
      try {
        result = await initProject(
          root,
          { name: flags.name ?? path.basename(root), docs: flags.docs, language: flags.lang },
          nodeHost(),
        );
      } catch (e) {
        const [{ failureDiagnostic }, { formatDiagnostic }, { normaliseLanguage }] = await Promise.all([
          import('./failure.js'),
          import('../report/diagnostics.js'),
          import('../config/language.js'),
        ]);
        const failure = failureDiagnostic(e, root, 'write');
        // In the language the project is set up in (--lang, English by default).
        io.err.write(`${formatDiagnostic(failure.diagnostic, normaliseLanguage(flags.lang))}\n`);
        code = failure.code;
        return;
      }
      // In the language the project is set up in: --lang is what init writes as the documents' language.
      const [{ catalogFor }, { normaliseLanguage }] = await Promise.all([
        import('../render/i18n/index.js'),
        import('../config/language.js'),
      ]);
      const say = catalogFor(normaliseLanguage(flags.lang)).messages.report.terminal;
      for (const f of result.written) io.out.write(`${say.created(f)}\n`);
      for (const f of result.skipped) io.out.write(`${say.skipped(f)}\n`);
      io.out.write(`\n${say.next(`backend-spec generate${dir === '.' ? '' : ` ${dir}`}`)}\n`);
    });

  program
    .command('schema')
    .description('print the JSON Schema (2020-12) of spec.json, or of the facts overlay (`schema facts`)')
    .addArgument(new Argument('[which]', 'which schema').choices(['spec', 'facts']).default('spec'))
    .action(async (which: 'spec' | 'facts') => {
      const schema =
        which === 'facts'
          ? await import('../../schema/facts.schema.json', { with: { type: 'json' } })
          : await import('../../schema/spec.schema.json', { with: { type: 'json' } });
      io.out.write(`${JSON.stringify(schema.default, null, 2)}\n`);
    });

  program
    .command('check')
    .description(
      'check a backend spec (any author): sections, SQL on PostgreSQL, OpenAPI/JSON, cross-references, claims vs the documents',
    )
    .argument(
      '[spec]',
      'the spec file (default: the one generate writes for the project in the current folder)',
    )
    .option(
      '--project <dir>',
      'compare the spec with the planning documents of this project (default: found above the file)',
    )
    .addOption(
      new Option('--format <format>', 'output format').choices(['text', 'json', 'sarif']).default('text'),
    )
    .option('--no-sql', 'do not apply the SQL blocks to PostgreSQL')
    .option(
      '--lang <language>',
      "language of the messages, a code or a name (default: the project's communication language)",
    )
    .option('--postgres-url <url>', 'apply the SQL to this PostgreSQL server instead of embedded PGlite')
    .addOption(
      new Option('--fail-on <severity>', 'exit 1 when a diagnostic of this severity or worse exists')
        .choices(['error', 'warning', 'never'])
        .default('error'),
    )
    .action(async (spec: string | undefined, flags: import('../spec-check/cli.js').CheckFlags) => {
      const [{ runCheck }, { nodeHost }] = await Promise.all([
        import('../spec-check/cli.js'),
        import('../host.js'),
      ]);
      code = await runCheck(spec, flags, io, nodeHost(), VERSION);
    });

  program
    .command('mcp')
    .description(
      'serve the compiler to an assistant over MCP (stdio): compile, get_item, propose/apply facts, answer questions, check_spec',
    )
    .argument('[dir]', 'project directory', '.')
    .action(async (dir: string) => {
      const { serveMcp } = await import('../mcp/server.js');
      await serveMcp(path.resolve(dir), VERSION);
    });

  program
    .command('codes')
    .description('list every diagnostic code with its severity and description')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .action(async (flags: { format: 'text' | 'json' }) => {
      const { CODES } = await import('../diagnostics/codes/index.js');
      const ids = Object.keys(CODES).sort() as (keyof typeof CODES)[];
      if (flags.format === 'json') {
        io.out.write(
          `${JSON.stringify(
            ids.map((id) => ({ code: id, ...CODES[id] })),
            null,
            2,
          )}\n`,
        );
        return;
      }
      const width = Math.max(...ids.map((id) => id.length));
      for (const id of ids)
        io.out.write(`${id.padEnd(width)}  ${CODES[id].severity.padEnd(7)}  ${CODES[id].description}\n`);
    });

  registerDiff(program, io, (c) => {
    code = c;
  });

  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (e) {
    if (!(e instanceof CommanderError)) throw e;
    if (e.exitCode === 0) return EXIT.ok;
    // `--format json|sarif` promises a document on stdout whatever happens, bad usage included.
    const format = requestedFormat(argv);
    if (format !== 'text') {
      const { usageDocument } = await import('./usage.js');
      io.out.write(usageDocument(format, e.message.replace(/^error: /, '')));
    }
    return EXIT.usage;
  }
  return code;
}

/** The `--format` asked for on the command line, read before (and even when) parsing fails. */
function requestedFormat(argv: string[]): 'text' | 'json' | 'sarif' {
  for (let i = 0; i < argv.length; i++) {
    const value =
      argv[i] === '--format' ? argv[i + 1] : argv[i]?.startsWith('--format=') ? argv[i]!.slice(9) : null;
    if (value === 'json' || value === 'sarif') return value;
  }
  return 'text';
}
