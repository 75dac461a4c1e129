import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Spec } from '../model/spec/index.js';
import type { Artifact, Verification } from '../render/types.js';
import { timedAsync } from '../timings.js';
import { jsonSchemaVerifier } from './json-schema.js';
import { openapiVerifier } from './openapi.js';
import { postgresVerifier } from './postgres.js';

export { startSchemaCheck } from './postgres.js';

import type { Verifier, VerifyOptions } from './types.js';

/** Every verifier. Each runs a real tool (PostgreSQL, an OpenAPI validator, Ajv) on an artifact. */
export const VERIFIERS: Verifier[] = [postgresVerifier, openapiVerifier, jsonSchemaVerifier];

export async function verify(
  artifacts: readonly Artifact[],
  spec: Spec,
  options: VerifyOptions,
): Promise<{ verifications: Verification[]; diagnostics: Diagnostic[] }> {
  if (options.skip) return { verifications: [], diagnostics: [] };
  // Independent tools, run together: PGlite's start-up overlaps Redocly's and Ajv's. Results keep
  // the order of VERIFIERS, so the output does not depend on which finishes first.
  const outs = await Promise.all(
    VERIFIERS.map((v) => timedAsync(`verify/${v.name}`, () => v.verify(artifacts, spec, options))),
  ).finally(() => options.release?.());
  return {
    verifications: outs.flatMap((o) => o.verifications),
    diagnostics: outs.flatMap((o) => o.diagnostics),
  };
}

export type { Verifier, VerifyOptions };
