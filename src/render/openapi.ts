import { SPECTRAL_RULESET_FILE } from '../derive/security/guessable-ids.js';
import { buildOpenApi } from './openapi/document.js';
import { spectralRuleset } from './openapi/ruleset.js';
import { toYaml } from './openapi/yaml.js';
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
  render: (spec) => {
    const doc = buildOpenApi(spec);
    if (!doc) return [];
    return [
      { path: OPENAPI_PATH, text: toYaml(doc), data: doc },
      { path: SPECTRAL_RULESET_PATH, text: spectralRuleset(spec, doc) },
    ];
  },
};
