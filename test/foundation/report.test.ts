import { describe, expect, it } from 'vitest';
import { CHECKLIST_IDS, type ChecklistItem } from '../../src/check/types.js';
import { type Endpoint, emptySpec, fromSource } from '../../src/model/index.js';
import { byDefault } from '../../src/model/origin.js';
import { buildReport, formatReport } from '../../src/report/index.js';

const o = fromSource('docs/prd.md', 3);

function endpoint(
  operationId: string,
  pagination: Endpoint['pagination'],
  rateLimit: Endpoint['rateLimit'],
): Endpoint {
  return {
    operationId,
    method: 'GET',
    path: `/${operationId}`,
    resource: 'X',
    summary: '',
    entity: null,
    action: 'list',
    parameters: [],
    requestBody: null,
    responses: [],
    authenticated: true,
    roles: [],
    rateLimit,
    pagination,
    idempotencyKey: false,
    requirements: [],
    origin: o,
  };
}

describe('completion report', () => {
  const spec = emptySpec({ name: 'Clinic', language: 'en', description: null }, []);
  spec.traceability = [
    { requirement: 'FR-01', text: 'a', items: ['endpoint:listX'], origin: o },
    { requirement: 'FR-02', text: 'b', items: [], origin: o },
    { requirement: 'FR-03', text: 'c', items: ['job:reminders'], origin: o },
  ];
  spec.endpoints = [
    endpoint('listA', { style: 'offset', default: 20, max: 100 }, 'read'),
    endpoint('listB', { style: 'offset', default: 20, max: 100 }, 'read'),
    endpoint('listC', { style: 'cursor', default: 50, max: 200 }, 'expensive'),
    endpoint('login', null, 'auth'),
  ];
  spec.database.indexes = [
    {
      name: 'i1',
      entity: 'Task',
      columns: ['user_id'],
      unique: false,
      method: null,
      where: null,
      purpose: 'fk',
      origin: byDefault('r'),
    },
    {
      name: 'i2',
      entity: 'Task',
      columns: ['title'],
      unique: false,
      method: null,
      where: null,
      purpose: 'x',
      origin: o,
    },
  ];
  spec.auth = {
    strategy: { value: 'jwt', origin: o },
    provider: null,
    accessTokenTtlSeconds: { value: 900, origin: o },
    refreshTokenTtlSeconds: { value: 604800, origin: o },
    refreshRotation: null,
    tokenStorage: null,
    passwordHashing: { value: 'bcrypt (cost 12)', origin: o },
    socialProviders: [],
    mfa: null,
    lockout: null,
    jwtClaims: [],
  };
  const checklist: ChecklistItem[] = CHECKLIST_IDS.map((id, i) => ({
    id,
    verdict: i === 0 ? 'pass' : i === 1 ? 'fail' : 'not-checked',
    evidence: [],
    problems: [],
  }));
  const markdown = '# Spec\n\nline\n';
  const report = buildReport({
    spec,
    checklist,
    diagnostics: [],
    outputPath: 'docs/technical/backend-spec.md',
    markdown,
    artifacts: ['docs/technical/backend-spec/spec.json'],
    missingSections: [],
  });

  it('counts requirement coverage from the traceability', () => {
    expect(report.requirements).toEqual({ traced: 2, total: 3, untraced: ['FR-02'] });
  });

  it('takes the most common pagination and counts indexes', () => {
    expect(report.performance.pagination).toEqual({ default: 20, max: 100, endpoints: 3 });
    expect(report.performance.indexes).toBe(2);
  });

  it('prints the workflow format with real figures', () => {
    const text = formatReport(report);
    expect(text).toContain('- Requirements: 2 of 3 traced to spec items');
    expect(text).toContain('- Authentication: JWT with refresh tokens (15min access, 7-day refresh)');
    expect(text).toContain('- Password hashing: bcrypt (cost 12)');
    expect(text).toContain('- 2 database indexes defined');
    expect(text).toContain('- Default pagination: 20 items, max 100 (3 list endpoints)');
    expect(text).toContain('- Rate limiting: per endpoint class: auth (1), expensive (1), read (2)');
    expect(text).toContain('Validation Checklist: 1 pass, 1 fail, 0 not applicable, 8 not checked');
    expect(text).toContain('- [x] All data models defined with relationships and constraints: pass');
    expect(text).toContain('Output: docs/technical/backend-spec.md (3 lines, 13 bytes)');
  });
});

describe('completion report: who issues the tokens', () => {
  // Tokens the provider issues are not the API's; tokens the API issues after a sign-in at the
  // provider are not the provider's. "JWT via <provider>" says neither.
  const report = (issuer: 'provider' | 'server' | null) => {
    const spec = emptySpec({ name: 'Allotments', language: 'en', description: null }, []);
    spec.auth = {
      strategy: { value: 'jwt', origin: o },
      provider: { value: 'Zitadel', origin: o },
      ...(issuer ? { tokenIssuer: { value: issuer, origin: o } } : {}),
      accessTokenTtlSeconds: { value: 600, origin: o },
      refreshTokenTtlSeconds: null,
      refreshRotation: null,
      tokenStorage: null,
      passwordHashing: null,
      socialProviders: [],
      mfa: null,
      lockout: null,
      jwtClaims: [],
    };
    return formatReport(
      buildReport({
        spec,
        checklist: [],
        diagnostics: [],
        outputPath: 'docs/technical/backend-spec.md',
        markdown: '# Spec\n',
        artifacts: [],
        missingSections: [],
      }),
    );
  };

  it('names the provider as the issuer when the documents say it issues them', () => {
    expect(report('provider')).toContain('- Authentication: JWTs issued by Zitadel (10min access)');
  });

  it("says the API issues its own tokens after the provider's sign-in", () => {
    expect(report('server')).toContain(
      "- Authentication: sign-in via Zitadel, then the API's own JWTs (10min access)",
    );
  });

  it('keeps "via" when the documents do not say who issues them', () => {
    expect(report(null)).toContain('- Authentication: JWT via Zitadel (10min access)');
  });
});
