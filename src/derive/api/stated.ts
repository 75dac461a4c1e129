import pluralize from 'pluralize';
import { asciiSpellings, germanPluralForms } from '../../knowledge/inflect.js';
import { romanceDocuments } from '../../knowledge/name-language.js';
import { isSecretField } from '../../knowledge/sensitive.js';
import { isAccountSegment } from '../../knowledge/user-entity.js';
import { RECEIVING_BY_GET, RECEIVING_SEGMENT } from '../../knowledge/webhook-words.js';
import type { StatedContract, StatedEndpoint } from '../../model/domain.js';
import {
  type Endpoint,
  type HttpMethod,
  type JsonSchema,
  type Parameter,
  pagingName,
  pagingRolesOf,
  type ResponseSpec,
} from '../../model/spec/api.js';
import { actionNoteBody } from './actions.js';
import type { ApiContext } from './context.js';
import {
  crudEndpoints,
  operationId as crudOperationId,
  errorResponses,
  idempotencyHeader,
  idSchema,
  movesMoney,
  pkField,
  resourceName,
} from './crud.js';
import { fieldSchema } from './field-schema.js';
import { camel, matchKey, pascal, words } from './naming.js';
import type { Resource } from './resources.js';
import { ref, schemaNames } from './schemas.js';

/** `/api/tasks/{id}/complete` → `tasks/{}/complete`: the identity of a route across spellings. */
export function routeKey(method: string, path: string): string {
  const segs = path.split('/').filter(Boolean);
  let i = 0;
  while (i < Math.min(2, segs.length - 1) && /^(api|rest|v\d+)$/.test(segs[i]!)) i++;
  return `${method.toUpperCase()} ${segs
    .slice(i)
    // `{id}.pdf` keeps its suffix: the file is another route than the record (`{id}`).
    .map((s) => (s.startsWith('{') ? s.replace(/^\{[^}]*\}/, '{}') : s))
    .join('/')}`;
}

const HTTP: HttpMethod[] = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];
const AUTH_WORD =
  /^(login|logout|register|signup|sign-up|signin|sign-in|refresh|me|password|password-reset|forgot-password|verify-email|session|sessions|token)$/;

/**
 * Stated routes become endpoints: authoritative for method and path (and origin), completed from the
 * data model when the path names an entity (parameters, bodies, responses of the matching CRUD
 * operation or an action on the item).
 */
export function statedEndpoints(stated: StatedEndpoint[], ctx: ApiContext, auth: Endpoint[]): Endpoint[] {
  const byKey = new Map<string, Resource>();
  for (const r of ctx.resources) {
    byKey.set(matchKey(r.entity.name), r);
    byKey.set(matchKey(r.entity.table), r);
  }
  headNounKeys(ctx.resources, byKey);
  tailNounKeys(ctx.resources, stated, byKey);
  // German route tables write the plural (`/ausleihen`, `/lizenzen`), which no spelling rule undoes:
  // a segment that is a regular plural of exactly one entity's name names it.
  const plurals = new Map<string, Resource[]>();
  for (const r of ctx.resources)
    for (const form of germanPluralForms(matchKey(r.entity.name)))
      if (!byKey.has(form)) plurals.set(form, [...(plurals.get(form) ?? []), r]);
  for (const [form, rs] of plurals) if (rs.length === 1) byKey.set(form, rs[0]!);
  return stated.flatMap((s) => {
    const method = s.method.toUpperCase() as HttpMethod;
    if (!HTTP.includes(method)) return [];
    const e = fromStated(s, method, ctx, byKey, auth);
    return [s.contract ? withContract(e, s.contract) : e];
  });
}

/**
 * A route from a written OpenAPI contract keeps what the contract states: its operationId, its
 * parameters (the query parameters are exactly the stated ones: pagination only when the contract
 * lists a page parameter), its request body (none when it states none) and its success and error
 * statuses; what the contract leaves out (the 401/403/429 answers every authenticated operation
 * gives, a response schema from the data model) is completed as for any stated route.
 */
function withContract(e: Endpoint, c: StatedContract): Endpoint {
  const stated = (p: StatedContract['parameters'][number]): Parameter => ({
    name: p.name,
    in: p.in,
    required: p.required,
    schema: p.schema,
    description: p.description ?? 'As stated in the contract.',
    stated: true,
  });
  const statedPath = new Map(c.parameters.filter((p) => p.in === 'path').map((p) => [p.name, p]));
  const parameters = [
    ...e.parameters
      .filter((p) => p.in === 'path')
      .map((p) => {
        const sp = statedPath.get(p.name);
        return sp ? { ...stated(sp), description: sp.description ?? p.description } : p;
      }),
    ...c.parameters
      .filter((p) => p.in === 'path' && !e.parameters.some((d) => d.in === 'path' && d.name === p.name))
      .map(stated),
    ...c.parameters.filter((p) => p.in !== 'path').map(stated),
    ...e.parameters.filter(
      (p) => p.in === 'header' && !c.parameters.some((s) => s.in === 'header' && s.name === p.name),
    ),
  ];
  const paged = c.parameters.some((p) => p.in === 'query' && PAGE_PARAMS.has(p.name.toLowerCase()));
  const derivedOk = e.responses.filter((r) => r.status < 300);
  const success = c.responses
    .filter((r) => r.status < 300)
    .map((r): ResponseSpec => {
      // A secret the contract returns is withheld (never sent until the team decides); the check
      // layer names each one as a warning (security/stated-secret-in-response).
      const kept = r.schema ? withholdSecrets(r.schema) : null;
      return {
        status: r.status,
        description: r.description || derivedOk[0]?.description || 'As stated in the contract.',
        schema: kept?.schema ?? (r.status === 204 ? null : (derivedOk[0]?.schema ?? null)),
        ...(kept ? { stated: true as const } : {}),
        ...(kept && kept.withheld.length > 0 ? { withheld: kept.withheld } : {}),
      };
    });
  const statedErrors = c.responses.filter((r) => r.status >= 300);
  const errors = [
    ...e.responses
      .filter((r) => r.status >= 300 && !statedErrors.some((x) => x.status === r.status))
      .filter((r) => r.status !== 400 || c.requestBodyStated || c.parameters.some((p) => p.in === 'query')),
    ...statedErrors.map(
      (r): ResponseSpec => ({ status: r.status, description: r.description, schema: null }),
    ),
  ].sort((a, b) => a.status - b.status);
  return {
    ...e,
    operationId: c.operationId ?? e.operationId,
    parameters,
    pagination: paged ? e.pagination : null,
    requestBody: c.requestBodyStated ? (c.requestBody ?? e.requestBody ?? { type: 'object' }) : null,
    responses: [...(success.length > 0 ? success : derivedOk), ...errors],
  };
}

/** The schema without its readable secret properties (a `writeOnly` one is never sent anyway). */
function withholdSecrets(schema: JsonSchema): { schema: JsonSchema; withheld: string[] } {
  const withheld = new Set<string>();
  const walk = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(walk);
    if (!node || typeof node !== 'object') return node;
    const o = node as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(o)) {
      if (k === 'properties' && v && typeof v === 'object' && !Array.isArray(v)) {
        const props: Record<string, unknown> = {};
        for (const [name, sub] of Object.entries(v as Record<string, unknown>)) {
          const writeOnly =
            !!sub && typeof sub === 'object' && (sub as Record<string, unknown>).writeOnly === true;
          if (isSecretField(name) && !writeOnly) withheld.add(name);
          else props[name] = walk(sub);
        }
        out[k] = props;
      } else out[k] = walk(v);
    }
    if (Array.isArray(out.required))
      out.required = (out.required as unknown[]).filter((n) => !withheld.has(String(n)));
    return out;
  };
  const result = walk(schema) as JsonSchema;
  return { schema: result, withheld: [...withheld].sort() };
}

/** Parameter names that page a list (a contract that lists one pages its list). */
const PAGE_PARAMS = new Set([
  'limit',
  'offset',
  'cursor',
  'page',
  'pagesize',
  'page_size',
  'perpage',
  'per_page',
]);

function fromStated(
  s: StatedEndpoint,
  method: HttpMethod,
  ctx: ApiContext,
  byKey: Map<string, Resource>,
  auth: Endpoint[],
): Endpoint {
  const segs = s.path.split('/').filter(Boolean);
  const params = pathParamsOf(segs, byKey);
  let at = -1;
  segs.forEach((seg, i) => {
    if (!seg.startsWith('{') && byKey.has(matchKey(seg))) at = i;
  });
  const rest = at >= 0 ? segs.slice(at + 1) : [];
  const r = at >= 0 ? linkWritten(byKey.get(matchKey(segs[at]!))!, segs, at, method, ctx, byKey) : null;
  const quote = s.origin.kind === 'source' ? (s.origin.quote ?? '') : '';
  const base: Omit<
    Endpoint,
    'operationId' | 'resource' | 'summary' | 'entity' | 'action' | 'requestBody' | 'responses' | 'rateLimit'
  > = {
    method,
    path: s.path,
    parameters: params,
    authenticated: true,
    roles: [],
    pagination: null,
    idempotencyKey: false,
    requirements: [],
    origin: s.origin,
  };
  // A route under an administration prefix (`POST /admin/refresh`: re-discover the schema) is an
  // operator action, never the public sign-in flow its last word resembles.
  const admin = segs.some((x) => /^admin(istration)?$/i.test(x));
  // `me` names the caller's own account only as the last word (`GET /auth/me`); a route under it
  // (`GET /me/hours/statement.pdf`) is the caller's own data, signed in, never the public sign-in flow.
  const authWord = admin
    ? undefined
    : segs.find(
        (x, i) =>
          AUTH_WORD.test(x) &&
          (x !== 'me' || (i === segs.length - 1 && segs.slice(0, i).every(isAccountSegment))),
      );
  // A route under a resource that its description calls an account step ("POST /donors/link —
  // sends a magic link to the donor's e-mail") is that step for those accounts, not an action on one.
  // A record's own route (`POST /shifts/{id}/signups` "Sign up") is never one.
  const accountStep = !!s.authStep && rest.length > 0 && !segs.some((x) => x.startsWith('{'));
  if (segs.includes('auth') || (!r && authWord) || accountStep) {
    const last = segs[segs.length - 1] ?? '';
    const id =
      {
        login: 'login',
        signin: 'login',
        'sign-in': 'login',
        register: 'register',
        signup: 'register',
        'sign-up': 'register',
        logout: 'logout',
        refresh: 'refreshToken',
        // The caller's own account: read, changed or closed (`DELETE /me`) by the method.
        me: { GET: 'getMe', PUT: 'replaceMe', PATCH: 'updateMe', DELETE: 'deleteMe', POST: 'getMe' }[method],
      }[last] ??
      // Beside a password sign-in, a code's exchange is its own operation (`signInWithLink`).
      (s.authStep === 'sign-in-verify' && auth.some((a) => a.operationId === 'signInWithLink')
        ? 'signInWithLink'
        : s.authStep
          ? STEP_OPERATION[s.authStep]
          : undefined);
    const tpl = auth.find(
      (a) =>
        a.method === method &&
        (a.operationId === id || (id === 'requestSignInLink' && a.operationId === 'requestSignInCode')),
    );
    if (tpl)
      return {
        ...tpl,
        ...base,
        parameters: [...params, ...tpl.parameters.filter((p) => p.in !== 'path')],
        authenticated: tpl.authenticated,
        // A route table's description column ("| POST | /auth/refresh | 刷新访问令牌 |") is the route's
        // own words; a cell of another column ("| POST | /auth/login | email, password |") never is.
        summary: s.row && s.description ? s.description : tpl.summary,
      };
    // A stated caller (a route table's `Who` naming roles) beats the guess from the path's words.
    const signedIn = last === 'me' || last === 'logout' || (!!s.access && !s.access.public);
    const g = generic(base, s, segs, 'auth', 'Auth', signedIn);
    return id ? { ...g, operationId: id } : g;
  }
  if (segs.some((x) => /^webhooks?$/.test(x))) {
    // Webhooks authenticate by the sender's signature, not a user credential.
    const after = segs
      .slice(segs.findIndex((x) => /^webhooks?$/.test(x)) + 1)
      .filter((x) => !x.startsWith('{'));
    const g = generic(base, s, segs, 'webhook', 'Webhooks', false);
    const verb = verifiesWebhook(s, method, segs, ctx) ? 'verify' : 'receive';
    return { ...g, operationId: `${verb}${pascal(after.join(' ') || 'event')}Webhook`, rateLimit: 'webhook' };
  }
  // The route an integration states as its webhook (`POST /platby/comgate/notifikace`, read by
  // derive/integrations): the provider calls it with its signature, no signed-in role does.
  const hookOf = ctx.spec.integrations.find((i) => i.webhooks.some((w) => w.path === s.path));
  if (hookOf && (method === 'POST' || method === 'GET')) {
    const g = generic(base, s, segs, 'webhook', 'Webhooks', false);
    // A provider's second callback (`…/refund-notify` beside `…/notify`) is named by its own words.
    const last = segs[segs.length - 1] ?? '';
    const own =
      hookOf.webhooks.length > 1 && !RECEIVING_SEGMENT.test(last) ? pascal(last.replace(/[-_]/g, ' ')) : '';
    const verb = verifiesWebhook(s, method, segs, ctx) ? 'verify' : 'receive';
    return {
      ...g,
      operationId: `${verb}${pascal(hookOf.provider.replace(/-/g, ' '))}${own}Webhook`,
      rateLimit: 'webhook',
    };
  }
  if (/^(health|healthz|ready|readyz|live|livez|status|ping)$/.test(segs[segs.length - 1] ?? '') && !r) {
    return {
      ...generic(base, s, segs, 'health', 'Health', false),
      summary: s.description ?? 'Health check',
      rateLimit: 'public',
    };
  }
  if (!r) {
    const g = shaped(base, s, segs);
    // A route of no entity (`GET /me/hours/statement.pdf`, "Query `from`, `to`") takes the query
    // parameters its description states, untyped: no field says what they hold.
    // A query written after the path (`GET /reports/board?month=`) is the route's too.
    const names = s.query ?? queryOfPath(quote, s.path);
    return names ? { ...g, parameters: [...g.parameters, ...names.map((n) => describedQueryParam(n))] } : g;
  }

  const item = rest[0]?.startsWith('{') ?? false;
  const tail = item ? rest.slice(1) : rest;
  if (tail.length === 0) {
    const action = item
      ? ({ GET: 'get', PATCH: 'update', PUT: 'replace', DELETE: 'delete', POST: 'action' } as const)[method]
      : ({ GET: 'list', POST: 'create', PUT: 'replace', PATCH: 'update', DELETE: 'delete' } as const)[method];
    const template = (kind: Resource['kind']) =>
      crudEndpoints({ ...r, kind }, ctx).find(
        (e) =>
          e.action === (action === 'replace' ? 'update' : action) &&
          (item ? e.path.endsWith('{id}') : !e.path.endsWith('{id}')),
      );
    // A stated `POST /events` creates an event even where the model alone made Event a read-only
    // reference: the route table is the contract, and the operation is named for what it does.
    const tpl =
      template(r.kind === 'internal' || r.kind === 'join' ? 'root' : r.kind) ??
      (r.kind === 'nested' ? undefined : template('root'));
    // `GET /moi/factures/{id}.pdf`: the record as a file, not its JSON (OpenAPI 3.1 §4.8.2 lets a
    // template share its segment with a suffix); the body is the file, in the suffix's media type.
    const file = item && method === 'GET' ? FILE_SUFFIX.exec(rest[0]!)?.[1]?.toLowerCase() : undefined;
    if (tpl && file && MEDIA_TYPES[file]) {
      const query = statedQuery(quote, s.path, r, tpl, s.query);
      return {
        ...tpl,
        ...base,
        operationId: `${crudOperationId(r, 'get')}${pascal(file)}`,
        summary: describes(s.description) ? s.description! : tpl.summary,
        parameters: [...params, ...(query ?? [])],
        responses: [
          {
            status: 200,
            description: `The ${r.entity.name} as a ${file.toUpperCase()} file (${MEDIA_TYPES[file]}).`,
            schema: null,
          },
          ...tpl.responses.filter((x) => x.status >= 300),
        ],
      };
    }
    if (tpl) {
      const query = statedQuery(quote, s.path, r, tpl, s.query);
      // `DELETE /bookings/{id}` described "cancel …" is the cancel operation, named so.
      const described = s.verb && item && method !== 'GET' ? s.verb : null;
      return {
        ...tpl,
        ...base,
        operationId: described ? `${camel(described)}${r.entity.name}` : crudOperationId(r, tpl.action),
        // The route table's own description names the operation ("Adhérer (crée le lien de paiement
        // Mollie)"), in the documents' words; the template's where the table has none or one word
        // ("list", "detail" say less than the template) or a request line (`Authorization: Bearer …`).
        summary: describes(s.description) ? s.description! : tpl.summary,
        ...(described ? { action: 'action' as const, stateVerb: described } : {}),
        parameters: [...params, ...(query ?? tpl.parameters.filter((p) => p.in !== 'path'))],
        pagination: tpl.pagination,
        idempotencyKey: tpl.idempotencyKey,
      };
    }
  }
  // An action on the item (`PATCH /tasks/{id}/complete`) or on the collection (`POST /tasks/import`).
  const word = tail.filter((x) => !x.startsWith('{')).join('-') || 'action';
  // `POST /reports/{id}/mark-shared` → markSharedReport; `GET /reports/{id}/share-url` → getReportShareUrl.
  const entity = r.entity.name;
  const verb = camel(word);
  // An action that moves money (stated as such, or on a money record) takes an Idempotency-Key.
  const money =
    method !== 'GET' &&
    (movesMoney(entity) ||
      /\b(refund|charge|pay|payment|deposit|payout)\w*/i.test(`${word} ${s.description ?? ''}`));
  // `POST /schools/{id}/menus`: a plural noun under the item is a collection of its own, posted to
  // (createSchoolMenu), not a verb named "menus" (menusSchool).
  // `POST /bookinger/{id}/aflys` described "Aflys en booking", `POST /faciliteter/{id}/laas` described
  // "Lås en facilitet": a segment its description opens with is that verb, not a plural ("afly").
  const opening = (s.description ?? '').trim().split(/[^\p{L}]+/u)[0] ?? '';
  const nordic = opening.replace(/å/giu, 'aa').replace(/æ/giu, 'ae').replace(/ø/giu, 'oe');
  const describedVerb = [...asciiSpellings(opening), ...asciiSpellings(nordic)].includes(word.toLowerCase());
  const subCollection =
    method === 'POST' &&
    item &&
    s.verb !== word &&
    !describedVerb &&
    pluralize.isPlural(word) &&
    pluralize.singular(word) !== word &&
    !word.includes('-');
  // `POST /appointments/{id}/cancel` beside `cancel_reason`: the action records its note (rule
  // `derive/action-note-from-action`); a route stated without a contract takes it in its body.
  const note =
    item && (method === 'POST' || method === 'PATCH') && !subCollection
      ? actionNoteBody(r.entity, s.verb ?? word)
      : null;
  const ok: ResponseSpec = subCollection
    ? { status: 201, description: `The created ${pluralize.singular(word)}.`, schema: null }
    : method === 'GET'
      ? { status: 200, description: s.description ?? `The ${word} of the ${entity}.`, schema: null }
      : method === 'DELETE'
        ? { status: 204, description: 'Done.', schema: null }
        : {
            status: 200,
            description: `The ${entity} after ${word}.`,
            schema: item ? ref(schemaNames(entity).read) : null,
          };
  return {
    ...base,
    operationId:
      method === 'GET'
        ? `get${entity}${pascal(word)}`
        : subCollection
          ? `create${entity}${pascal(pluralize.singular(word))}`
          : `${verb}${entity}`,
    resource: resourceName(r),
    summary: s.description ?? `${pascal(word).replace(/([a-z])([A-Z])/g, '$1 $2')} (${entity})`,
    entity,
    action: 'action',
    ...(s.verb && s.verb !== word ? { stateVerb: s.verb } : {}),
    parameters: [
      ...params,
      ...(statedQuery(quote, s.path, r, { parameters: [], pagination: null }, s.query) ?? []),
      ...(money ? [idempotencyHeader()] : []),
    ],
    requestBody: note,
    responses: [
      ok,
      ...errorResponses({
        authenticated: true,
        notFound: item,
        body: note !== null,
        conflict: method !== 'GET' && item,
        references: false,
        idempotent: money,
      }),
    ],
    idempotencyKey: money,
    rateLimit: method === 'GET' ? 'read' : 'write',
  };
}

/**
 * `POST /ordres/{id}/pieces` ("Consigner une pièce utilisée"): a Piece names no OrdreReparation, so the
 * route creates no Piece under the order; the one record that names both (`MouvementStock`, with
 * `piece_id` and `ordre_reparation_id`) is what it writes. Any other route keeps the named record.
 */
function linkWritten(
  r: Resource,
  segs: string[],
  at: number,
  method: HttpMethod,
  ctx: ApiContext,
  byKey: Map<string, Resource>,
): Resource {
  if (method !== 'POST' || at !== segs.length - 1 || at < 2 || !segs[at - 1]!.startsWith('{')) return r;
  const parent = byKey.get(matchKey(segs[at - 2]!));
  if (!parent || parent === r) return r;
  const names = (x: Resource, target: Resource) =>
    x.entity.fields.some((f) => f.references?.entity === target.entity.name);
  if (names(r, parent)) return r;
  const links = ctx.resources.filter((x) => x !== r && x !== parent && names(x, parent) && names(x, r));
  return links.length === 1 ? links[0]! : r;
}

/** `{id}.pdf`: a path template with a file suffix, and the media types of the suffixes a download has. */
const FILE_SUFFIX = /^\{[^}]+\}\.([A-Za-z0-9]{2,5})$/;
const MEDIA_TYPES: Record<string, string> = {
  pdf: 'application/pdf',
  csv: 'text/csv',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  zip: 'application/zip',
  ics: 'text/calendar',
  xml: 'application/xml',
};

/** A description of two words or more that is prose, not a header line or a code sample. */
function describes(text: string | undefined): boolean {
  // Words, or Han, kana or Hangul text written without spaces ("新增商品分类").
  if (
    !text ||
    !/\S\s+\S|[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]{2}/u.test(text)
  )
    return false;
  return !/^[A-Za-z][\w-]*:\s|[<>{}=]/.test(text.trim());
}

/**
 * A Romance compound name puts its head noun first
 * (`OrdreReparation`, "ordre de réparation"; `LigneDevis`), and route tables shorten it to that noun
 * (`POST /api/v1/ordres`). The head noun's table word names the entity when one entity alone has it
 * and no entity is called so.
 */
function headNounKeys(resources: readonly Resource[], byKey: Map<string, Resource>): void {
  if (!romanceDocuments()) return;
  const heads = new Map<string, Resource[]>();
  for (const r of resources) {
    const table = r.entity.table.split('_');
    const name = r.entity.name.split(/(?<=[a-z])(?=[A-Z])/);
    if (table.length < 2 || name.length < 2) continue;
    for (const k of new Set([matchKey(table[0]!), matchKey(name[0]!)]))
      heads.set(k, [...(heads.get(k) ?? []), r]);
  }
  for (const [k, rs] of heads) if (rs.length === 1 && !byKey.has(k)) byKey.set(k, rs[0]!);
}

/**
 * A stated collection (`/api/v1/requests`) that names no entity is the
 * one entity whose compound name ends in that noun (`AidRequest`, table `aid_requests`): English (and
 * Germanic) compounds put their head noun last. Only when unambiguous: one compound ends in the noun,
 * no entity is named by it alone, the segment is the route's first after the base path, and no
 * stated route names the entity by its own name (a project that writes `/aid-requests` somewhere
 * means something else by `/requests`). Otherwise the stated route stays a resource of its own.
 */
function tailNounKeys(
  resources: readonly Resource[],
  stated: readonly StatedEndpoint[],
  byKey: Map<string, Resource>,
): void {
  if (romanceDocuments()) return;
  const tails = new Map<string, Resource[]>();
  for (const r of resources) {
    const name = words(r.entity.name).split(' ');
    if (name.length < 2) continue;
    const k = matchKey(name[name.length - 1]!);
    if (k.length < 3 || byKey.has(k)) continue;
    tails.set(k, [...(tails.get(k) ?? []), r]);
  }
  if (tails.size === 0) return;
  const firstSegments = new Set<string>();
  const named = new Set<Resource>();
  for (const s of stated) {
    const segs = routeKey(s.method, s.path).split(' ')[1]!.split('/').filter(Boolean);
    if (segs[0] && !segs[0].startsWith('{')) firstSegments.add(matchKey(segs[0]));
    for (const seg of segs) {
      const r = seg.startsWith('{') ? undefined : byKey.get(matchKey(seg));
      if (r) named.add(r);
    }
  }
  for (const [k, rs] of tails)
    if (rs.length === 1 && firstSegments.has(k) && !named.has(rs[0]!)) byKey.set(k, rs[0]!);
}

/**
 * A parameter per `{name}` in the path, typed by the id of the collection segment before it; a
 * template may share its segment with a suffix (`/factures/{id}.pdf`, OpenAPI 3.1 §4.8.2).
 */
function pathParamsOf(segs: string[], byKey: Map<string, Resource>): Parameter[] {
  const out: Parameter[] = [];
  segs.forEach((seg, i) => {
    for (const m of seg.matchAll(/\{([^}]+)\}/g)) {
      const owner = i > 0 ? byKey.get(matchKey(segs[i - 1]!)) : undefined;
      out.push({
        name: m[1]!,
        in: 'path',
        required: true,
        schema: owner ? idSchema(pkField(owner)) : { type: 'string' },
        description: owner ? `Id of the ${owner.entity.name}.` : `The ${m[1]} path parameter.`,
      });
    }
  });
  return out;
}

/** Query names stated after the path (`GET /api/tasks ?label=&status=&sort=`), typed from the entity. */
function statedQuery(
  quote: string,
  path: string,
  r: Resource,
  tpl: Pick<Endpoint, 'parameters' | 'pagination'>,
  described: readonly string[] = [],
): Parameter[] | null {
  const derived = tpl.parameters;
  const written = queryOfPath(quote, path);
  const names = written ?? (described.length > 0 ? [...described] : null);
  if (!names) return null;
  const stated = names.map((name): Parameter => {
    const known = derived.find((p) => p.name === name && p.in === 'query');
    if (known) return known;
    const f = r.entity.fields.find(
      (x) => x.name === name || x.column === name || matchKey(x.name) === matchKey(`${name}Id`),
    );
    return {
      name,
      in: 'query',
      required: false,
      schema: f ? fieldSchema({ ...f, nullable: false, description: null }) : { type: 'string' },
      description: f
        ? `Only ${r.entity.name} records matching this ${f.name}.`
        : `Filter \`${name}\` as stated.`,
    };
  });
  // A written query (`?label=&status=`) is the whole query; filters a description lists ("filters
  // `site`, `from`") are the filters only, and the list keeps its sort beside them.
  const page = tpl.pagination
    ? pagingRolesOf(tpl.pagination.style).map((role) => pagingName(tpl.pagination, role))
    : [];
  const kept = written ? page : ['sort', ...page];
  const paging = derived.filter((p) => kept.includes(p.name) && !names.includes(p.name));
  return [...stated, ...paging];
}

/** A query parameter the route's description names, of no field of the model. */
const describedQueryParam = (name: string): Parameter => ({
  name,
  in: 'query',
  required: false,
  schema: { type: 'string' },
  description: `Filter \`${name}\` as stated.`,
});

/** The names of a `?a=&b=` query written after the route's path on its line, or null. */
function queryOfPath(quote: string, path: string): string[] | null {
  const bare = path.replace(/\{(\w+)\}/g, ':$1');
  const at =
    quote.indexOf(bare) >= 0
      ? quote.indexOf(bare) + bare.length
      : quote.indexOf(path) >= 0
        ? quote.indexOf(path) + path.length
        : -1;
  if (at < 0) return null;
  const m = /^\s*\?([\w=&.[\]-]+)/.exec(quote.slice(at));
  if (!m) return null;
  const names = m[1]!
    .split('&')
    .map((p) => p.split('=')[0]!)
    .filter((n) => /^\w+$/.test(n));
  return names.length > 0 ? names : null;
}

/** The derived operation a stated route described as an account step serves (`| POST | /auth/link | sends the magic link |`). */
const STEP_OPERATION: Record<NonNullable<StatedEndpoint['authStep']>, string> = {
  register: 'register',
  login: 'login',
  logout: 'logout',
  reset: 'requestPasswordReset',
  'sign-in-link': 'requestSignInLink',
  'sign-in-verify': 'login',
  refresh: 'refreshToken',
};

function generic(
  base: Omit<
    Endpoint,
    'operationId' | 'resource' | 'summary' | 'entity' | 'action' | 'requestBody' | 'responses' | 'rateLimit'
  >,
  s: StatedEndpoint,
  segs: string[],
  action: Endpoint['action'],
  resource: string,
  authenticated: boolean,
): Endpoint {
  const words = segs.filter((x) => !x.startsWith('{') && !/^(api|rest|v\d+)$/.test(x));
  const verb = { GET: 'get', POST: 'post', PUT: 'put', PATCH: 'patch', DELETE: 'delete' }[base.method];
  return {
    ...base,
    operationId: camel(`${verb} ${words.join(' ')}`) || verb,
    resource,
    summary: s.description ?? `${base.method} ${s.path}`,
    entity: null,
    action,
    requestBody: null,
    responses: [
      {
        status: base.method === 'POST' ? 200 : base.method === 'DELETE' ? 204 : 200,
        description: s.description ?? 'As stated in the documents.',
        schema: null,
      },
      ...errorResponses({
        authenticated,
        notFound: segs.some((x) => x.startsWith('{')),
        body: false,
        conflict: false,
        references: false,
        idempotent: false,
      }),
    ],
    authenticated,
    rateLimit: action === 'auth' ? 'auth' : base.method === 'GET' ? 'read' : 'write',
  };
}

/**
 * A route whose resource the data model does not define: named from its shape (`GET /x` lists,
 * `PATCH /x/{id}/complete` is an action), without schemas — the documents give none.
 */
function shaped(base: Parameters<typeof generic>[0], s: StatedEndpoint, segs: string[]): Endpoint {
  const words = segs.filter((x) => !/^(api|rest|v\d+)$/.test(x));
  let k = -1;
  words.forEach((w, i) => {
    if (!w.startsWith('{') && (i === words.length - 1 || words[i + 1]!.startsWith('{'))) k = i;
  });
  const named = words.find((x) => !x.startsWith('{') && x !== 'me') ?? 'api';
  const g = generic(base, s, segs, 'action', pascal(named), true);
  const n = words.length;
  const lastWord = words[n - 1] ?? '';
  const collectionWord = pluralize.isPlural(lastWord) && pluralize.singular(lastWord) !== lastWord;
  if (n >= 3 && !lastWord.startsWith('{') && !collectionWord && words[n - 2]!.startsWith('{')) {
    const owner = pascal(pluralize.singular(words[n - 3]!));
    const verb = words[n - 1]!;
    return {
      ...g,
      operationId: base.method === 'GET' ? `get${owner}${pascal(verb)}` : `${camel(verb)}${owner}`,
    };
  }
  if (k < 0) return g;
  if (!(words[k + 1]?.startsWith('{') ?? false) && !pluralize.isPlural(words[k]!)) return g;
  const noun = pascal(pluralize.singular(words[k]!));
  const item = words[k + 1]?.startsWith('{') ?? false;
  const tail = words.slice(k + (item ? 2 : 1));
  if (tail.length > 0) return g;
  const m = base.method;
  const action = item
    ? ({ GET: 'get', PATCH: 'update', PUT: 'replace', DELETE: 'delete', POST: 'action' } as const)[m]
    : ({ GET: 'list', POST: 'create', PUT: 'replace', PATCH: 'update', DELETE: 'delete' } as const)[m];
  const id =
    action === 'list' ? `list${pascal(words[k]!)}` : action === 'action' ? g.operationId : `${action}${noun}`;
  return { ...g, operationId: id, action };
}

/**
 * A GET beside a POST on one webhook route (`GET /webhooks/viva` and `POST /webhooks/viva`) is the
 * sender's verification handshake (it fetches a key or echoes a challenge before posting events);
 * the POST receives the events. A GET that is the provider's notification itself (`…/ipn`,
 * `…/notify`: knowledge/webhook-words.ts) receives.
 */
function verifiesWebhook(
  s: StatedEndpoint,
  method: string,
  segs: readonly string[],
  ctx: ApiContext,
): boolean {
  if (method !== 'GET' || RECEIVING_BY_GET.test(segs[segs.length - 1] ?? '')) return false;
  return ctx.domain.statedEndpoints.some(
    (e) => e.method === 'POST' && (e.path === s.path || e.path.endsWith(s.path) || s.path.endsWith(e.path)),
  );
}
