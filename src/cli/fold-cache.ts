import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { codeCacheFolder } from '../heavy-require.js';
import { foldedSourceEntries, seedFoldedSources } from '../knowledge/case-fold.js';

/**
 * The readers' case-folded patterns (src/knowledge/case-fold.ts) kept between runs beside the V8
 * code cache (issue 19). At start-up the readers build ~180 patterns from the lexicons of every
 * language and fold each for the flag `u` alone: 64 KB of source, rewritten character by character
 * in a process whose code is still cold, ~30-60 ms of CPU on every run, always with the same answer.
 *
 * The file is this build's: its name holds the size and modification time of the script running
 * (the CLI bundle, rewritten by every build) and the Unicode version (V8's case classes), and a
 * SHA-1 of its content is checked before it is used, so a fold of another build, another Node or a
 * damaged file is never taken: the run then folds as before and writes the file again. Only the
 * CLI with its code cache on (Node 20) uses it; a library never reads or writes the user's cache.
 */
const MAGIC = 'backend-spec-case-fold-1\n';

let file: string | null = null;

/** Seeds the folds of the previous run (call before the compiler's modules load); returns the file. */
export function loadFoldCache(): string | null {
  const folder = codeCacheFolder();
  if (!folder) return null;
  try {
    const self = fileURLToPath(import.meta.url);
    const st = statSync(self);
    const key = sha1(`${self}\0${st.size}\0${st.mtimeMs}\0${process.versions.unicode}`).slice(0, 20);
    file = path.join(folder, `case-fold-${key}.json`);
  } catch {
    return null;
  }
  process.once('exit', saveFoldCache);
  const entries = readFolds(file);
  if (entries) seedFoldedSources(entries);
  return file;
}

/** The folds a cache file holds, or null when it is missing, damaged or not one (exported for tests). */
export function readFolds(at: string): [string, string | null][] | null {
  try {
    const text = readFileSync(at, 'latin1');
    if (!text.startsWith(MAGIC)) return null;
    const sum = text.slice(MAGIC.length, MAGIC.length + 40);
    const body = text.slice(MAGIC.length + 41);
    if (sha1(body) !== sum) return null;
    const entries: unknown = JSON.parse(body);
    if (!Array.isArray(entries)) return null;
    for (const e of entries)
      if (
        !Array.isArray(e) ||
        e.length !== 2 ||
        typeof e[0] !== 'string' ||
        (e[1] !== null && typeof e[1] !== 'string')
      )
        return null;
    return entries as [string, string | null][];
  } catch {
    return null;
  }
}

/**
 * More folds than the readers' patterns and the few built per document: a file that would keep
 * growing is not written (the run folds as before).
 */
const MAX_ENTRIES = 2000;

/**
 * At exit, when this run folded a pattern the file did not hold: every fold, written atomically
 * (exported for tests).
 */
export function saveFoldCache(): void {
  const { entries, new: added } = foldedSourceEntries();
  if (!file || !added || entries.length > MAX_ENTRIES) return;
  // JSON escapes nothing beyond ASCII: the body is read back as latin1 bytes and hashed as written.
  const body = JSON.stringify(entries).replace(
    /[\u007f-\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  const tmp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(tmp, `${MAGIC}${sha1(body)}\n${body}`, 'latin1');
    renameSync(tmp, file);
    const name = path.basename(file);
    for (const other of readdirSync(path.dirname(file)))
      if (other !== name && other.startsWith('case-fold-') && other.endsWith('.json'))
        rmSync(path.join(path.dirname(file), other), { force: true });
  } catch {
    rmSync(tmp, { force: true });
  }
}

const sha1 = (text: string) => createHash('sha1').update(text, 'latin1').digest('hex');
