import { caseFoldedRegExp } from '../knowledge/case-fold.js';
import { LIMIT_WORDS, readRate, THIRD_PARTY } from '../knowledge/rate-limits.js';
import { contentWords } from './period-words.js';
import { INTEGRATIONS_HEADING, inProviderSection, PROVIDER_HEADING } from './provider-words.js';

/**
 * How a sentence limits one action of a person by counting what it makes, in en, es, pt, fr, de and
 * it: "Volunteers can make at most 10 bookings per minute", "10 bookings per minute per volunteer",
 * "Los voluntarios pueden hacer como máximo 10 reservas por minuto", "Freiwillige können höchstens
 * 10 Buchungen pro Minute vornehmen", "al massimo 10 prenotazioni al minuto". What is counted names
 * the operation (the creation of a booking); who is counted is the key of the limit. A count of
 * requests or attempts is the other reader's (knowledge/rate-limits.ts); a number with no limit word
 * and no one counted ("the system handles up to 200 orders per day") is a capacity, not a limit.
 */
export interface ActionRate {
  requests: number;
  windowSeconds: number;
  /** The limit as written ("10 bookings per minute"). */
  text: string;
  /** What is counted, as written ("bookings"), and its content words. */
  object: string;
  objectWords: string[];
  /** Who is counted, as written ("volunteer", "Volunteers"), or null. */
  per: string | null;
}

const WINDOWS: [RegExp, number][] = [
  [/^(?:seconds?|secs?|segundos?|secondes?|sekunden?|secondi|secondo)$/i, 1],
  [/^(?:minutes?|mins?|minutos?|minuten?|minuti|minuto)$/i, 60],
  [/^(?:hours?|hrs?|horas?|heures?|stunden?|ore|ora)$/i, 3600],
  [/^(?:days?|días?|dias?|jours?|tage?n?|tag|giorni|giorno)$/i, 86400],
];
const WINDOW_WORDS =
  'seconds?|secs?|segundos?|secondes?|sekunden?|secondi|secondo|minutes?|mins?|minutos?|minuten?|minuti|minuto|hours?|hrs?|horas?|heures?|stunden?|ore|ora|days?|días?|dias?|jours?|tage?n?|tag|giorni|giorno';

/** `10 bookings per minute`, `10 reservas por minuto`, `10 Buchungen pro Minute`, `10 prenotazioni al minuto`. */
/** "per minute", "por minuto", "pro Minute", "al minuto", "a cada 5 minutos": the window after a count. */
const PER_WINDOW = `(?:per|an?|every|each|in|por|a cada|cada|par|pro|je|al|all['’]|ogni|em)\\s+(?:(?<m>\\d{1,4})\\s+)?(?<w>${WINDOW_WORDS})(?![\\p{L}])`;
const ACTION_RATE = caseFoldedRegExp(
  `(?<![\\p{L}\\p{N}.])(?<n>\\d{1,6})\\s+(?<object>\\p{L}[\\p{L}'’-]{2,30})\\s+${PER_WINDOW}`,
  'iu',
);

/**
 * "Order creation: at most 5 per minute per customer", "Criação de pedidos: no máximo 5 por minuto por
 * consumidor", "Creación de pedidos: …", "Création de commandes : …", "Erstellung von Bestellungen: …",
 * "Creazione di ordini: …": a label naming the creation of what is counted, then the number.
 */
const LABELLED_RATE = caseFoldedRegExp(
  `^[\\s*_-]*(?:(?:creation|creating) of|cria[çc][ãa]o de|creaci[óo]n de|cr[ée]ation de|erstellung von|anlegen von|creazione di)\\s+(?<object>\\p{L}[\\p{L}'’-]{2,30})[\\s*_]*:[^\\d:]{0,30}?(?<![\\p{L}\\p{N}.])(?<n>\\d{1,6})\\s+${PER_WINDOW}`,
  'iu',
);

/** What a request reader already counts, and words that are no action's product. */
const NOT_AN_ACTION =
  /^(?:requests?|reqs?|calls?|attempts?|tries|logins?|hits|peticiones|solicitudes|intentos|llamadas|requisições|tentativas|chamadas|pedidos|requêtes|tentatives|appels|anfragen|versuche|aufrufe|zugriffe|richieste|tentativi|chiamate|users?|usuarios?|utilisateurs?|benutzer|nutzer|utenti|times?|veces|vezes|fois|mal|volte|items?|records?|rows?|messages?|mensajes?|mensagens?|nachrichten|messaggi|events?|eventos?|événements|ereignisse|eventi|jobs?|tasks?|transactions?|orders?)$/iu;

/** A word that makes the number a ceiling. */
const LIMIT =
  /(?<![\p{L}\p{N}])(?:at most|no more than|up to|a maximum of|maximum of|max(?:imum)?|limited to|rate[- ]limit\w*|throttl\w*|como máximo|como mucho|máximo|hasta|un máximo de|no máximo|até|au plus|au maximum|jusqu'à|höchstens|maximal|bis zu|al massimo|massimo|fino a|limitat[oaie])(?![\p{L}\p{N}])/iu;

/**
 * "per volunteer", "por voluntario", "par bénévole", "pro Freiwilligem", "je Nutzer", "per volontario",
 * "per IP", "por IP", "par adresse IP", "/user" (after a `10 req/min`): who or what a limit counts.
 */
const PER_WHO =
  /(?<![\p{L}])(?:(?:per|por|par|pro|je|para cada|pour chaque|für jeden|per ogni)\s+(?:(?:each|every|cada|chaque|jede[nmr]?|ogni|o|a|um|uma|un|une|el|la|le|l['’]|der|die|das|den|dem|il|lo)\s+)?|\/\s*)(IP[- ](?:address|adresse)|IP(?![\p{L}])|(?:adresse|endereço|dirección|indirizzo)\s+IP|\p{L}[\p{L}-]{2,30})/iu;
/** A window is no subject: "per minute" is when, not who. */
const WINDOW_WORD = caseFoldedRegExp(`^(?:${WINDOW_WORDS})$`, 'iu');

/**
 * Who or what a limit counts, read right after the limit ("5 attempts per 15 minutes per IP", "10
 * req/min/user", "5 por minuto por usuário", "5 pro Minute pro Nutzer", "5 par minute par IP"), as
 * written; null when nothing follows or the words name a window.
 */
export function readLimitSubject(after: string): string | null {
  const m = PER_WHO.exec(after.slice(0, 40));
  if (!m || m.index > 6 || WINDOW_WORD.test(m[1]!)) return null;
  return m[1]!;
}

/** The sentence's subject before a modal: "Volunteers can", "Los voluntarios pueden", "Freiwillige können". */
// A requirement's id may open the sentence ("NFR4: Un condòmino può …", "**FR-12:** Users can …").
const WHO_CAN =
  /^(?:\*{0,2}[A-Z][\w.-]{0,15}\*{0,2}\s*:\s*\*{0,2}\s*)?(?:(?:the|each|every|a|an|los|las|el|la|cada|os|as|o|a|les|le|la|chaque|un|une|die|der|jede[rs]?|ein|eine|i|gli|il|la|ogni|un|una)\s+)?(\p{L}[\p{L}-]{2,30})\s+(?:can(?:not)?|may|must not|should not|are allowed to|is allowed to|pueden|puede|podrán|podem|pode|poderão|peuvent|peut|pourront|können|kann|dürfen|darf|possono|può|potranno)(?![\p{L}])/iu;

/**
 * Japanese: "予約作成APIは、1ユーザーあたり1分間に10回までとする", "ペットの登録は1日に5件まで": the noun
 * before a creation word (作成, 登録, 追加) is what is counted, "…あたり" who, and the window comes
 * before the count. A limit word (まで, 以内, 以下, 上限) makes it a ceiling.
 */
const JA_ACTION_RATE =
  /(?<object>[\p{Script=Han}\p{Script=Katakana}ー]{1,12}?)の?(?:作成|登録|追加)(?:API|エンドポイント)?(?:は|を|の)?[、,\s]*(?<limit>(?:\d*\s*(?<per>[\p{Script=Han}\p{Script=Katakana}ー]{1,12}|IPアドレス|IP)(?:あたり|ごと|毎)[、,\s]*)?(?<m>\d{1,4})\s*(?<w>秒|分|時間|日)間?(?:に|あたり|で)\s*(?<n>\d{1,6})\s*(?:回|件|リクエスト)(?:まで|以内|以下|を上限))/u;
const JA_WINDOWS: Record<string, number> = { 秒: 1, 分: 60, 時間: 3600, 日: 86400 };

function japaneseActionRate(text: string): ActionRate | null {
  const m = JA_ACTION_RATE.exec(text);
  if (!m?.groups) return null;
  const requests = Number(m.groups.n);
  const windowSeconds = JA_WINDOWS[m.groups.w!]! * Number(m.groups.m);
  if (requests <= 0 || windowSeconds <= 0) return null;
  const object = m.groups.object!;
  return {
    requests,
    windowSeconds,
    text: m.groups.limit!,
    object,
    objectWords: [object],
    per: m.groups.per ?? null,
  };
}

/** `context`: the heading path and table header, where "Rate limits" may stand for the limit word. */
export function readActionRate(text: string, context = ''): ActionRate | null {
  const japanese = japaneseActionRate(text);
  if (japanese) return japanese;
  const labelled = LABELLED_RATE.exec(text);
  const m = labelled ?? ACTION_RATE.exec(text);
  if (!m?.groups) return null;
  const object = m.groups.object!;
  // A labelled creation names what it counts ("Criação de pedidos: no máximo 5 por minuto"), even a
  // word that elsewhere means requests ("pedidos").
  if ((!labelled && NOT_AN_ACTION.test(object)) || WINDOWS.some(([re]) => re.test(object))) return null;
  const factor = WINDOWS.find(([re]) => re.test(m.groups!.w!))?.[1];
  if (!factor) return null;
  const requests = Number(m.groups.n);
  const windowSeconds = factor * Number(m.groups.m ?? 1);
  if (requests <= 0) return null;
  const after = text.slice(m.index + m[0].length);
  const perFound = PER_WHO.exec(after.slice(0, 40));
  const perMatch = perFound && !WINDOW_WORD.test(perFound[1]!) ? perFound : null;
  const who = perMatch ? perMatch[1]! : (WHO_CAN.exec(text.trim())?.[1] ?? null);
  // A ceiling needs a limit word and someone it counts ("per volunteer", "volunteers can").
  if (!who || !(LIMIT.test(text) || (perMatch && LIMIT.test(context)))) return null;
  const objectWords = contentWords(object);
  if (objectWords.length === 0) return null;
  return {
    requests,
    windowSeconds,
    text: `${m[0]}${perMatch ? ` ${after.slice(0, perMatch.index + perMatch[0].length).trim()}` : ''}`.trim(),
    object,
    objectWords,
    per: who,
  };
}

/**
 * A channel service's API named as what the limit counts: "the SMS API", "the payment gateway", "la
 * API de SMS", "a API de pagamentos", "l'API SMS", "die SMS-API", "le fournisseur d'e-mail". Our own
 * API is never named by a channel ("the public API", "our REST API" stay ours).
 */
const SERVICE_API = caseFoldedRegExp(
  `(?<![\\p{L}])(?:(?:sms|e-?mail|mail|payments?|push|maps?|geocoding|weather|whatsapp|zahlungs?)[- ]?(?:apis?|gateways?|providers?|services?|anbieter)|(?:api|apis|gateway|pasarela|passerelle|provedor|proveedor|fournisseur)\\s+(?:de\\s+|do\\s+|da\\s+|des?\\s+|du\\s+|d['’])?(?:sms|e-?mail|correo|pagos?|pagamentos?|paiements?))(?![\\p{L}])`,
  'giu',
);
/** What follows a provider that is the subject of a limit: "Mollie allows", "Koha erlaubt", "Stripe's API: ". */
const SUBJECT_AFTER =
  /^(?:['’]s)?(?:[\s-]+(?:rest\s+)?(?:apis?|gateway))?\s*(?::|(?:allows?|accepts?|permits?|limits?|caps?|throttles?|enforces?|has an? (?:rate )?limit|rate[- ]limits?|erlaubt|akzeptiert|begrenzt|gestattet|drosselt|permite|acepta|aceita|admite|limita|autorise|accepte|limite|consente|accetta|permette|limiteert|accepteert)(?![\p{L}]))/iu;
/** A limit word naming whose limit it is: "Limite da Efí:", "rate limit of Stripe", "Limit von Koha". */
const LIMIT_OF =
  /(?<![\p{L}])(?:(?:rate[- ])?limits?|l[íi]mites?|ratenlimits?|quotas?|cuotas?)\s+(?:of|for|da|do|de|du|des|der|von|di|del|della|van)\s+(?:the\s+|la\s+|a\s+|o\s+|l['’])?$/iu;
/** Only a determiner before the subject. */
const DETERMINER_ONLY = /^[\s*_-]*(?:(?:the|die|der|das|la|el|le|les|o|a|il|lo|het|de)\s+)?$/iu;

/**
 * Whether a stated request limit is a provider's, not our API's: it stands in a provider's own
 * section (a sub-heading of "External APIs" or "Integrations", or a heading naming its service:
 * "### Koha", "## Intégration Mollie"), a third party is named before it, or a provider or a
 * channel service's API is the subject of the clause that states it ("Mollie allows 100 requests per
 * second", "the SMS API accepts 10 req/s", "Limite da Efí: 10 requisições por segundo"). A provider
 * that only qualifies another noun ("S3 bucket allowlisting, rate limiting (30 req/min/user)") leaves
 * the limit ours. `before` is the text up to the number; `providers` where catalogued provider names
 * stand in it.
 */
export function isProviderLimit(
  headingPath: readonly string[],
  before: string,
  providers: readonly { index: number; length: number }[],
): boolean {
  if (inProviderSection(headingPath)) return true;
  const last = headingPath[headingPath.length - 1] ?? '';
  if (PROVIDER_HEADING.test(last) || INTEGRATIONS_HEADING.test(last)) return true;
  if (THIRD_PARTY.test(before)) return true;
  const start =
    Math.max(
      before.lastIndexOf(';'),
      before.lastIndexOf('('),
      before.lastIndexOf(', '),
      before.lastIndexOf('. '),
    ) + 1;
  const names = [...providers];
  for (const m of before.matchAll(SERVICE_API)) names.push({ index: m.index, length: m[0].length });
  return names.some(
    (p) =>
      p.index >= start &&
      ((DETERMINER_ONLY.test(before.slice(start, p.index)) &&
        SUBJECT_AFTER.test(before.slice(p.index + p.length))) ||
        LIMIT_OF.test(before.slice(start, p.index))),
  );
}

/**
 * A line of a provider's section that states its request limit without a "Rate limits:" label:
 * "Koha erlaubt höchstens 60 Anfragen pro Minute", "Limite da Efí: 10 requisições por segundo por
 * conta". A count of requests, or a rate with a limit word. Null when the line states none.
 */
export function providerLimitLine(line: string): { aspect: 'rate-limit'; text: string } | null {
  const rate = readRate(line);
  if (!rate || !(rate.counted || LIMIT_WORDS.test(line))) return null;
  return { aspect: 'rate-limit', text: line.replace(/^[\s*_-]+/u, '').trim() };
}
