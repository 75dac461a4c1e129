import { describe, expect, test } from 'vitest';
import { quantitiesExtractor } from '../../src/extract/quantities.js';
import { doc, run } from './helpers.js';

function keys(text: string) {
  const { fragment } = run(quantitiesExtractor, doc('docs/a.md', 'architecture', text));
  return (fragment.parameters ?? []).map((q) => [q.key, q.value, q.unit]);
}

describe('quantities extractor', () => {
  test('token table: the row label and the column header name the value', () => {
    const text = [
      '### Token Strategy',
      '',
      '| Token | Type | Lifetime | Storage |',
      '|---|---|---|---|',
      '| Access token | JWT | 1 hour | httpOnly cookie |',
      '| Refresh token | Opaque | 7 days | secure cookie |',
    ].join('\n');
    expect(keys(text)).toEqual([
      ['auth.access-token-ttl', 3600, 's'],
      ['auth.refresh-token-ttl', 604800, 's'],
    ]);
  });

  test('NFR table and security rows', () => {
    const text = [
      '## 12. Non-Functional Requirements',
      '### 12.1 Performance',
      '| Metric | Target |',
      '|---|---|',
      '| Search results (patient lookup) | < 500ms |',
      '| Concurrent users per lab | Support at least 10 simultaneous users |',
      '### 12.3 Data Limits',
      '| Resource | Limit |',
      '|---|---|',
      '| Report storage | Retained for 7 years minimum (configurable) |',
      '| Audit log retention | Indefinite (append-only, never deleted) |',
      '| File attachments per report | Up to 5 images, 2 MB each |',
      '### 12.4 Security',
      '| Requirement | Implementation |',
      '|---|---|',
      '| Session management | JWT tokens; configurable session timeout (default 8 hours) |',
      '| Password policy | Minimum 8 characters, at least one uppercase |',
    ].join('\n');
    const configurable = (run(quantitiesExtractor, doc('docs/a.md', 'prd', text)).fragment.parameters ?? [])
      .filter((p) => p.configurable)
      .map((p) => p.key);
    expect(configurable).toEqual(['retention.report-storage', 'auth.session-timeout']);
    expect(keys(text)).toEqual([
      ['nfr.latency.search-result', 500, 'ms'],
      ['nfr.concurrent-users', 10, 'count'],
      ['retention.report-storage', 7 * 365 * 86400, 's'],
      ['retention.audit-log', null, 's'],
      ['limit.file-attachment-report', 5, 'count'],
      ['upload.max-size', 2 * 1024 * 1024, 'bytes'],
      ['auth.session-timeout', 8 * 3600, 's'],
      ['auth.password-min-length', 8, 'count'],
    ]);
  });

  test('prose: clauses name each number, requirement ids are attached', () => {
    const text = [
      '- **JWT expiry:** 30 days',
      '- Access token 15 minutes, refresh token 14 days.',
      '- Reminders are sent 24 hours before the appointment.',
      '- Audit logs are retained for 13 months.',
      '- NFR9: Assessment routes rate-limited (30 requests/minute/user)',
      '- NFR8: Automaattinen uloskirjaus 24h inaktiivisuuden jälkeen',
      '- Uptime ≥99% (MVP), ≥99.9% (production)',
      '- Default page size 20, maximum 100 items per page.',
      '- Accounts are locked out after 5 failed attempts for 15 minutes.',
    ].join('\n');
    expect(keys(text)).toEqual([
      ['auth.access-token-ttl', 30 * 86400, 's'],
      ['auth.access-token-ttl', 900, 's'],
      ['auth.refresh-token-ttl', 14 * 86400, 's'],
      ['reminder.appointment', 86400, 's'],
      ['retention.audit-log', 13 * 30 * 86400, 's'],
      ['rate-limit.assessment-route', 30, 'req/min'],
      ['auth.session-timeout', 86400, 's'],
      ['nfr.availability.mvp', 99, '%'],
      ['nfr.availability.production', 99.9, '%'],
      ['pagination.default', 20, 'count'],
      ['pagination.max', 100, 'count'],
      ['auth.lockout-attempts', 5, 'count'],
      ['auth.lockout-duration', 900, 's'],
    ]);
  });

  test('a page size before "at most N" is the default, N the maximum', () => {
    expect(keys('| NFR-07 | Usability | Lists show 20 items per page by default, at most 100 |')).toEqual([
      ['pagination.default', 20, 'count'],
      ['pagination.max', 100, 'count'],
    ]);
  });

  test('near-misses: versions, narrative numbers and cached data sizes are not quantities', () => {
    const text = [
      '- TLS 1.3 in transit',
      '- He has been using the app for three weeks and clicks two buttons.',
      '- Search bar; results appear as-you-type (debounced, 300ms)',
      '| Data | Max Size |',
      '|---|---|',
      '| Recent patients (last 500) | ~5 MB |',
    ].join('\n');
    expect(keys(text)).toEqual([]);
  });

  test('env lines in code blocks', () => {
    const text = ['```env', 'JWT_EXPIRES_IN=15m', 'SESSION_TIMEOUT_MINUTES=30', 'PORT=3000', '```'].join(
      '\n',
    );
    expect(keys(text)).toEqual([
      ['auth.access-token-ttl', 900, 's'],
      ['auth.session-timeout', 1800, 's'],
    ]);
  });
});

describe('quantities in other languages', () => {
  test('Spanish, Portuguese and Finnish statements', () => {
    const text = [
      '- El token de acceso expira en 15 minutos.',
      '- Las sesiones expiran tras 30 minutos de inactividad.',
      '- Los registros de auditoría se conservan durante 5 años.',
      '- O token de atualização expira em 7 dias.',
      '- Auditointilokit säilytetään 7 vuotta.',
      '- NFR8: Automaattinen uloskirjaus 24h inaktiivisuuden jälkeen',
    ].join('\n');
    expect(keys(text)).toEqual([
      ['auth.access-token-ttl', 900, 's'],
      ['auth.session-timeout', 1800, 's'],
      ['retention.registro-auditoria', 5 * 365 * 86400, 's'],
      ['auth.refresh-token-ttl', 7 * 86400, 's'],
      ['retention.auditointilokit', 7 * 365 * 86400, 's'],
      ['auth.session-timeout', 86400, 's'],
    ]);
  });
});

describe('clause boundaries', () => {
  test('a number in a list belongs to its own item, not to the next one', () => {
    const found = keys(
      '- **Postmark** sends booking confirmations, the 24-hour reminder, staff invitations and password resets.',
    );
    expect(found.map(([k]) => k)).not.toContain('auth.invite-ttl');
    expect(found).toHaveLength(1);
    expect(String(found[0]?.[0])).toMatch(/^reminder\./);
    expect(found[0]?.[1]).toBe(86400);
  });
});

describe('a category cell names no subject', () => {
  test("the example's planted refresh-token disagreement is found (PRD sentence vs tech-stack 'Authentication' row)", async () => {
    const { compile } = await import('../../src/pipeline.js');
    const { nodeHost } = await import('../../src/host.js');
    const root = new URL('../../examples/clinic-booking', import.meta.url).pathname;
    const r = await compile({ root, verify: { skip: true } }, nodeHost());
    expect(r.spec!.reconciliation.conflicts.map((c) => c.subject)).toContain('auth.refresh-token-ttl');
  });
});
