import { caseFoldedRegExp } from '../knowledge/case-fold.js';
import { contentWords } from './period-words.js';

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

/** `context`: the heading path and table header, where "Rate limits" may stand for the limit word. */
export function readActionRate(text: string, context = ''): ActionRate | null {
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
