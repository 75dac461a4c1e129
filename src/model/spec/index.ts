import type { Origin } from '../origin.js';
import type { DocumentKind } from '../sources.js';
import type { Endpoint, Service, SpecFlow, StoryTrace, SuccessEnvelope, SuppressedOperation } from './api.js';
import type { ReadCoverage } from './coverage.js';
import type { DatabaseSpec, SpecEntity, SpecRelationship } from './data.js';
import type {
  CachingSpec,
  DeploymentSpec,
  Integration,
  Job,
  ObservabilitySpec,
  Practice,
  TestingSpec,
} from './operations.js';
import type { Reconciliation, Trace } from './reconciliation.js';
import type { BusinessRule, Lifecycle } from './rules.js';
import type {
  AnonymousCaller,
  AuthSpec,
  ErrorCatalog,
  MachinePrincipal,
  PermissionMatrix,
  RoleSpec,
  ValidationSpec,
} from './security.js';

export type * from './api.js';
export type * from './coverage.js';
export type * from './data.js';
export type * from './operations.js';
export type * from './reconciliation.js';
export type * from './rules.js';
export type * from './security.js';

/** A decision the report lists under "Key Technical Decisions". */
export interface KeyDecision {
  topic: string;
  choice: string;
  origin: Origin;
}

/**
 * The designed backend: one part per workflow step. `spec.json` is this object written out, and its
 * JSON Schema (schema/spec.schema.json) is the public contract. Every item carries an origin.
 */
export interface Spec {
  /** Version of the spec.json contract. */
  specVersion: 1;
  project: { name: string; language: string; description: string | null };
  sources: { path: string; kind: DocumentKind }[];
  reconciliation: Reconciliation;
  entities: SpecEntity[];
  relationships: SpecRelationship[];
  database: DatabaseSpec;
  endpoints: Endpoint[];
  services: Service[];
  auth: AuthSpec | null;
  roles: RoleSpec[];
  permissions: PermissionMatrix | null;
  validation: ValidationSpec | null;
  errors: ErrorCatalog | null;
  integrations: Integration[];
  jobs: Job[];
  caching: CachingSpec | null;
  observability: ObservabilitySpec | null;
  performance: Practice[];
  security: Practice[];
  testing: TestingSpec | null;
  deployment: DeploymentSpec | null;
  decisions: KeyDecision[];
  traceability: Trace[];
  /** Which blocks of each document contributed a fact, and the unread ones (set by the pipeline). */
  coverage?: ReadCoverage;
  /** Open questions (absent when there are none). */
  questions?: OpenQuestion[];
  /** User stories and capability sentences with the operations that implement them. */
  stories?: StoryTrace[];
  /** Operations left out on purpose, each with the rule that left it out. */
  suppressed?: SuppressedOperation[];
  /**
   * Fields kept out of create and update bodies because the model says the server sets them, each
   * with its rule (`derive/owner-from-caller`, `derive/state-time-server-set`,
   * `derive/total-of-line-items`). Absent when there are none.
   */
  serverSetFields?: {
    entity: string;
    field: string;
    rule: string;
    source?: { file: string; line: number };
  }[];
  /** The business-rules table and the lifecycles (state machines). */
  rules?: BusinessRule[];
  lifecycles?: Lifecycle[];
  /** Machines that call the API (webhook senders, devices, services, agents), apart from user roles. */
  principals?: MachinePrincipal[];
  /** Callers the documents describe as not signed in ("Visitor | not signed in"): public routes only. */
  anonymousCallers?: AnonymousCaller[];
  /**
   * The client applications the stack states (a chosen web front end runs in a browser), each
   * cited; the API answers their cross-origin requests (CORS). Absent when none is stated.
   */
  clients?: ClientApp[];
  /** Stated flows as sequence diagrams (absent when the documents state none). */
  flows?: SpecFlow[];
  /** The stated success wrapper of every 2xx body (absent when the documents state none). */
  successEnvelope?: SuccessEnvelope;
  /**
   * The language the backend is written in, as the stack states it (`Kotlin`): service signatures
   * are written in it. Absent when the documents state none (signatures are then TypeScript).
   */
  serverLanguage?: { value: string; origin: Origin };
}

/** A client application of the API, from a chosen front-end technology of the stated stack. */
export interface ClientApp {
  /** `browser`: a web front end (React, Vue, Angular, Svelte, Next.js, Tailwind CSS, ...). */
  kind: 'browser';
  /** The technology as the stack names it (`Next.js`). */
  technology: string;
  origin: Origin;
}

export function emptySpec(project: Spec['project'], sources: Spec['sources']): Spec {
  return {
    specVersion: 1,
    project,
    sources,
    reconciliation: { conflicts: [], gaps: [], assumptions: [], decisions: [] },
    entities: [],
    relationships: [],
    database: { dialects: [], enums: [], indexes: [], extensions: [], origin: null },
    endpoints: [],
    services: [],
    auth: null,
    roles: [],
    permissions: null,
    validation: null,
    errors: null,
    integrations: [],
    jobs: [],
    caching: null,
    observability: null,
    performance: [],
    security: [],
    testing: null,
    deployment: null,
    decisions: [],
    traceability: [],
  };
}

/**
 * What the compiler could not read or decide, asked instead of guessed: a job, a cache entry or a
 * rule whose target the model lacks, cited to the sentence that states it.
 */
export interface OpenQuestion {
  /** Stable id (`jobs/purge-general`). */
  id: string;
  text: string;
  source: Origin;
  /** Answers a reader may pick from, when the documents suggest some. */
  options: string[];
  /** What the spec does until the question is answered (one of `options`, or a sentence). */
  assumes?: string;
  /** The answer from the decisions file, applied on this run; its origin is the decision. */
  answer?: QuestionAnswer;
}

/** `choose` picks one of the offered options, `assume` states a value, `dismiss` sets the question aside. */
export interface QuestionAnswer {
  kind: 'choose' | 'assume' | 'dismiss';
  /** The chosen option or the assumed value (absent for `dismiss`). */
  value?: string;
  reason: string;
  origin: Origin;
}
