import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Domain } from '../model/domain.js';
import type { Spec } from '../model/spec/index.js';

export interface DeriveInput {
  domain: Domain;
  /** The spec as built by the steps before this one (reconciliation is already filled). */
  spec: Readonly<Spec>;
}

/** Every derive step has this shape: the parts of the Spec it designs, plus diagnostics. */
export interface DeriveStep {
  name: string;
  derive(input: DeriveInput): { spec: Partial<Spec>; diagnostics: Diagnostic[] };
}
