import { dataStep } from '../../src/derive/data.js';
import type { Domain } from '../../src/model/domain.js';
import { emptySpec, type Spec } from '../../src/model/spec/index.js';

/** Runs only the data derive step on a Domain, as the pipeline would. */
export function deriveData(domain: Domain): { spec: Spec; codes: string[] } {
  const spec0 = emptySpec({ name: domain.project.name, language: 'en', description: null }, []);
  const out = dataStep.derive({ domain, spec: spec0 });
  return { spec: { ...spec0, ...out.spec }, codes: out.diagnostics.map((d) => d.code) };
}

export const entityOf = (spec: Spec, name: string) => {
  const e = spec.entities.find((x) => x.name === name);
  if (!e) throw new Error(`no entity ${name}`);
  return e;
};

export const fieldOf = (spec: Spec, entity: string, column: string) => {
  const f = entityOf(spec, entity).fields.find((x) => x.column === column);
  if (!f) throw new Error(`no field ${entity}.${column}`);
  return f;
};
