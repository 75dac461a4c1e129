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
  purpose: string;
  /** Catalogue facts are known; unknown providers carry only what the documents say. */
  known: boolean;
  endpointsUsed: string[];
  auth: string | null;
  format: string | null;
  rateLimits: string | null;
  retry: RetryPolicy;
  webhooks: { path: string; events: string[]; verification: string }[];
  env: string[];
  origin: Origin;
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
}

export interface CacheEntry {
  name: string;
  keyPattern: string;
  ttlSeconds: number;
  /** Entity writes that invalidate it (`Task.update`). */
  invalidatedBy: string[];
  reason: string;
  origin: Origin;
}

export interface CachingSpec {
  store: { value: string; origin: Origin } | null;
  entries: CacheEntry[];
}

export interface Alert {
  metric: string;
  threshold: string;
  /** Requirement id or parameter key it comes from. */
  source: string;
  origin: Origin;
}

export interface ObservabilitySpec {
  logFormat: string;
  logFields: string[];
  redact: { field: string; reason: string }[];
  events: { event: string; level: string; origin: Origin }[];
  health: { path: string; checks: string[]; origin: Origin }[];
  metrics: { name: string; type: string; description: string; origin: Origin }[];
  alerts: Alert[];
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
}

export interface TestingSpec {
  coverageTarget: { value: number; origin: Origin };
  levels: { kind: 'unit' | 'integration' | 'e2e' | 'load' | 'security'; scope: string[]; origin: Origin }[];
}
