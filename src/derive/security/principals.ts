import type { Domain } from '../../model/domain.js';
import { fromRule, type Origin } from '../../model/origin.js';
import type { Endpoint } from '../../model/spec/api.js';
import type { Integration } from '../../model/spec/operations.js';
import type { MachinePrincipal, RoleSpec } from '../../model/spec/security.js';
import { statements } from '../api/suppress.js';
import { apiKeyClient } from './api-clients.js';
import { accessKey, signedRoutes } from './stated-access.js';

/**
 * Rule `derive/machine-principal`: machines that call the API are principals with their own
 * authentication scheme, never user roles (issue 13 item 3). Two sources:
 * - an actor or role that names a machine (devices, sensors, webhooks, service accounts, bots,
 *   automation agents; en, es, pt, fr, de) leaves the role list and becomes a principal;
 * - each webhook route is called by its provider (`POST /webhooks/stripe` → Stripe).
 * The scheme (signature, API key, mTLS, client credentials) is taken only from a sentence that names
 * the machine; otherwise it stays null and the reader sees it is not stated.
 */
const DEVICE =
  /\b(?:devices?|sensors?|iot|dispositivos?|sensores?|appareils?|capteurs?|geräte?|sensoren|terminals?|kiosks?)\b/iu;
const AGENT =
  /\b(?:bots?|automation agents?|ai agents?|agentic models?|llms?|robots?|roboter|agentes? (?:de )?(?:ia|automatización)|agents? (?:ia|d'automatisation))\b/iu;
const SERVICE =
  /\b(?:webhooks?|service accounts?|api clients?|machines?|cron(?: jobs?)?|schedulers?|external (?:services?|systems?)|cuentas? de servicio|contas? de serviço|comptes? de service|dienstkont\w*)\b/iu;

const SCHEMES: [NonNullable<MachinePrincipal['auth']>['value'], RegExp][] = [
  [
    'signature',
    /\bsignatures?\b|\bsigned\b|\bhmac\b|-signature\b|\bfirma(?:do|da)?\b|\bassinatura\b|\bsignée?\b|\bsignatur\b|(?<=\b(?:il|the|un|a|le|du|el|den|der|o) )mac\b/iu,
  ],
  [
    'mtls',
    /\bmtls\b|\bmutual tls\b|\bclient certificates?\b|\bcertificados? de cliente\b|\bcertificat client\b/iu,
  ],
  ['oauth-client-credentials', /\bclient[ _-]credentials\b/iu],
  [
    'api-key',
    /\bapi[ _-]?keys?\b|\bx-api-key\b|\bclaves? de api\b|\bchaves? de api\b|\bclés? d['’]api\b|\bapi-schlüssel\b/iu,
  ],
];

export function machineKind(name: string): MachinePrincipal['kind'] | null {
  if (DEVICE.test(name)) return 'device';
  if (AGENT.test(name)) return 'agent';
  if (SERVICE.test(name)) return /webhook/i.test(name) ? 'webhook' : 'service';
  return null;
}

interface Said {
  text: string;
  origin: Origin;
}

function texts(domain: Domain): Said[] {
  const out: Said[] = statements(domain);
  for (const i of domain.integrations) out.push({ text: i.context, origin: i.origin });
  for (const f of domain.securityFacts ?? [])
    if ('text' in f && typeof f.text === 'string') out.push({ text: f.text, origin: f.origin });
  for (const e of domain.statedEndpoints)
    if (e.description) out.push({ text: `${e.path} ${e.description}`, origin: e.origin });
  return out;
}

/** The scheme a sentence naming the machine states, with that sentence as origin. */
function schemeOf(name: string, said: readonly Said[]): MachinePrincipal['auth'] {
  const words = name
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length >= 3 && !/^(?:webhooks?|status|callbacks?|the|and)$/.test(w));
  if (words.length === 0) return null;
  const about = said.filter((s) => words.some((w) => s.text.toLowerCase().includes(w)));
  for (const [value, re] of SCHEMES) {
    const hit = about.find((s) => re.test(s.text));
    if (hit) return { value, origin: hit.origin };
  }
  return null;
}

/**
 * The scheme the documents state for a named machine (a webhook's provider): the same reading 5.8
 * ("who calls the API") shows, so the integration's webhook row agrees with it.
 */
export function statedMachineScheme(
  domain: Domain,
  name: string,
  routes: readonly { path: string; method: string }[] = [],
): MachinePrincipal['auth'] {
  const said = schemeOf(name, texts(domain));
  if (said) return said;
  // "| POST | /fizetesek/simplepay/ipn | … | aláírás (HMAC-SHA384) |": the route table states the signature.
  const signed = signedRoutes(domain);
  const cell = domain.statedEndpoints.find(
    (e) =>
      routes.some((r) => r.path === e.path && r.method === e.method) &&
      signed.has(accessKey(e.method, e.origin) ?? ''),
  );
  return cell && cell.origin.kind === 'source' ? { value: 'signature', origin: cell.origin } : null;
}

/** `POST /webhooks/stripe` → `Stripe`, `/api/v1/webhooks/twilio/status` → `Twilio`, `/trustme/webhook` → `Trustme`. */
function provider(path: string): string {
  const segs = path.split('/').filter((s) => s && !s.startsWith('{'));
  const at = segs.findIndex((s) => /webhooks?|callbacks?|hooks?/i.test(s));
  // The provider sits after the webhook segment, or before it (`/trustme/webhook`).
  const name = (at >= 0 ? (segs[at + 1] ?? segs[at - 1]) : undefined) ?? segs[segs.length - 1] ?? 'webhook';
  return name.charAt(0).toUpperCase() + name.slice(1);
}

export interface SplitRoles {
  roles: RoleSpec[];
  principals: MachinePrincipal[];
}

/** Moves machine actors out of the roles and lists every machine principal. */
export function machinePrincipals(
  domain: Domain,
  roles: RoleSpec[],
  endpoints: readonly Endpoint[],
  integrations: readonly Pick<Integration, 'name' | 'webhooks'>[] = [],
): SplitRoles {
  const said = texts(domain);
  const principals: MachinePrincipal[] = [];
  const people: RoleSpec[] = [];
  for (const r of roles) {
    const kind = machineKind(`${r.name.replace(/_/g, ' ')} ${r.label}`);
    if (!kind) {
      people.push(r);
      continue;
    }
    principals.push({
      name: r.label,
      kind,
      auth: schemeOf(r.label, said),
      operations: [],
      origin: r.origin.kind === 'source' ? r.origin : fromRule('derive/machine-principal'),
    });
  }
  const hooks = new Map<string, Endpoint[]>();
  for (const e of endpoints) {
    if (e.action !== 'webhook') continue;
    // An integration's stated webhook (`/platby/comgate/notifikace`) is called by that integration.
    const p = integrations.find((i) => i.webhooks.some((w) => w.path === e.path))?.name ?? provider(e.path);
    hooks.set(p, [...(hooks.get(p) ?? []), e]);
  }
  // "| POST | /platby/comgate/notifikace | Comgate (podpis) |": the route table states the signature.
  const signed = signedRoutes(domain);
  for (const [name, eps] of [...hooks.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    // A sentence naming the scheme ("callback … (mTLS)") says more than the cell's word for it.
    const inCell = eps.find((e) => signed.has(accessKey(e.method, e.origin) ?? ''));
    principals.push({
      name,
      kind: 'webhook',
      auth:
        schemeOf(name, said) ??
        (inCell && inCell.origin.kind === 'source' ? { value: 'signature', origin: inCell.origin } : null),
      operations: eps.map((e) => e.operationId).sort(),
      origin: eps[0]!.origin,
    });
  }
  // A machine client with a stated API key on our routes (rule derive/api-key-client).
  const keyed = apiKeyClient(domain, endpoints);
  if (keyed) principals.push(keyed);
  // Keep at least one role: a document whose only actor is a machine still has the stated users.
  return people.length > 0
    ? { roles: people, principals }
    : { roles, principals: principals.filter((p) => p.kind === 'webhook' || p === keyed) };
}
