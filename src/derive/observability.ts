import { sensitivity } from '../knowledge/sensitive.js';
import { byDefault, fromRule, type Origin } from '../model/origin.js';
import type { ObservabilitySpec } from '../model/spec/operations.js';
import { alertsFrom } from './operations/alerts.js';
import { cacheStore, onRedis, refs, stated } from './operations/stack.js';
import type { DeriveStep } from './types.js';

const rule = (id: string, from: { origin: Origin }[] = []) => fromRule(id, refs(from));

/**
 * Derive step `observability` (workflow step 10): JSON logs with the fields this API has (tenant,
 * user, request id), what to log from the model (auth events, status transitions, integration calls,
 * jobs), a redaction list from the model's secret and personal fields (OWASP Logging Cheat Sheet:
 * "data to exclude"), liveness and a readiness check of the real dependencies, RED metrics per route
 * and alerts from the NFR numbers.
 */
export const observabilityStep: DeriveStep = {
  name: 'observability',
  derive({ domain, spec }) {
    const logger = stated(domain, 'logging') ?? domain.stack.find((s) => s.concern === 'logging') ?? null;
    const tracking = stated(domain, 'monitoring');
    const tenant = spec.entities.find((e) => e.tenantColumn)?.tenantColumn ?? null;
    const logFields = [
      'time (ISO 8601 UTC)',
      'level',
      'msg',
      'requestId (from X-Request-Id or generated, echoed in the response and in error bodies)',
      ...(spec.auth ? ['userId'] : []),
      ...(tenant ? [`${tenant.replace(/_id$/, '')}Id (tenant)`] : []),
      'method',
      'route (the template, not the raw URL)',
      'status',
      'durationMs',
      'error.code / error.stack (error level only)',
    ];

    const redact = new Map<string, string>();
    for (const f of spec.validation?.sensitiveFields ?? []) redact.set(f.field, f.reason);
    for (const e of spec.entities) {
      for (const f of e.fields) {
        const s = sensitivity(f.name);
        if (s && !redact.has(f.name))
          redact.set(f.name, s === 'secret' ? 'secret: never logged' : 'personal data: masked in logs');
      }
    }
    for (const h of ['authorization', 'cookie', 'set-cookie'])
      redact.set(`headers.${h}`, 'credential header');
    for (const v of spec.integrations.flatMap((i) => i.env).filter((n) => /KEY|SECRET|TOKEN|DSN/.test(n))) {
      redact.set(v, 'integration credential');
    }
    if (spec.auth) redact.set('body of auth routes', 'passwords and tokens in login/register/refresh bodies');

    const events: ObservabilitySpec['events'] = [];
    if (spec.auth) {
      const o = spec.auth.strategy.origin;
      events.push(
        { event: 'auth.login.succeeded {userId}', level: 'info', origin: o },
        { event: 'auth.login.failed {email hash, reason, ip}', level: 'warn', origin: o },
        { event: 'auth.logout {userId}', level: 'info', origin: o },
        { event: 'auth.forbidden {userId, route, requiredRole}', level: 'warn', origin: o },
      );
      if (spec.auth.refreshTokenTtlSeconds)
        events.push({
          event: 'auth.token.refreshed {userId}',
          level: 'info',
          origin: spec.auth.refreshTokenTtlSeconds.origin,
        });
      if (spec.auth.lockout)
        events.push({
          event: 'auth.account.locked {userId}',
          level: 'warn',
          origin: spec.auth.lockout.origin,
        });
    }
    for (const e of spec.entities) {
      const status = e.fields.find((f) => f.enum && /^(status|state)$/i.test(f.name.replace(/^.*_/, '')));
      if (status)
        events.push({
          event: `${e.name}.${status.name} changed {id, from, to, by}`,
          level: 'info',
          origin: status.origin,
        });
    }
    for (const i of spec.integrations.filter((x) => x.status === 'chosen' && !x.clientSide)) {
      events.push({
        event: `integration.call {provider: "${i.provider}", operation, status, durationMs, attempt}`,
        level: 'info',
        origin: i.origin,
      });
    }
    for (const j of spec.jobs)
      events.push({ event: `job ${j.name}: started / succeeded / failed`, level: 'info', origin: j.origin });
    events.push({
      event: 'request.failed {requestId, status ≥ 500, error.code}',
      level: 'error',
      origin: byDefault('derive/log-server-errors'),
    });

    // A cache or queue kept in the database itself (a Postgres table) needs no check of its own.
    const database = stated(domain, 'database')?.value;
    const cache = cacheStore(domain);
    const queue = stated(domain, 'queue');
    const checks = [
      ...(spec.database.dialects.length > 0
        ? [`database (${spec.database.dialects[0]} at DATABASE_URL): SELECT 1 / ping within 1s`]
        : []),
      ...(cache && cache.value !== database
        ? [`cache (${cache.value}${onRedis(domain, cache) ? ' at REDIS_URL' : ''}): PING`]
        : []),
      ...(queue && queue.value !== database
        ? [
            `queue (${queue.value}${onRedis(domain, queue) ? ' at REDIS_URL' : ''}): connection and consumer lag`,
          ]
        : []),
    ];
    const healthEndpoint = spec.endpoints.find((e) => e.action === 'health');
    const health: ObservabilitySpec['health'] = [
      {
        path: healthEndpoint?.path ?? '/health',
        checks: ['process is up (no dependency checks, so a slow database never restarts the pod)'],
        origin: healthEndpoint?.origin ?? byDefault('derive/health-liveness'),
      },
      {
        path: `${healthEndpoint?.path ?? '/health'}/ready`,
        checks: checks.length > 0 ? checks : ['no stateful dependency is stated: ready once started'],
        origin: rule('derive/health-readiness-real-dependencies'),
      },
    ];

    const metrics: ObservabilitySpec['metrics'] = [
      {
        name: 'http_requests_total{method, route, status}',
        type: 'counter',
        description: `rate and errors per route (${spec.endpoints.length} endpoints)`,
        origin: byDefault('derive/red-metrics'),
      },
      {
        name: 'http_request_duration_seconds{method, route}',
        type: 'histogram',
        description: 'duration per route; buckets around the stated latency targets',
        origin: byDefault('derive/red-metrics'),
      },
    ];
    if (spec.jobs.length > 0) {
      metrics.push(
        {
          name: 'jobs_waiting{job}',
          type: 'gauge',
          description: `queue depth per job (${spec.jobs.length} jobs)`,
          origin: rule('derive/job-metrics'),
        },
        {
          name: 'jobs_failed_total{job}',
          type: 'counter',
          description: 'failures per job, including dead-lettered ones',
          origin: rule('derive/job-metrics'),
        },
      );
    }
    if ((spec.caching?.entries.length ?? 0) > 0) {
      metrics.push({
        name: 'cache_requests_total{entry, result="hit|miss"}',
        type: 'counter',
        description: 'hit rate per cache entry',
        origin: rule('derive/cache-metrics'),
      });
    }
    for (const i of spec.integrations.filter((x) => x.status === 'chosen' && !x.clientSide)) {
      metrics.push({
        name: `integration_request_duration_seconds{provider="${i.provider}", outcome}`,
        type: 'histogram',
        description: `${i.name} calls and failures`,
        origin: i.origin,
      });
    }
    if (spec.database.dialects.length > 0) {
      metrics.push({
        name: 'db_pool_connections{state="idle|used|waiting"}',
        type: 'gauge',
        description: 'connection pool saturation',
        origin: rule('derive/db-pool-metric'),
      });
    }

    const observability: ObservabilitySpec = {
      logFormat: `${logger ? `JSON lines via ${logger.value}` : 'JSON lines, one object per event'}; minimum level from LOG_LEVEL (debug, info, warn, error)`,
      logFields,
      redact: [...redact.entries()]
        .map(([field, reason]) => ({ field, reason }))
        .sort((a, b) => a.field.localeCompare(b.field)),
      events,
      health,
      metrics,
      alerts: alertsFrom(domain, spec.endpoints),
      origin: logger ? logger.origin : byDefault('derive/json-structured-logs'),
      tracking: tracking ? { value: tracking.value, origin: tracking.origin } : null,
    };
    return { spec: { observability }, diagnostics: [] };
  },
};
