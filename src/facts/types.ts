import type { Cardinality, ScalarType, StackConcern } from '../model/domain.js';

/**
 * The facts overlay, `backend-spec.facts.yaml` beside the decisions file: facts read from prose the
 * compiler could not read, each citing the document line and quote that state it. Its JSON Schema is
 * schema/facts.schema.json (`backend-spec schema facts`); these types mirror it.
 */
export const FACTS_FILE = 'backend-spec.facts.yaml';

export interface FactSource {
  /** Project-relative path of a planning document. */
  file: string;
  /** 1-based line in that file (front matter included). */
  line: number;
  /** Words copied from the document; they must occur within QUOTE_WINDOW lines of `line`. */
  quote: string;
}

export interface FieldInput {
  name: string;
  type: ScalarType;
  required?: boolean;
  unique?: boolean;
  primaryKey?: boolean;
  length?: number;
  precision?: number;
  scale?: number;
  default?: string;
  values?: string[];
  references?: {
    entity: string;
    field?: string;
    onDelete?: 'cascade' | 'restrict' | 'set null' | 'no action' | 'set default';
  };
  description?: string;
  source?: FactSource;
}

export interface FactsInput {
  entities?: {
    name: string;
    table?: string;
    description?: string;
    fields?: FieldInput[];
    source: FactSource;
  }[];
  fields?: (FieldInput & { entity: string; source: FactSource })[];
  relationships?: {
    from: string;
    to: string;
    kind: Cardinality;
    through?: string;
    label?: string;
    required?: boolean;
    source: FactSource;
  }[];
  enums?: { name: string; values: string[]; source: FactSource }[];
  roles?: { name: string; label?: string; description?: string; source: FactSource }[];
  permissions?: {
    role: string;
    action: 'create' | 'read' | 'update' | 'delete' | 'manage';
    resource: string;
    source: FactSource;
  }[];
  jobs?: { name: string; schedule: string; description: string; source: FactSource }[];
  integrations?: { name: string; purpose: string; source: FactSource }[];
  rules?: { text: string; source: FactSource }[];
  stack?: { concern: StackConcern; value: string; source: FactSource }[];
}

export type FactKind = keyof FactsInput;

export const FACT_KINDS: readonly FactKind[] = [
  'entities',
  'fields',
  'relationships',
  'enums',
  'roles',
  'permissions',
  'jobs',
  'integrations',
  'rules',
  'stack',
];

/** What the compiler made of one fact of the overlay (the answer of `propose_facts`). */
export interface FactVerdict {
  /** `entities[2]`, `entities[2].fields[0]`, `roles[0]`. */
  path: string;
  /** Short human name: `entity Asset`, `field Asset.serial`, `role Editor`. */
  fact: string;
  status: 'accepted' | 'rejected' | 'already-stated';
  reason: string;
  /** Line of the fact in the overlay file, when read from one. */
  line?: number;
}
