/**
 * How documents state what an action causes besides its write ("when an appointment is confirmed, an
 * email is sent via Resend", "cuando se cancela la reserva se encola un job de reembolso", "nach der
 * Bestätigung wird eine E-Mail versendet"): the trigger words, the effect kinds and the verbs that
 * make the sentence say the effect happens. en, es, pt, fr, de.
 */
export type SideEffectKind = 'email' | 'sms' | 'push' | 'job' | 'event' | 'webhook' | 'integration' | 'audit';

/** The word that opens the triggering clause. */
export const TRIGGER =
  /(?:^|[\s,;:(])(?:when(?:ever)?|after|once|upon|on each|cuando|tras|después de(?: que)?|al|quando|após|depois de|ao|assim que|lorsque|quand|dès que|après|wenn|sobald|nachdem|nach der|nach dem)\s|(?:^|[\s,;:(])lorsqu['’]/iu;

/** The verbs that say the effect happens (sent, enqueued, called, emitted). */
export const HAPPENS =
  /(?<![\p{L}\p{N}])(?:sen[dt]s?|sending|notif\w*|e-?mailed|enqueue\w*|queued|schedul\w*|calls?|called|emit\w*|publish\w*|fires?|fired|trigger\w*|envía|envian?|enviad[oa]s?|se env[íi]a|notifica\w*|encola\w*|programa\w*|llama\w*|dispara\w*|publica\w*|emite\w*|enviar|enviado|envia|enfileir\w*|agenda\w*|chama\w*|envoi\w*|envoy\w*|est envoyée?|notifi\w*|planifi\w*|appel\w*|déclench\w*|publi\w*|émet\w*|émise?s?|gesendet|versendet|verschickt|sendet|benachrichtig\w*|eingereiht|geplant|aufgerufen|ruft|ausgelöst|löst|veröffentlicht)(?![\p{L}\p{N}])/iu;

/** Effect kinds by the nouns that name them, most specific first. */
export const EFFECTS: [SideEffectKind, RegExp][] = [
  ['webhook', /\bwebhooks?\b/iu],
  ['sms', /(?<![\p{L}\p{N}])(?:sms|text messages?|whatsapp)(?![\p{L}\p{N}])/iu],
  ['push', /\bpush(?: notifications?| notificación| notificação)?\b/iu],
  [
    'email',
    /(?<![\p{L}\p{N}])(?:e-?mails?|correos?(?: electrónicos?)?|courriels?|mails?|messages? électroniques?|e-?mail-nachricht\w*)(?![\p{L}\p{N}])/iu,
  ],
  [
    'job',
    /(?<![\p{L}\p{N}])(?:jobs?|queues?|enqueue\w*|background tasks?|colas?|encola\w*|trabajos?|filas?|enfileir\w*|file d['’]attente|tâches? (?:de fond|en arrière-plan)|warteschlange\w*|hintergrund\w*)(?![\p{L}\p{N}])/iu,
  ],
  ['event', /(?<![\p{L}\p{N}])(?:(?:domain )?events?|eventos?|événements?|ereignis\w*)(?![\p{L}\p{N}])/iu],
];

/** An audit entry written as an effect ("an audit entry is written", "se registra en la auditoría", "wird im Audit-Log protokolliert"). */
export const AUDIT_ENTRY =
  /(?<![\p{L}\p{N}])(?:audit(?:[- ]?(?:log|trail|entry|record|event))?s?|auditor[ií]a|auditoria|journal d['’]audit|piste d['’]audit|audit-?eintrag\w*|audit-?log\w*|prüfprotokoll\w*)(?![\p{L}\p{N}])/iu;

/** The verbs that say an entry is written (to an audit log): only an audit entry is read with them. */
export const LOGS =
  /(?<![\p{L}\p{N}])(?:writes?|written|logs?|logged|records?|recorded|escrib\p{L}*|escrit[oa]s?|écri\p{L}*|registr\p{L}*|grava\p{L}*|enregistr\p{L}*|consign\p{L}*|journalis\p{L}*|protokoll\p{L}*|geschrieben|schreibt|erfasst)(?![\p{L}\p{N}])/iu;

/** Words of a trigger clause that carry no entity or action. */
export const FILLER = new Set(
  'a an the is are was be been gets get its their his her this that any each every of for by to in on at and or el la los las un una se es son fue sea del al de o y os as um uma é são foi do da dos das le les une est sont été des du et ou der die das ein eine wird werden wurde ist sind des dem den und oder'.split(
    ' ',
  ),
);

/** Creation words (a record is created, booked, registered, submitted), as the state key `created`. */
export const CREATED =
  /^(?:created|creates?|made|booked|placed|registered|submitted|added|cread[oa]s?|crea|registrad[oa]s?|reservad[oa]s?|criad[oa]s?|cadastrad[oa]s?|créée?s?|enregistrée?s?|réservée?s?|soumise?s?|erstellt|angelegt|gebucht|registriert|eingereicht)$/iu;
