import type { Spec } from '../model/spec/index.js';
import { timed } from '../timings.js';
import { erDiagramArtifact } from './erd.js';
import { graphqlArtifact } from './graphql.js';
import { chunksArtifact } from './held-artifact.js';
import { jsonChunks } from './json-bytes.js';
import { jsonSchemasArtifact } from './json-schema.js';
import { openapiArtifact } from './openapi.js';
import { ormArtifact } from './orm/index.js';
import { withSchemaMemo } from './sql/schema.js';
import { sqlSchemaArtifact } from './sql.js';
import type { Artifact, ArtifactRenderer } from './types.js';

export { bytesArtifact, chunksArtifact } from './held-artifact.js';

/** Where artifacts go, relative to the output directory (beside backend-spec.md). */
export const ARTIFACTS_DIR = 'backend-spec';
export const SPEC_FILE = 'backend-spec.md';

/**
 * spec.json: the Spec written out (the public contract; schema/spec.schema.json describes it), as
 * UTF-8 bytes: the largest artifact, never held as one string (`jsonBytes`).
 */
export const specJson: ArtifactRenderer = {
  name: 'spec.json',
  render: (spec) => [chunksArtifact(`${ARTIFACTS_DIR}/spec.json`, jsonChunks(spec))],
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

/**
 * Every artifact, sorted by path. `hold` (when given) is applied to each artifact as soon as its
 * renderer returns it, before the next one runs: the pipeline keeps only bytes of what nobody
 * verifies, so the texts and documents of one renderer are garbage while the next one works.
 */
export function renderArtifacts(spec: Spec, hold?: (artifact: Artifact) => Artifact): Artifact[] {
  // schema.sql and the initial migration are the same text: written once.
  return withSchemaMemo(() =>
    ARTIFACT_RENDERERS.flatMap((r) =>
      timed(`render/${r.name}`, () =>
        hold ? r.render(spec, { keepData: false }).map(hold) : r.render(spec),
      ),
    ).sort((a, b) => (a.path < b.path ? -1 : 1)),
  );
}
