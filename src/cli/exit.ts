/** The CLI's version, printed by `--version` (kept in step with package.json by a test). */
export const VERSION = '0.1.0';

/**
 * Exit codes (README "Exit codes" documents the same table):
 * 0 ok; 1 a diagnostic at or above `--fail-on`, or a refused overwrite of a hand-edited
 * backend-spec.md; 2 bad usage, a project path that is not a folder, or missing prerequisites (no
 * PRD or no architecture); 3 a config error (invalid YAML, a wrong type, a folder outside the
 * project): nothing is read through it, nothing written; 4 a file system error (unreadable or
 * unwritable path, `--out` naming a file, a symlink loop, an output folder outside the project or
 * not ours, another run busy): nothing written, the previous output intact; 70 a bug of ours
 * (EX_SOFTWARE, sysexits.h).
 */
export const EXIT = {
  ok: 0,
  failed: 1,
  prerequisites: 2,
  usage: 2,
  config: 3,
  io: 4,
  internal: 70,
} as const;

export interface Io {
  out: { write(s: string): unknown };
  err: { write(s: string): unknown };
}
