import type { Domain } from '../model/domain.js';
import { stepActor } from '../read/step-actor-words.js';

/**
 * Each flow step's actor: the stated role its subject names, in the form the step writes it
 * (read/step-actor-words.ts: "Forelderen" is the role "Forelder"). Needs every document's roles,
 * so it runs after the merge, and again on the reconciled Domain (the facts overlay adds roles).
 */
export function readFlowActors(domain: Domain): void {
  const roles = domain.roles.map((r) => ({ name: r.name, label: r.label }));
  for (const f of domain.flows)
    for (const step of f.steps) {
      const actor = stepActor(step.text, roles);
      if (actor) step.actor = actor;
      else delete step.actor;
    }
}
