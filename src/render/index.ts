import type { Spec } from '../model/spec/index.js';
import { erDiagramArtifact } from './erd.js';
import { flatText } from './flat-text.js';
import { graphqlArtifact } from './graphql.js';
import { jsonSchemasArtifact } from './json-schema.js';
import { openapiArtifact } from './openapi.js';
import { ormArtifact } from './orm/index.js';
import { withSchemaMemo } from './sql/schema.js';
import { sqlSchemaArtifact } from './sql.js';
import type { Artifact, ArtifactRenderer } from './types.js';

/** Where artifacts go, relative to the output directory (beside backend-spec.md). */
export const ARTIFACTS_DIR = 'backend-spec';
export const SPEC_FILE = 'backend-spec.md';

/** spec.json: the Spec written out (the public contract; schema/spec.schema.json describes it). */
export const specJson: ArtifactRenderer = {
  name: 'spec.json',
  render: (spec) => [
    { path: `${ARTIFACTS_DIR}/spec.json`, text: flatText(`${JSON.stringify(spec, null, 2)}\n`) },
  ],
};

/** Every artifact renderer. A new artifact (a dialect, a format) is one file plus one entry here. */
export const ARTIFACT_RENDERERS: ArtifactRenderer[] = [
  specJson,
  sqlSchemaArtifact,
  erDiagramArtifact,
  openapiArtifact,
  jsonSchemasArtifact,
  graphqlArtifact,
  ormArtifact,
];

export function renderArtifacts(spec: Spec): Artifact[] {
  // schema.sql and the initial migration are the same text: written once.
  return withSchemaMemo(() =>
    ARTIFACT_RENDERERS.flatMap((r) => r.render(spec)).sort((a, b) => (a.path < b.path ? -1 : 1)),
  );
}
