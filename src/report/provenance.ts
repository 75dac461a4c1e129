import type { Spec } from '../model/spec/index.js';
import { eachRecord } from '../model/spec/records.js';

/** How many items of the spec cite a document line, a named rule, a documented default or a user decision. */
export interface Provenance {
  stated: number;
  derived: number;
  defaults: number;
  decisions: number;
  /** Facts from the facts overlay, accepted because their quote was found in the cited document. */
  assistant: number;
}

/**
 * Counts every object in the Spec that carries an `origin` (entities, fields, endpoints, jobs, ...),
 * by the kind of that origin: the "how much was stated, how much inferred" of ARCHITECTURE.md.
 */
export function provenance(spec: Spec): Provenance {
  const out: Provenance = { stated: 0, derived: 0, defaults: 0, decisions: 0, assistant: 0 };
  eachRecord(
    spec,
    (record) => {
      const origin = record.origin as { kind?: unknown } | undefined | null;
      if (!origin || typeof origin !== 'object') return;
      if (origin.kind === 'source') out.stated++;
      else if (origin.kind === 'rule') out.derived++;
      else if (origin.kind === 'default') out.defaults++;
      else if (origin.kind === 'decision') out.decisions++;
      else if (origin.kind === 'assistant') out.assistant++;
    },
    (key) => key === 'origin',
  );
  return out;
}
