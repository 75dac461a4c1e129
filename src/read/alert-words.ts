/**
 * The alerts a document states, read from a labelled list: "Alerts: error rate above 2 % for 5
 * minutes, SQS dead-letter queue not empty, reminder task not run for 45 minutes." Each item keeps
 * its words: what is watched, the threshold it writes ("above 2 %", "not empty") and the window
 * ("5 minutes"). In en, es, pt, fr, de and it: "Alertas: tasa de errores superior al 2 % durante 5
 * minutos", "Alertes : taux d'erreur supérieur à 2 % pendant 5 minutes", "Alarme: Fehlerrate über
 * 2 % für 5 Minuten", "Avvisi: tasso di errore superiore al 2 % per 5 minuti".
 */
export interface StatedAlertReading {
  /** What is watched, as written ("error rate", "SQS dead-letter queue not empty"). */
  condition: string;
  /** The threshold as written ("above 2 %"), or null when the condition carries it. */
  threshold: string | null;
  /** The window as written ("5 minutes"), or null. */
  window: string | null;
  /** What kind of signal it watches: the error rate (the availability alert's), latency, or another. */
  kind: 'error-rate' | 'latency' | 'other';
}

/** An error rate or 5xx ratio, in en, es, pt, fr, de, it. */
const ERROR_RATE =
  /error rate|errors?\b|5xx|tasa de errores?|taxa de erros?|taux d['’]erreurs?|fehlerrate|fehlerquote|tasso di errori?|errori\b/iu;
/** A latency or response time, in en, es, pt, fr, de, it. */
const LATENCY =
  /latency|response time|p9\d|latencia|latência|tiempo de respuesta|tempo de resposta|latence|temps de réponse|latenz|antwortzeit|latenza|tempo di risposta/iu;

/** The label that opens a list of alerts, in en, es, pt, fr, de, it. */
const ALERT_LABEL =
  /(?:^|[.!?]\s+)(?:\*\*|__)?(?:alerts?|alerting|alert on|alarms?|alertas?|alertes?|alarmes?|alarme|alarmierung|warnungen|avvisi|allarmi|allerte)(?:\*\*|__)?\s*(?:\*\*|__)?\s*[:：]\s*(?:\*\*|__)?\s*/iu;

/** A window: "for 5 minutes", "over 10 min", "durante 5 minutos", "pendant 5 minutes", "für 5 Minuten". */
const WINDOW =
  /\s*(?:for|over|during|within|in|durante|por|em|pendant|sur|en|für|über|während|seit|per|in|entro)\s+(?:the\s+|les\s+|le\s+|la\s+|los\s+|las\s+|os\s+|as\s+|i\s+|gli\s+|die\s+|den\s+)?(?:last\s+|últimos?\s+|dernières?\s+|letzten?\s+|ultimi\s+)?(\d+(?:[.,]\d+)?\s*(?:s|sec(?:onds?)?|m|min(?:utes?|utos?|uten|uti)?|h|hours?|horas?|heures?|stunden?|ore|segundos?|secondes?|sekunden?|secondi)\b)/iu;

/** A threshold: "above 2 %", "> 2%", "superior al 2 %", "supérieur à 2 %", "über 2 %", "superiore al 2 %". */
const THRESHOLD =
  /\s*((?:above|over|below|under|more than|less than|greater than|exceeds?|superior(?:e)? (?:al?|à)|inferior(?:e)? (?:al?|à)|supérieure? à|inférieure? à|por encima del?|acima de|abaixo de|mayor que|menor que|más de|mais de|plus de|moins de|über|unter|mehr als|weniger als|oltre(?: il)?|sopra(?: il)?|sotto(?: il)?|[<>≥≤]=?)\s*(?:the\s+|el\s+|o\s+|le\s+|il\s+|l['’]\s*)?\d+(?:[.,]\d+)?\s*(?:%|ms|s|seconds?|requests?)?)/iu;

/** A condition that is its own threshold: "not empty", "no vacía", "non vide", "nicht leer", "non vuota". */
const EMPTY_CHECK =
  /\s+((?:is\s+)?not empty|non-empty|no (?:está )?vac[íi]as?|não (?:está )?vazias?|non vides?|nicht leer|non (?:è )?vuot[ao])$/iu;

/** The items a text lists after an alert label, or null when the text states no alerts. */
export function readAlerts(text: string): StatedAlertReading[] | null {
  const label = ALERT_LABEL.exec(text);
  if (!label) return null;
  const list = text
    .slice(label.index + label[0].length)
    .split(/(?<=[.!?])\s+(?=\p{Lu})/u)[0]!
    .replace(/[.\s]+$/u, '');
  const items = list
    .split(/\s*[;,]\s+|\s+(?:and|y|e|et|und|ed)\s+(?=\S+\s+\S+)/u)
    .map((s) => s.trim())
    .filter((s) => /\p{L}{3,}/u.test(s));
  if (items.length === 0) return null;
  return items.map((item) => {
    const w = WINDOW.exec(item);
    const rest = w ? `${item.slice(0, w.index)}${item.slice(w.index + w[0].length)}` : item;
    const t = THRESHOLD.exec(rest) ?? EMPTY_CHECK.exec(rest.trimEnd());
    const condition = (t ? `${rest.slice(0, t.index)}${rest.slice(t.index + t[0].length)}` : rest)
      .replace(/\s+/gu, ' ')
      .trim();
    const what = condition || rest.trim();
    return {
      condition: what,
      kind: ERROR_RATE.test(what)
        ? ('error-rate' as const)
        : LATENCY.test(what)
          ? ('latency' as const)
          : ('other' as const),
      threshold: t ? t[1]!.trim() : null,
      window: w ? w[1]!.trim() : null,
    };
  });
}
