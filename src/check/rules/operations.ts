import { sensitivity } from '../../knowledge/sensitive.js';
import type { Spec } from '../../model/spec/index.js';
import type { Problem, Rule } from '../types.js';

const serverSide = (spec: Spec) =>
  spec.integrations.filter((i) => (i.status === 'chosen' || i.status === 'mentioned') && !i.clientSide);

/** Workflow checklist "External integrations include retry and error handling". */
export const integrationsRetryRule: Rule = {
  code: 'operations/integration-without-retry',
  description:
    'every server-side integration has a retry policy, a list of non-retryable failures or a dead-letter destination',
  checklist: 'integrations',
  check(spec) {
    const list = serverSide(spec);
    // "Undelivered SMS are not retried": one attempt the documents state is their decision, with
    // its failures still logged, not a missing policy.
    const statedOnce = (i: (typeof list)[number]) =>
      i.retry.maxAttempts === 1 && i.retry.origin.kind === 'source' && !!i.retry.deadLetter;
    const problems: Problem[] = list
      .filter((i) => !statedOnce(i))
      .filter((i) => i.retry.maxAttempts < 2 || i.retry.on.length === 0 || !i.retry.deadLetter)
      .map((i) => ({
        message: `${i.name} has no usable retry policy`,
        path: `integrations.${i.provider}.retry`,
      }));
    const webhooks = list.reduce((n, i) => n + i.webhooks.length, 0);
    return {
      problems,
      applicable: spec.integrations.length > 0,
      evidence: `${list.length} server-side integrations, each with retries (${list.map((i) => `${i.name}: ${i.retry.maxAttempts} attempts`).join(', ') || 'none'}); ${webhooks} signed webhook receivers`,
    };
  },
};

/** Workflow checklist "Background jobs have retry policies". */
export const jobsRetryRule: Rule = {
  code: 'operations/integration-without-retry',
  description: 'every background job has a retry policy with a dead-letter destination and a timeout',
  checklist: 'jobs',
  check(spec) {
    const problems: Problem[] = spec.jobs
      .filter((j) => j.retry.maxAttempts < 1 || !j.retry.deadLetter || j.timeoutSeconds <= 0)
      .map((j) => ({
        message: `job ${j.name} lacks retries, a dead-letter destination or a timeout`,
        path: `jobs.${j.name}`,
      }));
    return {
      problems,
      applicable: spec.jobs.length > 0,
      evidence: `${spec.jobs.length} jobs, each with retries, a dead-letter destination and a timeout`,
    };
  },
};

/** Workflow checklist "Caching strategy defined for performance". */
export const cacheInvalidationRule: Rule = {
  code: 'operations/cache-without-invalidation',
  description: 'every cache entry built from entity rows is invalidated by named entity writes',
  checklist: 'caching',
  check(spec) {
    const entries = spec.caching?.entries ?? [];
    const entities = new Set(spec.entities.map((e) => e.name));
    const problems: Problem[] = entries
      .filter((e) => e.kind !== 'external')
      // A stated entry the documents give no invalidating event lives by its TTL, as they say.
      .filter((e) => !(e.origin.kind === 'source' && e.invalidatedBy.length === 0))
      .filter(
        (e) => e.invalidatedBy.length === 0 || e.invalidatedBy.some((w) => !entities.has(w.split('.')[0]!)),
      )
      .map((e) => ({
        message: `cache entry ${e.name} is not tied to entity writes`,
        path: `caching.entries.${e.name}`,
      }));
    return {
      problems,
      applicable: spec.caching !== null,
      evidence: `store: ${spec.caching?.store?.value ?? 'none stated (in-process)'}; ${entries.length === 1 ? '1 entry' : `${entries.length} entries`} with key, TTL and invalidation`,
    };
  },
};

/** Workflow checklist "Logging excludes sensitive data". */
export const redactionRule: Rule = {
  code: 'operations/secret-logged',
  description: 'every secret or personal field of the model is on the log redaction list',
  checklist: 'logging',
  check(spec) {
    const redacted = new Set(spec.observability?.redact.map((r) => r.field) ?? []);
    const fields = spec.entities.flatMap((e) =>
      e.fields.filter((f) => f.sensitive || sensitivity(f.name) !== null).map((f) => ({ e, f })),
    );
    const problems: Problem[] = fields
      .filter(({ f }) => !redacted.has(f.name))
      .map(({ e, f }) => ({
        message: `${e.name}.${f.name} is sensitive but not redacted from logs`,
        path: `observability.redact`,
      }));
    return {
      problems,
      applicable: spec.observability !== null,
      evidence: `${redacted.size} redacted fields and headers; ${fields.length} sensitive model fields covered`,
    };
  },
};

/** Alerts must come from an NFR or be an explicitly named default. */
export const alertSourceRule: Rule = {
  code: 'operations/alert-without-source',
  description: 'every alert threshold cites the NFR it comes from, or a named default rule',
  checklist: 'logging',
  check(spec) {
    const alerts = spec.observability?.alerts ?? [];
    const problems: Problem[] = alerts
      .filter(
        (a) =>
          !(
            a.origin.kind === 'default' ||
            a.origin.kind === 'source' ||
            (a.origin.kind === 'rule' && (a.origin.from?.length ?? 0) > 0)
          ),
      )
      .map((a) => ({ message: `alert on ${a.metric} cites no NFR`, path: 'observability.alerts' }));
    return {
      problems,
      applicable: spec.observability !== null,
      evidence: `${alerts.length} alerts, each from a stated NFR or a named default`,
    };
  },
};

/** Workflow checklist "Security best practices followed": OWASP items tied to this spec. */
export const securityPracticesRule: Rule = {
  code: 'operations/alert-without-source',
  description: 'the OWASP Top 10 items the spec addresses each name what this spec does',
  checklist: 'security',
  check(spec) {
    const refs = [...new Set(spec.security.map((p) => p.ref).filter(Boolean))];
    const problems: Problem[] =
      spec.endpoints.length > 0 && refs.length === 0
        ? [{ message: 'the API has endpoints but no OWASP Top 10 item is addressed', path: 'security' }]
        : [];
    return {
      problems,
      applicable: spec.endpoints.length > 0 || spec.security.length > 0,
      evidence: `OWASP Top 10 2021 items addressed: ${refs.join(', ') || 'none'}`,
    };
  },
};

/** Check rules of the operations layer (one exported Rule per rule; listed here in order). */
export const OPERATIONS_RULES: Rule[] = [
  integrationsRetryRule,
  jobsRetryRule,
  cacheInvalidationRule,
  redactionRule,
  alertSourceRule,
  securityPracticesRule,
];
