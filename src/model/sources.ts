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
  /** Every planning file found and what discovery did with it (the run's source list). */
  entries?: SourceEntry[];
  /** Which document is a newer version of which (dated copies, increments, later spec-kit features). */
  supersessions?: Supersession[];
  /** Documents read as history only: replaced by a newer version, never a source of the spec. */
  history?: SourceDocument[];
}

/** What discovery did with one file: read it, skipped it as a copy or an older version, or ignored it. */
export interface SourceEntry {
  path: string;
  kind: DocumentKind;
  classifiedBy: string;
  status: 'read' | 'duplicate' | 'superseded' | 'ignored';
  /** `duplicate`: the copy that was read; `superseded`: the document that governs. */
  of?: string;
  /** Why, in words (`monolithic copy of the shards in docs/prd (config prdSharded: true)`). */
  reason?: string;
  /** Text encoding when it was not plain UTF-8 (`utf-16le`, `utf-8 (BOM)`). */
  encoding?: string;
}

/**
 * A newer document over an older one. `amends`: both are read and the newer governs where they
 * differ (an increment over a frozen baseline, a later spec-kit feature); `replaces`: the older is
 * history only (marked superseded, an older dated copy, an archived version).
 */
export interface Supersession {
  older: string;
  newer: string;
  mode: 'amends' | 'replaces';
  why: string;
  /** Each document numbers its own requirements (spec-kit features): FR-001 here is not FR-001 there. */
  ownRequirementIds?: boolean;
}
