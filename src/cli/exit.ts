/** The CLI's version, printed by `--version` (kept in step with package.json by a test). */
export const VERSION = '0.1.0';

/**
 * Exit codes: 0 ok; 1 a diagnostic at or above `--fail-on`, or a refused overwrite of a hand-edited
 * backend-spec.md; 2 missing prerequisites (no PRD or no architecture) or bad usage.
 */
export const EXIT = { ok: 0, failed: 1, prerequisites: 2, usage: 2 } as const;

export interface Io {
  out: { write(s: string): unknown };
  err: { write(s: string): unknown };
}
