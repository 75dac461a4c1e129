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
