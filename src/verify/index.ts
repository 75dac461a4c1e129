import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Spec } from '../model/spec/index.js';
import type { Artifact, Verification } from '../render/types.js';
import { jsonSchemaVerifier } from './json-schema.js';
import { openapiVerifier } from './openapi.js';
import { postgresVerifier } from './postgres.js';
import type { Verifier, VerifyOptions } from './types.js';

/** Every verifier. Each runs a real tool (PostgreSQL, an OpenAPI validator, Ajv) on an artifact. */
export const VERIFIERS: Verifier[] = [postgresVerifier, openapiVerifier, jsonSchemaVerifier];

export async function verify(
  artifacts: readonly Artifact[],
  spec: Spec,
  options: VerifyOptions,
): Promise<{ verifications: Verification[]; diagnostics: Diagnostic[] }> {
  if (options.skip) return { verifications: [], diagnostics: [] };
  const verifications: Verification[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const v of VERIFIERS) {
    const out = await v.verify(artifacts, spec, options);
    verifications.push(...out.verifications);
    diagnostics.push(...out.diagnostics);
  }
  return { verifications, diagnostics };
}

export type { Verifier, VerifyOptions };
