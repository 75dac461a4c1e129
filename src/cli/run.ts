import * as path from 'node:path';
import { Command, CommanderError, Option } from 'commander';
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
    .option('--no-verify', 'skip verification by real tools (PostgreSQL, OpenAPI validator, Ajv)')
    .option('--postgres-url <url>', 'apply schema.sql to this PostgreSQL server instead of embedded PGlite')
    .option('--allow-superuser', 'let --postgres-url connect as a superuser role (refused by default)')
    .addOption(
      new Option('--fail-on <severity>', 'exit 1 when a diagnostic of this severity or worse exists')
        .choices(['error', 'warning', 'never'])
        .default('error'),
    )
    .action(async (dir: string, flags: GenerateFlags) => {
      const { generate } = await import('./generate.js');
      code = await generate(dir, flags, io);
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
      const result = await initProject(
        root,
        { name: flags.name ?? path.basename(root), docs: flags.docs, language: flags.lang },
        nodeHost(),
      );
      for (const f of result.written) io.out.write(`created  ${f}\n`);
      for (const f of result.skipped) io.out.write(`skipped  ${f} (already exists, left untouched)\n`);
      io.out.write(
        `\nNext: replace the sample content with your project's facts, then run \`backend-spec generate${dir === '.' ? '' : ` ${dir}`}\`.\n`,
      );
    });

  program
    .command('schema')
    .description('print the JSON Schema (2020-12) of spec.json')
    .action(async () => {
      const schema = await import('../../schema/spec.schema.json', { with: { type: 'json' } });
      io.out.write(`${JSON.stringify(schema.default, null, 2)}\n`);
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

  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? EXIT.ok : EXIT.usage;
    throw e;
  }
  return code;
}
