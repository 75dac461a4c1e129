import { cite } from '../../../../model/origin.js';
import {
  type Endpoint,
  type JsonSchema,
  type Parameter,
  pagingName,
  pagingRolesOf,
  type ResponseSpec,
} from '../../../../model/spec/api.js';
import { DERIVED_PHRASES } from '../../../i18n/en/derived.js';
import type { RenderContext } from '../../../types.js';
import { translateText } from '../../derived-prose.js';
import { typeText } from './endpoint.js';

/**
 * Section 3 prints each fact once (issue 15): what every endpoint answers in the same way (the
 * meaning of a status, the error codes every endpoint may return) is a convention declared once;
 * an endpoint's row carries only its statuses and what differs from the convention.
 */

type ErrorCode = NonNullable<RenderContext['spec']['errors']>['codes'][number];

export interface Conventions {
  /** Status → the meaning most endpoints give it. */
  meaning: Map<number, string>;
  /** Status → codes that apply to every endpoint (`endpoints: ['*']`). */
  common: Map<number, string[]>;
}

export function conventionsOf(endpoints: readonly Endpoint[], codes: readonly ErrorCode[]): Conventions {
  const counts = new Map<number, Map<string, number>>();
  for (const e of endpoints)
    for (const r of e.responses) {
      if (r.status < 400) continue;
      const by = counts.get(r.status) ?? new Map<string, number>();
      by.set(r.description, (by.get(r.description) ?? 0) + 1);
      counts.set(r.status, by);
    }
  const meaning = new Map<number, string>();
  for (const [status, by] of [...counts.entries()].sort((a, b) => a[0] - b[0])) {
    const best = [...by.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]!;
    // One endpoint's own wording ("Validation error or the limit of 2 open applications", from a
    // contract) is no convention: its cell says it, and the table leaves the meaning blank. The
    // design's own wording for a status is the convention wherever it appears.
    if (best[1] >= 2 || (DERIVED_PHRASES as readonly string[]).includes(best[0]))
      meaning.set(status, best[0]);
  }
  const common = new Map<number, string[]>();
  for (const c of codes) {
    if (!c.endpoints.includes('*')) continue;
    const same = common.get(c.status);
    if (same) same.push(c.code);
    else common.set(c.status, [c.code]);
  }
  return { meaning, common };
}

/** The rows of the standard-responses table: status, meaning, codes every endpoint may return. */
export function standardRows(conv: Conventions): string[][] {
  const statuses = [...new Set([...conv.meaning.keys(), ...conv.common.keys()])].sort((a, b) => a - b);
  return statuses.map((s) => [
    String(s),
    conv.meaning.get(s) ?? '',
    (conv.common.get(s) ?? []).map((c) => `\`${c}\``).join(', '),
  ]);
}

/**
 * `200 \`TaskPage\`` · `204` · error statuses; an error status spells out its meaning only when it
 * differs from the convention, and names only the codes particular to this endpoint.
 */
export function responsesCell(
  e: Endpoint,
  conv: Conventions,
  codes: readonly ErrorCode[],
  phrases: Readonly<Record<string, string>>,
): string {
  return [...e.responses]
    .sort((a, b) => a.status - b.status)
    .map((r) => responseText(r, e, conv, codes, phrases))
    .join(' · ');
}

function responseText(
  r: ResponseSpec,
  e: Endpoint,
  conv: Conventions,
  codes: readonly ErrorCode[],
  phrases: Readonly<Record<string, string>>,
): string {
  if (r.status < 400) return r.schema ? `${r.status} \`${typeText(r.schema)}\`` : String(r.status);
  const own = ownCodes(codes, r.status, e.operationId).map((c) => `\`${c.code}\``);
  // Derive rules write descriptions in English; inside a cell the document-wide pass cannot see the
  // clause whole, so it is put into the document's language here.
  const differs = conv.meaning.get(r.status) !== r.description ? translateText(r.description, phrases) : '';
  const extra = [differs, own.join(', ')].filter(Boolean).join(': ');
  return extra ? `${r.status} (${extra})` : String(r.status);
}

/**
 * The codes particular to one endpoint and status (not `*`), in the catalog's order: indexed once
 * per catalog, since a scan of every code's operation list per response grew with endpoints ×
 * codes (issue 19).
 */
const ownCodeIndexes = new WeakMap<readonly ErrorCode[], { size: number; byKey: Map<string, ErrorCode[]> }>();
function ownCodes(codes: readonly ErrorCode[], status: number, operationId: string): ErrorCode[] {
  let x = ownCodeIndexes.get(codes);
  if (!x || x.size !== codes.length) {
    const byKey = new Map<string, ErrorCode[]>();
    for (const c of codes) {
      if (c.endpoints.includes('*')) continue;
      for (const op of new Set(c.endpoints)) {
        const key = `${c.status} ${op}`;
        const list = byKey.get(key);
        if (list) list.push(c);
        else byKey.set(key, [c]);
      }
    }
    x = { size: codes.length, byKey };
    ownCodeIndexes.set(codes, x);
  }
  return x.byKey.get(`${status} ${operationId}`) ?? [];
}

/**
 * The request: parameters (name, type, `*` when required; the description only where the
 * documents state the endpoint, since derived parameters follow the conventions), then the body.
 */
export function requestCell(
  e: Endpoint,
  labels: { paginated: string; idempotencyKey: string },
  inlineBody: (s: JsonSchema) => string,
  phrases: Readonly<Record<string, string>> = {},
): string {
  const stated = e.origin.kind === 'source';
  // The paging parameters are the conventions' (section 3), under the names the documents give them.
  const paging = e.pagination
    ? new Set(pagingRolesOf(e.pagination.style).map((role) => pagingName(e.pagination, role)))
    : null;
  const params = e.parameters
    .filter((p) => !(p.in === 'query' && paging?.has(p.name)))
    .filter((p) => !(p.in === 'header' && p.name.toLowerCase() === 'idempotency-key'))
    .map((p) => paramText(p, stated, phrases));
  const parts = [
    params.join(', '),
    e.pagination ? labels.paginated : '',
    e.idempotencyKey ? labels.idempotencyKey : '',
    e.requestBody
      ? typeof e.requestBody.$ref === 'string'
        ? `\`${typeText(e.requestBody)}\``
        : inlineBody(e.requestBody)
      : '',
  ];
  return parts.filter(Boolean).join(' · ');
}

function paramText(p: Parameter, stated: boolean, phrases: Readonly<Record<string, string>>): string {
  const values = Array.isArray(p.schema.enum) ? (p.schema.enum as unknown[]).map(String) : null;
  const sortable =
    values &&
    values.length > 0 &&
    values.every((v) => values.includes(v.startsWith('-') ? v.slice(1) : `-${v}`));
  const type = sortable ? `± ${values.filter((v) => !v.startsWith('-')).join(', ')}` : typeText(p.schema);
  const where = p.in === 'query' ? '' : `${p.in}, `;
  // A derived description (`Id of the Task.`) sits inside a list of parameters, where the
  // document-wide pass cannot single it out: translated here.
  const desc = stated && p.description ? ` — ${translateText(p.description, phrases)}` : '';
  return `\`${p.name}\`${p.required ? '*' : ''} (${where}${type})${desc}`;
}

/** The source column: requirement ids, then the document line or the rule. */
export function sourceCell(e: Endpoint): string {
  return [...e.requirements, `\`${cite(e.origin)}\``].join(' · ');
}

/** Property names of a component schema, required ones in bold. */
export function propertiesCell(s: JsonSchema): string {
  const props = Object.keys((s.properties as Record<string, unknown>) ?? {});
  const required = new Set(Array.isArray(s.required) ? (s.required as string[]) : []);
  return props.map((p) => (required.has(p) ? `**${p}**` : p)).join(', ') || '—';
}
