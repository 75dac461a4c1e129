import type { Command } from 'commander';
import type { Io } from '../cli/exit.js';
import { EXIT } from '../cli/exit.js';
import type { Spec } from '../model/spec/index.js';

/** Where `generate` writes spec.json by default (outDir `docs/technical`). */
const DEFAULT_SPEC = 'docs/technical/backend-spec/spec.json';
const GIT_PREFIX = 'git:';

/**
 * `backend-spec diff OLD NEW [--out DIR]`: the migration between two spec.json files, written as
 * `DIR/up.sql` and `DIR/down.sql` (ordered steps, destructive ones flagged). Exit 1 when the up
 * migration has a destructive step, so CI can ask for a review.
 *
 * The old side may be a git revision: `diff git:REV NEW` reads NEW as committed at REV
 * (`git show REV:path`), and `diff REV` compares the default spec.json on disk with its committed
 * version at REV. A revision that cannot be read exits 2 with the reason.
 */
export function registerDiff(program: Command, io: Io, exit: (code: number) => void): void {
  program
    .command('diff')
    .description(
      'write the up and down PostgreSQL migration between two spec.json files, or between a git revision and the spec.json on disk',
    )
    .argument(
      '<old>',
      `the previous spec.json, git:REV (NEW as committed at REV), or REV alone (with ${DEFAULT_SPEC})`,
    )
    .argument('[new]', `the new spec.json (default with a revision: ${DEFAULT_SPEC})`)
    .option('--out <dir>', 'directory for up.sql and down.sql', '.')
    .action(async (oldArg: string, newArg: string | undefined, flags: { out: string }) => {
      const fs = await import('node:fs');
      const path = await import('node:path');
      const { diffSpecs, migrationSql } = await import('./index.js');
      const newPath = newArg ?? DEFAULT_SPEC;
      const revision = newArg === undefined ? oldArg : oldArg.startsWith(GIT_PREFIX) ? oldArg.slice(4) : null;
      let oldText: string;
      let oldLabel = oldArg;
      if (revision !== null) {
        const { readAtRevision } = await import('./git.js');
        const read = await readAtRevision(revision, newPath);
        if (!read.ok) {
          io.err.write(`backend-spec diff: ${read.message}\n`);
          return exit(EXIT.usage);
        }
        oldText = read.text;
        oldLabel = read.label;
      } else {
        const missing = missingFile(fs, oldArg);
        if (missing) {
          io.err.write(`backend-spec diff: ${missing}\n`);
          return exit(EXIT.usage);
        }
        oldText = fs.readFileSync(oldArg, 'utf8');
      }
      const missing = missingFile(fs, newPath);
      if (missing) {
        io.err.write(`backend-spec diff: ${missing}\n`);
        return exit(EXIT.usage);
      }
      const before = parseSpec(oldText, oldLabel);
      const after = parseSpec(fs.readFileSync(newPath, 'utf8'), newPath);
      for (const side of [before, after])
        if ('error' in side) {
          io.err.write(`backend-spec diff: ${side.error}\n`);
          return exit(EXIT.usage);
        }
      const diff = diffSpecs((before as { spec: Spec }).spec, (after as { spec: Spec }).spec);
      fs.mkdirSync(flags.out, { recursive: true });
      fs.writeFileSync(path.join(flags.out, 'up.sql'), migrationSql(`up: ${oldLabel} → ${newPath}`, diff.up));
      fs.writeFileSync(
        path.join(flags.out, 'down.sql'),
        migrationSql(`down: ${newPath} → ${oldLabel}`, diff.down),
      );
      const destructive = diff.up.filter((s) => s.destructive).length;
      io.out.write(
        `up.sql: ${diff.up.length} steps (${destructive} destructive); down.sql: ${diff.down.length} steps\n`,
      );
      if (destructive > 0) exit(EXIT.failed);
    });
}

function missingFile(fs: typeof import('node:fs'), p: string): string | null {
  if (fs.existsSync(p) && fs.statSync(p).isFile()) return null;
  return `${p} is not a file (run \`backend-spec generate\` first, or name a spec.json).`;
}

/** A spec.json text as a Spec, or the sentence saying why it is not one. */
function parseSpec(text: string, label: string): { spec: Spec } | { error: string } {
  try {
    const value = JSON.parse(text) as Spec;
    if (value && typeof value === 'object' && Array.isArray(value.entities)) return { spec: value };
    return { error: `${label} is not a spec.json (no "entities" list).` };
  } catch {
    return { error: `${label} is not valid JSON.` };
  }
}
