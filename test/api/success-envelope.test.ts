import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';

/**
 * A stated success wrapper (`{ "data": …, "meta": {…} }`, `{ success: true, data }`, "OK:
 * `{ "data": ... }`") wraps every 2xx body of openapi.yaml and is cited in section 3; a wrapper the
 * text refuses ("No wrapping `{ data }` envelope", an anti-pattern list) or nothing stated leaves the
 * bodies as the resources.
 */
const SQL = `\`\`\`sql
CREATE TABLE users (id UUID PRIMARY KEY DEFAULT gen_random_uuid(), email VARCHAR(255) NOT NULL UNIQUE);
CREATE TABLE notes (
  id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
  owner_id UUID NOT NULL REFERENCES users(id),
  body TEXT NOT NULL,
  created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
\`\`\``;
const PRD = '# PRD\n\n## Functional requirements\n\n- FR-1: Users create notes and list their notes.\n';

const archDoc = (arch: string) =>
  `# Architecture\n\nJWT bearer tokens.\n\n## Data model\n\n${SQL}\n\n${arch}\n`;
/** 1-based line of the first line holding `marker`. */
const lineOf = (arch: string, marker: string) =>
  archDoc(arch)
    .split('\n')
    .findIndex((l) => l.includes(marker)) + 1;

async function generate(arch: string) {
  const host = memoryHost({ '/w/docs/prd.md': PRD, '/w/docs/architecture.md': archDoc(arch) });
  const r = await compile({ root: '/w', verify: { skip: true } }, host);
  const yaml = r.artifacts.find((a) => a.path.endsWith('openapi.yaml'))!.text;
  const md = r.artifacts.find((a) => a.path.endsWith('backend-spec.md'))!.text;
  // biome-ignore lint/suspicious/noExplicitAny: a parsed openapi.yaml, read by path
  return { spec: r.spec!, openapi: parse(yaml) as Record<string, any>, md };
}

/** [language, architecture text, payload key, wrapper keys, text on the line cited] */
const STATED: [string, string, string, string[], string][] = [
  [
    'en',
    '## API Response Format\n\n```json\n{\n  "data": { ... },\n  "meta": { "timestamp": "2026-02-21T01:45:00Z", "request_id": "uuid" }\n}\n```',
    'data',
    ['data', 'meta'],
    '{',
  ],
  [
    'es',
    '## Formato de respuestas\n\n- Todas las respuestas van envueltas en `{ "data": ..., "meta": {} }`.',
    'data',
    ['data', 'meta'],
    'Todas las respuestas',
  ],
  [
    'pt',
    '## Convenções da API\n\nTodas as respostas de sucesso usam o formato `{ success: true, data }`.',
    'data',
    ['success', 'data'],
    'Todas as respostas',
  ],
  ['fr', '## Conventions\n\n- Format des réponses : `{ "result": ... }`', 'result', ['result'], 'Format des'],
  [
    'de',
    '## Antwortformat\n\nAlle Antworten sind so verpackt:\n\n```json\n{ "daten": { }, "meta": { "version": 1 } }\n```',
    'daten',
    ['daten', 'meta'],
    '"daten"',
  ],
  [
    'es (OK list)',
    '## Format Patterns\n\n**Endpoints JSON internos:**\n\n- Preferir respuestas consistentes:\n  - OK: `{ "data": ... }`\n  - Error inesperado: `{ "message": "...", "error_id": "..." }`',
    'data',
    ['data'],
    'OK:',
  ],
];

describe.each(STATED)('a success wrapper stated in %s', (_lang, arch, key, keys, marker) => {
  it('wraps every 2xx body with a schema, cites the statement, leaves errors alone', async () => {
    const { spec, openapi, md } = await generate(arch);
    const line = lineOf(arch, marker);
    expect(spec.successEnvelope?.dataKey).toBe(key);
    expect(spec.successEnvelope?.origin).toMatchObject({
      kind: 'source',
      file: 'docs/architecture.md',
      line,
    });
    const listPath = Object.keys(openapi.paths).find((p) => /\/notes$/.test(p))!;
    const body = openapi.paths[listPath].get.responses['200'].content['application/json'].schema;
    expect(Object.keys(body.properties).sort()).toEqual([...keys].sort());
    expect(body.required).toEqual(expect.arrayContaining(keys));
    expect(body.properties[key].$ref).toMatch(/NotePage$/);
    const created = openapi.paths[listPath].post.responses['201'].content['application/json'].schema;
    expect(created.properties[key].$ref).toMatch(/Note$/);
    expect(md).toContain(`\`${key}\` (\`docs/architecture.md:${line}\`)`);
  });
});

const REFUSED: [string, string][] = [
  [
    'en: no wrapping envelope',
    '## Format\n\n- List endpoints return `{ items[], cursor }`\n- No wrapping `{ data: ... }` envelope — matches existing API routes',
  ],
  [
    'en: anti-pattern list',
    '## Rules\n\n**Anti-patterns — never produce:**\n\n- `{ data: { ... } }` wrapper objects in API success responses — return resources directly',
  ],
  [
    'es: sin envoltorio',
    '## Formato de respuestas\n\n- Las respuestas devuelven el recurso sin envoltorio `{ "data": ... }`.',
  ],
  [
    'de: ohne Hülle',
    '## Antwortformat\n\n- Antworten kommen ohne `{ "data": ... }`-Hülle, direkt als Ressource.',
  ],
  [
    'fr: error body only',
    '## Erreurs\n\n```json\n{ "error": { "code": "NOT_FOUND", "message": "..." } }\n```',
  ],
  [
    'en: one example, not a format',
    '## Notes\n\nGET /notes/1 might return:\n\n```json\n{ "data": { "id": "1", "body": "hello" } }\n```',
  ],
  [
    'en: server actions, not responses',
    '## Format Patterns\n\nAll Server Actions must return a consistent union:\n\n```ts\ntype R<T> = { success: true; data: T }\n```',
  ],
  ['nothing stated', ''],
];

describe.each(REFUSED)('no success wrapper (%s)', (_what, arch) => {
  it('leaves the bodies as the resources', async () => {
    const { spec, openapi, md } = await generate(arch);
    expect(spec.successEnvelope).toBeUndefined();
    const listPath = Object.keys(openapi.paths).find((p) => /\/notes$/.test(p))!;
    const body = openapi.paths[listPath].get.responses['200'].content['application/json'].schema;
    expect(body.$ref).toMatch(/NotePage$/);
    expect(md).not.toMatch(/success body is wrapped/);
  });
});

describe('the wrapped document', () => {
  it('passes the OpenAPI validator and spec.json keeps the wrapper with its source', async () => {
    const host = memoryHost({ '/w/docs/prd.md': PRD, '/w/docs/architecture.md': archDoc(STATED[0]![1]) });
    const r = await compile({ root: '/w' }, host);
    const openapi = r.verifications.filter(
      (v) => v.tool === 'openapi' || v.artifact.endsWith('openapi.yaml'),
    );
    expect(openapi.length).toBeGreaterThan(0);
    for (const v of openapi) expect(v.ok, v.summary).toBe(true);
    const json = JSON.parse(r.artifacts.find((a) => a.path.endsWith('spec.json'))!.text);
    expect(json.successEnvelope.example).toEqual({
      data: {},
      meta: { timestamp: '2026-02-21T01:45:00Z', request_id: 'uuid' },
    });
  });
});

describe('corpus statements', () => {
  it('vitrolib states `{ data, meta }`; billie-crm and bmad-todo-app refuse a `{ data }` wrapper', async () => {
    const { compiledProject } = await import('../helpers/compiled.js');
    const { corpusRoot } = await import('../corpus-path.js');
    const vitrolib = (await compiledProject(corpusRoot('vitrolib'))).spec!;
    expect(vitrolib.successEnvelope?.origin).toMatchObject({
      file: '_bmad-output/planning-artifacts/architecture.md',
      line: 378,
    });
    expect(Object.keys(vitrolib.successEnvelope!.example)).toEqual(['data', 'meta']);
    for (const p of ['billie-crm', 'bmad-todo-app'])
      expect((await compiledProject(corpusRoot(p))).spec!.successEnvelope, p).toBeUndefined();
  }, 300_000);
});
