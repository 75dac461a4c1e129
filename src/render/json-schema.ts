import type { ArtifactRenderer } from './types.js';

/** Artifact `json-schema`: not implemented yet, emits nothing. */
export const jsonSchemasArtifact: ArtifactRenderer = {
  name: 'json-schema',
  render: () => [],
};
