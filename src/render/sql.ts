import type { ArtifactRenderer } from './types.js';

/** Artifact `sql`: not implemented yet, emits nothing. */
export const sqlSchemaArtifact: ArtifactRenderer = {
  name: 'sql',
  render: () => [],
};
