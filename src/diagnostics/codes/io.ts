import type { CodeInfo } from './types.js';

/**
 * Diagnostic codes of the command line and its file system access (reading the project, writing the
 * output set). Keys are stable: tools and users match on them. Each maps to an exit code documented
 * in README's table (`src/cli/exit.ts`).
 */
export const IO_CODES = {
  'cli/usage': { severity: 'error', description: 'The command line is not valid (unknown flag or value).' },
  'cli/not-a-directory': {
    severity: 'error',
    description: 'The project path given on the command line is not a folder.',
  },
  'cli/internal': {
    severity: 'error',
    description: 'backend-spec itself failed (a bug): please report it with the command that caused it.',
  },
  'io/unreadable': {
    severity: 'error',
    description:
      'A file or folder of the project could not be read (permissions, a symlink loop, an I/O error).',
  },
  'io/unwritable': {
    severity: 'error',
    description:
      'The output could not be written (permissions, a file in the way, a full disk); nothing was changed.',
  },
  'io/out-not-directory': {
    severity: 'error',
    description: '`--out` names an existing file, not a folder; nothing was written.',
  },
  'io/output-outside-project': {
    severity: 'error',
    description:
      'The output folder resolves outside the project (through a symlink or `--docs`); only an explicit `--out` may write there.',
  },
  'io/not-ours': {
    severity: 'error',
    description:
      'A file or folder where the output goes was not written by backend-spec; it is left untouched and nothing was written.',
  },
  'io/hand-edited': {
    severity: 'error',
    description:
      'backend-spec.md was edited by hand since it was generated; nothing was written (`--force` replaces it).',
  },
  'io/busy': {
    severity: 'error',
    description: 'Another backend-spec run is writing the same output folder and did not finish in time.',
  },
  'io/recovered': {
    severity: 'info',
    description:
      'An earlier run was interrupted while writing; its complete output set was put in place or its partial files removed.',
  },
} as const satisfies Record<string, CodeInfo>;
