import type { SpecEntity } from '../model/spec/data.js';
import type { Spec } from '../model/spec/index.js';

/**
 * The first entity of a name (what `spec.entities.find((x) => x.name === name)` gives), from an
 * index kept per entity list. Renderers ask it per foreign key: a scan of every entity per key grew
 * with entities × keys (the data-model section took 1.1 s of 3,000 entities' render, issue 19).
 * Rebuilt when the list grew since it was indexed.
 */
const nameIndexes = new WeakMap<readonly SpecEntity[], { size: number; byName: Map<string, SpecEntity> }>();

export function entityNamed(spec: Pick<Spec, 'entities'>, name: string): SpecEntity | undefined {
  let x = nameIndexes.get(spec.entities);
  if (!x || x.size !== spec.entities.length) {
    const byName = new Map<string, SpecEntity>();
    for (const e of spec.entities) if (!byName.has(e.name)) byName.set(e.name, e);
    x = { size: spec.entities.length, byName };
    nameIndexes.set(spec.entities, x);
  }
  return x.byName.get(name);
}
