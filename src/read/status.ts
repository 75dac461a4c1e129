import { caseFoldedRegExp } from '../knowledge/case-fold.js';
import { latin1Flat } from '../markdown/parse.js';
import { LEXICONS, type Lexicon } from './lexicon/index.js';
import { gatedPattern } from './prefilter.js';
import type { Modality, ScopeStatus } from './types.js';

/**
 * Decision statuses from scope (a heading, a status column) and from the words of a clause, with the
 * lexicons of every language joined. Boundaries are Unicode-aware (`\b` does not see "é" as a letter).
 */

const L = '[\\p{L}\\p{N}_]';
/**
 * Japanese and Chinese write no spaces between words ("Stripeは却下", "PAY.JPを採用する"): a letter of
 * these scripts next to a word is a boundary, so "却下" is found inside "却下した" and "Stripe" before
 * "は". Hangul is not here: Korean separates words with spaces.
 */
const CJK = '[\\p{sc=Han}\\p{sc=Hiragana}\\p{sc=Katakana}\\u30fc]';
const start = `(?:(?<!${L})|(?<=${CJK}))`;
const end = `(?:(?!${L})|(?=${CJK}))`;

function union(pick: (l: Lexicon) => readonly string[]): string {
  const all = [...new Set(LEXICONS.flatMap(pick))];
  return all.length === 0 ? '(?!)' : `(?:${all.join('|')})`;
}

const STATUS_ORDER: readonly ScopeStatus[] = [
  'out-of-scope',
  'undecided',
  'rejected',
  'superseded',
  'deferred',
  'proposed',
  'chosen',
];

function byStatus(
  pick: (l: Lexicon) => Partial<Record<ScopeStatus, string[]>>,
  wrap: (alts: string) => string,
): [ScopeStatus, RegExp][] {
  const out: [ScopeStatus, RegExp][] = [];
  for (const s of STATUS_ORDER) {
    const alts = union((l) => pick(l)[s] ?? []);
    if (alts !== '(?!)') out.push([s, caseFoldedRegExp(wrap(alts), 'iu')]);
  }
  return out;
}

/** Heading numbering and decoration: `3.2`, `FR-4:`, `**`, emoji. */
const HEADING_PREFIX =
  /^(?:[\s#*_>\-–—\p{Extended_Pictographic}]|\uFE0F)*(?:[A-Z]{1,4}-?\d+[:.]?|\d+(?:\.\d+)*\.?|[IVX]+\.)?[\s*_:\-–—]*/u;

// Out of scope and open questions are often qualified ("Features out of scope", "MVP: non-goals"),
// so they match anywhere in the heading; the others only at its start ("Future work", not "Building
// for the future").
const HEADINGS = byStatus(
  (l) => l.headings,
  (alts) => `^${alts}${end}`,
);
const HEADINGS_ANYWHERE = byStatus(
  (l) => ({ 'out-of-scope': l.headings['out-of-scope'] ?? [], undecided: l.headings.undecided ?? [] }),
  (alts) => `${start}${alts}${end}`,
);

const HEADINGS_WHOLE = byStatus(
  (l) => l.headings,
  (alts) => `^${alts}(?:\\s*[(（][^()（）]{1,20}[)）])?[\\s:：]*$`,
);

/**
 * Whether a heading is a scope marker and nothing else ("スコープ外", "Вне рамок MVP", "Buiten scope
 * (v1)"): it scopes the items under it and names no item itself.
 */
export function isScopeMarkerOnly(heading: string): boolean {
  const text = heading.replace(HEADING_PREFIX, '').trim();
  return HEADINGS_WHOLE.some(([, re]) => re.test(text));
}

/** The status a heading gives everything under it, or null. */
export function headingScope(heading: string): ScopeStatus | null {
  // Asked for every heading of the path of every block and sentence: a document has few headings.
  let s = scopes.get(heading);
  if (s === undefined) {
    if (scopes.size >= 10_000) scopes.clear();
    s = readHeadingScope(heading);
    scopes.set(heading, s);
  }
  return s;
}

const scopes = new Map<string, ScopeStatus | null>();

function readHeadingScope(heading: string): ScopeStatus | null {
  const text = heading.replace(HEADING_PREFIX, '').trim();
  // A status tag at the end: "Instagram API (Fase 2)", "Payments — Phase 3", "SSO [out of scope]".
  const tag = /(?:[([]([^()[\]]{2,40})[)\]]|\s[—–-]\s+([^—–-]{2,40}))\s*$/u.exec(text);
  if (tag) {
    // The tag of a heading with a dash is a slice of a two-byte string: one byte per character
    // when it fits (`latin1Flat`), so the cell patterns are not compiled again for it (issue 19).
    const s = cellScope(latin1Flat((tag[1] ?? tag[2])!));
    if (s && s !== 'chosen') return s;
  }
  for (const [s, re] of HEADINGS_ANYWHERE) if (re.test(text)) return s;
  for (const [s, re] of HEADINGS) if (re.test(text)) return s;
  if (LATER_RELEASE_AT_END.test(text)) return 'deferred';
  return null;
}

/**
 * A later-release marker closing a heading without brackets: "Integrations Post-MVP", "Features
 * Phase 2", "Integraciones fase 2", "Fonctionnalités V2". Only markers that cannot mean anything
 * else ("future" or "later" at the end of "Building for the future" can).
 */
const LATER_RELEASE_AT_END =
  /(?:^|[\s:–—-])(?:post[- ]?mvp|(?:phase|fase|étape|etapa|stufe|release|version|versión|versão)\s*[2-9]\+?|v[2-9](?:\.0)?)[\s*_)]*$/iu;

/** The status the innermost governing heading of a path gives. */
export function pathScope(path: readonly string[]): ScopeStatus | null {
  for (let i = path.length - 1; i >= 0; i--) {
    const s = headingScope(path[i]!);
    if (s) return s;
  }
  return null;
}

const CELLS = byStatus(
  (l) => l.cells,
  (alts) => `^[\\s*_]*${alts}${end}`,
);
const SYMBOLS: [ScopeStatus, RegExp][] = [
  ['rejected', /^\s*(?:❌|✗|✘|⛔|🚫|☒|✖️?)/u],
  ['chosen', /^\s*(?:✅|✔️?|☑️?|✓)/u],
  ['undecided', /^\s*(?:❓|❔|⏳|🤔)/u],
  ['deferred', /^\s*(?:🔜|🕒|⏭️?|⏸️?)/u],
];

/**
 * The status a cell states at its start (a symbol or a status word), or null. A status word after
 * the symbol is the more precise of the two: "⏳ Phase 2" is deferred (the hourglass alone says only
 * "not yet"), "✅ im Einsatz" chosen.
 */
export function cellScope(cell: string): ScopeStatus | null {
  for (const [s, re] of SYMBOLS) {
    const symbol = re.exec(cell);
    if (symbol) return wordScope(cell.slice(symbol[0].length)) ?? s;
  }
  return wordScope(cell);
}

function wordScope(cell: string): ScopeStatus | null {
  for (const [s, re] of CELLS) if (re.test(cell)) return s;
  return null;
}

const STATUS_COLUMN = caseFoldedRegExp(`^[\\s*_]*${union((l) => l.statusColumns)}${end}`, 'iu');

/**
 * The columns of a table that hold statuses: headed "Status", "Decision", "Estado", ... or with a
 * status symbol or word in most of their cells. Only these columns decide a row's status with
 * `chosen`, `undecided` or `proposed`; any cell may still reject or defer.
 */
export function statusColumns(header: readonly string[], rows: readonly (readonly string[])[]): boolean[] {
  const byContent = header.map((_, i) => {
    const cells = rows.map((r) => r[i] ?? '').filter((c) => c.trim().length > 0);
    if (cells.length < 2 || i === 0) return false;
    return cells.filter((c) => cellScope(c) !== null).length / cells.length >= 0.6;
  });
  // Several symbol columns make a feature matrix ("has / lacks"), not a decision.
  const matrix = byContent.filter(Boolean).length > 1;
  return header.map((h, i) => STATUS_COLUMN.test(h) || (!matrix && byContent[i]!));
}

/**
 * The columns of a table that say why: "Notes", "Reason", "Rationale", "Why", "Motivo", "Razón",
 * "Observaciones", "Raison", "Remarques", "Begründung", "Anmerkungen", "Razão", "Observações"…
 * A rejected or deferred row carries such a cell as the reason it lost.
 */
const NOTE_COLUMN =
  /^[\s*_]*(?:notes?|reasons?|rationale|why|comments?|remarks?|justification|motivos?|raz[oó]n|razones|razão|razões|justificaci[oó]n|justificativa|observaci[oó]n(?:es)?|observaç(?:ão|ões)|notas?|comentarios?|comentários?|raisons?|motifs?|commentaires?|remarques?|begründung|gründe|grund|anmerkung(?:en)?|bemerkung(?:en)?|hinweise?|kommentare?|motivazion[ei]|ragion[ei]|commenti|osservazion[ei]|assessment|evaluation|trade-?offs?|pros(?: and | & |\/)cons|evaluaci[oó]n|valoraci[oó]n|avalia[çc][ãa]o|[ée]valuation|appr[ée]ciation|bewertung|einschätzung|valutazione|beoordeling|toelichting|redenen?|理由|根拠|備考|補足|コメント|原因|备注|備註|merknad(?:er)?|begrunnelse|bemærkning(?:er)?|årsak|обоснование|причина|примечани[ея]|perustelu(?:t)?|syy|huomautu(?:s|kset)|lisätieto(?:ja)?|נימוק(?:ים)?|סיבה|הערות?|הסבר|السبب|الأسباب|ملاحظات|المبررات?|التعليل)[\s*_:]*$/iu;

export function noteColumns(header: readonly string[]): boolean[] {
  return header.map((h, i) => i > 0 && NOTE_COLUMN.test(h));
}

/**
 * The columns of a table headed "Version", "Versión", "Verzió", "Verze", "Wersja", …: a cell there is
 * the version of what the row names ("| Payments | Stripe | v2 |"), never a later release.
 */
const VERSION_COLUMN =
  /^[\s*_]*(?:versions?|versi[oó]n|versiones|vers[aã]o|versione|versie|versio|verze|wersja|verzió|verzi[oó]|sürüm|версия|バージョン|版本|버전)[\s*_:]*$/iu;

export function versionColumns(header: readonly string[]): boolean[] {
  return header.map((h, i) => i > 0 && VERSION_COLUMN.test(h));
}

/**
 * A row's status: a status column's cell, else a rejecting or deferring cell anywhere but a version
 * column (`header` given).
 */
export function rowScope(
  cells: readonly string[],
  statusColumn: readonly boolean[],
  header: readonly string[] = [],
): ScopeStatus | null {
  for (let i = 0; i < cells.length; i++) {
    if (!statusColumn[i]) continue;
    const s = cellScope(cells[i]!);
    if (s) return s;
  }
  const versions = versionColumns(header);
  for (let i = 1; i < cells.length; i++) {
    if (versions[i]) continue;
    const s = cellScope(cells[i]!);
    if (s && s !== 'chosen' && s !== 'undecided' && s !== 'proposed' && !SYMBOL_ONLY.test(cells[i]!))
      return s;
  }
  return null;
}

/** A cell that is only a symbol (✅/❌ in a feature matrix) says "has/lacks", not "chosen/rejected". */
const SYMBOL_ONLY = /^\s*(?:❌|✗|✘|✅|✔️?|✓|☑️?)\s*$/u;

// ---------------------------------------------------------------------------------------------------
// Clause words

const REJECT_BEFORE_WORD = caseFoldedRegExp(
  `${start}${union((l) => l.rejectBefore)}\\s+((?:[\\p{L}\\p{N}./-]+\\s+){0,2})$`,
  'iu',
);
const NEGATION_BEFORE =
  /(?<![\p{L}\p{N}_])(?:without|never|sans|sin|sem|ohne|kein\w*|ilman|ei|pas de|not|senza|niente|nessun[oa]?|geen|zonder|nooit)\s+(?:(?:separate|dedicated|extra|additional|external|standalone|own|separad[oa]|dedicad[oa]|séparé(?:e)?|dédié(?:e)?|eigene?\w*|separate[nr]?|erillis\w*|separat[oa]|dedicat[oa])\s+)?$/iu;
// A bare "no" rejects only with a "separate"-like word or at the start of the clause ("No Redis:"),
// since "no" is also the Portuguese "in the" ("no PostgreSQL") and appears in unrelated negations
// ("redirect if no valid JWT").
const NO_BEFORE =
  /(?:^\s*no\s+|(?<![\p{L}\p{N}_])no\s+(?:separate|dedicated|extra|additional|external|standalone|own)\s+)$/iu;
const JOINER = /^\s*(?:,|and|und|y|et|e|\/|&)\s*$/iu;
// "MySQL 8 — rejected": a version number may stand between the name and its verdict.
// "MongoDB (rejected: no exclusion constraints)": the verdict may open a parenthesis after the name,
// or after a qualifier of one or two words ("SQLite with Litestream (rejected: …)").
const REJECT_AFTER = caseFoldedRegExp(
  `^(?:\\s+v?\\d+(?:\\.\\d+)*(?:\\.x)?(?![\\p{L}\\p{N}]))?[\\s,)]*(?:\\([^)]*\\)\\s*)?[-–—:,]?\\s*(?:\\(\\s*)?${union((l) => l.rejectAfter)}${end}|^(?:\\s+[\\p{L}\\p{N}.+-]+){1,2}\\s*\\(\\s*${union((l) => l.rejectAfter)}${end}`,
  'iu',
);
/**
 * Whether the text after a label is a verdict on it: "- PSD2 payments: evaluated and rejected for
 * v1", "- Pagamento tramite PSD2: valutato e scartato" reject what the label names.
 */
export function rejectsLabel(rest: string): boolean {
  return REJECT_AFTER.test(rest);
}

/**
 * Whether `rest` opens with a postponement of the option before it: "— moved to phase 2",
 * "— przesunięte do fazy 2", "— auf Version 2 verschoben", "— planned for v2". Only a named later
 * phase or version: "later" or "could" alone are too common in clauses about something else.
 */
export function defersLabel(rest: string): boolean {
  return DEFER_AFTER.test(rest);
}
const LATER_PHASE = String.raw`(?:(?:the\s+|die\s+|la\s+|a\s+)?(?:phase|fase|faza|fazy|fazie|etap\p{L}*|version|versión|versão|versione|wersj\p{L}*|giai\s+đoạn|phiên\s+bản|φάση|έκδοση|v)\s*[2-9](?![.,]?\d)|post[- ]mvp|[2-9]\s*(?:단계|차)(?!\d))`;
const DEFER_AFTER = caseFoldedRegExp(
  String.raw`^[\s,)]*[-–—:]?\s*(?:(?:(?:moved|deferred|postponed|pushed|planned|scheduled)\s+(?:to|for|until|in)|przesunięt\p{L}*\s+(?:do|na)|odłożon\p{L}*\s+do|planowan\p{L}*\s+(?:w|na)|(?:verschoben|geplant)\s+(?:auf|in|für)|aplazad[oa]s?\s+(?:a|para|hasta)|previst[oa]s?\s+para|adiad[oa]s?\s+para|report[ée]e?s?\s+(?:à|en)|prévue?s?\s+(?:pour|en)|rinviat[oa]\s+(?:a|alla)|previst[oa]\s+(?:per|nella)|uitgesteld\s+(?:tot|naar)|gepland\s+voor|(?:tạm\s+)?hoãn(?:\s+lại)?\s+(?:sang|đến|tới)|dự\s+kiến(?:\s+(?:trong|ở))?|отложен\p{L}*\s+(?:до|на)|запланирован\p{L}*\s+на|(?:έχει\s+|έχουν\s+)?(?:μεταφέρθηκ\p{L}*|μεταφερθεί|αναβλήθηκ\p{L}*|αναβληθεί)\s+(?:στη|στην|για\s+τη|για\s+την))\s+)?(?:(?:deferred|postponed|on hold|aplazad[oa]s?|diferid[oa]s?|adiad[oa]s?|report[ée]e?s?|zurückgestellt|rinviat[oa]|uitgesteld|отложен\p{L}*|保留|보류)\s*[(（]\s*)?(?:(?:in|im|auf|en|em|na|w|for|para|pour|per|voor)\s+)?${LATER_PHASE}`,
  'iu',
);

/**
 * Whether `rest` opens with a verdict that chooses the option before it: under "Options considered",
 * "- **PostgreSQL 16** — chosen: date ranges …", "— seçildi:", "— gekozen:" is the winner, not one
 * of the options set aside.
 */
export function choosesLabel(rest: string): boolean {
  return CHOOSE_AFTER.test(rest);
}
const CHOOSE_AFTER = caseFoldedRegExp(
  `^[\\s,)]*[-–—:]?\\s*(?:\\*\\*)?${union((l) => l.cells.chosen ?? [])}${end}`,
  'iu',
);

/**
 * Whether a sentence is a verdict by itself, closing an item about one option: "- **Stripe** — good
 * API, but payouts in EUR. Rejected.", "… Zamítnuto kvůli ceně.", "… Odrzucone.": the option the
 * item's label names is set aside. Only the verdict alone or followed by its reason ("Rejected because
 * of cost"), never a sentence that goes on about something else ("Declined payments are retried").
 */
export function isRejectionSentence(sentence: string): boolean {
  return REJECTION_SENTENCE.test(sentence);
}
const REASON_WORDS =
  'because|due to|as|since|for|kvůli|protože|pro|z důvodu|wegen|weil|da|porque|por|parce que|car|pour|perché|per|omdat|vanwege|ponieważ|z powodu|ze względu na|eftersom|på grund av|vì|bởi vì|karena|sebab|επειδή|διότι|бо|оскільки|тому що|через';
const REJECTION_SENTENCE = caseFoldedRegExp(
  `^[\\s*_]*${union((l) => l.cells.rejected ?? [])}[\\s*_]*(?:[.!]?[\\s*_]*$|(?:${REASON_WORDS})\\s)`,
  'iu',
);

/**
 * A sentence that opens with a verdict as its label: "**Rejected:** Stripe, because its fees are
 * higher", "Deferred: Redis caching until load needs it", "Fuera de alcance: Kafka". The verdict
 * governs the names between the label and the first reason or sentence end (`until`), not the
 * names of the reason ("… higher than Viva Wallet's"). Only verdicts that set an option aside:
 * "Chosen:" or "Open:" leave the names to their own clause.
 */
export function leadingVerdict(text: string): { status: ScopeStatus; end: number; until: number } | null {
  for (const [status, re] of LEADING_VERDICTS) {
    const m = re.exec(text);
    if (!m) continue;
    const end = m[0].length;
    const stop = VERDICT_SPAN_END.exec(text.slice(end));
    return { status, end, until: stop ? end + stop.index : text.length };
  }
  return null;
}
/**
 * The reason a verdict label's sentence gives after the names it sets aside: "Stripe, because its
 * fees for Greek cards are higher" → "its fees for Greek cards are higher"; null without one. Words
 * that also mean something else ("as", "for", "da", "per") count only after a comma.
 */
export function reasonAfterNames(text: string): string | null {
  const m = REASON_AFTER_NAMES.exec(text);
  if (!m) return null;
  // The reason of the first name only: "… weil zu schwergewichtig; Google login — auf Version 2 verschoben".
  const reason = m[1]!
    .split(/;|\.\s/u)[0]!
    .replace(/[.;\s]+$/u, '')
    .trim();
  // "(rejected: no exclusion constraints)": the verdict's own parenthesis closes the reason.
  const closed = /^[^(]*\)/.test(reason) ? reason.slice(0, reason.search(/\)/)).trim() : reason;
  return closed.split(/\s+/u).length >= 2 ? closed.slice(0, 160) : null;
}
/** Where the reason after the names begins ("Liquibase, because the team prefers …"), or -1. */
export function reasonStart(text: string): number {
  const m = REASON_AFTER_NAMES.exec(text);
  return m ? m.index : -1;
}
const REASON_AFTER_NAMES = caseFoldedRegExp(
  `(?:(?<![\\p{L}\\p{N}_])(?:because|due to|since|kvůli|protože|z důvodu|wegen|weil|porque|parce que|perché|poiché|omdat|vanwege|ponieważ|z powodu|eftersom|fordi|på grund av|vì|bởi vì|karena|sebab|επειδή|διότι|бо|оскільки|тому що)|,\\s*(?:${REASON_WORDS}))\\s+(?:of\\s+)?(.+)$`,
  'iu',
);
const LEADING_VERDICTS = byStatus(
  (l) => ({
    rejected: l.cells.rejected ?? [],
    superseded: l.cells.superseded ?? [],
    deferred: l.cells.deferred ?? [],
    'out-of-scope': l.cells['out-of-scope'] ?? [],
  }),
  (alts) => `^[\\s*_]*${alts}[\\s*_]*[:：][\\s*_]*`,
);
const VERDICT_SPAN_END = caseFoldedRegExp(
  `[.;!?。](?:\\s|$)|[,(–—-]?\\s*(?<![\\p{L}\\p{N}_])(?:${REASON_WORDS})\\s`,
  'iu',
);

const REJECTION_WORD = caseFoldedRegExp(`${start}${union((l) => l.cells.rejected ?? [])}${end}`, 'iu');
/**
 * Whether a heading names a rejection anywhere ("Rejected and postponed technologies", "Elvetett és
 * elhalasztott technológiák"): it is a marker over options of both kinds, and names no option itself.
 */
export function namesRejection(text: string): boolean {
  return REJECTION_WORD.test(text);
}

/** The length of the verdict that opens `rest` ("— rejected", ": odrzucony"), or -1. */
export function verdictLength(rest: string): number {
  const m = REJECT_AFTER.exec(rest);
  return m ? m[0].length : -1;
}

const VERDICT_AT_END = caseFoldedRegExp(`${start}${union((l) => l.rejectAfter)}[\\s*_]*$`, 'iu');
/**
 * Whether a label closes with the verdict on the option it names ("Stripe wurde geprüft und
 * abgelehnt: …", "Kafka was evaluated and rejected: …"): the text after it is then the reason.
 */
export function labelEndsInVerdict(label: string): boolean {
  return VERDICT_AT_END.test(label);
}

/**
 * The reason the text after a rejecting label or under a rejecting heading gives: its first
 * sentence, a phrase of two words at least ("RabbitMQ als Broker: zusätzlicher Dienst im Betrieb,
 * Redis wird ohnehin gebraucht. Verworfen."), or null.
 */
export function restReason(rest: string): string | null {
  const first = rest
    .split(/(?<=[.!?])\s+(?=\p{Lu})/u)[0]!
    .replace(/[.;\s]+$/u, '')
    .trim();
  if (first.split(/\s+/u).length < 2 || !/\p{Ll}{3,}/u.test(first)) return null;
  return first.slice(0, 160);
}

/**
 * Why the verdict after a label rejects it: the words after the verdict ("- **Stripe** — afgewezen:
 * hogere kosten per iDEAL-betaling", "- PSD2: evaluated and rejected because banks charge per call"),
 * or null when the verdict gives none (a phrase of two words at least).
 */
export function verdictReason(rest: string): string | null {
  const m = REJECT_AFTER.exec(rest);
  if (!m) return null;
  const reason = rest
    .slice(m.index + m[0].length)
    .replace(/^[\s:,;.–—-]+/u, '')
    .replace(
      /^(?:because|since|as|porque|pois|parce que|car|weil|da|perché|poiché|omdat|want|fordi|siden|eftersom|vì|bởi vì|karena|sebab|бо|оскільки|тому що|через)\s+/iu,
      '',
    )
    .replace(/[.;\s]+$/u, '')
    .trim();
  // "(rejected: no exclusion constraints)": the verdict's own parenthesis closes the reason.
  const closed = /^[^(]*\)/.test(reason) ? reason.slice(0, reason.search(/\)/)).trim() : reason;
  return closed.split(/\s+/u).length >= 2 ? closed.slice(0, 160) : null;
}

const SUPERSEDED_AFTER = caseFoldedRegExp(`${start}${union((l) => l.supersededAfter)}${end}`, 'iu');
const OVER_VERB = caseFoldedRegExp(
  `${start}${union((l) => l.chooseVerbs)}${end}.*${start}${union((l) => l.over)}\\s+[^.;:?]*$`,
  'iu',
);
const OVER_BARE = caseFoldedRegExp(`^\\s*${union((l) => l.overBare ?? l.over)}\\s+$`, 'iu');
const DEFERRED = caseFoldedRegExp(`${start}${union((l) => l.deferred)}${end}`, 'iu');
const UNDECIDED = caseFoldedRegExp(`${start}${union((l) => l.undecided)}${end}`, 'iu');
const OUT_OF_SCOPE = caseFoldedRegExp(`${start}${union((l) => l.outOfScope)}${end}`, 'iu');
const OR = caseFoldedRegExp(`\\s${union((l) => l.or)}\\s`, 'giu');
const STRUCK = /~~[^~]+~~/g;

/** Words of a segment that defer its option: "optional", "Phase 2", "if needed later", "más adelante". */
export function isDeferredWording(text: string): boolean {
  return DEFERRED.test(text);
}

/** Words that leave the clause's choice open: "TBD", "A vs B", "por definir". */
export function isUndecidedWording(text: string): boolean {
  return UNDECIDED.test(text);
}

/** Words that scope the clause out: "out of scope", "hors périmètre", "fuera del alcance". */
export function isOutOfScopeWording(text: string): boolean {
  return OUT_OF_SCOPE.test(text);
}

/**
 * What a clause's own words say about the name at [index, index+length): rejected ("instead of A",
 * "chose B over A", "A was evaluated and rejected", "no separate A"), superseded ("A, superseded by
 * B"), out of scope. Null when neutral. `previousEnd` is where the previous named term ended, so a
 * bare "A over B" rejects B, and a rejected previous term carries over a list ("over B and C").
 */
export function clauseTermStatus(
  clause: string,
  index: number,
  length: number,
  previousEnd = -1,
  previousRejected = false,
): 'rejected' | 'superseded' | 'out-of-scope' | null {
  const before = clause.slice(Math.max(0, index - 160), index);
  const after = clause.slice(index + length, index + length + 80);
  const word = REJECT_BEFORE_WORD.exec(before);
  const negated = word !== null || NEGATION_BEFORE.test(before) || NO_BEFORE.test(before);
  if (negated && !governsAnotherNoun(word?.[1] ?? '', after)) return 'rejected';
  if (OVER_VERB.test(before)) return 'rejected';
  if (previousEnd >= 0 && previousEnd <= index && OVER_BARE.test(clause.slice(previousEnd, index)))
    return 'rejected';
  if (previousRejected && previousEnd >= 0 && JOINER.test(clause.slice(previousEnd, index)))
    return 'rejected';
  if (REJECT_AFTER.test(after) || subjectVerdictEnd(after) >= 0) return 'rejected';
  const sup = after.search(SUPERSEDED_AFTER);
  if (sup >= 0 && sup < 40) return 'superseded';
  if (/(?:deprecated|legacy|obsolete|obsolet[oa]|obsolète|veraltete?)\s+$/iu.test(before))
    return 'superseded';
  if (OUT_OF_SCOPE.test(clause)) return 'out-of-scope';
  return null;
}

// Behind its loose gate: the union of every language's verdicts is compiled only for a text that may
// hold one (almost every term's tail is tested, few carry a verdict; issue 19).
const VERDICT_AHEAD = gatedPattern(`^(.{1,60}?)\\s(${union((l) => l.rejectAfter)})${end}`, 'iu');
const JOINER_WORD = /^(?:and|or|und|oder|y|o|et|ou|e|en|og|och|i|a|&|\+|\/)$/iu;
/** A verdict that only says the option is not needed or not used, which a subject of nouns does not take. */
const NOT_NEEDED = /(?<!\p{L})(?:not|nicht|no|non|niet|nie|ikke|inte|unnecessary|unnötig)(?!\p{L})/iu;
/**
 * "Exq and Sidekiq-compatible queues were rejected because they need Redis": a name in a list of
 * names, closed by at most two nouns, before a passive rejection is that rejection's subject. Only
 * names, joiners and the closing nouns may stand between ("Stripe handles cards that were rejected"
 * has a verb and a relative word there, and keeps Stripe). Returns where that verdict ends, or -1.
 */
export function subjectVerdictEnd(after: string): number {
  const m = VERDICT_AHEAD.exec(after);
  if (!m || /[.;:!?()]/.test(m[1]!) || NOT_NEEDED.test(m[2]!)) return -1;
  const words = m[1]!.split(/[\s,]+/u).filter(Boolean);
  const lower = words.map((w) => !JOINER_WORD.test(w) && !/^\p{Lu}|-|\d/u.test(w));
  const first = lower.indexOf(true);
  const subject = first < 0 || (words.length - first <= 2 && lower.slice(first).every(Boolean));
  return subject ? m[0].length : -1;
}

/**
 * Words that may stand between a negation and the name, or right after the name, without taking the
 * negation away from it: determiners, verbs, joiners and the nouns of the technology itself ("no
 * separate Redis instance", "no Redis cluster", "en lugar de usar Redis", "no Redis needed").
 */
const KEEPS_NEGATION = caseFoldedRegExp(
  `^(?:${[
    // en
    'a|an|the|any|our|its|and|or|nor|is|are|was|were|be|been|will|would|should|must|can|could|may|might|needs?|at|for|in|on|of|to|from|here|there|yet|anymore|either|as|by|with|since|because|so|that|which|use|using|\\p{L}+ed|\\p{L}+ing|required|necessary|whatsoever',
    // es, pt
    'un|una|unos|unas|el|la|los|las|um|uma|uns|umas|o|os|as|y|e|ni|nem|en|em|no|na|para|por|de|del|do|da|con|com|como|es|são|son|será|usar|utilizar|usamos|necesari[oa]s?|necessári[oa]s?',
    // fr
    'le|les|des|du|d|l|une|et|ou|pour|dans|avec|comme|est|sont|sera|utiliser|employer|nécessaires?',
    // de
    'der|die|das|den|dem|des|ein|eine|einen|einem|einer|und|oder|für|im|mit|als|ist|sind|wird|nötig|notwendig|erforderlich|nutzen|verwenden|einsetzen',
    // it
    'il|lo|gli|uno|di|dei|della|delle|per|con|su|usare|utilizzare|serve|servono|necessari[oa]|\\p{L}{3,}at[oi]',
    // nl
    'het|een|en|ofwel|voor|met|als|zijn|wordt|worden|nodig|gebruiken|aparte?|eigen',
    // adjectives and participles that follow the name in es, fr, pt, and German verbs ("sin Redis
    // separado", "sans Redis dédié", "ohne Redis auskommen")
    'old|legacy|current|existing|separate|dedicated|additional|extra|external|managed|self-hosted|local(?:ly)?|alone|\\p{L}+(?:ad|id)[oa]s?|\\p{L}+ée?s?|adicional(?:es)?|supplémentaires?|externe?s?|zusätzlich\\w*|separat\\w*|extern\\w*',
    // the technology's own nouns, in the five languages
    'servers?|istanz[ae]|coda|servizio|servidor(?:es)?|serveurs?|instances?|instancias?|instâncias?|instanz(?:en)?|clusters?|clúster(?:es)?|databases?|db|bases?|datenbank(?:en)?|banco|caches?|caching|caché|queues?|colas?|filas?|files|warteschlangen?|brokers?|stores?|storage|services?|servicios?|serviços?|dienste?s?|containers?|contenedores?|conteneurs?|deployments?|dependenc(?:y|ies)|dependencias?|dépendances?|abhängigkeit(?:en)?|setup|install(?:ation)?|layer|backend|integrations?|integración|intégration|integration|support|accounts?|cuentas?|comptes?|konto|sdk|api|apis|hosting|buckets?|engine|runtime|versions?|version|license|subscription|connections?|pool|nodes?|workers?|jobs?|stack',
  ].join('|')})$`,
  'iu',
);

/**
 * Whether a negation before a name governs another noun the name only qualifies: "no JavaScript
 * animation libraries", "statt Animationsbibliotheken für JavaScript", "en lugar de librerías
 * JavaScript", "au lieu de bibliothèques JavaScript" reject the libraries, not the language. `gap`
 * is what stands between the negating words and the name; `after` what follows the name.
 */
function governsAnotherNoun(gap: string, after: string): boolean {
  const gapWords = gap.split(/[\s'’]+/u).filter((w) => w.length > 0);
  if (gapWords.some((w) => !KEEPS_NEGATION.test(w.replace(/[./]+$/u, '')))) return true;
  // English and German put the qualifier first: a lower-case noun after the name is the head.
  // A lower-case German word there is a verb ("ohne Redis auskommen"): German nouns are capitalised.
  const next = /^\s+(\p{Ll}[\p{L}]*)/u.exec(after);
  return next !== null && !KEEPS_NEGATION.test(next[1]!) && !/\p{Ll}en$/u.test(next[1]!);
}

/** Spans of struck-through text (`~~JWT~~`): a structural "not this", in any language. */
export function struckSpans(raw: string): { from: number; to: number }[] {
  const out: { from: number; to: number }[] = [];
  for (const m of raw.matchAll(STRUCK)) out.push({ from: m.index, to: m.index + m[0].length });
  return out;
}

/** Splits a clause at "or" (any language) into alternatives: "Redis or Memcached". */
/**
 * Spanish "o" (or) is Portuguese's article "o" (the): "usamos o Redis para o cache" offers no
 * alternative. A bare "o" separates options only between two names ("PostgreSQL o MySQL",
 * "Redis o Memcached"), each capitalised or in code, as technologies are written.
 */
function namesAround(clause: string, from: number, to: number): boolean {
  const before = /(\S+)\s*$/.exec(clause.slice(Math.max(0, from - 40), from))?.[1] ?? '';
  const after = /^\s*(\S+)/.exec(clause.slice(to, to + 40))?.[1] ?? '';
  const named = (w: string) => /^[`"'*(]*[\p{Lu}\d`]/u.test(w);
  return named(before) && named(after);
}

export function alternativesOf(clause: string): { text: string; offset: number }[] {
  const out: { text: string; offset: number }[] = [];
  let from = 0;
  for (const m of clause.matchAll(OR)) {
    if (m[0].trim().toLowerCase() === 'o' && !namesAround(clause, m.index, m.index + m[0].length)) continue;
    out.push({ text: clause.slice(from, m.index), offset: from });
    from = m.index + m[0].length;
  }
  out.push({ text: clause.slice(from), offset: from });
  return out;
}

const MUST = caseFoldedRegExp(`${start}${union((l) => l.modality.must)}${end}`, 'iu');
const SHOULD = caseFoldedRegExp(`${start}${union((l) => l.modality.should)}${end}`, 'iu');
const MAY = caseFoldedRegExp(`${start}${union((l) => l.modality.may)}${end}`, 'iu');
const NEGATION = caseFoldedRegExp(`${start}${union((l) => l.negation)}${end}`, 'iu');

export function modalityOf(text: string): Modality {
  if (MUST.test(text) || /\bSHALL\b/.test(text)) return 'must';
  if (SHOULD.test(text)) return 'should';
  if (MAY.test(text)) return 'may';
  return 'none';
}

export function isNegated(text: string): boolean {
  return NEGATION.test(text);
}

const EXAMPLE = caseFoldedRegExp(
  `(?:${start}|(?<=\\())${union((l) => l.examples)}(?:${end}|(?<=\\.))[^.;:()]*$`,
  'iu',
);

/**
 * True when the name at `index` sits in a list of examples ("e.g. OpenAI, Hugging Face", "z. B.
 * Redis"): named as an illustration, not chosen.
 */
export function isExample(clause: string, index: number): boolean {
  const before = clause.slice(Math.max(0, index - 120), index);
  return EXAMPLE.test(before) || EXAMPLE_CJK_RU.test(before);
}

// Languages without a lexicon still mark examples with a few fixed words (zh 如/例如/比如, ja 例えば,
// ko 예를 들어, ru например); they need no word boundaries (CJK has no spaces).
const EXAMPLE_CJK_RU = /(?:例如|比如|如|例えば|예를 들어|예:|например|напр\.)[^。；;:()（）\n]*$/u;
