import * as path from 'node:path';
import { type Diagnostic, diag } from '../diagnostics/diagnostic.js';
import { BusyError, NotOursError } from '../output-set.js';
import { EXIT } from './exit.js';

/** A project-relative POSIX path for messages (`docs/technical/backend-spec.md`, `../elsewhere`). */
export function relativeTo(root: string, p: string): string {
  return (path.relative(root, path.resolve(root, p)) || '.').replace(/\\/g, '/');
}

/** What went wrong with a path, in words, and how to fix it (by errno, POSIX/libuv codes). */
const ERRNO: Record<string, { what: string; fix: string }> = {
  EACCES: {
    what: 'permission denied',
    fix: 'give your user access to it (chmod/chown), or choose another folder',
  },
  EPERM: { what: 'operation not permitted', fix: 'give your user access to it, or choose another folder' },
  ELOOP: { what: 'a symlink loop', fix: 'remove or fix the symlink that points back at itself' },
  ENOTDIR: {
    what: 'a file is in the way where a folder is needed',
    fix: 'move that file, or choose another folder',
  },
  EISDIR: {
    what: 'a folder is in the way where a file is needed',
    fix: 'move that folder, or choose another path',
  },
  ENOSPC: { what: 'no space left on the device', fix: 'free some disk space and run again' },
  EDQUOT: { what: 'the disk quota is exceeded', fix: 'free some space and run again' },
  EROFS: { what: 'a read-only file system', fix: 'write to a writable folder with --out DIR' },
  ENAMETOOLONG: { what: 'the path is too long', fix: 'use a shorter path' },
  EMFILE: { what: 'too many open files', fix: 'raise the open-file limit (ulimit -n) and run again' },
  EIO: { what: 'an I/O error of the device', fix: 'check the disk or mount, then run again' },
  EBUSY: { what: 'the path is busy', fix: 'close whatever holds it, then run again' },
  ENXIO: { what: 'a device or pipe without a reader', fix: 'replace it with a regular file' },
  ENOENT: { what: 'it does not exist', fix: 'check the path' },
};

/**
 * Turns an exception from reading or writing into a diagnostic and its exit code: file system
 * errors name the path (relative to the project) and the fix, and exit 4; anything else is a bug of
 * ours (`cli/internal`, exit 70).
 */
export function failureDiagnostic(
  error: unknown,
  root: string,
  phase: 'read' | 'write',
): { diagnostic: Diagnostic; code: number } {
  if (error instanceof NotOursError) {
    const rel = relativeTo(root, error.path);
    return {
      code: EXIT.io,
      diagnostic: diag(
        'io/not-ours',
        `${rel} exists and was not written by backend-spec: left untouched, nothing was written`,
        {
          at: { file: rel, line: 1 },
          hint: `move ${rel} away, or write the output elsewhere with --out DIR`,
        },
      ),
    };
  }
  if (error instanceof BusyError) {
    const rel = relativeTo(root, error.path);
    return {
      code: EXIT.io,
      diagnostic: diag('io/busy', `another backend-spec run is writing ${rel}; nothing was written`, {
        hint: `wait for it to finish and run again (a lock left by a killed run, ${rel}/.backend-spec.lock, is taken over automatically)`,
      }),
    };
  }
  const e = error as NodeJS.ErrnoException;
  if (e && typeof e === 'object' && typeof e.code === 'string' && /^E[A-Z]+$/.test(e.code)) {
    const known = ERRNO[e.code] ?? { what: `${e.code}`, fix: 'check the path and run again' };
    const where = typeof e.path === 'string' ? relativeTo(root, e.path) : null;
    return {
      code: EXIT.io,
      diagnostic: diag(
        phase === 'read' ? 'io/unreadable' : 'io/unwritable',
        `${phase === 'read' ? 'could not read' : 'could not write'} ${where ?? 'a path'}: ${known.what} (${e.code})${phase === 'write' ? '; the previous output is unchanged' : ''}`,
        { ...(where ? { at: { file: where, line: 1 } } : {}), hint: known.fix },
      ),
    };
  }
  const message = error instanceof Error ? error.message : String(error);
  return {
    code: EXIT.internal,
    diagnostic: diag('cli/internal', `backend-spec failed: ${message}`, {
      hint: 'this is a bug in backend-spec: please report it with the command and, if you can, the documents',
    }),
  };
}
