import type { Command } from 'commander';
import type { Io } from '../cli/exit.js';
import { EXIT } from '../cli/exit.js';

/**
 * `backend-spec diff OLD NEW [--out DIR]`: the migration between two spec.json files, written as
 * `DIR/up.sql` and `DIR/down.sql` (ordered steps, destructive ones flagged). Exit 1 when the up
 * migration has a destructive step, so CI can ask for a review.
 */
export function registerDiff(program: Command, io: Io, exit: (code: number) => void): void {
  program
    .command('diff')
    .description('write the up and down PostgreSQL migration between two spec.json files')
    .argument('<old>', 'the previous spec.json')
    .argument('<new>', 'the new spec.json')
    .option('--out <dir>', 'directory for up.sql and down.sql', '.')
    .action(async (oldPath: string, newPath: string, flags: { out: string }) => {
      const fs = await import('node:fs');
      const path = await import('node:path');
      const { diffSpecs, migrationSql } = await import('./index.js');
      const read = (p: string) => JSON.parse(fs.readFileSync(p, 'utf8'));
      const diff = diffSpecs(read(oldPath), read(newPath));
      fs.mkdirSync(flags.out, { recursive: true });
      fs.writeFileSync(path.join(flags.out, 'up.sql'), migrationSql(`up: ${oldPath} → ${newPath}`, diff.up));
      fs.writeFileSync(
        path.join(flags.out, 'down.sql'),
        migrationSql(`down: ${newPath} → ${oldPath}`, diff.down),
      );
      const destructive = diff.up.filter((s) => s.destructive).length;
      io.out.write(
        `up.sql: ${diff.up.length} steps (${destructive} destructive); down.sql: ${diff.down.length} steps\n`,
      );
      if (destructive > 0) exit(EXIT.failed);
    });
}
