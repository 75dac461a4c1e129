import { describe, expect, it } from 'vitest';
import { apiStep } from '../../src/derive/api.js';
import { jsonSchemasArtifact } from '../../src/render/json-schema.js';
import { openapiArtifact } from '../../src/render/openapi.js';
import { jsonSchemaVerifier } from '../../src/verify/json-schema.js';
import { lintOpenApi, openapiVerifier } from '../../src/verify/openapi.js';
import { clinicDomain, clinicSpec } from './fixtures.js';

function artifacts() {
  const domain = clinicDomain();
  const spec = clinicSpec();
  const full = { ...spec, ...apiStep.derive({ domain, spec }).spec };
  return { spec: full, files: [...openapiArtifact.render(full), ...jsonSchemasArtifact.render(full)] };
}

describe('api verifiers', () => {
  it('pass the designed artifacts with deterministic summaries', async () => {
    const { spec, files } = artifacts();
    const o = await openapiVerifier.verify(files, spec, {});
    expect(o.verifications[0]).toMatchObject({ tool: 'openapi', ok: true });
    expect(o.verifications[0]!.summary).toMatch(/0 errors/);
    const j = await jsonSchemaVerifier.verify(files, spec, {});
    expect(j.verifications.every((v) => v.ok)).toBe(true);
    expect(j.diagnostics).toEqual([]);
  });

  it('catch a planted broken reference and an example that does not validate', async () => {
    const { spec, files } = artifacts();
    const broken = files.map((f) =>
      f.path.endsWith('openapi.yaml')
        ? { ...f, text: f.text.replace('#/components/schemas/Label"', '#/components/schemas/Nope"') }
        : f,
    );
    const o = await openapiVerifier.verify(broken, spec, {});
    expect(o.verifications[0]!.ok).toBe(false);
    expect(
      o.diagnostics.some(
        (d) => d.code === 'api/openapi-invalid' && d.message.startsWith('no-unresolved-refs'),
      ),
    ).toBe(true);

    const badExample = files.map((f) => {
      if (!f.path.endsWith('/Label.schema.json')) return f;
      const s = JSON.parse(f.text);
      s.examples[0].name = 42;
      return { ...f, text: JSON.stringify(s) };
    });
    const j = await jsonSchemaVerifier.verify(badExample, spec, {});
    expect(j.diagnostics.map((d) => d.code)).toContain('api/example-invalid');
  });

  it('lint the document handed over as JSON exactly as its YAML text', async () => {
    // The verifier hands Redocly the object the YAML was written from (no YAML parse): the same
    // problems, with the same pointers, as linting the text (a planted broken reference in both).
    const { files } = artifacts();
    const f = files.find((x) => x.path.endsWith('openapi.yaml'))!;
    const plant = (s: string) => s.replace('#/components/schemas/Label"', '#/components/schemas/Nope"');
    const text = plant(f.text);
    const fromText = await lintOpenApi(text);
    const fromJson = await lintOpenApi(text, plant(JSON.stringify(f.data)));
    expect(fromText.problems.some((p) => p.ruleId === 'no-unresolved-refs')).toBe(true);
    expect(fromJson).toEqual(fromText);
  });
});
