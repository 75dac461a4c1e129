/**
 * A sentence that states where the system sends something, with the service right after the words:
 * "Foutmeldingen gaan naar Sentry", "Errors are sent to Sentry", "Los errores se envían a Sentry",
 * "Les erreurs sont envoyées à Sentry", "Fehler werden an Sentry gemeldet", "Os erros são enviados
 * para o Sentry", "Gli errori vengono inviati a Sentry", "Fejl sendes til Sentry", "Error dikirim ke
 * Sentry". Stated as what happens, such a sentence says the service is in use; the words end where
 * the service's name starts (an article between is allowed).
 */
const DELIVERED_TO =
  /(?<!\p{L})(?:(?:go(?:es)?|(?:are|is) (?:sent|reported|logged|forwarded|pushed|shipped|streamed|exported))|(?:gaa?n|gaat|(?:worden|wordt) (?:verstuurd|gestuurd|gemeld|gelogd|doorgestuurd))|(?:gehen|geht|(?:werden|wird))|(?:(?:se )?env[ií]an?|van|va|se reportan?|se registran?)|(?:sont|est) (?:envoy[ée]e?s?|remont[ée]e?s?|transmise?s?|report[ée]e?s?)|(?:partent|part|remontent|remonte)|(?:(?:são|é) (?:enviad[oa]s?|reportad[oa]s?|registrad[oa]s?)|vão|vai)|(?:(?:vengono|viene) (?:inviat[ie]|segnalat[ie]|inoltrat[ie])|vanno|va)|(?:sendes|sendas|skickas|rapporteres|rapporteras|logges|loggas)|(?:dikirim|dilaporkan|dicatat))\s+(?:naar|to|an|à|vers|a|al|para|pra|ao|à|til|till|ke)\s+(?:(?:the|het|de|die|den|le|la|l['’]|el|o)\s+)?$/iu;

/** Whether `before` (the text right before a service's name) states that something is sent to it. */
export function deliveredTo(before: string): boolean {
  return DELIVERED_TO.test(before);
}
