import type { Origin } from './origin.js';
import type { SecurityFact } from './security-facts.js';

/**
 * The Domain: facts read from the documents, each with its origin. Extractors produce fragments of
 * this shape; the merge step folds them into one Domain; reconcile reads it and reports findings.
 * Nothing here is designed by us: a fact is either stated in a document or absent.
 */

/** Portable scalar types; dialect renderers map them to SQL types. */
export type ScalarType =
  | 'uuid'
  | 'string'
  | 'text'
  | 'integer'
  | 'bigint'
  | 'decimal'
  | 'float'
  | 'boolean'
  | 'date'
  | 'datetime'
  | 'time'
  | 'json'
  | 'binary'
  | 'enum'
  | 'email'
  | 'url'
  | 'phone'
  | 'array';

/** Which notation a fact was read from; also the precedence order for merging (most precise first). */
export type Notation =
  | 'sql'
  | 'prisma'
  | 'drizzle'
  /** A framework's schema builder: Laravel migrations (`Schema::create`). */
  | 'migration'
  | 'dbml'
  | 'typescript'
  | 'zod'
  | 'json-schema'
  | 'mongoose'
  | 'class'
  | 'table'
  | 'mermaid'
  | 'bullets'
  | 'prose';

export interface FieldType {
  scalar: ScalarType;
  /** The type as written in the document (`VARCHAR(255)`, `string`, `Decimal @db.Decimal(10,2)`). */
  raw?: string;
  /** Max length for strings (VARCHAR(n)). */
  length?: number;
  precision?: number;
  scale?: number;
  /** Element type for arrays. */
  items?: ScalarType;
  /** Auto-increment identity (SERIAL, autoincrement()). */
  generated?: boolean;
}

export interface ForeignKey {
  /** Entity name (normalised, PascalCase singular) or table name as written; merge resolves it. */
  entity: string;
  field: string;
  onDelete?: 'cascade' | 'restrict' | 'set null' | 'no action' | 'set default';
}

/**
 * A regular expression a notation states for a field's values, as written (without its delimiters),
 * with the dialect it is written in (knowledge/regex-pattern.ts translates it) and its line.
 */
export interface StatedPattern {
  source: string;
  /** Flags written beside it (`/…/i` → `i`). */
  flags: string;
  flavour: 'ecma' | 'python' | 'ruby' | 'pcre' | 'java' | 'postgres';
  /** The notation's own name for it (`Mongoose match`, `@Pattern`, `RegexValidator`). */
  via: string;
  origin: Origin;
}

export interface FieldFact {
  /** Name as written (`passwordHash`, `password_hash`). */
  name: string;
  type: FieldType;
  /** Null when the document does not say. */
  nullable: boolean | null;
  unique: boolean;
  primaryKey: boolean;
  /** Default as an SQL-ish expression or literal text (`now()`, `'trial'`, `0`, `true`). */
  default?: string;
  enumValues?: string[];
  /** Name of a named enum type (`user_role`). */
  enumName?: string;
  references?: ForeignKey;
  /** CHECK expression as written. */
  check?: string;
  /** A format pattern the notation states (Mongoose `match`, zod `.regex`, Rails `format: { with: }`). */
  pattern?: StatedPattern;
  /** `GENERATED ALWAYS AS (expr) STORED`: the expression the database computes the column from. */
  computed?: string;
  description?: string;
  /**
   * The line that says the system sets it ("position on the waitlist, set by the server", "is
   * recorded as a late cancellation": read/server-set-words.ts): never sent in a body.
   */
  serverSet?: { file: string; line: number };
  origin: Origin;
}

export interface EntityFact {
  /** Normalised name: PascalCase singular (`OrderItem`). */
  name: string;
  /** Name as written where first seen (`order_items`). */
  writtenAs: string;
  /** Table or collection name if stated (`order_items`). */
  table?: string;
  description?: string;
  fields: FieldFact[];
  /** Composite unique constraints (column names as written). */
  uniques: string[][];
  /**
   * Where a composite unique of `uniques` was stated and the name the document gives it (gorm
   * `uniqueIndex:idx_signup_shift_volunteer`), when the notation states one per constraint.
   */
  uniqueSources?: { columns: string[]; name?: string; origin: Origin }[];
  /** Composite primary key columns, when not a single field. */
  primaryKey?: string[];
  /**
   * Table CHECK constraints. `sql` marks one written as SQL in a notation whose other checks are not
   * (EF Core `HasCheckConstraint("ck", "stock >= 0")` beside C# validation attributes); `name` is the
   * constraint's name where the document gives one (`CONSTRAINT ck_x CHECK`, `HasCheckConstraint("ck_x", …)`).
   */
  checks: { expression: string; origin: Origin; sql?: boolean; name?: string }[];
  notation: Notation;
  origin: Origin;
  /** Every place this entity was described, after merge. */
  seenIn: Origin[];
  /** Other names the documents give it ("Termin, auch Auftrag genannt"; extract/aliases.ts). */
  aliases?: { name: string; origin: Origin }[];
  /**
   * Its description says rows are only added, never changed ("append-only", "nie über die API
   * geändert oder gelöscht"; read/constraint-words.ts): no updated_at, no edits.
   */
  appendOnly?: boolean;
  /**
   * The notation states the table keeps no creation or update time (Sequelize `timestamps: false`):
   * the workflow's default `created_at`/`updated_at` are not added to it.
   */
  noTimestamps?: Origin;
}

export type Cardinality = 'one-to-one' | 'one-to-many' | 'many-to-many';

export interface RelationshipFact {
  from: string;
  to: string;
  kind: Cardinality;
  /** Join entity for many-to-many. */
  through?: string;
  label?: string;
  /** Whether the `to` side must exist (mermaid `||` vs `o|`). */
  required?: boolean;
  notation: Notation;
  origin: Origin;
}

export interface IndexFact {
  name?: string;
  entity: string;
  columns: string[];
  unique: boolean;
  /** `btree`, `gin`, `gist`, ... when stated. */
  method?: string;
  /** Partial index predicate as written. */
  where?: string;
  origin: Origin;
}

export interface EnumFact {
  name: string;
  values: string[];
  origin: Origin;
}

export type RequirementKind = 'functional' | 'non-functional' | 'user-story' | 'epic' | 'other';

export interface Requirement {
  /** Id as written: `FR12`, `FR-3`, `NFR-P1`, `US-1.1`, `RF-02`. */
  id: string;
  kind: RequirementKind;
  text: string;
  /** P0, Must, ... when stated. */
  priority?: string;
  /** Heading path of the section it sits in. */
  section?: string;
  /** Short title when the id heads a story or a heading (`Register a new walk-in patient`). */
  title?: string;
  /** Acceptance criteria or detail bullets stated under it, each with its line. */
  acceptanceCriteria?: { text: string; origin: Origin }[];
  /** Last file line of the requirement's text (its acceptance criteria included). */
  endLine?: number;
  /**
   * The operations its sentence asks for (read/operation-words.ts, read once in extract): the text
   * with its generic subject blanked ("users can"), and where each operation verb sits in it.
   */
  asks?: { text: string; verbs: { operation: RequestedOperation; index: number }[] };
  /**
   * The state actions its sentence names in any form and language, as canonical English verbs
   * (`Stornierung`, `cancelar`, `annulée` → `cancel`; read/state-verb-words.ts, read once in extract).
   */
  stateVerbs?: string[];
  /**
   * The state action the system makes by itself at a stated time ("O sistema DEVE fechar os pedidos 12
   * horas antes da abertura da feira" → `close`; read/rule-words.ts): a job's work, no user's route.
   */
  timedSystemAction?: string;
  /** It asks the system to produce a PDF, not to store one a person uploads (read/document-words.ts). */
  producesPdf?: true;
  origin: Origin;
}

/** An operation a requirement's verb asks for (the endpoint actions a sentence can name). */
export type RequestedOperation =
  | 'list'
  | 'get'
  | 'create'
  | 'update'
  | 'replace'
  | 'delete'
  | 'search'
  | 'health'
  | 'webhook';

/** A named measurable quantity stated in a document: latency, retention, token lifetime, ... */
export interface Quantity {
  /** Stable key: `auth.access-token-ttl`, `nfr.latency.p95`, `retention.audit-log`, `pagination.default`. */
  key: string;
  /** What the document called it. */
  label: string;
  /** Normalised numeric value in `unit` (seconds for durations, bytes for sizes, ms for latency). */
  value: number | null;
  unit: string;
  /** The text it was read from (`< 500ms`, `7 days`). */
  text: string;
  /** Requirement id it belongs to, when any. */
  requirement?: string;
  /** Lost a value conflict in reconciliation (or a user decision): downstream steps skip it. */
  superseded?: boolean;
  /** The document says the value is a configurable default ("configurable, default 8 hours"). */
  configurable?: boolean;
  /** A daily run time stated in the same sentence ("every night at 2 am" → `0 2 * * *`). */
  at?: string;
  /**
   * Retention: what the sentence says happens when the period ends ("gelöscht", "anonimizzati",
   * "archived"), read by read/period-words.ts; absent when it names no such act.
   */
  action?: 'delete' | 'anonymise' | 'archive';
  /**
   * Retention: `forever` when the data is never removed, `floor` when the period is a minimum (stated
   * as one, required by law, or beside a refused deletion); read by read/period-words.ts. Absent for
   * a plain period, which is a purge deadline.
   */
  bound?: 'forever' | 'floor';
  /**
   * Retention: what the period counts from when the sentence says ("3 Jahre nach dem letzten
   * Auftrag" → `letzten Auftrag`, "inactive for 2 years" → `inactive`); absent means since creation.
   */
  since?: string;
  /**
   * Rate limit: who or what the limit counts, as the sentence writes it after the rate ("usuário" in
   * "60 requisições por minuto por usuário", "IP" in "10 req/min per IP"); absent when it names none.
   */
  per?: string;
  /** Reminder: the words naming the event it precedes ("della scadenza di ogni vaccinazione"). */
  event?: string;
  /**
   * Recurring work (`schedule.*`): the words before the act, its subject as written ("The
   * administrator" in "The administrator exports the revenue report every month"); absent when the
   * act opens the sentence.
   */
  by?: string;
  /** Reminder: the channel its sentence names ("via SMS", "per E-Mail"). */
  channel?: 'sms' | 'email' | 'push' | 'whatsapp';
  /**
   * Retention and reminder: the content words that name the time the job scans by (`scadenza`,
   * `vaccinazione`; `inattivi`, `anonimizzati`), to find the time column whose name or note says them.
   */
  timeWords?: string[];
  /**
   * Retention: the content words of the stated act (`anonimizzati`), matched only against a time
   * column's note ("usato per l'anonimizzazione"): a column named after the act (`anonimizada_el`)
   * records when the act happened, never what the period counts from.
   */
  actWords?: string[];
  origin: Origin;
}

export interface Role {
  /** Normalised key (`front_desk`). */
  name: string;
  /** Display name as written (`Front Desk Staff`). */
  label: string;
  description?: string;
  /**
   * The documents describe the role as someone not signed in ("Visitor | not signed in",
   * 「游客 | 未登录的访问者」; read/role-anonymous-words.ts): the anonymous caller, no role of a token.
   */
  anonymous?: true;
  origin: Origin;
}

/**
 * One phrase of a role's description read as what the role does (extract/role-abilities.ts): the
 * intents its verb gives, its object noun, or the entity a verb no lexicon reads is named after.
 */
export interface RoleAbility {
  role: string;
  text: string;
  intents: StoryIntent[];
  object: string | null;
  /** `derive/create-from-verb-noun`: "vota in assemblea" creates a `Voto`. */
  entity?: string;
  /**
   * `entity` is the record of the role's participation in what the phrase books or registers for
   * ("Réserve un créneau" → the `Reservation` that joins the slot and the cyclist): created, never the
   * slot itself.
   */
  joins?: true;
  /**
   * The entity the verb's object names by a name the documents state for it, written declined
   * ("приймання партій" names `StockBatch`, stated as "Партія"): the record the verb acts on.
   */
  named?: string;
  /** Whether a verb of the phrase was read (else derive grants only a bare noun phrase's default). */
  read: boolean;
  /** A pronoun stood for the object ("ne aggiorna lo stato"): the record the phrase before named. */
  pronoun?: boolean;
  /**
   * The state action the phrase asks for when it marks a record as a state ("marks appointments
   * completed" → `complete`): that action only, not every edit of the record.
   */
  markedVerb?: string;
  /** The phrase refuses the action ("has no access to volunteer data"): it grants nothing. */
  negated?: boolean;
  /**
   * Its words that name one state action, with the canonical verb (read/grant-state-words.ts):
   * "reschedules" → `reschedule`; derive grants that action only, not the record's update.
   */
  stateWords?: Record<string, string>;
  origin: Origin;
}

/** A technology choice; `status` comes from ADR/alternative wording. */
/** The value of a slot the documents leave deliberately empty ("| Cache | none | Accepted |"). */
export const STATED_NONE = 'none';

export interface StackChoice {
  /** `database`, `orm`, `framework`, `language`, `cache`, `queue`, `auth`, `hosting`, `api-style`, ... */
  concern: StackConcern;
  /** Canonical technology name (`PostgreSQL`, `Prisma`, `NestJS`). */
  value: string;
  status: 'chosen' | 'rejected' | 'superseded' | 'deprecated' | 'out-of-scope' | 'mentioned';
  origin: Origin;
  /** False when the technology catalogue does not know the name: carried as the documents write it. */
  known?: false;
  /** Why the option lost, as the row's Notes / Reason column states it (rejected, superseded, deferred). */
  reason?: string;
  /** The version the documents state (`16` of "PostgreSQL 16", `14+` of "PostgreSQL 14+"). */
  version?: string;
  /**
   * The product as the row names it when it says more than the catalogue's name ("Scaleway
   * Kubernetes Kapsule", "AWS ECS Fargate" for Kubernetes, AWS): what a reader is shown.
   */
  written?: string;
}

export type StackConcern =
  | 'language'
  | 'runtime'
  | 'framework'
  | 'api-style'
  | 'database'
  | 'orm'
  | 'migrations'
  | 'cache'
  | 'queue'
  | 'scheduler'
  | 'auth'
  | 'hosting'
  | 'storage'
  | 'search'
  | 'monitoring'
  | 'logging'
  | 'ci'
  | 'validation'
  | 'testing'
  | 'frontend';

export interface IntegrationMention {
  /** Catalogue id when known (`stripe`), else a slug of the name. */
  provider: string;
  /** Name as written. */
  name: string;
  /** Sentence that mentions it (the purpose, quoted). */
  context: string;
  /** The context is the purpose the documents state for it: an integrations table's purpose column ("Uso"). */
  purposeStated?: boolean;
  status: 'chosen' | 'future' | 'out-of-scope' | 'rejected' | 'mentioned';
  origin: Origin;
  /** Why the option lost, as the row's Notes / Reason column states it (rejected, future). */
  reason?: string;
  /** What the provider's own section states (BMAD's "External APIs": base URL, auth, limits, endpoints used). */
  details?: ProviderDetail[];
  /** The channel its sentence says it carries ("SMS werden über die API von sipgate versendet"). */
  channel?: 'sms' | 'email' | 'push' | 'whatsapp';
  /** Every channel its sentence states for it, when more than one ("Twilio for SMS and WhatsApp"). */
  channels?: ('sms' | 'email' | 'push' | 'whatsapp')[];
  /** A retry count a sentence of its section states ("Fehlgeschlagene SMS werden dreimal wiederholt"). */
  retry?: { attempts: number; text: string; origin: Origin; interval?: { seconds: number; text: string } };
  /** Its sentence talks about the provider's events: webhooks, callbacks, bounces, delivery status (read/provider-words.ts). */
  events?: boolean;
  /** Its sentence says our API only validates the provider's tokens (read/provider-words.ts). */
  verifiesOnly?: boolean;
  /**
   * The service its sentence says carries it, as written: a payment method taken through another
   * provider ("MobilePay via Nets Easy", "Swish genom Stripe"), read/provider-words.ts `carrierAfter`.
   */
  carriedBy?: string;
}

/** One labelled line of a provider's section: `- **Rate Limits:** 30 requests per minute`. */
export interface ProviderDetail {
  aspect: 'base-url' | 'auth' | 'rate-limit' | 'endpoints' | 'purpose';
  text: string;
  /** The provider section's heading, for a purpose line (`Twilio Verify`, `Twilio Programmable Messaging`). */
  section?: string;
  /** The routes an endpoints line names (`POST /services/invoice/upload`). */
  routes?: string[];
  origin: Origin;
}

/** An endpoint a document states explicitly (route lists, tables of routes). */
export interface StatedEndpoint {
  method: string;
  path: string;
  description?: string;
  /**
   * Who may call it, as a route table's access column states it (`Who`, `Role`, `Auth`, `Acceso`…):
   * `public` (no sign-in), `any` (every signed-in user), or the role words as written (`clerk`).
   */
  access?: {
    public: boolean;
    any: boolean;
    roles: string[];
    /** The cell says the caller is verified by a signature ("无需登录（验签）", "public (signed)"): a machine's callback. */
    signed?: true;
    /** The roles of `roles` the cell limits to their own records ("Citizen (own)", "Občan (vlastní)"). */
    own?: string[];
    /** A public cell's one word as written (`visitor`, `guest`): a declared role of that key is meant. */
    word?: string;
  };
  /** What a written OpenAPI contract states about it (extract/contracts.ts): authoritative over derivation. */
  contract?: StatedContract;
  /**
   * The state action its last segment names in another language, as the English verb derived routes
   * use (`POST /visite/{id}/annulla` → `cancel`): a story to cancel is this route, not a new `/cancel`.
   */
  verb?: string;
  /** The account step its description names (`register`): it serves that story step. */
  authStep?: 'register' | 'login' | 'logout' | 'reset' | 'sign-in-link' | 'sign-in-verify' | 'refresh';
  /**
   * Requirement ids written beside the route, as written: on its line or table row, in the task item
   * it is listed under, or that item's `_Requirements: 2.2, 2.3_` line (Kiro's task plans).
   */
  cites?: string[];
  /** Its path or description names settings, configuration or preferences (`PUT /user/config`). */
  settings?: boolean;
  /** Stated as a row of a route table: its description and access cells are the route's own. */
  row?: boolean;
  /**
   * The query parameters its description states, as written ("filters `site`, `from`, `to`",
   * "Query `from`, `to`": read/query-words.ts): the operation's query parameters.
   */
  query?: string[];
  /**
   * The requirements the documents say it implements (its citations resolved against the
   * requirement ids, or the story or requirement whose text states it): a story of one of them is
   * served by this route.
   */
  requirements?: string[];
  origin: Origin;
}

/** One operation of an OpenAPI document the team wrote, as stated ($refs inside it resolved). */
export interface StatedContract {
  operationId?: string;
  parameters: {
    name: string;
    in: 'path' | 'query' | 'header';
    required: boolean;
    schema: { [key: string]: unknown };
    description?: string;
  }[];
  /** The JSON body's schema; null when none is stated or it cannot be resolved. */
  requestBody: { [key: string]: unknown } | null;
  /** Whether a request body is stated at all (a stated body without a readable schema is still a body). */
  requestBodyStated: boolean;
  responses: { status: number; description: string; schema: { [key: string]: unknown } | null }[];
}

/** A UX flow or journey: a named sequence of steps. */
export interface UxFlow {
  name: string;
  steps: {
    text: string;
    origin: Origin;
    /** The stated role the step's subject names (read/step-actor-words.ts): its key and title. */
    actor?: { name: string; label: string };
  }[];
  origin: Origin;
}

/** An architecture decision record or a considered alternative. */
export interface DecisionRecord {
  id?: string;
  title: string;
  status: 'accepted' | 'proposed' | 'superseded' | 'rejected' | 'deprecated';
  supersededBy?: string;
  /** Why, as stated ("rejected because ...", "Rejected: migration complexity ..."). */
  reason?: string;
  origin: Origin;
}

/** A status or lifecycle list stated in prose ("per status: Ordered, Collected, Received"). */
export interface LifecycleFact {
  /** What it is the status of, as written (`sample`, `conversation`); empty when unnamed. */
  subject: string;
  values: string[];
  origin: Origin;
  /** A mermaid `stateDiagram`: its first state (`[*] --> issued`) and the heading it stands under. */
  diagram?: { initial: string | null; heading: string };
}

/** A statement that something is out of scope / not built / deferred. */
export interface ScopeStatement {
  subject: string;
  scope: 'out-of-scope' | 'deferred' | 'future';
  origin: Origin;
  /** Why it waits, as a table row's Notes / Reason column states it. */
  reason?: string;
}

export interface Domain {
  project: { name: string; language: string; description?: string };
  entities: EntityFact[];
  relationships: RelationshipFact[];
  indexes: IndexFact[];
  enums: EnumFact[];
  requirements: Requirement[];
  parameters: Quantity[];
  roles: Role[];
  stack: StackChoice[];
  integrations: IntegrationMention[];
  statedEndpoints: StatedEndpoint[];
  /**
   * The project's glossary read from its route table (extract/aliases.ts): the word the descriptions
   * of one resource's routes share ("Alet" for `/tools`), with the entity and the first route's line.
   * Stories look their object up by it; rules do not.
   */
  glossary?: { entity: string; name: string; origin: Origin }[];
  flows: UxFlow[];
  decisions: DecisionRecord[];
  scope: ScopeStatement[];
  /** Entities named in prose (a PRD) that no data model defines: reported, never invented. */
  mentionedEntities: { name: string; origin: Origin }[];
  /** Status lists stated in PRD/UX prose, compared with the model's enums in reconcile. */
  lifecycles?: LifecycleFact[];
  /** Auth, role, error-envelope and business-rule facts that are not quantities (security layer). */
  securityFacts?: SecurityFact[];
  /** Background jobs a document states in a job table or list (name, schedule, what it does). */
  statedJobs?: StatedJob[];
  /** Sequence diagrams the documents state (mermaid `sequenceDiagram`), read as written. */
  sequences?: StatedSequence[];
  /** Choices the documents leave open ("Search engine: TBD", an open question), for reconcile. */
  openDecisions?: OpenDecision[];
  /** Request and response bodies stated as JSON examples under an endpoint, for reconcile. */
  payloads?: PayloadFact[];
  /** Statements that ask for caching of external responses ("Integrations: retry, caching"). */
  cacheRequests?: CacheRequest[];
  /** Cache entries the documents state ("the weekly shift list is cached in Redis for 60 s"). */
  statedCaches?: StatedCache[];
  /** Sentences that say the stated entries are all ("Nothing else is cached"). */
  cacheOnlyStated?: { text: string; origin: Origin }[];
  /** Alerts the documents state ("Alerts: error rate above 2 % for 5 minutes, …"), each as written. */
  statedAlerts?: StatedAlert[];
  /**
   * Sentences that state how a provider's callbacks are verified ("## Webhook Midtrans … Backend
   * memverifikasi `signature_key` = SHA-512(…)"), with the names of the sentence and its heading
   * (lower-cased words that open with a capital), for derive to give an uncatalogued provider its scheme.
   */
  callbackSignatures?: { names: string[]; text: string; origin: Origin }[];
  /** A base path the documents state for every route ("Base path `/api/v1`", "Préfixe : /api"). */
  basePaths?: { path: string; origin: Origin }[];
  /** Every sentence that states a business rule, with how it reads (extract/rule-statements.ts). */
  ruleStatements?: RuleStatement[];
  /**
   * What sentences state about the API beyond rules (read once in extract/constraints.ts): read-only
   * data, deactivate rather than delete, records the system writes, no authentication, cursor
   * pagination, and which sentences ask to delete or manage something. Derive reads these.
   */
  constraints?: StatedConstraint[];
  /**
   * The names the documents give the paging query parameters (`?curseur=&limite=` in a pagination
   * sentence; read/pagination-words.ts), at most one per role; derive names the parameters so.
   */
  pagingNames?: { role: 'cursor' | 'limit' | 'offset' | 'page'; name: string; origin: Origin }[];
  /**
   * What users do (extract/stories.ts): user stories, capability sentences of requirements and
   * criteria, and flow steps of a stated role, each with how its action reads (read/story-words.ts).
   */
  stories?: StoryFact[];
  /** What each role's description says the role does, phrase by phrase. */
  roleAbilities?: RoleAbility[];
  /**
   * How each sentence that can say what users do (requirements, criteria, stories, rules, flow
   * names and steps) asks to write something (read/write-words.ts, extract/constraints.ts).
   */
  writeReadings?: WriteReading[];
  /** System work with a stated schedule, collected after the merge (extract/rule-statements.ts). */
  scheduledActions?: ScheduledAction[];
  /** Sentences that give a thing another name, before extract resolves them to entities (read/alias-words.ts). */
  statedAliases?: StatedAlias[];
  /** Cloud regions the documents name (`eu-south-1`), each with its line (extract/regions.ts). */
  statedRegions?: StatedRegion[];
  /**
   * User surfaces the documents say have no JSON API ("the back office has no JSON routes", "wird
   * serverseitig gerendert"), with who each is for (extract/surfaces.ts, read/surface-words.ts).
   */
  serverRenderedSurfaces?: ServerRenderedSurface[];
  surfaceAudiences?: SurfaceAudience[];
}

/** A surface stated to have no JSON API: its name as written, the key its mentions share, the sentence. */
export interface ServerRenderedSurface {
  surface: string;
  key: string;
  origin: Origin;
}

/** Who a surface is for, as written ("the harbour office and the berthing master"). */
export interface SurfaceAudience {
  key: string;
  audience: string;
  origin: Origin;
}

/** A cloud region a document names: the provider whose code shape it has, the code, the line. */
export interface StatedRegion {
  provider: 'aws';
  code: string;
  origin: Origin;
}

/** "Termin, auch Auftrag genannt": the other name and where the named thing is written. */
export interface StatedAlias {
  alias: string;
  /** The text that names the thing; `last`: its last entity, `only`: its one entity besides the alias, `gloss`: the alias is an entity's own name and the text the other name it is given. */
  text: string;
  pick: 'last' | 'only' | 'gloss';
  origin: Origin;
}

/** Where a sentence's write verbs sit and what ends their reach (read/write-words.ts). */
export interface WriteReading {
  text: string;
  /** Read the English way: a mention counts only as the head of its noun phrase. */
  english: boolean;
  /** Each create or update verb (`manage` is both); `objectFirst` for a German infinitive ("Marken verwalten"). */
  verbs: { index: number; end: number; create: boolean; update: boolean; objectFirst: boolean }[];
  /** Where a word or sign that ends a verb's reach starts (a clause boundary, a preposition, a negation). */
  stops: number[];
  /** Word ends after which the noun phrase ends (English only, and only with a verb; sorted). */
  phraseEnds: number[];
}

/** What a story asks the API to do (read/story-words.ts). */
export type StoryIntent =
  | { kind: 'auth'; step: 'register' | 'login' | 'logout' | 'reset' | 'sign-in-link' }
  | { kind: 'dashboard' }
  | { kind: 'analytics' }
  | { kind: 'export'; pdf: boolean; many: boolean }
  | { kind: 'settings' }
  | { kind: 'search' }
  /**
   * `many`: a browsing verb asked for it ("browse available campaigns", "просматривать доступные
   * кампании", "przeglądać ogłoszenia"): the records listed, not one of them.
   */
  | { kind: 'view'; many?: boolean }
  /**
   * A new record. `composed`: only an assembling verb asked for it ("montar um pré-pedido", "build a
   * cart", "zusammenstellen"): a create when its object is an entity of the model, never a new resource.
   * `entity`: the entity a verb's stem names (rule `derive/create-from-verb-noun`: "votare" → Voto),
   * or, with `joins`, the record of the actor's participation in what they register for ("register
   * for a course" → Enrollment, read in extract/stories.ts from the sentence and the model's keys).
   * `booked`: `entity` is the model's booking record, made by a booking verb ("забронировать
   * переговорную" → Booking; read/story-words.ts `bookingRecord`).
   */
  | { kind: 'create'; composed?: true; entity?: string; joins?: true; booked?: true }
  | { kind: 'update' }
  | { kind: 'delete' }
  | { kind: 'deactivate' }
  | { kind: 'manage' }
  /**
   * A state action with its canonical English verb (`cancel`, `approve`, `check-in`) and, when the
   * story writes another language's verb for it, that verb as written (`word`: "betalen", "pagare").
   */
  | { kind: 'state'; verb: string; word?: string };

/**
 * What a user does, read from the documents: user stories ("As a <role>, I want to <action>" and its
 * es/pt/fr/de forms), requirements or acceptance criteria that name an actor and what it can do, and
 * flow steps of a stated role. A sentence whose actor is the system itself is behaviour, not a story.
 */
export interface StoryFact {
  /** The requirement id that states it, else `story@<file>:<line>`. */
  id: string;
  /** The actor as written (`front desk staff member`, `Admin/Editor`). */
  actor: string;
  /** What the actor wants, as written (`to amend a previously authorised report`). */
  action: string;
  /** Requirement ids this story belongs to (its own id, or the requirement it sits in). */
  requirements: string[];
  /**
   * The actor acts on a record of their own ("annuler ma réservation", "cancel my booking"):
   * read/story-words.ts `actsOnOwn`. A stated caller then reaches its own records only.
   */
  own?: true;
  /**
   * Where the thing acted on is named when the action leaves it implicit: the rest of the
   * acceptance criterion and the story it belongs to.
   */
  context?: string;
  /** A criterion that says the story's user gets a file (one per requirement). */
  file?: boolean;
  /** The requirement's title (`View pending samples dashboard`): says what the story's screen is. */
  title?: string;
  /**
   * The clause of the action that says when ("quando o consumidor busca a sacola", "when the customer
   * picks up the bag"), as written inside `action`: its verbs are not the story's (read/story-words.ts).
   */
  when?: string;
  /** What the action asks for, in the order a reader would list it. */
  intents: StoryIntent[];
  /** What the action goes to ("navigate from a conversation to the customer's record" → the record). */
  target: string;
  /** The state the action marks a record as (`mark a sample as collected` → `collected`), or null. */
  marked: string | null;
  /**
   * The English verb of the marked state, as its state-action route is named (`marcar como cancelada`
   * → `cancel`, `als erledigt markieren` → `complete`), read in the statement layer; absent when the
   * state is the outcome of no verb (`urgent`).
   */
  markedVerb?: string;
  /** Whether the title names a dashboard (the screen counts records per status). */
  dashboard: boolean;
  /** The object noun of the action, stated technology and provider names passed over, or null. */
  object: string | null;
  /**
   * The entities whose stated names (aliases) the target writes inflected ("złożyć wniosek" for
   * "Wniosek adopcyjny", "wizytę przedadopcyjną" for "Wizyta przedadopcyjna"), in the order met
   * (read/inflected-names.ts); absent when none.
   */
  inflected?: string[];
  origin: Origin;
}

/** What a stated constraint says (read/constraint-words.ts). */
export type ConstraintKind =
  /** "read-only", "solo lectura", "lecture seule", "schreibgeschützt", "somente leitura". */
  | 'read-only'
  /** "never deleted", "soft delete", "no se elimina", "jamais supprimé", "nie gelöscht", "nunca excluído". */
  | 'never-delete'
  /** A deactivation or archiving word ("deactivate", "archivar", "désactiver", "deaktivieren", "inativar"). */
  | 'deactivate'
  /** "generated automatically", "system-generated", "generado automáticamente", "automatisch erzeugt". */
  | 'system-written'
  /** "no authentication", "sin autenticación", "sans authentification", "ohne Anmeldung", "sem login". */
  | 'no-auth'
  /** Authentication listed out of scope (a scope statement whose subject is authentication). */
  | 'auth-out-of-scope'
  /** "cursor-based pagination", "keyset", "curseur", "paginação por cursor". */
  | 'pagination-cursor'
  /** A delete word anywhere ("delete", "eliminar", "supprimer", "löschen", "excluir"). */
  | 'delete-wanted'
  /** A manage word anywhere ("manage", "gestionar", "gérer", "verwalten", "gerenciar"). */
  | 'manage-wanted';

/**
 * One stated constraint: its kind, the sentence as the model holds it (requirement, criterion,
 * persona want, business rule, parameter, stated route), where its wording sits in that text, and
 * the sentence's origin. `spans` let derive place the model's entity names around the wording (the
 * entity after "deactivate", the one before "never deleted") without reading the words itself.
 */
export interface StatedConstraint {
  kind: ConstraintKind;
  text: string;
  /** Where the wording sits in `text`; for `system-written`, `lead` is where a copula before it starts. */
  spans: { index: number; length: number; lead?: number }[];
  origin: Origin;
}

/** How a stated rule reads (read/rule-words.ts). */
export type RuleEnforcement =
  | 'db-constraint'
  | 'validation'
  | 'service-check'
  | 'job'
  | 'authorization'
  /** Data kept at least as long as stated: no purge before then, no request-time error. */
  | 'retention-policy'
  /** Every stated change writes an audit entry in the transaction of the change (a service side effect). */
  | 'audit-trail'
  /** What the system does not do by itself ("does not automatically complete the parent"): no check, no error. */
  | 'behaviour'
  /**
   * A floor over a period ("at least 4 shifts per season"): no single request can break it, so it is
   * counted over the period (a report, a reminder or a check when the period ends), never at a create.
   */
  | 'period-quota'
  /**
   * What a role sees ("Station staff see only the bookings of their own station"): the reads return
   * only the records in the role's scope (the permission matrix's stated scope); no write checks it,
   * no request gets its error.
   */
  | 'visibility-scope';

export interface RuleReading {
  /** `unique`, `window`, `lead-time`, `limit`, `minimum`, `duration`, `only`, `never`, `ordering`, `retention`, `audit`, `required`. */
  kind: string;
  enforcement: RuleEnforcement;
  /** Codes the wording itself implies: a slot hold or overlap, an account lockout. */
  codeHint: 'SLOT_UNAVAILABLE' | 'ACCOUNT_LOCKED' | null;
  /** A uniqueness rule about overlapping ranges (`…_OVERLAP`) rather than equal values. */
  overlap: boolean;
  /** The error code the sentence names, as written. */
  statedCode: string | null;
  /** The time that must pass before a timed system rule applies ("within 24 hours"), in seconds. */
  window?: { seconds: number; text: string };
  /** The schedule the sentence states for the work ("every morning at 7:00"). */
  schedule?: StatedScheduleFact;
  /** The state change a timed rule makes: an English verb (`cancel`, `expire`…) or `state:<word>` ("marked as a no-show"). */
  action?: string;
  /** An audit-trail rule of every change ("all changes are logged", "Alle Änderungen werden protokolliert"). */
  everyChange?: boolean;
  /** The state actions an audit-trail rule names ("amendment and cancellation logged" → `amend`, `cancel`). */
  actions?: string[];
  /** The plain writes an audit-trail rule names ("Edit is logged" → `update`, "Löschungen werden protokolliert" → `delete`). */
  writes?: ('update' | 'delete')[];
  /** The participle of a passive state change ("werden automatisch freigegeben" → `freigegeben`): a state's name. */
  participle?: string;
  /** The words after the negation of a timed rule ("not picked up within…" → `picked up within`): the state not yet reached. */
  notYet?: string;
  /** The event a stated time precedes ("24 Stunden vor jedem Termin" → `jedem Termin …`): a reminder's time, not a window that has passed. */
  before?: string;
  /**
   * The credential whose validity the rule states ("a code that expires after 10 minutes" → `code`,
   * "a link valid for 72 hours" → `link`), as written: checked when it is used, by no write of
   * the records the sentence names.
   */
  credential?: string;
  /** The acts a job rule's system work does (`purge`, `anonymise`, `remind`, `archive`): the stated job that does them enforces it. */
  acts?: JobAct[];
  /** The date of the year a rule states ("faktureras den 1 mars", "her yıl 1 Ocak'ta"): the stated yearly job on that date enforces it. */
  yearly?: { day: number; month: number };
  /** The amounts of time a job rule states, in seconds: the stated job naming the same period does its work. */
  periods?: number[];
}

/** A schedule a sentence states (read/schedule-words.ts): cron, time zone as written, the words. */
export interface StatedScheduleFact {
  cron: string;
  timeZone: string | null;
  text: string;
}

/** Work the system does on a stated schedule ("THE SYSTEM SHALL run the overdue check every morning at 7:00"). */
export interface ScheduledAction {
  text: string;
  /** The work of a present-tense sentence, verb first ("check out volunteers"): the job's name. */
  work?: string;
  requirements: string[];
  schedule: StatedScheduleFact;
  origin: Origin;
}

/** A stated business rule: its text (without a leading id), the requirements it belongs to, its reading. */
export interface RuleStatement {
  text: string;
  requirements: string[];
  reading: RuleReading;
  /** Who acts in it, lower-cased ("a patient can book…" → `a patient`), when it reads as a capability. */
  actor?: string;
  /** What the rule constrains, read from its sentence (read/rule-target-words.ts). */
  target?: RuleTarget;
  /** The rule's own id, when the documents number it (`BR-12: …` under a business-rules heading). */
  ruleId?: string;
  /**
   * The entities whose stated names (aliases) the sentence and its parts write inflected ("najwyżej 2
   * otwarte wnioski" for "Wniosek adopcyjny", "Zwierzęta nigdy nie są usuwane" for "Zwierzę"), in the
   * order met (read/inflected-names.ts), per part of the reading; absent when none.
   */
  inflected?: Partial<Record<RuleNamePart, string[]>>;
  /**
   * The entities each part names by a word of the project's route-table glossary (`Domain.glossary`:
   * "alet" for what `/tools` holds), per part; absent when none. A glossary word names the entity a
   * rule is about, never the write that enforces it: "en fazla 3 alet ödünç alabilir" counts tools
   * on loan and limits no creation of tools.
   */
  glossed?: Partial<Record<RuleNamePart, string[]>>;
  origin: Origin;
}

/** The parts of a rule's reading that may name entities: its text, actor and target words. */
export type RuleNamePart = 'text' | 'actor' | 'object' | 'anchor' | 'stops' | 'scope';

/**
 * A cache entry of our backend a sentence states: what is cached (as written and its content words),
 * the store it names, its lifetime and the events that invalidate it (read in src/read/cache-words.ts).
 */
export interface StatedCache {
  /** What is cached, as written ("weekly shift list"), and its content words. */
  subject: string;
  /**
   * Stated by its lifetime alone ("the TTL of the price list is 1 hour"): a sentence that says the
   * same read is cached ("… DEVE ser cacheada por 10 minutos") is the entry's source before it.
   */
  lifetimeOnly?: true;
  subjectWords: string[];
  /** The store the sentence names (`Redis`, `in-process memory`), or null. */
  store: string | null;
  ttlSeconds: number | null;
  ttlText: string | null;
  /**
   * The events that invalidate it, as written ("booking", "publish"), each with its content words and
   * the writes its verb names (`create`, `update`, `delete`, or a state verb such as `publish`): "an
   * offer is created or updated" is two events on the offer, its creation and its update. `entity`:
   * the entity whose stated name the event writes, inflected or not ("zmianie statusu zwierzęcia" is
   * `Animal`, named "Zwierzę"), read after the merge (extract/cache-requests.ts `cacheEventEntities`).
   */
  invalidatedOn: {
    text: string;
    words: string[];
    actions?: string[];
    entity?: string;
    /** The event changes its record's status: that record's update (read/cache-words.ts). */
    statusChange?: true;
  }[];
  /** The read the sentence names beside its subject ("The tool catalogue (`GET /api/v1/tools`)"). */
  route?: { method: 'GET'; path: string };
  /** The key a cache table states for the entry (`kalender:{facilitetId}:{uge}`), as written. */
  key?: string;
  text: string;
  origin: Origin;
}

/** One alert a document states: what is watched, its threshold and window as written (src/read/alert-words.ts). */
export interface StatedAlert {
  condition: string;
  threshold: string | null;
  window: string | null;
  /** The signal it watches: the error rate, latency, or another (read/alert-words.ts). */
  kind: 'error-rate' | 'latency' | 'other';
  /** The requirement id of the line, when it is a requirement ("NFR8: Alert when …"). */
  requirement?: string;
  origin: Origin;
}

/**
 * What a rule sentence constrains, as written: the rows it counts, limits or orders ("at most 3
 * upcoming bookings", "two overlapping shifts"), the write it guards ("book", "cancel", "publish")
 * and what a time window is measured from ("before the shift starts"). The actor is who the rule
 * applies to, never what it constrains. Words only: derive matches them with entity names.
 */
export interface RuleTarget {
  /** Who the rule applies to, as written ("a volunteer"), null for a passive or subjectless rule. */
  actor: string | null;
  /** The words naming the constrained rows ("upcoming bookings", "the week's shifts"). */
  object: string | null;
  /** The guarded verb as written, lower-cased ("book", "reservar", "buchen"). */
  verb: string | null;
  /** The verb without its infinitive ending, unaccented ("reserv", "buch"): the stem of the noun it makes (Reserva, Buchung). */
  stem: string | null;
  /** The verb as the English state action a route is named with (`cancel`, `publish`), when it is one. */
  action: string | null;
  /** The words after before/avant/vor/antes/prima ("the shift starts"). */
  anchor: string | null;
  /**
   * What the rule is counted or set per ("per user role", "por producto", "pro Tag"): a scope, not
   * what it constrains. Absent when the sentence names none.
   */
  scope?: string | null;
  /**
   * The records whose creation the rule stops, named after "for/from new" ("blocks the member from
   * new bookings", "blokkeren voor nieuwe reserveringen"): its error belongs to their creates.
   */
  stops?: string;
}

/**
 * A statement asking to cache what external services answer: `provider` is the catalogue id (or
 * slug) when the statement names one, null when it speaks of integrations in general.
 */
export interface CacheRequest {
  provider: string | null;
  text: string;
  origin: Origin;
}

/** A JSON body a document states for an endpoint: its top-level field names, each with its line. */
export interface PayloadFact {
  method: string;
  /** The endpoint's path as written (`/api/orders/{id}`). */
  path: string;
  /** `scalar`: a string, number, boolean or null value (an object or a list may embed another record). */
  fields: { name: string; scalar: boolean; origin: Origin }[];
  origin: Origin;
}

/** A choice a document states as not made yet: a TBD slot, "A vs B", an item under "Open questions". */
export interface OpenDecision {
  /** What is undecided, as written: the slot label (`Search engine`) or the question itself. */
  subject: string;
  /** The options it names, when any (`Elasticsearch`, `Meilisearch`; `CRDT`, `last-write-wins`). */
  options: string[];
  /** Stack concerns it is about, from its label and the technologies it names (`search`). */
  concerns: StackConcern[];
  origin: Origin;
}

/**
 * A stated sequence diagram: its participants (id and label as declared, implicit ones by their id)
 * and its messages in order, each with its file line. `to` is null for a note.
 */
export interface StatedSequence {
  name: string;
  participants: { id: string; label: string }[];
  messages: { from: string; to: string | null; text: string; reply: boolean; origin: Origin }[];
  origin: Origin;
}

/** A background job as a document states it; `retry` when a sentence next to it states one. */
/** What a stated job does, read from its name and description. */
export type JobAct =
  | 'remind'
  | 'purge'
  | 'anonymise'
  | 'archive'
  | 'send'
  | 'webhook'
  | 'document'
  | 'tokens';

export interface StatedJob {
  name: string;
  schedule: string;
  description: string;
  /** The queue a job table states it runs on (`| ArrivalSms | notify | … |`), as written. */
  queue?: string;
  /** The schedule as a cron expression, when it states a fixed period (read/job-words.ts). */
  cron?: string;
  /**
   * A cron the schedule writes that no 5-field cron equals (a Quartz cron whose seconds field is not
   * 0: `*\/30 * * * * ?`): the trigger is kept as written, and the job says why.
   */
  keptCron?: string;
  /** What the job does, from its name and description (read/job-words.ts). */
  acts?: JobAct[];
  /** The amounts of time its description states, in seconds ("older than 14 days"): the period it works on. */
  periods?: number[];
  /** The time zone its schedule states ("daily at 03:00 UTC"), when it states one. */
  timeZone?: string;
  origin: Origin;
  /**
   * A queue message the worker consumes ("Queue messages: `signup.cancelled` (promotes from the
   * waitlist), `sms.send`"): the job runs on that message, not on a schedule; `channel` when the
   * message's name is an outgoing channel's send (`sms.send`, `email.send`).
   */
  message?: { channel?: 'email' | 'sms' | 'push' | 'whatsapp' };
  retry?: {
    attempts: number;
    backoff: string;
    text: string;
    origin: Origin;
    /** Where an exhausted message goes, as stated ("the dead-letter queue shiftshare-events-dlq"). */
    deadLetter?: string;
  };
}

export function emptyDomain(name: string, language: string): Domain {
  return {
    project: { name, language },
    entities: [],
    relationships: [],
    indexes: [],
    enums: [],
    requirements: [],
    parameters: [],
    roles: [],
    stack: [],
    integrations: [],
    statedEndpoints: [],
    flows: [],
    decisions: [],
    scope: [],
    mentionedEntities: [],
    lifecycles: [],
    securityFacts: [],
    statedJobs: [],
    sequences: [],
    openDecisions: [],
    payloads: [],
    cacheRequests: [],
    statedCaches: [],
    cacheOnlyStated: [],
    statedAlerts: [],
    callbackSignatures: [],
    basePaths: [],
    ruleStatements: [],
    constraints: [],
    stories: [],
    writeReadings: [],
    statedAliases: [],
    statedRegions: [],
    serverRenderedSurfaces: [],
    surfaceAudiences: [],
  };
}
