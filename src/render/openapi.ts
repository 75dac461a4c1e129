import type { ArtifactRenderer } from './types.js';

/** Artifact `openapi`: not implemented yet, emits nothing. */
export const openapiArtifact: ArtifactRenderer = {
  name: 'openapi',
  render: () => [],
};
