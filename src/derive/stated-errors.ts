import { isLifecycleField } from '../knowledge/state-words.js';
import { fromRule, type Origin } from '../model/origin.js';
import type { Endpoint, ResponseSpec } from '../model/spec/api.js';
import type { ErrorCategory, ErrorCode } from '../model/spec/security.js';
import { routeKey } from './api/stated.js';
import { endpointWords, overlap } from './endpoint-words.js';
import { type Envelope, exampleBody } from './security/envelope.js';

interface StatedError {
  generic?: boolean;
  route: { method: string; path: string } | null;
  actionWords: string[];
  status: number | null;
  breaks?: 'conflict' | 'limit' | null;
  states?: string[];
  code: string;
  condition: string | null;
  origin: Origin;
}

/**
 * A code the documents name without a status gets one by rule `derive/error-status-from-criterion`:
 * 409 when its clause says the record's state forbids the action ("già pagata", "cannot be reopened"),
 * 429 when a count is exceeded ("already opened 5 today"), else 422 (a business rule is broken).
 */
function withStatus(f: StatedError): StatedError & { status: number } {
  if (f.status !== null) return f as StatedError & { status: number };
  const status = f.breaks === 'conflict' ? 409 : f.breaks === 'limit' ? 429 : 422;
  const from = f.origin.kind === 'source' ? [{ file: f.origin.file, line: f.origin.line }] : [];
  return { ...f, status, origin: fromRule('derive/error-status-from-criterion', from) };
}

/** The workflow's category of an HTTP status. */
function category(status: number): ErrorCategory {
  if (status === 400) return 'validation';
  if (status === 401) return 'authentication';
  if (status === 403) return 'authorization';
  if (status === 404) return 'not-found';
  if (status === 409) return 'conflict';
  if (status === 429) return 'rate-limit';
  if (status === 503) return 'unavailable';
  if (status >= 500) return 'server';
  return 'business-rule';
}

/**
 * The operations a stated code belongs to: the route it is stated on, else the write its action's
 * words name best (a POST first on a tie); none when nothing is named.
 */
function operationsOf(f: StatedError, endpoints: readonly Endpoint[]): Endpoint[] {
  if (f.route) {
    const key = routeKey(f.route.method, f.route.path.replace(/:(\w+)/g, '{$1}'));
    return endpoints.filter((e) => routeKey(e.method, e.path) === key);
  }
  const byState = stateActionsOf(f, endpoints);
  if (byState.length > 0) return byState;
  if (f.actionWords.length === 0) return [];
  let best: Endpoint[] = [];
  let score = 0;
  for (const e of endpoints) {
    if (e.method === 'GET') continue;
    const n = overlap(f.actionWords, endpointWords(e));
    if (n > score) {
      best = [e];
      score = n;
    } else if (n === score && n > 0) best.push(e);
  }
  const posts = best.filter((e) => e.method === 'POST');
  // A count exceeded ("already opened 5 today") counts created records: the create among equals.
  const creates = f.breaks === 'limit' ? best.filter((e) => e.action === 'create') : [];
  return posts.length === 1 ? posts : best.length === 1 ? best : creates.length === 1 ? creates : [];
}

const lastSegment = (e: Endpoint) => e.path.slice(e.path.lastIndexOf('/') + 1);
const entityWords = (name: string) =>
  name
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/\s+/);

/**
 * A code whose clause names the state the record is in ("una segnalazione chiusa non può essere
 * riaperta", "una rata già pagata non può essere pagata di nuovo") belongs to the state actions that
 * lead to that state (`POST /segnalazioni/{id}/chiudi`, `POST /rate/{id}/pagamento`) on the entity
 * the clause names; a state conflict also to the routes that set that entity's status (`PATCH
 * /segnalazioni/{id}/stato`: reopening is a status change). None when no such action exists.
 */
function stateActionsOf(f: StatedError, endpoints: readonly Endpoint[]): Endpoint[] {
  const states = f.states ?? [];
  if (states.length === 0) return [];
  const acting = endpoints.filter(
    (e) =>
      e.method !== 'GET' &&
      e.entity !== null &&
      e.action === 'action' &&
      states.includes(e.stateVerb ?? lastSegment(e)),
  );
  const named = acting.filter((e) => overlap(f.actionWords, entityWords(e.entity!)) > 0);
  const chosen = named.length > 0 ? named : acting.length === 1 ? acting : [];
  if (chosen.length === 0 || f.breaks !== 'conflict') return chosen;
  const entities = new Set(chosen.map((e) => e.entity));
  const setsStatus = endpoints.filter(
    (e) =>
      e.method !== 'GET' &&
      entities.has(e.entity) &&
      !chosen.includes(e) &&
      e.action === 'action' &&
      isLifecycleField(lastSegment(e)),
  );
  return [...chosen, ...setsStatus];
}

/**
 * Stated error codes (`409 SHIFT_FULL when the shift has no free places`) join the catalogue with
 * their source, on the operations they are stated for: a derived code of the same name takes the
 * stated source, and an operation without a response of that status gets one (the status the
 * documents give it). Rule-free: each item cites its line.
 */
export function withStatedErrors(
  codes: readonly ErrorCode[],
  statedList: readonly StatedError[],
  endpoints: readonly Endpoint[],
  envelope: Envelope,
  /** The operations of the business rules that raise each code (rules step). */
  ruled: ReadonlyMap<string, readonly string[]> = new Map(),
): { codes: ErrorCode[]; endpoints: Endpoint[] | null } {
  if (statedList.length === 0) return { codes: [...codes], endpoints: null };
  const out = codes.map((c) => ({ ...c, endpoints: [...c.endpoints] }));
  const added = new Map<string, Set<number>>();
  const instance =
    endpoints
      .find((e) => e.parameters.some((p) => p.in === 'path'))
      ?.path.replace(/\{[^}]+\}/g, '3f2b8c1e-9d4a-4e7b-8a51-2c6d0f9e7a13') ?? '/';
  // A code a route of the documents states ("| POST | /pedidos | … 422 `PEDIDOS_ENCERRADOS` |") belongs
  // to that route: a criterion naming it again ("… o sistema recusa com o código PEDIDOS_ENCERRADOS")
  // adds no operation its other words happen to share ("abertura da feira" is no create of a fair).
  const routed = new Set(statedList.filter((f) => f.route !== null).map((f) => f.code));
  for (const stated of statedList) {
    const f = withStatus(stated);
    const found = !f.route && routed.has(f.code) ? [] : operationsOf(f, endpoints);
    // A code listed alone is raised where the rule that names it is enforced.
    const raising = ruled.get(f.code) ?? [];
    const ops =
      found.length > 0 || f.route ? found : endpoints.filter((e) => raising.includes(e.operationId));
    // A code named by a criterion without a status is the criterion's own: it never renames the
    // design's code of the status this rule gave it.
    const own = stated.status === null;
    for (const e of ops) {
      const set = added.get(e.operationId) ?? new Set<number>();
      set.add(f.status);
      added.set(e.operationId, set);
    }
    const ids = ops.map((e) => e.operationId);
    const same = out.find((c) => c.code === f.code);
    // Only a code that names a category (`FORBIDDEN`) renames the design's code of its status; a
    // domain case (`LID_GEBLOKKEERD`, 403) is listed on its own, never as every endpoint's 403.
    if (ops.length === 0 && !own && stated.generic !== false) {
      // A row of the documents' error table: it names the code of a status, as a stated envelope
      // example does (the derived code of that status takes its name and source); a name the design
      // already gives another status is left to the design.
      if (same) {
        if (same.status === f.status && same.origin.kind !== 'source') same.origin = f.origin;
        continue;
      }
      const derived = out.find((c) => c.status === f.status && c.origin.kind !== 'source');
      if (derived) {
        derived.code = f.code;
        derived.origin = f.origin;
        derived.example = exampleBody(envelope, {
          code: f.code,
          status: f.status,
          title: derived.title,
          message: derived.title,
          details: null,
          instance,
        });
        continue;
      }
    }
    if (same) {
      for (const id of ids)
        if (!same.endpoints.includes(id) && !same.endpoints.includes('*')) same.endpoints.push(id);
      if (same.origin.kind !== 'source') same.origin = f.origin;
      continue;
    }
    const title = f.condition ?? f.code;
    const code: ErrorCode = {
      code: f.code,
      status: f.status,
      title,
      category: category(f.status),
      endpoints: ids,
      origin: f.origin,
      example: exampleBody(envelope, {
        code: f.code,
        status: f.status,
        title,
        message: title,
        details: null,
        instance,
      }),
    };
    // In the catalogue's order of statuses, after the codes of the same status.
    const at = out.findIndex((c) => c.status > f.status);
    if (at < 0) out.push(code);
    else out.splice(at, 0, code);
  }
  if (added.size === 0) return { codes: out, endpoints: null };
  // The response each status already has elsewhere (its description and schema), for one that lacks it.
  const model = new Map<number, ResponseSpec>();
  for (const e of endpoints) for (const r of e.responses) if (!model.has(r.status)) model.set(r.status, r);
  const next = endpoints.map((e) => {
    const want = added.get(e.operationId);
    if (!want) return e;
    const missing = [...want].filter((s) => !e.responses.some((r) => r.status === s));
    if (missing.length === 0) return e;
    const responses = [
      ...e.responses,
      ...missing.map((s) => model.get(s) ?? { status: s, description: '', schema: null }),
    ].sort((a, b) => a.status - b.status);
    return { ...e, responses };
  });
  return { codes: out, endpoints: next };
}
