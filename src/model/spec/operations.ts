import type { Origin } from '../origin.js';

/** Sections 8 to 15: integrations, jobs, caching, observability, performance, security practices,
 * testing and deployment. */

export interface RetryPolicy {
  /** Which failures retry (`5xx`, `429`, `timeout`). */
  on: string[];
  maxAttempts: number;
  backoff: string;
  /** Where exhausted work goes (`dead-letter queue`, `failed_jobs table`). */
  deadLetter: string | null;
  origin: Origin;
}

export interface Integration {
  provider: string;
  name: string;
  category: string;
  /**
   * The message channels it carries when the documents state more than one for it ("Twilio for SMS
   * and WhatsApp"): the category first. Absent when it carries only its category.
   */
  channels?: string[];
  purpose: string;
  /** Catalogue facts are known; unknown providers carry only what the documents say. */
  known: boolean;
  endpointsUsed: string[];
  auth: string | null;
  format: string | null;
  rateLimits: string | null;
  retry: RetryPolicy;
  /** `method` only where the route is not a POST (VNPay's IPN is a GET with query parameters). */
  webhooks: { path: string; events: string[]; verification: string; method?: 'GET' }[];
  env: string[];
  origin: Origin;
  /** What the documents decided: in use, only mentioned, planned for later, out of scope, or rejected. */
  status: 'chosen' | 'mentioned' | 'future' | 'out-of-scope' | 'rejected';
  /** The provider's API reference (catalogue entries only). */
  docs: string | null;
  /** Failures never retried: the request itself is wrong. */
  failFast: string[];
  /** How retried writes are deduplicated. */
  idempotency: string | null;
  /** Runs on the user's device (wa.me links): no server-side call. */
  clientSide: boolean;
  notes: string[];
  /** Every place the documents name it, with the sentence. */
  mentions: { text: string; status: string; origin: Origin }[];
  /** What the documents state about the provider's API, each with its line: beats the catalogue. */
  stated: { aspect: 'base-url' | 'auth' | 'rate-limit' | 'endpoints'; text: string; origin: Origin }[];
}

export interface Job {
  name: string;
  purpose: string;
  /** Cron expression or `event:<name>`. */
  trigger: string;
  inputs: string[];
  steps: string[];
  idempotency: string;
  retry: RetryPolicy;
  timeoutSeconds: number;
  logs: string[];
  requirements: string[];
  origin: Origin;
  /** What runs it: the stated queue and scheduler, or the named rule used when none is stated. */
  /** `proposed`: the parts no document states (a default filled in beside a stated queue). */
  runner: { queue: string; scheduler: string; origin: Origin; proposed?: ('queue' | 'scheduler')[] };
  /** Where its inputs and timing come from (the quantity or requirement it was derived from). */
  basis: Origin[];
  /**
   * Where the cron trigger comes from: the line that states it (with the stated time zone), or a
   * `default` origin when the documents state the work but no schedule (the trigger is a proposal).
   */
  schedule?: { timeZone: string | null; origin: Origin };
}

export interface CacheEntry {
  name: string;
  keyPattern: string;
  ttlSeconds: number;
  /** Entity writes that invalidate it (`Task.update`). */
  invalidatedBy: string[];
  reason: string;
  origin: Origin;
  /** `entity` rows, a `query` result, an `external` API response. */
  kind: 'entity' | 'query' | 'external';
  /** Where the TTL comes from (a stated `cache.ttl.*` quantity or a named rule). */
  ttlOrigin: Origin;
  /** The store a stated entry names ("cached in Redis"), when it names one. */
  store?: string;
  /** The operation id of the read a stated entry names ("the weekly shift list" → `getSiteWeek`). */
  endpoint?: string;
  /**
   * A stated entry whose subject no endpoint of the API serves and no entity of the data model is:
   * its key holds only its name, and which parameters make it is an open question (never `{id}`).
   */
  unmapped?: true;
}

export interface CachingSpec {
  store: { value: string; origin: Origin } | null;
  /** Where entries live when no store is stated (in-process, per instance), by a named rule. */
  fallback: { value: string; origin: Origin } | null;
  /** Cache technologies the documents mention without choosing them (optional, rejected, ...). */
  considered: { value: string; status: string; origin: Origin }[];
  entries: CacheEntry[];
}

export interface Alert {
  metric: string;
  threshold: string;
  /** Requirement id or parameter key it comes from. */
  source: string;
  origin: Origin;
  /** Alert window and severity (`5m`, `page`); a stated alert states no severity (null). */
  window: string;
  severity: 'page' | 'ticket' | null;
}

export interface ObservabilitySpec {
  logFormat: string;
  logFields: string[];
  redact: { field: string; reason: string }[];
  events: { event: string; level: string; origin: Origin }[];
  health: { path: string; checks: string[]; origin: Origin }[];
  metrics: { name: string; type: string; description: string; origin: Origin }[];
  alerts: Alert[];
  /** Where the log format and fields come from (a stated logger, or a rule). */
  origin: Origin;
  /** Error tracking / monitoring service, when the stack names one. */
  tracking: { value: string; origin: Origin } | null;
}

export interface EnvVar {
  name: string;
  description: string;
  example: string;
  secret: boolean;
  required: boolean;
  origin: Origin;
}

export interface DeploymentSpec {
  env: EnvVar[];
  migration: { tool: string; steps: string[]; origin: Origin } | null;
  rollback: string[];
  prerequisites: { item: string; origin: Origin }[];
  environments: { name: string; origin: Origin }[];
}

export interface Practice {
  topic: string;
  measure: string;
  origin: Origin;
  /** OWASP Top 10 2021 id (`A01`) for security practices; performance area otherwise. */
  ref?: string;
}

export interface TestingSpec {
  coverageTarget: { value: number; origin: Origin };
  levels: { kind: 'unit' | 'integration' | 'e2e' | 'load' | 'security'; scope: string[]; origin: Origin }[];
  /** Test tools the stack names (Vitest, Playwright, Testcontainers, ...). */
  tools: { value: string; origin: Origin }[];
}
