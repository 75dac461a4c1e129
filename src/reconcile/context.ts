import type { QuestionAnswers } from '../decisions/questions.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Domain } from '../model/domain.js';
import type { Origin, SourceRef } from '../model/origin.js';
import type { DocumentKind, Supersession } from '../model/sources.js';
import type { OpenQuestion } from '../model/spec/index.js';
import type { Reconciliation } from '../model/spec/reconciliation.js';

/** What every detector may know besides the Domain: which kind of document each file is. */
export interface ReconcileContext {
  kindOf(file: string): DocumentKind;
  /** Number of documents read (for "no conflicts found among N documents"). */
  documentCount: number;
  /** Which document is a newer version of which; the newer governs where they differ. */
  supersessions?: readonly Supersession[];
  /** Facts of documents read as history only. */
  history?: Domain;
  /** Answers to open questions from the decisions file, so a detector acts on them in this run. */
  answers?: QuestionAnswers;
}

/** A detector reads the Domain and reports findings; it may return a corrected Domain. */
export interface Detector {
  name: string;
  detect(
    domain: Domain,
    ctx: ReconcileContext,
  ): {
    domain?: Domain;
    findings: Partial<Reconciliation>;
    diagnostics: Diagnostic[];
    /** What no precedence rule decides: asked in section 0 and spec.json, answered by id. */
    questions?: OpenQuestion[];
  };
}

/** Kind of a document from its path when discovery's classification is not at hand (tests, library use). */
export function kindFromPath(file: string): DocumentKind {
  const f = file.toLowerCase();
  if (/(^|\/)(prd|product|requirements)[^/]*\.md$|\/product\//.test(f)) return 'prd';
  if (/tech[-_ ]?stack/.test(f)) return 'tech-stack';
  if (/(ux|ui[-_]ux|design)[^/]*\.md$|\/design\//.test(f)) return 'ux';
  if (/(schema|data[-_]model|database|erd)[^/]*\.md$/.test(f)) return 'data-model';
  if (/architecture/.test(f)) return 'architecture';
  return 'other';
}

export function contextFor(
  documents: readonly { path: string; kind: DocumentKind }[] | undefined,
  versions: { supersessions?: readonly Supersession[]; history?: Domain; answers?: QuestionAnswers } = {},
): ReconcileContext {
  const kinds = new Map((documents ?? []).map((d) => [d.path, d.kind]));
  return {
    kindOf: (file) => kinds.get(file) ?? kindFromPath(file),
    documentCount: kinds.size,
    ...(versions.supersessions ? { supersessions: versions.supersessions } : {}),
    ...(versions.history ? { history: versions.history } : {}),
    ...(versions.answers ? { answers: versions.answers } : {}),
  };
}

/** The `file:line` of a source origin (other origins have none). */
export function refOf(origin: Origin): SourceRef | null {
  return origin.kind === 'source' || origin.kind === 'decision' || origin.kind === 'assistant'
    ? { file: origin.file, line: origin.line }
    : null;
}

export function fileOf(origin: Origin): string | null {
  return refOf(origin)?.file ?? null;
}
