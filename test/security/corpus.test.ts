import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { secretProperties } from '../../src/check/rules/security.js';
import { entitySchemas } from '../../src/derive/api/schemas.js';
import { derive } from '../../src/derive/index.js';
import { isSecretField } from '../../src/knowledge/sensitive.js';
import type { CompileResult } from '../../src/pipeline.js';
import { corpusProject } from '../foundation/corpus.js';
import { compiledProject } from '../helpers/compiled.js';

const CORPUS = ['labcore', 'bmad-todo-app', 'billie-crm', 'business-research-portal'] as const;
const results = new Map<string, CompileResult>();

beforeAll(async () => {
  for (const name of CORPUS) results.set(name, await compiledProject(corpusProject(name)));
}, 240_000);

const spec = (name: string) => results.get(name)!.spec!;
const codes = (name: string) => results.get(name)!.diagnostics.map((d) => d.code);
const at = (o: unknown) => {
  const x = o as { kind: string; file?: string; line?: number; rule?: string };
  return x.kind === 'source' ? `${x.file}:${x.line}` : `${x.kind}:${x.rule}`;
};

describe('roles read from the corpus PRDs and architectures', () => {
  it('labcore: the five staff roles of the RBAC table, ranked, with the enum keys', () => {
    const roles = spec('labcore').roles;
    expect(roles.map((r) => r.name)).toEqual([
      'admin',
      'pathologist',
      'senior_tech',
      'technician',
      'front_desk',
    ]);
    expect(roles.map((r) => r.level)).toEqual([50, 40, 30, 20, 10]);
    expect(roles.map((r) => r.inherits)).toEqual([
      ['pathologist'],
      ['senior_tech'],
      ['technician'],
      ['front_desk'],
      [],
    ]);
    expect(roles.find((r) => r.name === 'senior_tech')!.label).toBe('Senior Technician');
    expect(at(roles[0]!.origin)).toBe('docs/technical/architecture.md:221');
  });

  it('bmad-todo-app: no roles stated → the default user role and a warning', () => {
    expect(spec('bmad-todo-app').roles.map((r) => r.name)).toEqual(['user']);
    expect(codes('bmad-todo-app')).toContain('security/default-roles');
  });

  it('billie-crm: the four Payload roles', () => {
    expect(spec('billie-crm').roles.map((r) => r.name)).toEqual([
      'admin',
      'supervisor',
      'operations',
      'readonly',
    ]);
    expect(codes('billie-crm')).not.toContain('security/default-roles');
  });

  it('business-research-portal: the stated MVP role "user" (Finnish table), not a default', () => {
    expect(spec('business-research-portal').roles.map((r) => r.name)).toEqual(['user']);
    expect(at(spec('business-research-portal').roles[0]!.origin)).toBe('docs/prd.md:316');
    expect(codes('business-research-portal')).not.toContain('security/default-roles');
  });
});

describe('stated authentication values are carried with their source', () => {
  it('labcore: JWT, 1-hour access / 7-day refresh, 8-hour session, password min 8 + uppercase + number', () => {
    const a = spec('labcore').auth!;
    expect(a.strategy.value).toBe('jwt');
    expect([a.accessTokenTtlSeconds?.value, at(a.accessTokenTtlSeconds!.origin)]).toEqual([
      3600,
      'docs/technical/architecture.md:210',
    ]);
    expect(a.refreshTokenTtlSeconds?.value).toBe(604800);
    expect([a.sessionTimeoutSeconds?.value, at(a.sessionTimeoutSeconds!.origin)]).toEqual([
      28800,
      'docs/product/prd.md:434',
    ]);
    expect([a.passwordPolicy?.minLength?.value, at(a.passwordPolicy!.minLength!.origin)]).toEqual([
      8,
      'docs/product/prd.md:435',
    ]);
    expect(a.passwordPolicy?.requires?.value).toEqual(['uppercase', 'number']);
    expect(a.jwtClaims.map((c) => c.name)).toEqual(['user_id', 'lab_id', 'role', 'iat', 'exp']);
    expect(a.passwordHashing?.value).toBe('bcrypt, cost 12');
    // The PRD's 8-hour session and the architecture's 7-day refresh token disagree: said, with both lines.
    expect(a.findings?.map((f) => f.code)).toContain('session-timeout-vs-refresh');
    expect(codes('labcore')).toContain('security/session-vs-refresh');
  });

  it('bmad-todo-app: 30-day JWT, no refresh token, bcrypt 12 rounds, SameSite=Strict httpOnly cookie', () => {
    const a = spec('bmad-todo-app').auth!;
    expect(a.strategy.value).toBe('jwt');
    expect([a.accessTokenTtlSeconds?.value, at(a.accessTokenTtlSeconds!.origin)]).toEqual([
      2592000,
      '_bmad-output/planning-artifacts/architecture.md:364',
    ]);
    expect(a.refreshTokenTtlSeconds).toBeNull();
    expect(a.refreshRotation).toBeNull();
    expect(a.refreshTokens).toMatchObject({ value: false, origin: { line: 365 } });
    expect(a.passwordHashing?.value).toBe('bcrypt, cost 12');
    expect(a.passwordHashing?.origin.kind).toBe('source');
    expect(a.tokenStorage?.value).toContain('HttpOnly');
    expect(a.tokenStorage?.value).toContain('SameSite=Strict');
    expect(a.tokenStorage?.value).toContain('Secure');
  });

  it('billie-crm and business-research-portal: the stated identity providers', () => {
    expect(spec('billie-crm').auth?.provider?.value).toBe('Payload CMS auth');
    // Payload keeps issuing and renewing its own tokens: no refresh-token rule is invented for it.
    expect(spec('billie-crm').auth?.refreshTokenTtlSeconds).toBeNull();
    expect(spec('billie-crm').auth?.passwordHashing).toBeNull();
    expect(spec('business-research-portal').auth?.provider?.value).toMatch(/NextAuth|Auth\.js/);
    expect(spec('business-research-portal').auth?.socialProviders.map((s) => s.value)).toEqual(['Google']);
  });
});

describe.each(CORPUS)('%s: security invariants', (name) => {
  it('every endpoint has exactly one matrix row with an explicit decision for every role', () => {
    const s = spec(name);
    const m = s.permissions!;
    expect(m.roles).toEqual(s.roles.map((r) => r.name));
    for (const e of s.endpoints) {
      const rows = m.rows.filter((r) => r.operationId === e.operationId);
      expect(rows, e.operationId).toHaveLength(1);
      for (const role of m.roles)
        expect(['allowed', 'own', 'tenant', 'denied']).toContain(rows[0]!.access[role]);
      // The endpoint's roles are exactly the roles the matrix does not deny (public endpoints: none).
      const allowed = m.roles.filter((r) => rows[0]!.access[r] !== 'denied');
      expect(e.roles).toEqual(e.authenticated ? allowed : []);
    }
    expect(m.rows).toHaveLength(s.endpoints.length);
  });

  it('every ownership rule names an existing foreign-key column (or the user entity key)', () => {
    const s = spec(name);
    for (const o of s.permissions!.ownership) {
      const field = s.entities.find((e) => e.name === o.entity)?.fields.find((f) => f.column === o.column);
      expect(field, `${o.entity}.${o.column}`).toBeDefined();
      if (o.kind === 'self') expect(field!.primaryKey).toBe(true);
      else expect(field!.references, `${o.entity}.${o.column}`).not.toBeNull();
      if (o.kind === 'parent') expect(field!.references!.entity).toBe(o.via!.entity);
    }
  });

  it('no response schema contains a secret field, following $refs into the entity schemas', () => {
    const s = spec(name);
    const components = entitySchemas(s, 'offset');
    for (const e of s.endpoints)
      for (const r of e.responses) {
        const secrets = secretProperties(r.schema, components).filter(
          (p) => !(e.action === 'auth' && /^(access|refresh|id)?_?token$/i.test(p)),
        );
        expect(secrets, `${e.operationId} ${r.status}`).toEqual([]);
      }
  });

  it('no operation of openapi.yaml answers with a secret field', () => {
    const artifact = results.get(name)!.artifacts.find((a) => a.path.endsWith('openapi.yaml'));
    if (!artifact) return;
    const api = parseYaml(artifact.text) as {
      paths: Record<string, Record<string, { responses?: Record<string, unknown> }>>;
      components?: { schemas?: Record<string, unknown> };
    };
    const components = api.components?.schemas ?? {};
    for (const [path, ops] of Object.entries(api.paths ?? {}))
      for (const [method, op] of Object.entries(ops)) {
        const secrets = secretProperties(op.responses ?? {}, components).filter(
          (p) => !(/\/auth\//.test(path) && /^(access|refresh|id)?_?token$/i.test(p)),
        );
        expect(secrets, `${method} ${path}`).toEqual([]);
      }
  });

  it('every catalogue code has an example that validates against the envelope schema (Ajv 2020)', () => {
    const e = spec(name).errors!;
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    (addFormats as unknown as (a: Ajv2020) => void)(ajv);
    const { $schema: _, ...schema } = e.envelopeSchema;
    const validate = ajv.compile(schema);
    for (const c of e.codes)
      expect(validate(c.example), `${c.code}: ${ajv.errorsText(validate.errors)}`).toBe(true);
    for (const status of [400, 401, 403, 404, 409, 500])
      expect(e.codes.map((c) => c.status)).toContain(status);
  });

  it('the sensitive-field classification lists every secret column', () => {
    const s = spec(name);
    const listed = new Set(s.validation?.sensitiveFields.map((f) => `${f.entity}.${f.field}`) ?? []);
    for (const e of s.entities)
      for (const f of e.fields) if (isSecretField(f.column)) expect(listed).toContain(`${e.name}.${f.name}`);
  });

  it('the security parts of spec.json validate against the published schema', async () => {
    const schema = (await import('../../schema/spec.schema.json', { with: { type: 'json' } }))
      .default as Record<string, unknown>;
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    (addFormats as unknown as (a: Ajv2020) => void)(ajv);
    const { $schema: _, ...rest } = schema;
    const validate = ajv.compile(rest);
    const ok = validate(JSON.parse(JSON.stringify(spec(name))));
    const ours = (validate.errors ?? []).filter((e) =>
      /^\/(auth|roles|permissions|validation|errors)\b/.test(e.instancePath),
    );
    expect(ours, ajv.errorsText(ours)).toEqual([]);
    expect(typeof ok).toBe('boolean');
  });

  it('is deterministic: deriving again gives the same security layer', () => {
    const r = results.get(name)!;
    const again = derive(r.domain!, r.spec!.reconciliation, r.sources).spec;
    for (const k of ['auth', 'roles', 'permissions', 'validation', 'errors'] as const)
      expect(JSON.stringify(again[k])).toBe(JSON.stringify(r.spec![k]));
  });
});

describe('error envelopes', () => {
  it('bmad-todo-app: honours the stated { statusCode, error, message } with its source', () => {
    const e = spec('bmad-todo-app').errors!;
    expect(e.format.value).toBe('stated');
    expect(at(e.format.origin)).toBe('_bmad-output/planning-artifacts/architecture.md:403');
    expect(Object.keys((e.envelopeSchema as { properties: object }).properties)).toEqual([
      'statusCode',
      'error',
      'message',
    ]);
    const notFound = e.codes.find((c) => c.status === 404)!;
    expect(notFound.example).toMatchObject({ statusCode: 404, error: 'NOT_FOUND' });
    expect(notFound.origin.kind).toBe('source');
  });

  it('billie-crm: honours the stated nested { error: { code, message } }', () => {
    const e = spec('billie-crm').errors!;
    expect(e.format.value).toBe('stated');
    expect(e.codes.find((c) => c.status === 400)!.example).toEqual({
      error: { code: 'VALIDATION_ERROR', message: 'The request body or parameters are invalid.' },
    });
  });

  it('labcore: no stated body → RFC 9457 problem details', () => {
    const e = spec('labcore').errors!;
    expect(e.format.value).toBe('problem-details');
    expect(e.mediaType).toBe('application/problem+json');
  });
});
