import type { Spec } from '../model/spec/index.js';
import type { Artifact, ArtifactRenderer } from './types.js';

/** Where artifacts go, relative to the output directory (beside backend-spec.md). */
export const ARTIFACTS_DIR = 'backend-spec';
export const SPEC_FILE = 'backend-spec.md';

/** spec.json: the Spec written out with stable key order (the public contract). */
export const specJson: ArtifactRenderer = {
  name: 'spec.json',
  render: (spec) => [{ path: `${ARTIFACTS_DIR}/spec.json`, text: `${JSON.stringify(spec, null, 2)}\n` }],
};

/** Every artifact renderer. A new artifact (a dialect, a format) is one file plus one entry here. */
export const ARTIFACT_RENDERERS: ArtifactRenderer[] = [specJson];

export function renderArtifacts(spec: Spec): Artifact[] {
  return ARTIFACT_RENDERERS.flatMap((r) => r.render(spec)).sort((a, b) => (a.path < b.path ? -1 : 1));
}
