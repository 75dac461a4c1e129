import type { ChecklistItem } from '../check/types.js';
import type { Spec } from '../model/spec/index.js';
import type { Messages } from './i18n/index.js';

/** A file the compiler emits, path relative to the output directory (`backend-spec/openapi.yaml`). */
export interface Artifact {
  path: string;
  /** The file's text; decoded from `bytes` on each read when the artifact holds bytes. */
  text: string;
  /** The file's UTF-8 bytes, when it was rendered to bytes (spec.json): what is written. */
  bytes?: Uint8Array;
  /**
   * The file's UTF-8 bytes in pieces, written one after the other (spec.json, `jsonChunks`): never
   * joined into one buffer. An artifact has `bytes` or `chunks`, never both.
   */
  chunks?: readonly Uint8Array[];
  /** The value `text` was serialised from (the OpenAPI document), so verifiers need not re-parse it. */
  data?: unknown;
}

/** What a verifier found about one artifact (rendered in the checklist appendix). */
export interface Verification {
  /** `postgresql`, `openapi`, `json-schema`, ... */
  tool: string;
  artifact: string;
  ok: boolean;
  /** Deterministic one-line summary (`applied to PostgreSQL 18.6 (PGlite): 24 tables, 52 indexes`). */
  summary: string;
}

export interface RenderContext {
  spec: Spec;
  t: Messages;
  checklist: ChecklistItem[];
  verifications: Verification[];
}

/** One section of backend-spec.md; `null` means it cannot be derived and is reported missing. */
export interface Section {
  id: keyof Messages['common']['sections'];
  render(ctx: RenderContext): string | null;
}

/** One machine-readable artifact; `null` when it does not apply (no database → no schema.sql). */
export interface ArtifactRenderer {
  name: string;
  /**
   * `keepData: false`: nobody reads an artifact's `data` (nothing is verified), so a renderer may
   * leave it out and build its document as it writes it.
   */
  render(spec: Spec, options?: { keepData?: boolean }): Artifact[];
}
