import { words } from '../../../../derive/api/naming.js';
import { cite } from '../../../../model/origin.js';
import type { Endpoint, JsonSchema } from '../../../../model/spec/api.js';
import type { RenderContext } from '../../../types.js';
import { blocks, fence, heading, table } from '../../format.js';
import { compactJson } from './json.js';

/** One endpoint: method + path, what it does, auth and roles, parameters, bodies, responses, errors. */
export function endpointBlock(e: Endpoint, ctx: RenderContext): string {
  const t = ctx.t.api.endpoints;
  const describe = ctx.t.api.actions[e.action];
  const title = e.origin.kind === 'source' || !describe || !e.entity ? e.summary : describe(words(e.entity));
  const auth = e.authenticated
    ? `${t.authenticated} (${e.roles.length > 0 ? t.roles(e.roles) : t.anyRole})`
    : t.public;
  const facts = [
    `${t.operation}: \`${e.operationId}\``,
    `${t.auth}: ${auth}`,
    `${t.rateLimit}: ${t.rateClasses[e.rateLimit] ?? e.rateLimit}`,
    e.pagination
      ? `${t.paginationLabel}: ${t.paginationLine(e.pagination.style, e.pagination.default, e.pagination.max)}`
      : null,
    e.idempotencyKey ? `${t.idempotencyLabel}: ${t.required}` : null,
    e.requirements.length > 0 ? `${t.requirements}: ${e.requirements.join(', ')}` : null,
    `${t.source}: \`${cite(e.origin)}\``,
  ].filter((x): x is string => x !== null);
  const params =
    e.parameters.length > 0
      ? table(
          [
            t.parameterTable.name,
            t.parameterTable.in,
            t.parameterTable.type,
            t.parameterTable.required,
            t.parameterTable.description,
          ],
          e.parameters.map((p) => [
            `\`${p.name}\``,
            p.in,
            `\`${typeText(p.schema)}\``,
            p.required ? t.yes : t.no,
            p.description,
          ]),
        )
      : null;
  const codes = ctx.spec.errors?.codes ?? [];
  const responses = table(
    [t.responseTable.status, t.responseTable.meaning, t.responseTable.body, t.responseTable.errors],
    [...e.responses]
      .sort((a, b) => a.status - b.status)
      .map((r) => [
        r.status,
        r.description,
        r.status >= 400 ? t.errorBody : r.schema ? `\`${typeText(r.schema)}\`` : t.noBody,
        codesByStatus(codes)
          .get(r.status)
          ?.filter((c) => c.all || c.endpoints.has(e.operationId))
          .map((c) => `\`${c.code}\``)
          .join(', ') ?? '',
      ]),
  );
  const inlineBody =
    e.requestBody && typeof e.requestBody.$ref !== 'string'
      ? fence('json', compactJson(e.requestBody))
      : null;
  return blocks(
    heading(4, `\`${e.method} ${e.path}\``),
    title,
    facts.map((f) => `- ${f}`).join('\n'),
    params ? `**${t.parameters}**\n\n${params}` : null,
    e.requestBody ? `**${t.requestBody}**: \`${typeText(e.requestBody)}\`` : null,
    inlineBody,
    `**${t.responses}**\n\n${responses}`,
  );
}

type ErrorCode = NonNullable<RenderContext['spec']['errors']>['codes'][number];
interface IndexedCode {
  code: string;
  all: boolean;
  endpoints: Set<string>;
}
const indexedCodes = new WeakMap<readonly ErrorCode[], Map<number, IndexedCode[]>>();
/**
 * Error codes by status, each with its endpoints as a set, built once per catalog: every code lists
 * up to every endpoint, so scanning the lists per response grew with endpoints × endpoints.
 */
function codesByStatus(codes: readonly ErrorCode[]): Map<number, IndexedCode[]> {
  let by = indexedCodes.get(codes);
  if (!by) {
    by = new Map();
    for (const c of codes) {
      const entry = { code: c.code, all: c.endpoints.includes('*'), endpoints: new Set(c.endpoints) };
      const list = by.get(c.status);
      if (list) list.push(entry);
      else by.set(c.status, [entry]);
    }
    indexedCodes.set(codes, by);
  }
  return by;
}

/** A short type label: a component name, `Task[]`, `string (uuid)`, `"a" | "b"`. */
export function typeText(s: JsonSchema | null): string {
  if (!s) return '—';
  if (typeof s.$ref === 'string') return s.$ref.slice(s.$ref.lastIndexOf('/') + 1);
  if (Array.isArray(s.enum)) return s.enum.map((v) => JSON.stringify(v)).join(' | ');
  const type = [s.type].flat().filter(Boolean).join(' | ') || 'any';
  if (type === 'array') return `${typeText((s.items as JsonSchema) ?? null)}[]`;
  const fmt = typeof s.format === 'string' ? ` (${s.format})` : '';
  const range = typeof s.maximum === 'number' ? ` ≤ ${s.maximum}` : '';
  return `${type}${fmt}${range}`;
}
