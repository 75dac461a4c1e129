import type { ArtifactRenderer } from './types.js';

/** Artifact `erd`: not implemented yet, emits nothing. */
export const erDiagramArtifact: ArtifactRenderer = {
  name: 'erd',
  render: () => [],
};
