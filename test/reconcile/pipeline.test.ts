import { expect, test } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';

/**
 * End to end, in memory: a small Spanish project whose PRD and architecture disagree on the access
 * token lifetime, with a decisions file that overrides the precedence rule.
 */
const PRD = [
  '# Documento de requisitos',
  '',
  '## Requisitos funcionales',
  '',
  '- RF-01: El paciente puede reservar una cita',
  '- RF-02: El médico puede escribir notas de la visita',
  '',
  '## Requisitos no funcionales',
  '',
  '| ID | Requisito | Prioridad |',
  '|---|---|---|',
  '| RNF-01 | El token de acceso expira en 15 minutos | Must |',
  '',
].join('\n');

const ARCH = [
  '# Arquitectura',
  '',
  '## Autenticación',
  '',
  '- Token de acceso: 60 minutos',
  '- Token de actualización: 7 días',
  '',
  '## Modelo de datos',
  '',
  '```sql',
  'CREATE TABLE citas (',
  '  id UUID PRIMARY KEY,',
  '  paciente_id UUID NOT NULL,',
  '  fecha TIMESTAMPTZ NOT NULL',
  ');',
  '```',
  '',
].join('\n');

const files = (decisions?: string) => ({
  '/p/docs/product/PRD.md': PRD,
  '/p/docs/technical/architecture.md': ARCH,
  ...(decisions ? { '/p/docs/technical/backend-spec.decisions.yaml': decisions } : {}),
});

async function run(decisions?: string) {
  return compile(
    { root: '/p', lang: 'en', verify: { skip: true } } as Parameters<typeof compile>[0],
    memoryHost(files(decisions)),
  );
}

test('section 0 reports the conflict with both lines; the architecture wins a token lifetime', async () => {
  const out = await run();
  const c = out.spec?.reconciliation.conflicts.find((x) => x.subject === 'auth.access-token-ttl');
  expect(c?.sides.map((s) => `${s.at.file}:${s.at.line}`)).toEqual([
    'docs/technical/architecture.md:5',
    'docs/product/PRD.md:12',
  ]);
  expect(c?.resolution).toBe('60 minutos');
  const md = out.artifacts[0]!.text;
  expect(md).toContain('## 0. Source Reconciliation');
  expect(md).toContain('`docs/product/PRD.md:12`');
  expect(md).toContain('## Appendix A. Requirement Traceability');
  expect(md).toMatch(/RNF-01/);
});

test('the decisions file overrides the resolution; a bad entry is a diagnostic with its line', async () => {
  const decisions = [
    '- id: auth.access-token-ttl',
    '  choose: 15 minutos',
    '  reason: Seguridad lo exige',
    '- choose: nothing',
    '  reason: broken',
  ].join('\n');
  const out = await run(decisions);
  const c = out.spec?.reconciliation.conflicts.find((x) => x.subject === 'auth.access-token-ttl');
  expect(c?.resolvedBy).toEqual({
    kind: 'decision',
    file: 'docs/technical/backend-spec.decisions.yaml',
    line: 1,
    reason: 'Seguridad lo exige',
  });
  expect(
    out.domain?.parameters
      .filter((p) => p.key === 'auth.access-token-ttl' && !p.superseded)
      .map((p) => p.value),
  ).toEqual([900]);
  const bad = out.diagnostics.find((d) => d.code === 'reconcile/bad-decision');
  expect(bad?.at).toEqual({ file: 'docs/technical/backend-spec.decisions.yaml', line: 4 });
  // Byte-identical on a rerun.
  expect((await run(decisions)).artifacts[0]!.text).toBe(out.artifacts[0]!.text);
});
