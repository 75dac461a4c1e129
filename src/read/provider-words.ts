/**
 * Headings of sections that describe other systems' APIs ("External APIs", BMAD's architecture
 * template; "APIs externas", "Services externes", "Externe Schnittstellen", "Integrações externas",
 * "API esterne"): what such a section lists is called by us, not served.
 */
export const PROVIDER_HEADING =
  /external (?:apis?|services|systems|integrations?)|third[- ]party|apis? externas?|servicios externos|integraciones externas|apis? externes?|services externes|int[ée]grations? externes?|externe (?:apis?|dienste|schnittstellen|systeme)|drittanbieter|servi[çc]os externos|integra[çc][õo]es externas|api esterne|servizi esterni|sistemi esterni|integrazioni esterne|terze parti/i;

/** A list item that introduces a provider's own endpoints ("Key Endpoints Used:", "Endpoint usati:"). */
export const PROVIDER_LEAD =
  /^\W*(?:key )?endpoints? (?:used|called|we call|consumed)|^\W*base urls?\b|^\W*endpoints? utilizad|^\W*endpoints? utilis[ée]s|^\W*verwendete endpunkte|^\W*endpoints? usad|^\W*endpoints? (?:usat[oi]|utilizzat[oi]|chiamat[oi])/i;

/** What a provider's sub-section states about the service: its URL, its routes, its credentials. */
export const PROVIDER_DETAIL =
  /https?:\/\/|\b(?:GET|POST|PUT|PATCH|DELETE)\s+`?\/|\bbase urls?\b|\bendpoints?\b|\bendpunkte?\b|\bapi[- ]keys?\b|\bwebhooks?\b|\brate limits?\b|^[\s*_-]*(?:purpose|scopo|zweck|prop[oó]sito|objectif|finalidade|objetivo)[\s*_]*:/im;

/** The labels of a provider section's lines, in en, es, pt, fr, de and it ("Rate Limits:", "Limite:"). */
const DETAIL_LABELS: [aspect: 'base-url' | 'auth' | 'rate-limit' | 'endpoints', label: RegExp][] = [
  ['base-url', /^(?:base urls?(?:\(s\))?|api base|url base|url de base|basis-?url|endpoint base)$/i],
  [
    'auth',
    /^(?:auth(?:entication)?|authori[sz]ation|autenticazione|autenticaci[oó]n|autentica[cç][aã]o|authentification|authentifizierung|credenziali|credentials)$/i,
  ],
  [
    'rate-limit',
    /^(?:rate[- ]limits?|limits?|quotas?|limite|limiti|l[ií]mites?(?: de (?:taxa|tasa))?|limites d'appels|ratenlimits?|drosselung)$/i,
  ],
  [
    'endpoints',
    /^(?:(?:key )?endpoints?(?: used| called| consumed)?|endpoints? (?:utilizad[oa]s?|usad[oa]s?|utilis[ée]s?|usat[oi]|utilizzat[oi]|chiamat[oi])|verwendete endpunkte)$/i,
  ],
];

/**
 * A labelled line of a provider's section: `Base URL: https://…`, `**Rate Limits:** 30/min`,
 * `Endpoint usati: POST /upload, GET /status`. The text after the label (empty for a lead whose
 * items follow: `- **Key Endpoints Used:**`), or null.
 */
export function providerDetail(
  line: string,
): { aspect: (typeof DETAIL_LABELS)[number][0]; text: string } | null {
  if (line.length > 600) return null;
  const m = /^[\s*_-]*([^:]{2,40}?)[\s*_]*:[\s*_]*(.*)$/.exec(line);
  if (!m) return null;
  const label = m[1]!.replace(/[*_`]/g, '').trim();
  const hit = DETAIL_LABELS.find(([, re]) => re.test(label));
  const text = m[2]!.replace(/\*\*/g, '').trim();
  return hit ? { aspect: hit[0], text } : null;
}

/**
 * Whether a sentence about a provider talks about the events it sends back: webhooks, callbacks,
 * bounces, delivery status, read receipts (en, es, pt, fr, de, it). Derive gives such a chosen
 * provider a webhook receiver (derive/integrations.ts reads `IntegrationMention.events`).
 */
const EVENT_WORDS =
  /webhook|callback|bounce|delivery status|delivered|read receipt|estado de entrega|status de entrega|statut de livraison|zustellstatus|stato di consegna|accusé de lecture|lesebestätigung|confirmação de leitura|conferma di lettura/i;

export function talksOfProviderEvents(text: string): boolean {
  return EVENT_WORDS.test(text);
}
