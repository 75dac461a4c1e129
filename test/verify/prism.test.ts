import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { corpusRoot } from '../corpus-path.js';
import { compiledProject } from '../helpers/compiled.js';

/**
 * Stoplight Prism (the mock server API teams hand to front-end developers), used as a library
 * (@stoplight/prism-http, no server): for every operation of the example's and every corpus
 * project's openapi.yaml, a schema-valid request (path, required query and header parameters, the
 * credentials the operation's first security alternative names, a body from the schema's own
 * example) gets Prism's mock response with NO response violation (the mock's example fits its own
 * schema and headers) and no request violation (the request really is schema-valid).
 */
type Schema = Record<string, unknown>;
interface Param {
  name: string;
  required?: boolean;
  schema?: Schema;
  examples?: { value?: unknown }[];
}
interface Operation {
  id: string;
  method: string;
  path: string;
  iid?: string;
  request?: {
    path?: Param[];
    query?: Param[];
    headers?: Param[];
    body?: {
      required?: boolean;
      contents?: { mediaType: string; schema?: Schema; examples?: { value?: unknown }[] }[];
    };
  };
  security?: { type: string; scheme?: string; in?: string; name?: string }[][];
}
interface Diagnostic {
  path?: string[];
  message: string;
  code?: string | number;
  severity: number;
}

const UUID = '3f2b8c1e-5d4a-4b7e-9c21-000000000001';

/** A value the schema accepts: its stated example first, else the smallest value of its type. */
function acceptedValue(schema: Schema | undefined, examples?: { value?: unknown }[]): unknown {
  if (examples?.[0] && 'value' in examples[0]) return examples[0].value;
  if (!schema) return 'x';
  if (Array.isArray(schema.examples) && schema.examples.length > 0) return schema.examples[0];
  if ('example' in schema) return schema.example;
  if ('default' in schema) return schema.default;
  if (Array.isArray(schema.enum)) return schema.enum[0];
  if ('const' in schema) return schema.const;
  for (const k of ['oneOf', 'anyOf'] as const)
    if (Array.isArray(schema[k])) return acceptedValue((schema[k] as Schema[])[0]);
  if (Array.isArray(schema.allOf))
    return Object.assign({}, ...(schema.allOf as Schema[]).map((s) => acceptedValue(s) as object));
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
  if (type === 'object' || schema.properties) {
    const props = (schema.properties ?? {}) as Record<string, Schema>;
    const required = (schema.required ?? []) as string[];
    const keys = [...required];
    // An update schema with `minProperties: 1` (an empty PATCH changes nothing) gets its first field.
    for (const k of Object.keys(props))
      if (keys.length < Number(schema.minProperties ?? 0) && !keys.includes(k)) keys.push(k);
    const out = Object.fromEntries(keys.map((k) => [k, acceptedValue(props[k])]));
    // An open object (`{ type: object, minProperties: 1 }`, no stated fields) takes any member.
    while (Object.keys(out).length < Number(schema.minProperties ?? 0))
      out[`field${Object.keys(out).length}`] = 'a';
    return out;
  }
  if (type === 'array') {
    const min = Number(schema.minItems ?? 0);
    return Array.from({ length: min }, () => acceptedValue(schema.items as Schema));
  }
  if (type === 'integer' || type === 'number') return typeof schema.minimum === 'number' ? schema.minimum : 1;
  if (type === 'boolean') return true;
  switch (schema.format) {
    case 'uuid':
      return UUID;
    case 'date':
      return '2026-01-15';
    case 'date-time':
      return '2026-01-15T09:30:00Z';
    case 'email':
      return 'ana@example.com';
    case 'uri':
      return 'https://example.com/a';
  }
  return 'a'.repeat(Math.max(1, Number(schema.minLength ?? 1)));
}

function requestFor(op: Operation): {
  method: string;
  url: { path: string; query: Record<string, string> };
  headers: Record<string, string>;
  body?: unknown;
} {
  const headers: Record<string, string> = {};
  const query: Record<string, string> = {};
  let urlPath = op.path;
  for (const p of op.request?.path ?? [])
    urlPath = urlPath.replace(`{${p.name}}`, encodeURIComponent(String(acceptedValue(p.schema, p.examples))));
  for (const p of op.request?.query ?? [])
    if (p.required) query[p.name] = String(acceptedValue(p.schema, p.examples));
  for (const p of op.request?.headers ?? [])
    if (p.required) headers[p.name.toLowerCase()] = String(acceptedValue(p.schema, p.examples));
  const cookies: string[] = [];
  for (const s of op.security?.[0] ?? []) {
    if (s.type === 'http' || s.type === 'oauth2' || s.type === 'openIdConnect')
      headers.authorization = s.scheme === 'basic' ? 'Basic dTpw' : 'Bearer token';
    else if (s.type === 'apiKey' && s.in === 'header') headers[s.name!.toLowerCase()] = 'key';
    else if (s.type === 'apiKey' && s.in === 'cookie') cookies.push(`${s.name}=value`);
    else if (s.type === 'apiKey' && s.in === 'query') query[s.name!] = 'key';
  }
  if (cookies.length > 0) headers.cookie = cookies.join('; ');
  const content = op.request?.body?.contents?.[0];
  if (!content) return { method: op.method, url: { path: urlPath, query }, headers };
  headers['content-type'] = content.mediaType;
  return {
    method: op.method,
    url: { path: urlPath, query },
    headers,
    body: acceptedValue(content.schema, content.examples),
  };
}

type AjvCompile = (this: AjvInstance, schema: unknown, meta?: boolean) => unknown;
interface AjvInstance {
  opts: Record<string, unknown>;
}

/**
 * Prism validates a request and a response by compiling `{ ...schema, __bundled__: components }`
 * with Ajv, a new object on every request, so Ajv's own cache (by object) never hits: each
 * operation compiled the whole bundle again, most of this file's CPU time. Here Prism's Ajv
 * instances (its options: `allErrors`, `allowUnionTypes`, `allowMatchingProperties`, `strict:
 * false`) compile each JSON text once per instance: the same text compiles to the same validator,
 * so every verdict is Prism's own. A schema that names an `$id` registers itself and is left alone,
 * as are Ajv instances with other options (backend-spec's verifier is strict), the way
 * src/verify/spectral.ts does for Spectral's.
 */
let memoInstalled = false;
function compileEachSchemaOnce(): void {
  if (memoInstalled) return;
  memoInstalled = true;
  const req = createRequire(import.meta.url);
  const from = req.resolve('@stoplight/prism-http');
  const Ajv = req(req.resolve('ajv/dist/core', { paths: [from] })) as {
    default: { prototype: { compile: AjvCompile } };
  };
  const proto = Ajv.default.prototype;
  const compile = proto.compile;
  const compiled = new WeakMap<AjvInstance, Map<string, unknown>>();
  proto.compile = function (this: AjvInstance, schema: unknown, meta?: boolean) {
    const o = this.opts;
    const prisms =
      o.allErrors === true &&
      o.allowUnionTypes === true &&
      o.allowMatchingProperties === true &&
      o.strict === false;
    if (!prisms || !schema || typeof schema !== 'object') return compile.call(this, schema, meta);
    const text = JSON.stringify(schema);
    if (text.includes('"$id"')) return compile.call(this, schema, meta);
    const mine = compiled.get(this) ?? new Map<string, unknown>();
    compiled.set(this, mine);
    const key = `${meta ? 'meta' : 'data'}\0${text}`;
    if (!mine.has(key)) mine.set(key, compile.call(this, schema, meta));
    return mine.get(key);
  };
}

async function prismCheck(openapi: string): Promise<{ operations: number; problems: string[] }> {
  compileEachSchemaOnce();
  const prismHttp = await import('@stoplight/prism-http');
  const core = await import('@stoplight/prism-core');
  const logger = core.createLogger('test', { enabled: false });
  const operations = (await prismHttp.getHttpOperationsFromSpec(parse(openapi))) as unknown as Operation[];
  const prism = prismHttp.createInstance(
    {
      mock: { dynamic: false },
      checkSecurity: true,
      validateRequest: true,
      validateResponse: true,
      errors: false,
      upstreamProxy: undefined,
      isProxy: false,
    },
    { logger },
  );
  const problems: string[] = [];
  for (const op of operations) {
    const request = requestFor(op);
    const result = await prism.request(request as never, operations as never)();
    if (result._tag === 'Left') {
      problems.push(`${op.method.toUpperCase()} ${op.path}: ${result.left.message}`);
      continue;
    }
    const { input, output } = result.right.validations as { input: Diagnostic[]; output: Diagnostic[] };
    const said = (kind: string, ds: Diagnostic[]) =>
      ds
        .filter((d) => d.severity === 0)
        .map(
          (d) => `${op.method.toUpperCase()} ${op.path}: ${kind} ${(d.path ?? []).join('.')} ${d.message}`,
        );
    problems.push(...said('request', input), ...said('response', output));
  }
  return { operations: operations.length, problems };
}

const corpus = path.resolve('test/corpus');
const PROJECTS = fs
  .readdirSync(corpus, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort();

describe('Prism mock: a schema-valid request gets no response violation', () => {
  it.each(['examples/clinic-booking', ...PROJECTS])(
    '%s',
    async (project) => {
      const root = project.startsWith('examples/') ? path.resolve(project) : corpusRoot(project);
      const result = await compiledProject(root);
      const doc = result.artifacts.find((a) => a.path.endsWith('openapi.yaml'));
      if (!doc) {
        expect(result.spec!.endpoints).toEqual([]);
        return;
      }
      const { operations, problems } = await prismCheck(doc.text);
      expect(operations).toBe(result.spec!.endpoints.length);
      expect(problems).toEqual([]);
    },
    180_000,
  );

  it('reports a response that breaks its own schema', async () => {
    const bad = [
      'openapi: 3.1.0',
      'info: { title: t, version: "1" }',
      'paths:',
      '  /x:',
      '    get:',
      '      responses:',
      '        "200":',
      '          description: ok',
      '          content:',
      '            application/json:',
      '              schema: { type: object, properties: { n: { type: integer } }, required: [n] }',
      '              example: { n: "not a number" }',
    ].join('\n');
    const { problems } = await prismCheck(bad);
    expect(problems.some((p) => p.startsWith('GET /x: response'))).toBe(true);
  });
});
