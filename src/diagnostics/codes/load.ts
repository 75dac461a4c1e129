import type { CodeInfo } from './types.js';

/** Diagnostic codes of the load area. Keys are stable: tools and users match on them. */
export const LOAD_CODES = {
  'load/missing-prd': { severity: 'error', description: 'No PRD was found in any of the searched paths.' },
  'load/missing-architecture': {
    severity: 'error',
    description: 'No architecture document was found in any of the searched paths.',
  },
  'load/missing-tech-stack': {
    severity: 'warning',
    description: 'No tech-stack document was found; stack facts are read from the other documents.',
  },
  'load/missing-ux': { severity: 'warning', description: 'No UX flows document was found.' },
  'load/invalid-front-matter': {
    severity: 'warning',
    description: 'A document starts with YAML front matter that does not parse; it is read as text.',
  },
  'load/docs-dir-missing': {
    severity: 'warning',
    description:
      'The documentation folder (documentation_dir) does not exist; documents were found elsewhere, but the spec is still written under it.',
  },
  'load/classified': { severity: 'info', description: 'Which kind a document was classified as, and why.' },
  'load/not-a-regular-file': {
    severity: 'warning',
    description: 'A document path is a named pipe, device, socket or folder; only regular files are read.',
  },
  'load/link-outside-project': {
    severity: 'warning',
    description:
      'A document is a symbolic link to a file outside the project; it is not read (a cloned repository could point it at any file).',
  },
  'load/file-too-large': {
    severity: 'warning',
    description: 'A document is larger than the per-file size limit; it is not read.',
  },
  'load/binary-file': {
    severity: 'warning',
    description:
      'A document is not text in any supported encoding (UTF-8, UTF-16, Windows-1252); it is not read.',
  },
  'load/unreadable-file': {
    severity: 'warning',
    description: 'A document could not be read (permissions, I/O error); it is skipped.',
  },
  'load/encoding': {
    severity: 'info',
    description:
      'A document was decoded from an encoding other than plain UTF-8 (UTF-16, a byte-order mark, Windows-1252).',
  },
  'load/empty-document': {
    severity: 'warning',
    description: 'A document has no text besides front matter and comments; it is not read.',
  },
  'load/nothing-to-compile': {
    severity: 'error',
    description: 'Planning files were found, but none has any text to read: nothing is generated.',
  },
  'load/read-time-budget': {
    severity: 'error',
    description:
      'Reading the documents took longer than the time budget; nothing is generated from a partial read.',
  },
  'load/duplicate-document': {
    severity: 'info',
    description:
      'A document is a copy of another (a monolith and its shards, a copy in another folder); one copy is read.',
  },
  'load/newer-copy-not-read': {
    severity: 'warning',
    description:
      'Of two copies of a document, the config makes one the copy read, but the other states a newer date; its changes are not in the spec.',
  },
  'load/superseded-document': {
    severity: 'info',
    description:
      'A document is an older version of another (frozen baseline, dated copy, earlier spec-kit feature); the newer governs.',
  },
  'load/archived-document': {
    severity: 'warning',
    description:
      'A planning document was found only in an archive folder; it is read, but may be out of date.',
  },
  'load/config-location-fallback': {
    severity: 'warning',
    description:
      'A config names a location that does not hold the PRD or architecture; they were found by scanning.',
  },
  'load/sharded-document': {
    severity: 'info',
    description:
      'The architecture (or PRD) exists only as shards in sub-folders; the shards are read as the document.',
  },
} as const satisfies Record<string, CodeInfo>;
