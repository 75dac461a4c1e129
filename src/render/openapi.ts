import { SPECTRAL_RULESET_FILE } from '../derive/security/guessable-ids.js';
import { chunksArtifact } from './held-artifact.js';
import { buildOpenApi } from './openapi/document.js';
import { spectralRuleset } from './openapi/ruleset.js';
import { toYaml, toYamlChunks } from './openapi/yaml.js';
import type { ArtifactRenderer } from './types.js';

export const OPENAPI_PATH = 'backend-spec/openapi.yaml';
/** The Spectral ruleset the API team lints openapi.yaml with (src/render/openapi/ruleset.ts). */
export const SPECTRAL_RULESET_PATH = `backend-spec/${SPECTRAL_RULESET_FILE}`;

/**
 * Artifact `openapi`: `backend-spec/openapi.yaml` (OpenAPI 3.1.0), only when there is an API to
 * describe. Repeated objects are written out, never as YAML aliases, so every tool reads them.
 * Beside it, `backend-spec/.spectral.yaml`: the Spectral ruleset (spectral:oas + OWASP) it passes
 * with 0 errors, the stated-contract exceptions turned off for exactly their parameters.
 */
export const openapiArtifact: ArtifactRenderer = {
  name: 'openapi',
  render: (spec, options) => {
    // Nobody reads the document object afterwards (no verifier): its operations are built as they
    // are written, never all at once (buildOpenApi's `streamPaths`).
    // Nor its text: it is written as bytes, encoded piece by piece (`toYamlChunks`).
    const keep = options?.keepData !== false;
    const doc = buildOpenApi(spec, { streamPaths: !keep });
    if (!doc) return [];
    return [
      keep
        ? { path: OPENAPI_PATH, text: toYaml(doc), data: doc }
        : chunksArtifact(OPENAPI_PATH, toYamlChunks(doc)),
      { path: SPECTRAL_RULESET_PATH, text: spectralRuleset(spec, doc) },
    ];
  },
};
