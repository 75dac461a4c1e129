import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Spec } from '../../src/model/spec/index.js';
import { buildOpenApi } from '../../src/render/openapi/document.js';

/** The OWASP-facing parts of openapi.yaml, each from a stated fact of the golden example's spec. */
const spec = (): Spec =>
  JSON.parse(
    readFileSync(
      fileURLToPath(new URL('../cases/clinic-booking/expected/backend-spec/spec.json', import.meta.url)),
      'utf8',
    ),
  ) as Spec;
// biome-ignore lint/suspicious/noExplicitAny: walking a parsed OpenAPI document of any shape
type Doc = Record<string, any>;
const ops = (doc: Doc) =>
  Object.values(doc.paths as Record<string, Record<string, Doc>>).flatMap((item) => Object.values(item));

describe('openapi.yaml: security schemes follow the flows', () => {
  it('cookie auth with a token-returning refresh endpoint offers bearer as an alternative', () => {
    const doc = buildOpenApi(spec()) as Doc;
    // The example states no SameSite attribute, so state-changing requests also carry the CSRF header.
    expect(Object.keys(doc.components.securitySchemes).sort()).toEqual([
      'bearerAuth',
      'cookieAuth',
      'csrfToken',
    ]);
    const me = ops(doc).find((o) => o.operationId === 'getMe')!;
    expect(me.security).toEqual([{ cookieAuth: [] }, { bearerAuth: [] }]);
    const login = ops(doc).find((o) => o.operationId === 'login')!;
    expect(login.security).toEqual([{}]);
  });

  it('a SameSite=Lax cookie needs the CSRF header on state-changing requests only', () => {
    const s = spec();
    s.auth!.tokenStorage = {
      value: 'cookie: HttpOnly, Secure, SameSite=Lax',
      origin: s.auth!.strategy.origin,
    };
    const doc = buildOpenApi(s) as Doc;
    expect(doc.components.securitySchemes.csrfToken).toMatchObject({ type: 'apiKey', in: 'header' });
    const create = ops(doc).find((o) => o.operationId === 'createAppointment')!;
    expect(create.security[0]).toEqual({ cookieAuth: [], csrfToken: [] });
    const list = ops(doc).find((o) => o.operationId === 'listAppointments')!;
    expect(list.security[0]).toEqual({ cookieAuth: [] });
  });

  it('social login adds an OAuth2 authorization-code scheme with the provider endpoints', () => {
    const s = spec();
    s.auth!.socialProviders = [{ value: 'Google', origin: s.auth!.strategy.origin }];
    const doc = buildOpenApi(s) as Doc;
    expect(doc.components.securitySchemes.googleOAuth.flows.authorizationCode).toMatchObject({
      authorizationUrl: 'https://accounts.google.com/o/oauth2/v2/auth',
      refreshUrl: 'https://oauth2.googleapis.com/token',
    });
  });

  it('a bearer-only API states no CORS header; a cookie (browser) client gets it on every response', () => {
    const withCookie = buildOpenApi(spec()) as Doc;
    expect(withCookie.components.headers['Access-Control-Allow-Origin']).toBeDefined();
    const s = spec();
    s.auth!.tokenStorage = { value: 'memory (Authorization header)', origin: s.auth!.strategy.origin };
    const bearer = buildOpenApi(s) as Doc;
    expect(bearer.components.headers['Access-Control-Allow-Origin']).toBeUndefined();
  });
});

describe('openapi.yaml: errors and limits', () => {
  const doc = buildOpenApi(spec()) as Doc;

  it('a 401 example fits the operation: invalid credentials only where the catalog says so', () => {
    const me = ops(doc).find((o) => o.operationId === 'getMe')!;
    const name = me.responses['401'].$ref.split('/').pop();
    const examples = Object.keys(doc.components.responses[name].content['application/problem+json'].examples);
    expect(examples).not.toContain('INVALID_CREDENTIALS');
    const login = ops(doc).find((o) => o.operationId === 'login')!;
    const loginName = login.responses['401'].$ref.split('/').pop();
    expect(
      Object.keys(doc.components.responses[loginName].content['application/problem+json'].examples),
    ).toEqual(['INVALID_CREDENTIALS']);
  });

  it('every operation has 500 and default; every 2xx carries the rate-limit headers', () => {
    for (const op of ops(doc)) {
      expect(op.responses['500']).toBeDefined();
      expect(op.responses.default).toBeDefined();
      for (const [status, r] of Object.entries(op.responses as Record<string, Doc>))
        if (status.startsWith('2')) expect(Object.keys(r.headers ?? {})).toContain('RateLimit');
    }
  });

  it('bounds come from the columns and rules: email format, VARCHAR length, E.164, inet, SERIAL', () => {
    const s = doc.components.schemas;
    expect(s.User.properties.email).toMatchObject({ format: 'email' });
    expect(s.Clinic.properties.name).toMatchObject({ maxLength: 120 });
    expect(s.Clinic.properties.phone.pattern).toBe('^\\+[1-9][0-9]{7,14}$');
    expect(s.AuditLog.properties.id).toMatchObject({ format: 'int64', minimum: 1 });
    expect(s.Appointment.properties.status.$ref).toBe('#/components/schemas/AppointmentStatus');
    expect(doc.servers[0]).toMatchObject({ 'x-internal': false, 'x-placeholder': true });
  });

  it('an inet column is an IPv4 or IPv6 address, and its example is one (labcore)', () => {
    const labcore = JSON.parse(
      readFileSync(
        fileURLToPath(new URL('../cases/labcore/expected/backend-spec/spec.json', import.meta.url)),
        'utf8',
      ),
    ) as Spec;
    const d = buildOpenApi(labcore) as Doc;
    const ip = d.components.schemas.AuditLog.properties.ipAddress;
    expect(ip.anyOf).toEqual([{ format: 'ipv4' }, { format: 'ipv6' }]);
    expect(d.components.schemas.AuditLog.examples[0].ipAddress).toMatch(/^192\.0\.2\.\d+$/);
  });
});

describe('openapi.yaml: CSRF header unless the cookie is stated SameSite=Strict', () => {
  it.each([
    ['cookie: HttpOnly, Secure, SameSite=Strict', false],
    ['cookie: HttpOnly, Secure, SameSite=Lax', true],
    ['cookie: HttpOnly, Secure, SameSite=None', true],
    ['cookie: HttpOnly, Secure', true],
  ])('%s → csrfToken %s', (storage, expected) => {
    const s = spec();
    s.auth!.tokenStorage = { value: storage, origin: s.auth!.strategy.origin };
    const doc = buildOpenApi(s) as Doc;
    expect(doc.components.securitySchemes.csrfToken !== undefined).toBe(expected);
    const create = ops(doc).find((o) => o.operationId === 'createAppointment')!;
    expect('csrfToken' in create.security[0]).toBe(expected);
  });
});
