import type { ResolvedConfig } from './config.js';

/** What a planning document is, decided by its path first and its headings second. */
export type DocumentKind = 'prd' | 'architecture' | 'tech-stack' | 'ux' | 'data-model' | 'other';

export const DOCUMENT_KINDS: readonly DocumentKind[] = [
  'prd',
  'architecture',
  'tech-stack',
  'ux',
  'data-model',
  'other',
];

export interface SourceDocument {
  /** Project-relative POSIX path, e.g. `docs/technical/architecture.md`. */
  path: string;
  kind: DocumentKind;
  /** Why it was given that kind (e.g. `path:technical/architecture.md`, `heading:Tech Stack`). */
  classifiedBy: string;
  /** The whole file as read. */
  text: string;
  /** The text without YAML front matter. */
  body: string;
  /** Number of lines removed from the top with the front matter: body line N is file line N + offset. */
  bodyLineOffset: number;
  frontMatter: Record<string, unknown> | null;
}

export interface Sources {
  /** Absolute path of the project root. */
  root: string;
  config: ResolvedConfig;
  documents: SourceDocument[];
  /** Every path that discovery looked at, in order (for the missing-prerequisite message). */
  searched: string[];
}
