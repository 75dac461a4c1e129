import { buildOpenApi } from './openapi/document.js';
import { toYaml } from './openapi/yaml.js';
import type { ArtifactRenderer } from './types.js';

export const OPENAPI_PATH = 'backend-spec/openapi.yaml';

/**
 * Artifact `openapi`: `backend-spec/openapi.yaml` (OpenAPI 3.1.0), only when there is an API to
 * describe. Repeated objects are written out, never as YAML aliases, so every tool reads them.
 */
export const openapiArtifact: ArtifactRenderer = {
  name: 'openapi',
  render: (spec) => {
    const doc = buildOpenApi(spec);
    if (!doc) return [];
    return [{ path: OPENAPI_PATH, text: toYaml(doc), data: doc }];
  },
};
