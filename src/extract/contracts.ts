import { isMap, isScalar, LineCounter, type Node, parseDocument, type YAMLMap } from 'yaml';
import { looksLikeOpenApi } from '../load/contract-file.js';
import type { CodeBlock } from '../markdown/blocks.js';
import type { StatedContract, StatedEndpoint } from '../model/domain.js';
import { fromSource, type Origin } from '../model/origin.js';
import type { JsonSchema } from '../model/spec/api.js';
import type { Extractor } from './types.js';

/**
 * Extractor `contracts`: an OpenAPI document the team wrote (spec-kit's `contracts/*.yaml`, an
 * `openapi.yaml` beside the planning documents, or an `openapi:` fence inside one) is the stated
 * API: each operation under `paths` is a stated route with its summary, operationId, parameters,
 * request body and response statuses, and the path of `servers[0].url` is the stated base path.
 * Read with the `yaml` package (JSON is YAML) so every operation keeps its file line. `$ref`s into
 * the same document are resolved (a cycle stops at an open object); references to other files stay
 * unresolved and the body is carried without a schema.
 */
export const contractsExtractor: Extractor = {
  name: 'contracts',
  extract: ({ doc, md }) => {
    const found: StatedEndpoint[] = [];
    const basePaths: { path: string; origin: Origin }[] = [];
    for (const block of md.blocks) {
      if (block.kind !== 'code' || !CONTRACT_LANGS.has(block.lang) || !looksLikeOpenApi(block.content))
        continue;
      const read = readContract(doc.path, block);
      found.push(...read.endpoints);
      if (read.base) basePaths.push(read.base);
    }
    const fragment: { statedEndpoints?: StatedEndpoint[]; basePaths?: typeof basePaths } = {};
    if (found.length > 0) fragment.statedEndpoints = found;
    if (basePaths.length > 0) fragment.basePaths = basePaths;
    return { fragment, diagnostics: [] };
  },
};

const CONTRACT_LANGS = new Set(['yaml', 'yml', 'json', 'openapi', '']);
const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

interface Read {
  endpoints: StatedEndpoint[];
  base: { path: string; origin: Origin } | null;
}

function readContract(file: string, block: CodeBlock): Read {
  const lc = new LineCounter();
  const doc = parseDocument(block.content, { lineCounter: lc, uniqueKeys: false });
  const root = doc.contents;
  if (!isMap(root)) return { endpoints: [], base: null };
  const lineOf = (n: Node | null | undefined) =>
    block.contentLine + (n?.range ? lc.linePos(n.range[0]).line - 1 : 0);
  const plain = doc.toJS({ maxAliasCount: 50 }) as Record<string, unknown>;
  const resolve = resolver(plain);
  const endpoints: StatedEndpoint[] = [];
  const isPublic = publicOperations(plain);
  const paths = root.get('paths', true);
  if (isMap(paths))
    for (const item of paths.items) {
      if (!isScalar(item.key) || typeof item.key.value !== 'string' || !item.key.value.startsWith('/'))
        continue;
      const route = item.key.value;
      if (!isMap(item.value)) continue;
      const pathJs = (plain.paths as Record<string, Record<string, unknown>>)[route] ?? {};
      const shared = asArray(pathJs.parameters);
      for (const m of METHODS) {
        const opNode = (item.value as YAMLMap).get(m, true) as Node | undefined;
        const op = pathJs[m];
        if (!opNode || !op || typeof op !== 'object') continue;
        const line = lineOf(item.key as Node);
        const opLine = lineOf(opNode) - 1;
        const contract = contractOf(op as Record<string, unknown>, shared, resolve);
        const description =
          text((op as Record<string, unknown>).summary) ?? text((op as Record<string, unknown>).description);
        endpoints.push({
          method: m.toUpperCase(),
          path: route,
          ...(description ? { description } : {}),
          ...(isPublic(op as Record<string, unknown>)
            ? { access: { public: true, any: false, roles: [] } }
            : {}),
          contract,
          origin: fromSource(file, Math.max(line, opLine), `${m.toUpperCase()} ${route}`),
        });
      }
    }
  return { endpoints, base: serverBase(plain, root, lineOf, file) };
}

/**
 * Which operations the contract states need no sign-in (OpenAPI 3.1 §4.8.10: an operation's
 * `security` overrides the document's, and `[]` or `[{}]` requires nothing). An operation without
 * `security` in a document without a global one is public only where the document defines security
 * schemes and puts them on other operations: its author marked what needs a sign-in. A contract that
 * never mentions security says nothing either way.
 */
function publicOperations(plain: Record<string, unknown>): (op: Record<string, unknown>) => boolean {
  const none = (security: unknown) =>
    Array.isArray(security) &&
    (security.length === 0 ||
      security.some((r) => r !== null && typeof r === 'object' && Object.keys(r).length === 0));
  const components = plain.components as Record<string, unknown> | undefined;
  const schemes = components?.securitySchemes;
  const hasSchemes = schemes !== null && typeof schemes === 'object' && Object.keys(schemes).length > 0;
  const ops = Object.values((plain.paths ?? {}) as Record<string, Record<string, unknown>>).flatMap((item) =>
    METHODS.map((m) => item?.[m]).filter(
      (op): op is Record<string, unknown> => !!op && typeof op === 'object',
    ),
  );
  const marked = ops.some((op) => Array.isArray(op.security) && !none(op.security));
  const global = plain.security;
  return (op) => {
    if (op.security !== undefined) return none(op.security);
    if (global !== undefined) return none(global);
    return hasSchemes && marked;
  };
}

function serverBase(
  plain: Record<string, unknown>,
  root: YAMLMap,
  lineOf: (n: Node | null | undefined) => number,
  file: string,
): Read['base'] {
  const first = asArray(plain.servers)[0] as { url?: unknown } | undefined;
  if (!first || typeof first.url !== 'string') return null;
  // `https://api.example.com/v1` and `/v1` both state `/v1`; a server variable (`{basePath}`) states nothing.
  const path = first.url.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/i, '').replace(/\/+$/, '');
  if (path === '' || !path.startsWith('/') || path.includes('{')) return null;
  const node = root.get('servers', true) as Node | undefined;
  return { path, origin: fromSource(file, lineOf(node), `servers: ${first.url}`) };
}

function contractOf(
  op: Record<string, unknown>,
  shared: unknown[],
  resolve: (s: unknown) => JsonSchema | null,
): StatedContract {
  const params = new Map<string, StatedContract['parameters'][number]>();
  for (const raw of [...shared, ...asArray(op.parameters)]) {
    const p = resolve(raw) as Record<string, unknown> | null;
    if (!p || typeof p.name !== 'string' || !['path', 'query', 'header'].includes(String(p.in))) continue;
    params.set(`${p.in} ${p.name}`, {
      name: p.name,
      in: p.in as 'path' | 'query' | 'header',
      required: p.in === 'path' || p.required === true,
      schema: resolve(p.schema) ?? { type: 'string' },
      ...(text(p.description) ? { description: text(p.description)! } : {}),
    });
  }
  const body = resolve(op.requestBody) as Record<string, unknown> | null;
  const responses: StatedContract['responses'] = [];
  const rs =
    op.responses && typeof op.responses === 'object' ? (op.responses as Record<string, unknown>) : {};
  for (const [code, raw] of Object.entries(rs)) {
    if (!/^[1-5]\d\d$/.test(code)) continue;
    const r = resolve(raw) as Record<string, unknown> | null;
    responses.push({
      status: Number(code),
      description: text(r?.description) ?? '',
      schema: jsonContent(r?.content, resolve),
    });
  }
  return {
    ...(typeof op.operationId === 'string' && /^[A-Za-z_]\w*$/.test(op.operationId)
      ? { operationId: op.operationId }
      : {}),
    parameters: [...params.values()],
    requestBody: body ? jsonContent(body.content, resolve) : null,
    requestBodyStated: body !== null,
    responses,
  };
}

/** The schema of the JSON media type (or the first one) of a `content` map. */
function jsonContent(content: unknown, resolve: (s: unknown) => JsonSchema | null): JsonSchema | null {
  if (!content || typeof content !== 'object') return null;
  const entries = Object.entries(content as Record<string, unknown>);
  const json = entries.find(([t]) => /json/i.test(t)) ?? entries[0];
  const media = json?.[1] as { schema?: unknown } | undefined;
  return media?.schema === undefined ? null : resolve(media.schema);
}

/**
 * `$ref: '#/components/…'` replaced by what it points at, recursively; a reference cycle or a depth
 * past 8 stops at `{ type: object }`, a reference to another file at `null`.
 */
function resolver(root: Record<string, unknown>): (s: unknown) => JsonSchema | null {
  const walk = (node: unknown, seen: string[]): unknown => {
    if (Array.isArray(node)) return node.map((x) => walk(x, seen));
    if (!node || typeof node !== 'object') return node;
    const obj = node as Record<string, unknown>;
    const ref = obj.$ref;
    if (typeof ref === 'string') {
      if (!ref.startsWith('#/')) return null;
      if (seen.includes(ref) || seen.length >= 8) return { type: 'object' };
      let target: unknown = root;
      for (const part of ref.slice(2).split('/')) {
        const key = part.replace(/~1/g, '/').replace(/~0/g, '~');
        target = target && typeof target === 'object' ? (target as Record<string, unknown>)[key] : undefined;
      }
      return target === undefined ? null : walk(target, [...seen, ref]);
    }
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(obj)) out[k] = walk(v, seen);
    return out;
  };
  return (s) => {
    const r = walk(s, []);
    return r && typeof r === 'object' && !Array.isArray(r) ? (r as JsonSchema) : null;
  };
}

const asArray = (x: unknown): unknown[] => (Array.isArray(x) ? x : []);
const text = (x: unknown): string | undefined =>
  typeof x === 'string' && x.trim() !== '' ? x.trim().replace(/\s+/g, ' ') : undefined;
