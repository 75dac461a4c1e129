import { diag } from '../diagnostics/diagnostic.js';
import { type Provider, providerById } from '../knowledge/providers.js';
import { RECEIVING_BY_GET, RECEIVING_SEGMENT } from '../knowledge/webhook-words.js';
import type { IntegrationMention, ProviderDetail, StatedEndpoint } from '../model/domain.js';
import type { Integration, RetryPolicy } from '../model/spec/operations.js';
import type { MachinePrincipal } from '../model/spec/security.js';
import { routesUnderBase } from './api/context.js';
import { providerRetry, statedInterval } from './operations/retry.js';
import { deadLetterFor, jobRunner } from './operations/stack.js';
import { statedMachineScheme } from './security/principals.js';
import type { DeriveStep } from './types.js';

const UNKNOWN_SCHEME = 'the provider’s own verification scheme, not in the catalogue';
/** How an uncatalogued provider's callbacks are verified where the documents state it (as 5.8 shows). */
export const MTLS_VERIFICATION = 'client certificate (mutual TLS), as the documents state';
const STATED_SCHEME: Record<NonNullable<MachinePrincipal['auth']>['value'], string> = {
  signature: 'a signature, as the documents state',
  mtls: MTLS_VERIFICATION,
  'api-key': 'an API key, as the documents state',
  'oauth-client-credentials': 'OAuth client credentials, as the documents state',
};

const STATUS_ORDER: Integration['status'][] = ['chosen', 'mentioned', 'future', 'out-of-scope', 'rejected'];

/**
 * Derive step `integrations` (workflow step 7): one entry per third-party service the documents name.
 * A catalogued provider carries its documented facts (endpoints, auth, format, limits, retryable
 * failures, webhook signature scheme, env vars); an unknown one carries only the documents' words and
 * `known: false`. The status is the strongest statement made about it: in use beats planned beats
 * rejected beats a passing mention.
 */
export const integrationsStep: DeriveStep = {
  name: 'integrations',
  derive({ domain }) {
    const deadLetter = deadLetterFor(jobRunner(domain));
    const groups = new Map<string, IntegrationMention[]>();
    for (const m of domain.integrations) groups.set(m.provider, [...(groups.get(m.provider) ?? []), m]);
    foldProductNames(groups);
    carriedMethods(groups);
    const integrations: Integration[] = [];
    const diagnostics = [];
    // A webhook route stated in a table under the documents' base path (`/webhooks/viva` under
    // `/api/v1`) is served at the full path, as the API section lists it.
    const based = routesUnderBase(domain);
    const asStated = new Map(based.map((e, i) => [`${e.method} ${e.path}`, domain.statedEndpoints[i]!.path]));
    for (const [id, mentions] of groups) {
      const provider = providerById(id) ?? null;
      const integration = build(id, provider, mentions, deadLetter, statedWebhooks(based, id, provider));
      // An uncatalogued provider's callbacks: the scheme its documents state ("Certifikatbaserad
      // autentisering (mTLS)", "`Signature` fejléc … HMAC-SHA384"), else the provider's own.
      if (!provider && integration.webhooks.length > 0) {
        const scheme = statedMachineScheme(
          domain,
          integration.name,
          integration.webhooks.flatMap((w) => {
            const method = w.method ?? 'POST';
            const stated = asStated.get(`${method} ${w.path}`);
            return [
              { path: w.path, method },
              ...(stated && stated !== w.path ? [{ path: stated, method }] : []),
            ];
          }),
        );
        if (scheme) for (const w of integration.webhooks) w.verification = STATED_SCHEME[scheme.value];
        // "Backend memverifikasi `signature_key` = SHA-512(…)": the scheme in the documents' own words.
        const first = integration.name.split(/\s+/)[0]!.toLowerCase();
        const said = (domain.callbackSignatures ?? []).find((c) => c.names.includes(first));
        if (said && (!scheme || scheme.value === 'signature'))
          for (const w of integration.webhooks)
            w.verification = `${said.text.replace(/[.;]+$/, '')} (as the documents state)`;
      }
      integrations.push(integration);
      if (!provider && integration.status === 'chosen') {
        const at = mentions[0]!.origin;
        diagnostics.push(
          diag(
            'operations/unknown-provider',
            `"${integration.name}" is not in the provider catalogue: endpoints, auth, limits and webhooks are not known`,
            at.kind === 'source' ? { at: { file: at.file, line: at.line } } : {},
          ),
        );
      }
    }
    integrations.sort(
      (a, b) =>
        STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status) || a.name.localeCompare(b.name),
    );
    return { spec: { integrations }, diagnostics };
  },
};

/**
 * One provider the catalogue does not know, named once with its product ("Viva Wallet" in the stack
 * table, "Viva Wallet Smart Checkout" in the decision record): a name of two words at least that
 * opens another's is the same provider, and the longer one's mentions join it. A single word is
 * too weak a prefix ("Google" opens many products).
 */
function foldProductNames(groups: Map<string, IntegrationMention[]>): void {
  const unknown = [...groups.keys()].filter((id) => !providerById(id)).sort((a, b) => a.length - b.length);
  for (const id of unknown) {
    const base = unknown.find((b) => b !== id && b.includes('-') && id.startsWith(`${b}-`) && groups.has(b));
    if (!base) continue;
    groups.get(base)!.push(...groups.get(id)!);
    groups.delete(id);
  }
}

/**
 * A payment method another chosen service carries ("MobilePay via Nets Easy") is no integration of
 * ours: the carrier's checkout takes it. Its mentions in use become mentions, so it gets no endpoints,
 * webhook or job of its own; a sentence choosing it directly elsewhere is read the same way, since
 * the documents said whose method it is.
 */
function carriedMethods(groups: Map<string, IntegrationMention[]>): void {
  const chosen = new Set<string>();
  for (const [id, mentions] of groups)
    if (mentions.some((m) => m.status === 'chosen')) {
      chosen.add(id);
      for (const m of mentions) chosen.add(m.name.toLowerCase());
    }
  for (const [id, mentions] of groups) {
    const carrier = mentions.find((m) => m.carriedBy && m.status === 'chosen')?.carriedBy?.toLowerCase();
    const carried = carrier && (chosen.has(carrier) || [...chosen].some((c) => c.startsWith(`${carrier} `)));
    if (!carried) continue;
    groups.set(
      id,
      mentions.map((m) => (m.status === 'chosen' ? { ...m, status: 'mentioned' as const } : m)),
    );
  }
}

/**
 * What the integration carries: a provider the catalogue does not know takes the channel its sentence
 * names ("SMS … über sipgate"); a messaging provider the documents use for WhatsApp ("Twilio para
 * WhatsApp") carries WhatsApp, its own channel, never the catalogue's SMS — unless a sentence of the
 * same standing also states SMS for it.
 */
export function integrationCategory(
  provider: Provider | null,
  mentions: readonly IntegrationMention[],
): string {
  if (!provider) return mentions.find((m) => m.channel)?.channel ?? 'other';
  const status = statusOf(mentions);
  const deciding = mentions.filter((m) => m.status === status);
  if (
    ['sms', 'chat'].includes(provider.category) &&
    deciding.some((m) => m.channel === 'whatsapp') &&
    !deciding.some((m) => m.channel === 'sms')
  )
    return 'whatsapp';
  return provider.category;
}

/**
 * Every message channel the integration carries: its category, and the other channels a sentence of
 * the deciding standing states for it ("Twilio for SMS and WhatsApp" carries both).
 */
export function integrationChannels(
  provider: Provider | null,
  mentions: readonly IntegrationMention[],
): string[] {
  const category = integrationCategory(provider, mentions);
  const status = statusOf(mentions);
  const stated = mentions.filter((m) => m.status === status).flatMap((m) => m.channels ?? []);
  return [...new Set([category, ...stated])];
}

function statusOf(mentions: readonly IntegrationMention[]): Integration['status'] {
  const has = (s: IntegrationMention['status']) => mentions.some((m) => m.status === s);
  if (has('chosen')) return 'chosen';
  if (has('future')) return 'future';
  if (has('out-of-scope')) return 'out-of-scope';
  if (has('rejected')) return 'rejected';
  return 'mentioned';
}

/**
 * The webhook routes the documents state for this provider (`POST /webhooks/vipps` for Vipps
 * MobilePay; `POST /api/v1/pay/wechat/notify` and `…/refund-notify` for WeChat Pay): POST routes
 * with a segment that is its id, the start of it, or one of its names, and a segment (or a hyphenated
 * part of one: `refund-notify`) that receives (webhooks, callback, notify, ipn, notifikace:
 * src/knowledge/webhook-words.ts). A provider may state several callbacks, one per kind of event.
 */
function statedWebhooks(
  stated: readonly StatedEndpoint[],
  id: string,
  provider: Provider | null,
): { path: string; method: 'GET' | 'POST' }[] {
  const names = (provider?.aliases ?? []).map((a) => new RegExp(`^(?:${a})$`, 'iu'));
  const namesIt = (seg: string) => {
    const spaced = seg.replace(/[-_]/g, ' ');
    // An uncatalogued provider's id keeps its words ("otp-simplepay"): a long one names it
    // (`/fizetesek/simplepay/ipn`), a short one ("otp") is too common to.
    return (
      seg === id ||
      id.startsWith(`${seg}-`) ||
      (!provider && seg.length >= 6 && id.split('-').includes(seg)) ||
      names.some((re) => re.test(spaced))
    );
  };
  const out: { path: string; method: 'GET' | 'POST' }[] = [];
  for (const e of stated) {
    if ((e.method !== 'POST' && e.method !== 'GET') || out.some((o) => o.path === e.path)) continue;
    const segs = e.path
      .toLowerCase()
      .split('/')
      .filter((x) => x.length > 0 && !x.startsWith('{'));
    // A GET receives only as an IPN or notify route: a GET "callback" is a browser's return (OAuth).
    const hit = e.method === 'POST' ? segs.some(receives) : segs.some((x) => RECEIVING_BY_GET.test(x));
    if (hit && segs.some(namesIt)) out.push({ path: e.path, method: e.method });
  }
  return out;
}

/** A segment that receives a call: `notify`, or a hyphenated one that ends or starts with such a word. */
const receives = (seg: string) =>
  RECEIVING_SEGMENT.test(seg) || seg.split(/[-_]/).some((p) => RECEIVING_SEGMENT.test(p));

/**
 * Where a provider states several callback routes, an event
 * whose name holds a word of one route's own segments (`REFUND.SUCCESS` for `…/refund-notify`) is that
 * route's; the route without such words receives the rest.
 */
function eventsByRoute(paths: readonly string[], events: readonly string[]): string[][] {
  if (paths.length < 2) return paths.map(() => [...events]);
  const own = paths.map((p) =>
    p
      .toLowerCase()
      .split(/[/_-]+/)
      .filter((w) => w.length >= 4 && !w.startsWith('{') && !RECEIVING_SEGMENT.test(w))
      // `refunds` names the `charge.refunded` events too.
      .map((w) => w.replace(/s$/, '')),
  );
  // A word every route shares (`wechat`, `pay`) tells none of them apart.
  const distinct = own.map((ws) => ws.filter((w) => !own.every((o) => o.includes(w))));
  const claimed = distinct.map((ws) => events.filter((ev) => ws.some((w) => ev.toLowerCase().includes(w))));
  const taken = new Set(claimed.flat());
  return claimed.map((c) => (c.length > 0 ? c : events.filter((ev) => !taken.has(ev))));
}

/** The words of a name, lower-cased: letters and digits of any script. */
const nameWords = (name: string) =>
  name
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/**
 * The provider's name as the documents write it, where they never write the catalogue's: a written
 * name whose every word is in the catalogue name ("MobilePay" of "Vipps MobilePay", "Elasticsearch" of
 * "Elasticsearch / OpenSearch", "Vipps" of "Vipps MobilePay") is the same provider in the same role,
 * and the spec keeps the name the documents use, so a rejected option ("MobilePay Online direkte")
 * and its integration are seen as one. The most-written such name wins, then the longer; a name the
 * documents write in another script (카카오 로그인) keeps the catalogue's.
 */
function statedName(catalogue: string, mentions: readonly IntegrationMention[]): string {
  const own = catalogue.toLowerCase();
  if (mentions.some((m) => m.name.toLowerCase() === own)) return catalogue;
  const words = new Set(nameWords(catalogue));
  const counts = new Map<string, number>();
  for (const m of mentions) {
    const w = nameWords(m.name);
    if (w.length > 0 && w.every((x) => words.has(x))) counts.set(m.name, (counts.get(m.name) ?? 0) + 1);
  }
  const best = [...counts].sort(
    (a, b) => b[1] - a[1] || b[0].length - a[0].length || (a[0] < b[0] ? -1 : 1),
  )[0];
  return best?.[0] ?? catalogue;
}

function build(
  id: string,
  provider: Provider | null,
  mentions: IntegrationMention[],
  deadLetter: string,
  webhookRoutes: readonly { path: string; method: 'GET' | 'POST' }[],
): Integration {
  const status = statusOf(mentions);
  // The purpose is quoted from the mention that decided the status, preferring a table row or
  // labelled line (its context names the slot, e.g. "Email: Resend (free tier)").
  const deciding = mentions.filter((m) => m.status === status);
  // A line that starts with the provider's own name ("Stripe: Stripe calls POST /webhooks/…") says
  // what it is for better than any other labelled line that happens to name it.
  // The purpose column of an integrations table row says it best of all.
  const best =
    deciding.find((m) => m.purposeStated) ??
    deciding.find((m) => m.context.trimStart().toLowerCase().startsWith(m.name.toLowerCase())) ??
    deciding.find((m) => m.context.includes(':') || m.context.includes(' — ')) ??
    deciding[0]!;
  const seen = new Set<string>();
  const quoted = mentions.filter((m) => {
    const key = `${m.context}|${m.origin.kind === 'source' ? m.origin.file : ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  // Only a provider the documents chose gets configuration and a webhook receiver. Webhooks are
  // derived where the provider's events drive state (payments, identity sync, WhatsApp replies), where
  // the documents state the provider's callback route, or where they talk about delivery status or
  // callbacks. A chat API the documents use to push messages (LINE push reminders) receives nothing.
  const active = status === 'chosen';
  const wantsEvents =
    ['payments', 'identity', 'whatsapp'].includes(provider?.category ?? '') ||
    webhookRoutes.length > 0 ||
    mentions.some((m) => m.events === true);
  const clientSide = provider?.clientSide ?? /\bbrowser\b|client[- ]side|on the device/i.test(best.context);
  const hooks = provider?.webhooks;
  const routes =
    webhookRoutes.length > 0 ? webhookRoutes : [{ path: `/webhooks/${id}`, method: 'POST' as const }];
  const events = hooks
    ? eventsByRoute(
        routes.map((r) => r.path),
        hooks.events,
      )
    : [];
  const viaGet = (r: { method: 'GET' | 'POST' }) => (r.method === 'GET' ? { method: 'GET' as const } : {});
  // A provider the catalogue does not know keeps the callback routes the documents state for it; its
  // events and signature scheme are the provider's, which only its documentation gives.
  const webhooks =
    hooks && active && wantsEvents && !provider.clientSide
      ? routes.map((r, at) => ({
          path: r.path,
          events: events[at]!.length > 0 ? events[at]! : hooks.events,
          verification: hooks.verification,
          ...viaGet(r),
        }))
      : !provider && active
        ? webhookRoutes.map((r) => ({ path: r.path, events: [], verification: UNKNOWN_SCHEME, ...viaGet(r) }))
        : [];
  // What the provider's own section states beats the catalogue, line by line (once per aspect and text).
  const stated = [
    ...new Map(mentions.flatMap((m) => m.details ?? []).map((d) => [`${d.aspect}|${d.text}`, d])).values(),
  ];
  const statedOf = (aspect: ProviderDetail['aspect']) => stated.filter((d) => d.aspect === aspect);
  const purposes = status === 'chosen' ? statedOf('purpose') : [];
  const verifiesOnly = mentions.some((m) => m.verifiesOnly);
  return {
    provider: id,
    name: provider ? statedName(provider.name, mentions) : best.name,
    category: integrationCategory(provider, mentions),
    ...(integrationChannels(provider, mentions).length > 1
      ? { channels: integrationChannels(provider, mentions) }
      : {}),
    // The provider section's own "Purpose:" lines say it best (one per product: "Twilio Verify: SMS
    // one-time codes; Twilio Programmable Messaging: shift reminders"); a rejected or later option
    // keeps the reason its row states ("higher fees for iDEAL").
    purpose:
      purposes.length > 0
        ? purposes
            .map((d) => (purposes.length > 1 && d.section ? `${d.section}: ${d.text}` : d.text))
            .join('; ')
        : best.reason && status !== 'chosen' && !best.context.includes(best.reason)
          ? `${best.context} — ${best.reason}`
          : best.context,
    known: provider !== null,
    // Stated routes first; a provider whose tokens our API only validates is called for its key set
    // alone (the catalogue's sign-in routes are the client's, not ours).
    // A provider only mentioned is no API this backend calls: the catalogue's routes, auth, format,
    // limits and notes stay out (what the documents state of it is still shown).
    endpointsUsed:
      statedOf('endpoints').length > 0
        ? statedOf('endpoints').flatMap((d) => d.routes ?? [])
        : // Tokens the API validates are fetched from the provider's key set, mentioned or chosen.
          verifiesOnly
          ? (provider?.endpoints ?? []).filter((e) => /jwks/i.test(e))
          : !active
            ? []
            : [
                ...(provider?.endpoints ?? []),
                // A channel's own routes only where the documents state that channel for it.
                ...integrationChannels(provider, mentions).flatMap(
                  (c) => provider?.channelEndpoints?.[c] ?? [],
                ),
              ],
    auth: statedOf('auth').length > 0 || !active ? null : (provider?.auth ?? null),
    format: active ? (provider?.format ?? null) : null,
    rateLimits:
      provider && active && !clientSide && statedOf('rate-limit').length === 0
        ? (provider.rateLimits ?? 'plan- or account-dependent: see provider docs')
        : null,
    // The purpose lines are the purpose above; the rest are shown aspect by aspect.
    stated: stated.flatMap((d) => (d.aspect === 'purpose' ? [] : [{ ...d, aspect: d.aspect }])),
    retry: statedOr(providerRetry(provider, deadLetter, clientSide), mentions),
    webhooks,
    env:
      provider && active ? provider.env.filter((v) => webhooks.length > 0 || !/WEBHOOK|SIGNING/.test(v)) : [],
    origin: purposes[0]?.origin ?? best.origin,
    status,
    docs: provider?.docs ?? null,
    failFast: active ? (provider?.failFast ?? []) : [],
    idempotency: active ? (provider?.idempotency ?? null) : null,
    clientSide,
    notes: active ? (provider?.notes ?? []) : [],
    mentions: quoted.slice(0, 6).map((m) => ({ text: m.context, status: m.status, origin: m.origin })),
  };
}

/** A retry count the documents state for the provider replaces the default count, with its line. */
function statedOr(policy: RetryPolicy, mentions: IntegrationMention[]): RetryPolicy {
  const stated = mentions.find((m) => m.retry)?.retry;
  if (!stated || policy.maxAttempts <= 1) return policy;
  // A stated wait between attempts ("ogni 15 minuti") replaces the default backoff.
  const backoff = stated.interval ? statedInterval(stated.interval) : policy.backoff;
  return { ...policy, maxAttempts: stated.attempts, backoff, origin: stated.origin };
}
