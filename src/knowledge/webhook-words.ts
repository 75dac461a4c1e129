/**
 * A route segment that says the route receives a provider's call: "webhooks", "callback", "notify",
 * "ipn", and the word for a payment notification in the languages read ("notifikace" in Czech,
 * "notificaciones", "notificação", "Benachrichtigung", "notifica", "notificatie", "Rückruf").
 * Only words that mean a notification or a callback: "rappel" (also a reminder), "status" or
 * "return" name other things. Matched on one lower-cased path segment.
 */
/** The receiving segments a provider may call with a GET and its query ("/payments/vnpay/ipn"). */
export const RECEIVING_BY_GET = /^(?:ipn|notify)$/u;

export const RECEIVING_SEGMENT =
  /^(?:web-?hooks?|hooks?|callbacks?|notify|notifications?|ipn|notifikace|notifikaci|notificaci(?:o|ó)n(?:es)?|notifica(?:ç|c)(?:ão|ao|ões|oes)|notifica|notifiche|notificaties?|benachrichtigung(?:en)?|r(?:ü|ue|u)ckruf)$/u;
