import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

/** What `git show REV:path` gave: the file's text, or why it cannot be read (one sentence). */
export type RevisionRead = { ok: true; text: string; label: string } | { ok: false; message: string };

/** Runs git without a shell (the revision is an argument, never interpolated into a command line). */
function git(cwd: string, args: string[]): Promise<{ code: number; stdout: string; missing: boolean }> {
  return new Promise((resolve) => {
    execFile('git', args, { cwd, maxBuffer: 256 * 1024 * 1024, encoding: 'utf8' }, (err, stdout) => {
      const missing = (err as NodeJS.ErrnoException | null)?.code === 'ENOENT';
      resolve({ code: err ? (typeof err.code === 'number' ? err.code : 1) : 0, stdout, missing });
    });
  });
}

/**
 * The text of `file` (a path on disk) as it was committed at revision `rev`: `git show REV:path`
 * with the path relative to the repository root (`git rev-parse --show-toplevel`), so the command
 * works from any folder. Each failure says which one it is: no git, not a repository, an unknown
 * revision, or a file the revision does not have.
 */
export async function readAtRevision(rev: string, file: string): Promise<RevisionRead> {
  if (rev === '' || rev.startsWith('-'))
    return { ok: false, message: `"${rev}" is not a git revision (a commit, branch or tag such as HEAD~1).` };
  const abs = path.resolve(file);
  let dir = path.dirname(abs);
  while (!fs.existsSync(dir) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  const top = await git(dir, ['rev-parse', '--show-toplevel']);
  if (top.missing)
    return { ok: false, message: 'git is not installed or not on PATH, so a revision cannot be read.' };
  if (top.code !== 0)
    return {
      ok: false,
      message: `${path.dirname(abs)} is not inside a git repository, so "${rev}" cannot be read.`,
    };
  const root = top.stdout.trim();
  const commit = await git(root, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`]);
  if (commit.code !== 0) return { ok: false, message: `git revision "${rev}" is unknown in ${root}.` };
  const real = path.join(fs.realpathSync(dir), path.relative(dir, abs));
  const rel = path.relative(fs.realpathSync(root), real).split(path.sep).join('/');
  if (rel.startsWith('..'))
    return { ok: false, message: `${file} is outside the git repository at ${root}.` };
  const sha = commit.stdout.trim();
  const shown = await git(root, ['show', `${sha}:${rel}`]);
  if (shown.code !== 0)
    return { ok: false, message: `${rel} does not exist at git revision "${rev}" (${sha.slice(0, 12)}).` };
  return { ok: true, text: shown.stdout, label: `${rev}:${rel}` };
}
