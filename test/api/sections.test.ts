import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { apiStep } from '../../src/derive/api.js';
import { servicesStep } from '../../src/derive/services.js';
import { emptyDomain } from '../../src/model/domain.js';
import { emptySpec } from '../../src/model/spec/index.js';
import { en } from '../../src/render/i18n/en/index.js';
import { jsonSchemasArtifact } from '../../src/render/json-schema.js';
import { apiSection } from '../../src/render/markdown/sections/03-api.js';
import { servicesSection } from '../../src/render/markdown/sections/04-services.js';
import { openapiArtifact } from '../../src/render/openapi.js';
import { clinicDomain, clinicSpec } from './fixtures.js';

function designed() {
  const domain = clinicDomain();
  const spec = clinicSpec();
  const a = { ...spec, ...apiStep.derive({ domain, spec }).spec };
  return { ...a, ...servicesStep.derive({ domain, spec: a }).spec };
}
const ctx = (spec: ReturnType<typeof designed>) => ({ spec, t: en, checklist: [], verifications: [] });

describe('sections 3 and 4', () => {
  it('returns null and emits no openapi.yaml when there is no API', () => {
    const spec = emptySpec({ name: 'x', language: 'en', description: null }, []);
    const out = apiStep.derive({ domain: emptyDomain('x', 'en'), spec });
    expect(out.spec.endpoints).toEqual([]);
    expect(apiSection.render(ctx({ ...spec, endpoints: [] } as never))).toBeNull();
    expect(servicesSection.render(ctx(spec as never))).toBeNull();
    expect(openapiArtifact.render(spec)).toEqual([]);
  });

  it('groups endpoints by resource with auth, parameters, responses and source', () => {
    const text = apiSection.render(ctx(designed()))!;
    expect(text).toContain('## 3. API Endpoints');
    expect(text).toMatch(/\| POST \| `\/api\/v1\/appointments\/\{id\}\/cancel` \|/);
    expect(text).toContain('201 `Label`');
    expect(text).toContain('`Idempotency-Key` header');
    expect(text).toContain('`rule derive/action-from-state-enum');
  });

  it('renders services as a table of methods with TypeScript signatures that parse, and what they throw', () => {
    const text = servicesSection.render(ctx(designed()))!;
    expect(text).toContain('`AppointmentService`');
    expect(text).toContain('`NotFoundError`');
    const code = [...text.matchAll(/^\| `\w+Service` \| `([^`]+)` \|/gm)]
      .map((m) => `declare function ${m[1]!.replace(/\\\|/g, '|')};`)
      .join('\n');
    expect(code.length).toBeGreaterThan(0);
    const sf = ts.createSourceFile('services.ts', code, ts.ScriptTarget.ES2022, true);
    expect((sf as unknown as { parseDiagnostics: unknown[] }).parseDiagnostics).toEqual([]);
  });

  it('is byte-identical across runs', () => {
    const a = designed();
    const b = designed();
    expect(openapiArtifact.render(a)).toEqual(openapiArtifact.render(b));
    expect(jsonSchemasArtifact.render(a)).toEqual(jsonSchemasArtifact.render(b));
    expect(apiSection.render(ctx(a))).toBe(apiSection.render(ctx(b)));
  });

  it('keeps secrets out of response schemas but documents them write-only in the entity schema', () => {
    const spec = designed();
    const yaml = openapiArtifact.render(spec)[0]!.text;
    const user = yaml.slice(yaml.indexOf('\n    User:\n'), yaml.indexOf('\n    UserCreate:'));
    expect(user).not.toContain('passwordHash');
    const file = jsonSchemasArtifact.render(spec).find((f) => f.path.endsWith('/User.schema.json'))!;
    expect(JSON.parse(file.text).properties.passwordHash.writeOnly).toBe(true);
  });
});
