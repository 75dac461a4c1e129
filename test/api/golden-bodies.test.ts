import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { serverStateRule } from '../../src/knowledge/server-state-names.js';
import { corpusRoot } from '../corpus-path.js';
import { compiledProject } from '../helpers/compiled.js';

/**
 * Over every golden openapi.yaml and the openapi.yaml of every corpus project (compiled now): no create/update body carries a field the server owns (ids,
 * timestamps of events, hashes, the tenant id, a lifecycle status moved by actions), and no response
 * carries a secret or a hash (OWASP ASVS V8.3).
 */
const CASES = fileURLToPath(new URL('../cases', import.meta.url));
const cases = readdirSync(CASES).filter((c) => {
  try {
    readFileSync(path.join(CASES, c, 'expected/backend-spec/openapi.yaml'));
    return true;
  } catch {
    return false;
  }
});

const SERVER_OWNED =
  /^(id|createdAt|updatedAt|deletedAt|created_at|updated_at|deleted_at|\w*(Hash|_hash|Digest|_digest)|(verified|confirmed|completed|cancelled|approved|rejected|authorised|authorized|expires|paid|refunded|archived|collected|received|issued|generated|sent|delivered)(At|_at))$/;
const SECRET = /(password|secret|token|apiKey|api_key|hash|digest|salt|encrypted|ciphertext)/i;

/**
 * The server-owned fields named by what they hold (issue 13, derive/api/server-set.ts): the token's
 * subject, the sign-in's state, the latest event's time, a stored size, who did it, the tenant, the
 * erasure's time. Read from the rendered property: its name and its JSON Schema type.
 */
function ownedByName(name: string, schema: Obj | undefined): string | null {
  const types = [schema?.type].flat();
  const kind =
    schema?.format === 'date-time'
      ? 'datetime'
      : schema?.format === 'date'
        ? 'date'
        : schema?.enum || schema?.$ref
          ? 'other'
          : types.includes('string')
            ? 'text'
            : types.includes('integer') || types.includes('number')
              ? 'number'
              : types.includes('boolean')
                ? 'boolean'
                : 'other';
  return serverStateRule(name, kind, false);
}

type Obj = Record<string, unknown>;

function resolve(doc: Obj, s: unknown): Obj | null {
  if (!s || typeof s !== 'object') return null;
  const ref = (s as Obj).$ref;
  if (typeof ref === 'string') {
    const name = ref.split('/').pop()!;
    return ((doc.components as Obj).schemas as Obj)[name] as Obj;
  }
  return s as Obj;
}

const props = (s: Obj | null): string[] => Object.keys((s?.properties as Obj | undefined) ?? {});

type Op = { method: string; path: string; op: Obj };

function operations(doc: Obj): Op[] {
  const ops: Op[] = [];
  for (const [p, item] of Object.entries((doc.paths as Obj) ?? {}))
    for (const [m, op] of Object.entries(item as Obj))
      if (['get', 'post', 'put', 'patch', 'delete'].includes(m))
        ops.push({ method: m, path: p, op: op as Obj });
  return ops;
}

/** `POST /path: field` for every server-owned field of a create or update body. */
function serverOwnedInBodies(doc: Obj): string[] {
  const bad: string[] = [];
  for (const { method, path: p, op } of operations(doc)) {
    if (method !== 'post' && method !== 'patch' && method !== 'put') continue;
    // Auth routes take credentials by design; webhooks take the provider's payload.
    if (/\/(auth|webhooks?)\b|login|register|password|token/.test(p)) continue;
    const body = (
      ((op.requestBody as Obj | undefined)?.content as Obj | undefined)?.['application/json'] as
        | Obj
        | undefined
    )?.schema;
    const schema = resolve(doc, body);
    for (const f of props(schema)) {
      if (SERVER_OWNED.test(f)) bad.push(`${method.toUpperCase()} ${p}: ${f}`);
      const rule = ownedByName(f, (schema?.properties as Obj | undefined)?.[f] as Obj | undefined);
      if (rule) bad.push(`${method.toUpperCase()} ${p}: ${f} (${rule})`);
    }
  }
  return bad;
}

/** `GET /path 200: field` for every secret or hash a response shows. */
function secretsInResponses(doc: Obj): string[] {
  const bad: string[] = [];
  for (const { method, path: p, op } of operations(doc)) {
    if (/\/(auth)\b|login|token|refresh/.test(p)) continue;
    for (const [status, r] of Object.entries((op.responses as Obj) ?? {})) {
      const schema = resolve(
        doc,
        (((r as Obj).content as Obj | undefined)?.['application/json'] as Obj | undefined)?.schema,
      );
      const shown = [...props(schema)];
      const items = resolve(doc, ((schema?.properties as Obj | undefined)?.items as Obj | undefined)?.items);
      shown.push(...props(items));
      // A stated success envelope wraps the record in `data`.
      shown.push(...props(resolve(doc, (schema?.properties as Obj | undefined)?.data)));
      for (const f of shown)
        if (SECRET.test(f) && !/(Expires|At|Type|Count|Enabled)$/.test(f))
          bad.push(`${method.toUpperCase()} ${p} ${status}: ${f}`);
    }
  }
  return bad;
}

describe.each(cases)('golden openapi.yaml of %s', (c) => {
  const doc = parse(readFileSync(path.join(CASES, c, 'expected/backend-spec/openapi.yaml'), 'utf8')) as Obj;
  it('has no server-owned field in any create or update body', () => {
    expect(serverOwnedInBodies(doc)).toEqual([]);
  });
  it('returns no secret or hash in any response', () => {
    expect(secretsInResponses(doc)).toEqual([]);
  });
});

/** Every project of the corpus, and the example. */
const CORPUS = readdirSync(path.dirname(corpusRoot('labcore')), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();
const PROJECTS: [string, string][] = [
  ...CORPUS.map((p): [string, string] => [p, corpusRoot(p)]),
  ['clinic-booking (example)', fileURLToPath(new URL('../../examples/clinic-booking', import.meta.url))],
];

describe.each(PROJECTS)('openapi.yaml of %s', (_name, root) => {
  it('has no server-owned field in any create or update body and no secret in any response', async () => {
    const r = await compiledProject(root);
    const text = r.artifacts.find((a) => a.path.endsWith('openapi.yaml'))?.text;
    if (!text) {
      // No API designed: nothing to check, and the spec says so.
      expect(r.spec?.endpoints ?? []).toEqual([]);
      return;
    }
    const doc = parse(text) as Obj;
    expect(serverOwnedInBodies(doc)).toEqual([]);
    expect(secretsInResponses(doc)).toEqual([]);
  }, 120_000);

  it('puts no lifecycle status moved by state actions in a create or update body', async () => {
    const spec = (await compiledProject(root)).spec;
    if (!spec) return;
    const moved = new Set(spec.endpoints.filter((e) => e.action === 'action').map((e) => e.entity));
    const bad: string[] = [];
    for (const c of spec.lifecycles ?? []) {
      if (!moved.has(c.entity)) continue;
      // Issue 13: a status the actions move is server-owned in an update body too.
      for (const e of spec.endpoints.filter(
        (x) =>
          x.entity === c.entity && (x.action === 'create' || x.action === 'update' || x.action === 'replace'),
      ))
        if (JSON.stringify(e.requestBody ?? {}).includes(`"${c.field}"`))
          bad.push(`${e.operationId}: ${c.field}`);
    }
    expect(bad).toEqual([]);
  }, 120_000);
});
