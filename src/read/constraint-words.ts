import { caseFoldedRegExp } from '../knowledge/case-fold.js';
import type { ConstraintKind } from '../model/domain.js';

/**
 * How a sentence states a constraint on the API, in en, es, pt, fr and de: data that is read-only,
 * records deactivated or archived rather than deleted, records the system writes itself, no
 * authentication, cursor pagination, and the words that ask to delete or manage something. The only
 * place these words are read: extract/constraints.ts stores each reading with its sentence, derive
 * designs from the readings (issue 11 item 6: stated constraints beat derivation rules).
 *
 * Every entry is a regular-expression source matched case-insensitively; entries that start a
 * word are framed by `\b` (or a letter boundary for words that start with a non-ASCII letter).
 */
interface ConstraintWords {
  lang: string;
  /** "read-only", "solo lectura": the data takes no writes (whole words). */
  readOnly: string[];
  /** "never deleted", "soft delete", "nunca se elimina": records are kept (each opens a word). */
  neverDelete: string[];
  /** Deactivation and archiving words, anywhere in a sentence (whole words). */
  deactivate: string[];
  /** "generated automatically": the system writes the records (whole words). */
  systemWritten: string[];
  /** The copula between an entity and the system phrase ("an invoice IS generated automatically"). */
  copula: string[];
  /** "without authentication", "sin autenticación" (each opens a word). */
  noAuth: string[];
  /** Delete words, anywhere in a sentence (whole words). */
  deleteWords: string[];
  /** Manage words, as stems (`manag…`, `gestion…`). */
  manageStems: string[];
  /** Cursor pagination (whole words). */
  cursor: string[];
  /** The subject of an out-of-scope statement that is authentication ("Authentication", "Anmeldung"). */
  authSubject: string[];
}

const en: ConstraintWords = {
  lang: 'en',
  readOnly: ['read[- ]only'],
  // "can never be modified or deleted": an edit verb may come first.
  neverDelete: [
    '(?:not|never|no|without)\\s+(?:be\\s+)?(?:(?:edited|modified|changed|updated|altered)\\s+(?:or|nor)\\s+)?(?:hard[- ])?delet\\w*',
    'soft[- ]delet\\w*',
  ],
  deactivate: ['deactivat\\w*', 'disabl\\w*', 'archiv\\w*'],
  systemWritten: [
    '(?:generated|created|written|recorded|computed)\\s+(?:automatically|by the system)',
    'auto(?:matically)?[- ]generated',
    'system[- ](?:generated|written)',
  ],
  copula: ['is', 'are', 'will be', 'gets?', 'shall be', 'must be'],
  noAuth: [
    'without (?:any )?(?:authentication|login|signing in|user accounts?)',
    '(?:authentication|login) (?:is )?not (?:required|needed)',
  ],
  deleteWords: ['delete', 'remove', 'discard'],
  manageStems: ['manage'],
  // A framework's cursor paginator named as a class (Django REST Framework `CursorPagination`).
  cursor: ['cursor', 'keyset', 'cursor_?paginat\\w*'],
  authSubject: ['authentication', 'auth', 'login', 'sign[- ]in', 'user accounts?', 'accounts?'],
};

const es: ConstraintWords = {
  lang: 'es',
  readOnly: ['solo lectura', 'sólo lectura'],
  neverDelete: [
    'nunca se (?:elimina|borra)\\w*',
    'no se (?:elimina|borra)\\w*',
    '(?:no|nunca) (?:se )?(?:puede[n]? )?(?:(?:modificar|editar|cambiar)(?:se)? (?:ni|o) (?:se )?)(?:eliminar|borrar)\\w*',
    'sin (?:eliminar|borrar)',
    'no (?:eliminar|borrar)',
  ],
  deactivate: ['desactivar', 'deshabilitar', 'archivar', 'dar de baja'],
  systemWritten: ['generad[oa]s? automáticamente'],
  copula: ['es', 'son'],
  noAuth: [
    'sin (?:autenticación|inicio de sesión|cuentas de usuario)',
    'no requiere (?:autenticación|inicio de sesión)',
  ],
  deleteWords: ['eliminar', 'borrar', 'quitar'],
  manageStems: ['gestionar'],
  cursor: ['cursor'],
  authSubject: ['autenticación', 'inicio de sesión'],
};

const pt: ConstraintWords = {
  lang: 'pt',
  readOnly: ['somente leitura'],
  neverDelete: [
    'não (?:excluir|apagar)',
    'nunca (?:é |são )?(?:excluíd|apagad)\\w*',
    '(?:não|nunca) (?:pode[m]? )?(?:ser )?(?:alterad|modificad|editad)\\w* (?:nem|ou) (?:excluíd|apagad)\\w*',
    'não (?:é |são )?(?:excluíd|apagad)\\w*',
    'sem (?:excluir|apagar)',
  ],
  deactivate: ['desativar', 'arquivar', 'inativar'],
  systemWritten: ['gerad[oa]s? automaticamente'],
  copula: ['é', 'são'],
  noAuth: ['sem (?:autenticação|login|conta de usuário)', 'não requer (?:autenticação|login)'],
  deleteWords: ['excluir', 'remover', 'apagar'],
  manageStems: ['gerenciar', 'gerir'],
  cursor: ['cursor'],
  authSubject: ['autenticação', 'login de usuário'],
};

const fr: ConstraintWords = {
  lang: 'fr',
  readOnly: ['lecture seule'],
  neverDelete: [
    'jamais (?:être )?supprim\\w*',
    '(?:jamais|pas|ni) (?:être )?(?:modifiée?s?|changée?s?|éditée?s?) (?:ni|ou) supprim\\w*',
    'ne (?:sont|est) pas supprim\\w*',
    'sans (?:le |les )?supprimer',
    'ne (?:jamais |pas )supprimer',
  ],
  deactivate: ['désactiver', 'archiver'],
  systemWritten: ['générée?s? automatiquement'],
  copula: ['est', 'sont'],
  noAuth: ['sans (?:authentification|connexion|compte utilisateur)', "pas d'authentification"],
  deleteWords: ['supprimer', 'retirer'],
  manageStems: ['gérer'],
  cursor: ['curseur'],
  authSubject: ['authentification', 'connexion'],
};

const de: ConstraintWords = {
  lang: 'de',
  readOnly: ['schreibgeschützt', 'nur lesend'],
  neverDelete: [
    '(?:nicht|nie(?:mals)?) gelöscht',
    '(?:nicht|nie(?:mals)?) (?:geändert|bearbeitet|verändert) (?:oder|noch) gelöscht',
    '(?:nicht|nie(?:mals)?|kein) (?:zu )?löschen',
    'ohne (?:zu )?löschen',
  ],
  deactivate: ['deaktivier\\w*', 'archivier\\w*', 'stilllegen', 'stillegen', 'außer betrieb nehmen'],
  systemWritten: ['automatisch (?:erzeugt|erstellt|generiert)'],
  copula: ['wird', 'werden'],
  noAuth: [
    'ohne (?:Anmeldung|Authentifizierung|Login|Benutzerkonto)',
    'keine (?:Anmeldung|Authentifizierung)',
  ],
  deleteWords: ['löschen', 'entfernen'],
  manageStems: ['verwalten'],
  cursor: ['cursor'],
  authSubject: ['anmeldung', 'authentifizierung'],
};

const it: ConstraintWords = {
  lang: 'it',
  readOnly: ['sola lettura', 'solo lettura'],
  neverDelete: [
    'non (?:possono |può |vengono |viene |sono |è )?(?:mai )?(?:essere )?(?:cancellat|eliminat)\\w*',
    'mai (?:cancellat|eliminat)\\w*',
    'non (?:può |possono )?(?:mai )?(?:essere )?(?:modificat|alterat)\\w* (?:né|o) (?:cancellat|eliminat)\\w*',
    'senza (?:cancellare|eliminare)',
    'non (?:cancellare|eliminare)',
  ],
  deactivate: ['disattivare', 'archiviare'],
  systemWritten: ['generat[oaie] automaticamente'],
  copula: ['è', 'sono', 'viene', 'vengono'],
  noAuth: [
    'senza (?:autenticazione|login|account utente)',
    "non richiede (?:autenticazione|login|l'accesso)",
  ],
  deleteWords: ['eliminare', 'cancellare', 'rimuovere'],
  manageStems: ['gestire'],
  cursor: ['cursore'],
  authSubject: ['autenticazione', 'login'],
};

/** Catalan: "no s'esborren mai", "mai no s'eliminen", "no es poden esborrar". */
const ca: ConstraintWords = {
  lang: 'ca',
  readOnly: ['només lectura', 'de només lectura'],
  neverDelete: [
    "(?:mai )?no s['’](?:esborr|elimin)\\w*",
    'no (?:es )?(?:poden |pot )?(?:esborrar|eliminar)\\w*',
    'sense (?:esborrar|eliminar)',
  ],
  deactivate: ['desactivar', 'arxivar', 'donar de baixa'],
  systemWritten: ['generad?(?:a|es|s)? automàticament', 'generat(?:s)? automàticament'],
  copula: ['és', 'són'],
  noAuth: [
    "sense (?:autenticació|iniciar sessió|comptes d['’]usuari)",
    'no cal (?:autenticació|iniciar sessió)',
  ],
  deleteWords: ['esborrar', 'eliminar', 'suprimir'],
  manageStems: ['gestion'],
  cursor: ['cursor'],
  authSubject: ['autenticació', 'inici de sessió'],
};

const WORDS: readonly ConstraintWords[] = [en, es, pt, fr, de, it, ca];
const all = (pick: (w: ConstraintWords) => string[]) => WORDS.flatMap(pick);

/** Whole words, by letter boundaries (so `sólo` and `é` are words too). */
const whole = (alts: string[], flags = 'iu') =>
  caseFoldedRegExp(`(?:^|[^\\p{L}])(?:${alts.join('|')})(?=$|[^\\p{L}])`, flags);
/** Each alternative opens a word (`\b` before it), as the sentences were always read. */
const opens = (alts: string[], flags = 'i') => new RegExp(alts.map((a) => `\\b${a}`).join('|'), flags);

const READ_ONLY = opens(all((w) => w.readOnly).map((a) => `${a}\\b`));
const NEVER_DELETE = opens(all((w) => w.neverDelete));
const DEACTIVATE = whole(
  all((w) => w.deactivate),
  'giu',
);
const SYSTEM_WRITTEN = opens(all((w) => w.systemWritten).map((a) => `${a}\\b`));
const COPULA = new RegExp(`(?:${all((w) => w.copula).join('|')})\\s+$`, 'i');
const NO_AUTH = opens(all((w) => w.noAuth).map((a) => `${a}\\b`));
const DELETE_WORD = whole(all((w) => w.deleteWords));
const MANAGE = new RegExp(`\\b(?:${all((w) => w.manageStems).join('|')})\\w*`, 'i');
const CURSOR = opens([...new Set(all((w) => w.cursor))].map((a) => `${a}\\b`));
const AUTH_SUBJECT = new RegExp(`^(?:user )?(?:${all((w) => w.authSubject).join('|')})\\b`, 'i');
/** A sentence about administrators, staff or internal users says nothing about the product's users. */
const STAFF = /\b(admin|staff|internal)\b/i;

/**
 * "no authentication" in English: only in an English sentence ("no login" is "at the login" in
 * Portuguese, where "no" is a preposition).
 */
const NO_AUTH_EN = /\bno (?:user )?(?:authentication|login|sign[- ]in|user accounts?)\b/i;
/** Function words of Portuguese and Spanish, where "no" is a preposition ("no login", "no sistema"). */
const ROMANCE =
  /(?<!\p{L})(?:de|por|para|com|em|uma|um|da|do|dos|das|el|los|las|una|del|en|que|minuto)(?!\p{L})/giu;
const englishNoAuth = (text: string) => NO_AUTH_EN.test(text) && (text.match(ROMANCE)?.length ?? 0) < 2;

export interface ConstraintReading {
  kind: ConstraintKind;
  spans: { index: number; length: number; lead?: number }[];
}

/** Where a `whole` match's word starts (the match may open with the boundary character). */
const wordStart = (m: RegExpMatchArray): { index: number; length: number } => {
  const lead = /^[^\p{L}]/u.test(m[0]) ? 1 : 0;
  return { index: (m.index ?? 0) + lead, length: m[0].length - lead };
};

/** Every constraint one sentence states, in a fixed order of kinds. */
export function readConstraints(text: string): ConstraintReading[] {
  const out: ConstraintReading[] = [];
  const one = (kind: ConstraintKind, m: RegExpExecArray | null) => {
    if (m) out.push({ kind, spans: [{ index: m.index, length: m[0].length }] });
  };
  one('read-only', READ_ONLY.exec(text));
  one('never-delete', NEVER_DELETE.exec(text));
  const deactivations = [...text.matchAll(DEACTIVATE)].map(wordStart);
  if (deactivations.length > 0) out.push({ kind: 'deactivate', spans: deactivations });
  const sys = SYSTEM_WRITTEN.exec(text);
  if (sys) {
    const copula = COPULA.exec(text.slice(0, sys.index));
    out.push({
      kind: 'system-written',
      spans: [{ index: sys.index, length: sys[0].length, ...(copula ? { lead: copula.index } : {}) }],
    });
  }
  if ((NO_AUTH.test(text) || englishNoAuth(text)) && !STAFF.test(text))
    out.push({ kind: 'no-auth', spans: [] });
  if (DELETE_WORD.test(text)) out.push({ kind: 'delete-wanted', spans: [] });
  if (MANAGE.test(text)) out.push({ kind: 'manage-wanted', spans: [] });
  return out;
}

/** Whether a text (a pagination parameter, a requirement, a stated route) asks for cursor pagination. */
export const statesCursorPagination = (text: string): boolean => CURSOR.test(text) || CURSOR_OTHER.test(text);
/** Cursor pagination in Polish, Russian and Japanese ("paginacja kursorowa", "курсорная пагинация", "カーソル方式のページング"). */
const CURSOR_OTHER = /(?<!\p{L})kursor\p{L}*|(?<!\p{L})курсор\p{L}*|カーソル/iu;

/** Whether an out-of-scope subject is authentication ("Authentication", "User accounts", "Anmeldung"). */
export const isAuthSubject = (subject: string): boolean => AUTH_SUBJECT.test(subject.trim());

/**
 * An entity's note that says its rows are only ever added, never changed: "append-only", "immutable",
 * "never updated or deleted", "wird … nie über die API geändert oder gelöscht", "unveränderlich",
 * "nunca se modifica", "inmutable", "nunca é alterado", "imutável", "jamais modifié", "immuable",
 * "mai modificato", "immutabile", "nooit gewijzigd", "onveranderlijk", "никогда не изменяется",
 * "неизменяемый". A plain "not" ("the name cannot be changed") is about one field, not the rows.
 */
const APPEND_ONLY = caseFoldedRegExp(
  `(?<![\\p{L}])(?:${[
    'append[- ]only|immutable|insert[- ]only|write[- ]once|never (?:be )?(?:updated|modified|changed|edited)|no updates?(?![\\p{L}])',
    'unveränderlich|nur (?:angehängt|hinzugefügt)|(?:nie|niemals)(?:\\s+[\\p{L}\\p{N}-]+){0,4}?\\s+(?:geändert|verändert|bearbeitet|aktualisiert)',
    'inmutables?|solo (?:inserción|se insertan?)|nunca (?:se )?(?:modifica|actualiza|edita)n?',
    'imutáve(?:l|is)|somente inserção|apenas inserção|nunca (?:é|são) (?:alterad|atualizad|editad)[oa]s?',
    'immuables?|ajout seul|jamais (?:modifié|mis à jour)e?s?|ne (?:sont|est) jamais (?:modifié|mis à jour)e?s?',
    'immutabil[ei]|solo inserimento|mai (?:modificat|aggiornat)[oaie]',
    'onveranderlijk|alleen toevoegen|nooit (?:gewijzigd|bijgewerkt)',
    'неизменяем\\p{L}*|только добавл\\p{L}*|никогда не (?:изменя|обновля|редактиру)\\p{L}*',
  ].join('|')})(?![\\p{L}])`,
  'iu',
);
export const statesAppendOnly = (text: string): boolean => APPEND_ONLY.test(text);
