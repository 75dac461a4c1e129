import pluralize from 'pluralize';
import { diag } from '../diagnostics/diagnostic.js';
import type { Domain } from '../model/domain.js';
import type { SourceRef } from '../model/origin.js';
import type { Gap } from '../model/spec/reconciliation.js';
import { type Detector, refOf } from './context.js';

/**
 * Records that requirements need and no data model defines. Two sources:
 *  - entities the extractors saw named in prose but never modelled (`domain.mentionedEntities`);
 *  - requirements that create or deliver a kind of record — "add a note", "attach a file", "the
 *    front desk is notified" — when no entity and no field is named after that record.
 * Reported as gaps, never invented: the data model is the user's to extend (or the decisions file's
 * `assume:` entries). A project without modelled fields (a stateless service, or only an ER diagram
 * of names) is not checked for records: there is nothing precise enough to compare with.
 */
const RECORDS: { noun: string; re: RegExp }[] = [
  {
    noun: 'note',
    re: /\b(?:add|adds|write|writes|create|creates|record|records|leave|leaves|attach|enter|enters|edit|edits|keep|keeps)\b[^.;]{0,30}\bnotes?\b|\bnotes? (?:are|is) (?:added|written|recorded|saved|stored)\b/i,
  },
  {
    noun: 'comment',
    re: /\b(?:add|adds|write|writes|post|posts|leave|leaves|reply|replies)\b[^.;]{0,30}\bcomments?\b/i,
  },
  {
    noun: 'notification',
    re: /\bnotified\b|\bnotif(?:y|ies)\b|\bin-app notifications?\b|\bnotification (?:centre|center|bell|inbox|list|feed)\b/i,
  },
  {
    noun: 'attachment',
    re: /\b(?:attach|attaches|upload|uploads)\b[^.;]{0,30}\b(?:files?|documents?|attachments?|images?|photos?|scans?)\b/i,
  },
  // Finnish, Spanish and Portuguese forms of the commonest three.
  {
    noun: 'note',
    re: /\b(?:escrib\w*|añad\w*|agreg\w*|registr\w*|escrev\w*|adicion\w*|kirjoit\w*|lisä\w*)\b[^.;]{0,30}\b(?:notas?|muistiinpano\w*|huomautu\w*)\b/iu,
  },
  {
    noun: 'notification',
    re: /\b(?:notificad[oa]s?|notificar|notificará|notificación|notificaciones|notificação|notificações|ilmoitus|ilmoituksen|ilmoitetaan)\b/iu,
  },
  {
    noun: 'attachment',
    re: /\b(?:adjunt\w*|anex\w*|liittä\w*|lataa)\b[^.;]{0,30}\b(?:archivos?|arquivos?|documentos?|tiedosto\w*|liit\w*)\b/iu,
  },
  // French and German forms.
  {
    noun: 'note',
    re: /\b(?:ajout\w*|rédig\w*|écri\w*|saisi\w*|hinzufüg\w*|schreib\w*|erfass\w*|füg\w* )\b[^.;]{0,30}\b(?:notes?|commentaires?|notiz\w*|anmerkung\w*|kommentar\w*)\b/iu,
  },
  {
    noun: 'notification',
    re: /\b(?:notifié\w*|notifier|est averti\w*|benachrichtig\w*)\b/iu,
  },
  {
    noun: 'attachment',
    re: /\b(?:joindre|joint\w*|téléverse\w*|télécharge\w* vers|anhäng\w*|hochlad\w*)\b[^.;]{0,30}\b(?:fichiers?|documents?|photos?|pièces? jointes?|dateien|datei|dokumente?|fotos?|anhänge?)\b/iu,
  },
  {
    noun: 'attachment',
    re: /\blädt\b[^.;]{0,30}\b(?:dateien|datei|dokumente?|fotos?|bilder)\b[^.;]{0,30}\bhoch\b/iu,
  },
  { noun: 'reminder', re: /\b(?:send|sends|schedule|schedules|set|sets)\b[^.;]{0,20}\breminders?\b/i },
  {
    noun: 'review',
    re: /\b(?:write|writes|leave|leaves|submit|submits|post|posts)\b[^.;]{0,20}\b(?:reviews?|ratings?)\b/i,
  },
  {
    noun: 'favourite',
    re: /\b(?:favourite|favorite|bookmark)s?\b[^.;]{0,20}\b(?:items?|products?|posts?|listings?)\b|\b(?:mark|save)s? (?:as )?(?:a )?(?:favourite|favorite|bookmark)/i,
  },
  {
    noun: 'message',
    re: /\b(?:send|sends|receive|receives)\b[^.;]{0,20}\b(?:direct |chat |in-app )messages?\b/i,
  },
];

/** Names a model may keep the record under, in the languages the lexicons cover (accents folded). */
const ALSO_KNOWN_AS: Record<string, string[]> = {
  note: [
    'note',
    'comment',
    'remark',
    'annotation',
    'interpretation',
    'nota',
    'comentario',
    'observacion',
    'observacao',
    'commentaire',
    'notiz',
    'anmerkung',
    'kommentar',
  ],
  comment: [
    'comment',
    'note',
    'remark',
    'annotation',
    'interpretation',
    'reply',
    'comentario',
    'nota',
    'commentaire',
    'kommentar',
  ],
  notification: [
    'notification',
    'notice',
    'alert',
    'inbox',
    'notificacion',
    'notificacao',
    'aviso',
    'alerta',
    'alerte',
    'benachrichtigung',
    'hinweis',
  ],
  attachment: [
    'attachment',
    'file',
    'document',
    'upload',
    'image',
    'photo',
    'asset',
    'media',
    'adjunto',
    'archivo',
    'anexo',
    'arquivo',
    'documento',
    'foto',
    'imagen',
    'imagem',
    'fichier',
    'piece',
    'anhang',
    'datei',
    'dokument',
    'bild',
  ],
  review: [
    'review',
    'rating',
    'feedback',
    'resena',
    'valoracion',
    'avaliacao',
    'avis',
    'evaluation',
    'bewertung',
  ],
  favourite: ['favourite', 'favorite', 'bookmark', 'wishlist', 'favorito', 'favori', 'favorit', 'merkliste'],
  message: [
    'message',
    'chat',
    'conversation',
    'utterance',
    'mensaje',
    'mensagem',
    'nachricht',
    'conversacion',
    'conversa',
  ],
};

/**
 * An English adverb capitalised at a sentence start ("Securely stored API key") is never a record
 * the data model lacks; nouns ending in -ly (Family, Assembly, Supply, Anomaly) do not match.
 */
const ADVERB = /^\p{L}{3,}(?:ely|ously|fully|ically|ently|antly|ctly|stly|ately|ingly)$/iu;

export const modellingGapsDetector: Detector = {
  name: 'modelling-gaps',
  detect(domain) {
    const gaps: Gap[] = [];
    const diagnostics = [];
    const known = modelledWords(domain);

    const mentioned = new Map<string, SourceRef[]>();
    for (const m of domain.mentionedEntities) {
      const at = refOf(m.origin);
      if (!at || known.has(stem(m.name)) || ADVERB.test(m.name)) continue;
      mentioned.set(m.name, [...(mentioned.get(m.name) ?? []), at]);
    }
    for (const [name, at] of [...mentioned].sort(([a], [b]) => (a < b ? -1 : 1))) {
      gaps.push({ code: 'reconcile/modelling-gap', subject: name, detail: 'entity', at });
      diagnostics.push(
        diag('reconcile/modelling-gap', `"${name}" is named in the documents but no data model defines it`, {
          at: at[0]!,
          hint: 'define the entity in the data model, or state it as an assumption in the decisions file',
        }),
      );
    }

    // Only a model with fields can be said to lack one; entity names alone (an ER diagram) cannot.
    if (domain.entities.some((e) => e.fields.length > 0)) {
      for (const noun of [...new Set(RECORDS.map((r) => r.noun))]) {
        const rules = RECORDS.filter((r) => r.noun === noun).map((r) => r.re);
        const re = { test: (text: string) => rules.some((x) => x.test(text)) };
        // A record kept under another common name counts: interpretive comments in `interpretive_notes`.
        if ((ALSO_KNOWN_AS[noun] ?? [noun]).some((n) => holds(known, n))) continue;
        const needs = domain.requirements.filter(
          (r) => re.test(r.text) || (r.acceptanceCriteria ?? []).some((c) => re.test(c.text)),
        );
        if (needs.length === 0) continue;
        const at = needs.map((r) => refOf(r.origin)).filter((x): x is SourceRef => x !== null);
        gaps.push({
          code: 'reconcile/modelling-gap',
          subject: pluralize(noun.charAt(0).toUpperCase() + noun.slice(1), 1),
          detail: `record:${needs.map((r) => r.id).join(', ')}`,
          at,
        });
        diagnostics.push(
          diag(
            'reconcile/modelling-gap',
            `${needs.map((r) => r.id).join(', ')} need${needs.length === 1 ? 's' : ''} ${pluralize(noun)}, but no entity or field of the data model holds them`,
            { at: at[0]!, hint: 'model the record, or state an assumption in the decisions file' },
          ),
        );
      }
    }
    // A chosen database with nothing described to store in it: the data model is an open question,
    // never "no stored data" (ugcboost's pgx driver, vitrolib's PostgreSQL).
    const db = domain.stack.find((c) => c.concern === 'database' && c.status === 'chosen');
    const at = db ? refOf(db.origin) : null;
    if (db && at && domain.entities.length === 0) {
      gaps.push({ code: 'reconcile/modelling-gap', subject: db.value, detail: 'no-model', at: [at] });
      diagnostics.push(
        diag(
          'reconcile/modelling-gap',
          `${db.value} is the stated database, but the documents describe no stored record: sections 1 and 2 cannot be written`,
          {
            at,
            hint: 'describe the entities (a table of fields, SQL, an ER diagram), or supply them under `entities` in the facts file',
          },
        ),
      );
    }
    return { findings: gaps.length > 0 ? { gaps } : {}, diagnostics };
  },
};

/** Every word that names an entity, a table or a field: `report_deliveries` → report, delivery. */
function modelledWords(domain: Domain): Set<string> {
  const out = new Set<string>();
  const add = (name: string | undefined) => {
    if (!name) return;
    // Accents folded so that `notificación` and `pièce_jointe` give whole words, not fragments.
    for (const w of name
      .replace(/([\p{Ll}\p{N}])(\p{Lu})/gu, '$1 $2')
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .split(/[^a-z0-9]+/))
      if (w) out.add(stem(w));
  };
  for (const e of domain.entities) {
    add(e.name);
    add(e.table);
    add(e.writtenAs);
    for (const f of e.fields) add(f.name);
  }
  for (const e of domain.enums) add(e.name);
  return out;
}

/** The model holds a record named `name`: the word itself, or it with an inflection (`notificaciones`). */
function holds(known: Set<string>, name: string): boolean {
  if (known.has(name) || known.has(stem(name))) return true;
  for (const w of known) if (w.startsWith(name) && w.length - name.length <= 3) return true;
  return false;
}

const stems = new Map<string, string>();
/** Singular lower-case form, memoised (pluralize runs a few hundred rules per word). */
function stem(w: string): string {
  const key = w.toLowerCase();
  let s = stems.get(key);
  if (s === undefined) {
    s = pluralize.singular(key);
    stems.set(key, s);
  }
  return s;
}
