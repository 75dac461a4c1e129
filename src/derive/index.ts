import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Domain } from '../model/domain.js';
import type { Sources } from '../model/sources.js';
import { emptySpec, type Spec } from '../model/spec/index.js';
import type { Reconciliation } from '../model/spec/reconciliation.js';
import { timed } from '../timings.js';
import { DERIVE_STEPS } from './registry.js';

/** Domain → Spec: each step designs its part, seeing what the earlier steps designed. */
export function derive(
  domain: Domain,
  reconciliation: Reconciliation,
  sources: Sources,
): { spec: Spec; diagnostics: Diagnostic[] } {
  let spec: Spec = {
    ...emptySpec(
      {
        name: domain.project.name,
        language: domain.project.language,
        description: domain.project.description ?? null,
      },
      sources.documents.map((d) => ({ path: d.path, kind: d.kind })),
    ),
    reconciliation,
  };
  const diagnostics: Diagnostic[] = [];
  for (const step of DERIVE_STEPS) {
    const out = timed(`derive/${step.name}`, () => step.derive({ domain, spec }));
    spec = { ...spec, ...out.spec };
    diagnostics.push(...out.diagnostics);
  }
  return { spec, diagnostics };
}
