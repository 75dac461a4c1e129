import { byDefault, fromRule, type Origin } from '../model/origin.js';
import type { TestingSpec } from '../model/spec/operations.js';
import { refs, stated } from './operations/stack.js';
import type { DeriveStep } from './types.js';

const rule = (id: string, from: { origin: Origin }[] = []) => fromRule(id, refs(from));

/**
 * Derive step `testing` (workflow step 13): what to test at each level, named from this spec — the
 * services and validators, every endpoint against a real database of the stated engine, the critical
 * flows the UX document names (else the highest-priority stories), load sized from the NFR numbers,
 * and security tests per OWASP item the spec addresses. Coverage: the stated target, else 80%.
 */
export const testingStep: DeriveStep = {
  name: 'testing',
  derive({ domain, spec }) {
    const statedCoverage = domain.parameters.find((q) => q.key === 'nfr.test-coverage' && q.value !== null);
    const tools = domain.stack
      .filter((s) => s.concern === 'testing' && s.status === 'chosen')
      .filter((s, i, all) => all.findIndex((x) => x.value === s.value) === i)
      .map((s) => ({ value: s.value, origin: s.origin }));
    const toolFor = (re: RegExp) => tools.find((t) => re.test(t.value))?.value;
    const levels: TestingSpec['levels'] = [];

    const unit = [
      ...spec.services.map((s) => `${s.name}: ${s.methods.length} methods, each error path in @throws`),
      ...(spec.validation ? [`validators: ${spec.validation.rules.length} field rules (section 6)`] : []),
      ...spec.jobs.map((j) => `job ${j.name}: idempotent on rerun`),
    ];
    if (unit.length > 0)
      levels.push({ kind: 'unit', scope: unit, origin: rule('derive/unit-tests-per-service') });

    const db = stated(domain, 'database');
    if (spec.endpoints.length > 0) {
      const engine = db
        ? `a real ${db.value}${toolFor(/Testcontainers/) ? ' started by Testcontainers' : ' test instance'}`
        : 'the real dependencies';
      levels.push({
        kind: 'integration',
        scope: [
          `${spec.endpoints.length} endpoints against ${engine}, migrations applied first (never a mock of the database)`,
          'each endpoint: success, validation error (400), unauthenticated (401), forbidden role (403), not found (404)',
          ...spec.integrations
            .filter((i) => i.status === 'chosen' && !i.clientSide && i.category !== 'monitoring')
            .map(
              (i) =>
                `${i.name}: recorded responses incl. ${i.retry.on.slice(0, 2).join(', ')} to exercise retries`,
            ),
        ],
        origin: db
          ? rule('derive/integration-tests-real-database', [db])
          : rule('derive/integration-tests-real-database'),
      });
    }

    const flows = domain.flows.map((f) => ({ name: f.name, origin: f.origin }));
    const critical =
      flows.length > 0
        ? flows
        : domain.requirements
            .filter((r) => /^(p0|must|critical|high)$/i.test(r.priority ?? '') && r.kind === 'user-story')
            .map((r) => ({ name: `${r.id}: ${title(r.text)}`, origin: r.origin }));
    if (critical.length > 0) {
      levels.push({
        kind: 'e2e',
        scope: critical.slice(0, 15).map((c) => c.name),
        origin: rule(
          flows.length > 0 ? 'derive/e2e-per-ux-flow' : 'derive/e2e-per-top-priority-story',
          critical.slice(0, 15),
        ),
      });
    }

    const users = domain.parameters.find(
      (q) =>
        (q.key === 'nfr.concurrent-users' || q.key.startsWith('nfr.concurrent-users.')) && q.value !== null,
    );
    const rps = domain.parameters.find(
      (q) => (q.key === 'nfr.throughput' || q.key.startsWith('nfr.throughput.')) && q.value !== null,
    );
    const latency = domain.parameters.filter((q) => q.key.startsWith('nfr.latency') && q.value !== null);
    if (users || rps || latency.length > 0) {
      const tool = toolFor(/k6|Artillery/) ?? 'a load tool';
      levels.push({
        kind: 'load',
        scope: [
          `${tool}: ${users ? `${users.value} concurrent virtual users (stated ${users.text})` : rps ? `${rps.value} requests/s (stated)` : 'ramp to the expected peak'} for 10 minutes`,
          ...latency
            .filter((q, i, all) => all.findIndex((x) => x.key === q.key) === i)
            .map((q) => `pass if p95 of "${q.label}" ≤ ${q.value}ms (stated ${q.text})`),
        ],
        origin: rule('derive/load-test-from-nfr', [...(users ? [users] : []), ...latency]),
      });
    }

    const sec = spec.security.map(
      (p) => `${p.ref} ${p.topic}: ${SECURITY_TESTS[p.topic] ?? SECURITY_TESTS[p.ref ?? ''] ?? p.measure}`,
    );
    if (sec.length > 0)
      levels.push({ kind: 'security', scope: sec, origin: rule('derive/security-tests-per-owasp-item') });

    if (levels.length === 0) return { spec: { testing: null }, diagnostics: [] };
    const testing: TestingSpec = {
      coverageTarget: statedCoverage
        ? { value: statedCoverage.value!, origin: statedCoverage.origin }
        : { value: 80, origin: byDefault('derive/coverage-80') },
      levels,
      tools,
    };
    return { spec: { testing }, diagnostics: [] };
  },
};

/** A story's title: the text before its first sentence end, at most 90 characters on a word boundary. */
function title(text: string): string {
  const first = text.split(/(?<=[.!?])\s/)[0] ?? text;
  if (first.length <= 90) return first.replace(/[.!?]$/, '');
  return `${first.slice(0, 90).replace(/\s+\S*$/, '')}…`;
}

/** What a security test asserts for each OWASP Top 10 2021 item this spec addresses. */
const SECURITY_TESTS: Record<string, string> = {
  'Broken Access Control':
    'for every permission-matrix row, each denied role gets 403 and another tenant’s or owner’s id gets 404',
  'CSRF (token storage)':
    'a state-changing request from a foreign Origin, or without the cookie’s SameSite context, is rejected',
  A02: 'stored passwords are hashes only; no response body contains a sensitive field; plain HTTP is redirected or refused',
  A03: 'injection payloads (\' OR 1=1 --, {"$gt": ""}, <script>) in every text and filter parameter return 400 or no extra rows',
  A04: 'each business rule is enforced when the API is called directly with a body that breaks it',
  A05: 'error bodies carry no stack trace or SQL; CORS rejects an unlisted origin',
  A06: 'the CI dependency audit fails the build on a known high-severity vulnerability',
  A07: 'expired, tampered and missing tokens get 401; repeated failed logins hit the lockout or rate limit',
  A08: 'a webhook with a missing or wrong signature (or an old timestamp) is rejected and not processed',
  A09: 'a failed login and a 403 each produce a log line; no redacted field appears in any log line',
  A10: 'no endpoint fetches a URL taken from the request',
  'Guessable identifiers':
    'a request with the next sequential id of a record the caller does not own gets 404',
  'Secrets in URLs': 'a wrong or revoked token in the path gets 404 and request logs show it masked',
};
