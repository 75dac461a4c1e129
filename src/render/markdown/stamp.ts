import { createHash } from 'node:crypto';

/**
 * backend-spec.md ends with a stamp holding the SHA-256 of everything above it. On the next run a
 * file whose content no longer matches its stamp (or that has none) was edited by hand, and is not
 * overwritten without --force.
 */
const STAMP = /\n<!-- backend-spec sha256:([0-9a-f]{64}) -->\n?$/;

const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

export function stamp(text: string): string {
  return `${text}\n<!-- backend-spec sha256:${digest(text)} -->\n`;
}

/** 'generated' when the file is exactly as we wrote it; 'edited' when changed or not ours. */
export function stampStatus(existing: string): 'generated' | 'edited' {
  const m = STAMP.exec(existing);
  if (!m) return 'edited';
  return digest(existing.slice(0, m.index)) === m[1] ? 'generated' : 'edited';
}

/**
 * `stamp(pieces.join(''))` as its UTF-8 bytes, with its length in characters and its line count,
 * never made one string: each piece is encoded once into the buffer that is written, and the stamp
 * hashes those bytes (a 1,000-entity document: 8 MB, issue 19).
 */
export function stampPieces(pieces: readonly string[]): { bytes: Buffer; chars: number; lines: number } {
  let size = 0;
  let chars = 0;
  for (const p of pieces) {
    size += Buffer.byteLength(p, 'utf8');
    chars += p.length;
  }
  const hash = createHash('sha256');
  const probe = `\n<!-- backend-spec sha256:${'0'.repeat(64)} -->\n`;
  const bytes = Buffer.allocUnsafe(size + probe.length);
  let at = 0;
  for (const p of pieces) at += bytes.write(p, at, 'utf8');
  hash.update(bytes.subarray(0, size));
  const tail = `\n<!-- backend-spec sha256:${hash.digest('hex')} -->\n`;
  bytes.write(tail, size, 'latin1');
  let lines = 0;
  for (let i = bytes.indexOf(10); i !== -1; i = bytes.indexOf(10, i + 1)) lines++;
  // Every line ends in a line break (the stamp's does): the count of breaks is the count of lines.
  return { bytes, chars: chars + tail.length, lines };
}
