import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { browserClients } from '../../src/derive/security-practices.js';
import { emptyDomain, type StackChoice } from '../../src/model/domain.js';
import { fromSource } from '../../src/model/origin.js';
import type { Spec } from '../../src/model/spec/index.js';
import { buildOpenApi } from '../../src/render/openapi/document.js';
import { corpusRoot } from '../corpus-path.js';
import { compiledProject } from '../helpers/compiled.js';

// biome-ignore lint/suspicious/noExplicitAny: walking a parsed OpenAPI document of any shape
type Doc = Record<string, any>;
const ops = (doc: Doc) =>
  Object.values(doc.paths as Record<string, Record<string, Doc>>).flatMap((item) => Object.values(item));

const choice = (value: string, status: StackChoice['status'], line: number): StackChoice => ({
  concern: 'frontend',
  value,
  status,
  origin: fromSource('docs/architecture.md', line),
});

/** A bearer-token project (no cookie) whose only browser evidence is the stack's front end. */
const bearerSpec = (): Spec => {
  const s = JSON.parse(
    readFileSync(
      fileURLToPath(new URL('../cases/bmad-todo-app/expected/backend-spec/spec.json', import.meta.url)),
      'utf8',
    ),
  ) as Spec;
  s.auth!.tokenStorage = { value: 'Authorization header', origin: s.auth!.strategy.origin };
  s.auth!.strategy = { ...s.auth!.strategy, value: 'jwt' };
  delete s.clients;
  return s;
};

describe('rule derive/browser-client: a chosen web front end is a browser client', () => {
  it('takes chosen web technologies once each, cited; not native apps, mentions or rejections', () => {
    const d = emptyDomain('t', 'en');
    d.stack.push(
      choice('Flutter', 'chosen', 1),
      choice('React Native', 'chosen', 2),
      choice('Vue', 'mentioned', 3),
      choice('Angular', 'rejected', 4),
      choice('Next.js', 'chosen', 5),
      choice('Next.js', 'chosen', 9),
      choice('Tailwind CSS', 'chosen', 6),
    );
    expect(browserClients(d).map((c) => [c.technology, c.origin.kind === 'source' && c.origin.line])).toEqual(
      [
        ['Next.js', 5],
        ['Tailwind CSS', 6],
      ],
    );
    const mobile = emptyDomain('t', 'en');
    mobile.stack.push(choice('Flutter', 'chosen', 1));
    expect(browserClients(mobile)).toEqual([]);
  });

  it('openapi.yaml carries Access-Control-Allow-Origin on every response only when a browser client is stated', () => {
    const none = buildOpenApi(bearerSpec()) as Doc;
    expect(none.components.headers['Access-Control-Allow-Origin']).toBeUndefined();
    const s = bearerSpec();
    s.clients = [{ kind: 'browser', technology: 'React', origin: fromSource('docs/architecture.md', 7) }];
    const doc = buildOpenApi(s) as Doc;
    expect(doc.components.headers['Access-Control-Allow-Origin']).toBeDefined();
    expect(doc.info.description).toContain('React (docs/architecture.md:7)');
    for (const op of ops(doc))
      for (const r of Object.values(op.responses as Record<string, Doc>))
        if (r.headers) expect(Object.keys(r.headers)).toContain('Access-Control-Allow-Origin');
  });

  it('odata-gateway-bq (Next.js/React portal, bearer tokens) gets CORS; its admin operations name their roles', async () => {
    const r = await compiledProject(corpusRoot('odata-gateway-bq'));
    expect(r.spec!.clients!.map((c) => c.technology)).toEqual(
      expect.arrayContaining(['Next.js', 'React', 'Tailwind CSS']),
    );
    const yaml = r.artifacts.find((a) => a.path.endsWith('openapi.yaml'))!.text;
    expect(yaml).toContain('Access-Control-Allow-Origin:');
    const refresh = r.spec!.endpoints.find((e) => e.path === '/admin/refresh')!;
    // An operator action under /admin, never the public token-refresh flow.
    expect(refresh).toMatchObject({ authenticated: true, action: 'action' });
    expect(refresh.roles).toEqual(['administrator']);
    const doc = buildOpenApi(r.spec!) as Doc;
    expect(doc.paths['/admin/refresh'].post.security).toEqual([{ bearerAuth: ['administrator'] }]);
    // No story-noun resources (`/costs`, `/interactives`) on a proxy that stores nothing (issue 11);
    // Story 10.1's criteria state "a `GET` request is made to `/v1/metadata/neighborhood`" (issue 13).
    expect(Object.keys(doc.paths).sort()).toEqual([
      '/admin/refresh',
      '/admin/usage',
      '/health',
      '/v1/metadata/neighborhood',
    ]);
  });
});

describe('OWASP A05 speaks of CORS only where a browser client is stated', () => {
  // The Russian, Spanish and Brazilian trials state no browser client (a mobile app, bearer tokens):
  // their A05 said "CORS allows only the stated front-end origin" while openapi.yaml had no CORS.
  it.each([
    ['uley', 'test/russian/projects/uley', false],
    ['lancheira', 'test/portuguese/projects/lancheira', false],
    ['bmad-todo-app', corpusRoot('bmad-todo-app'), true],
  ])('%s', async (_name, root, browser) => {
    const spec = (await compiledProject(root)).spec!;
    const a05 = spec.security.find((p) => p.ref === 'A05')!;
    expect(/CORS/.test(a05.measure)).toBe(browser);
    const doc = buildOpenApi(spec) as Doc;
    expect(doc.components.headers['Access-Control-Allow-Origin'] !== undefined).toBe(browser);
  });
});
