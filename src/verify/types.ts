import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Spec } from '../model/spec/index.js';
import type { Artifact, Verification } from '../render/types.js';

export interface VerifyOptions {
  /** Skip all verification (fast runs); the checklist then says "not verified". */
  skip?: boolean;
  /** A real PostgreSQL server to apply schema.sql to, instead of embedded PGlite. */
  postgresUrl?: string;
}

/** Every verifier has this shape; heavy tools are imported lazily inside `verify`. */
export interface Verifier {
  name: string;
  verify(
    artifacts: readonly Artifact[],
    spec: Spec,
    options: VerifyOptions,
  ): Promise<{ verifications: Verification[]; diagnostics: Diagnostic[] }>;
}
