import { stripAccents } from '../knowledge/inflect.js';
import { contentWords } from './period-words.js';
import { stateVerbsNamed } from './state-verb-words.js';

/**
 * How documents state an error code of one operation, in en, es, pt, fr, de and it: "409 SHIFT_FULL
 * when the shift has no free places" (a route table's notes), "Booking a shift that overlaps another
 * booking returns 422 with code BOOKING_OVERLAP", "responde 409 con el código TURNO_LLENO",
 * "`SHIFT_FULL` (409)". A code is UPPER_SNAKE with at least one underscore, beside an HTTP status of
 * 4xx or 5xx; a status alone ("409 Conflict") names no code of the documents.
 */
export interface StatedErrorReading {
  status: number;
  code: string;
  /** When it is returned, as written ("the shift has no free places"), or null. */
  condition: string | null;
  /** The words of the action the sentence says returns it ("Booking a shift …"), for tying it to an operation. */
  subjectWords: string[];
}

const CODE = '[`"\'“]?(?<code>[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)[`"\'”]?';
/** Between the status and its code: "with code", "con el código", "avec le code", "und dem Code", "con il codice". */
const GAP =
  "(?:\\s?(?:[A-Z][a-z]+(?:\\s[A-Z][a-z]+){0,2})?[\\s,:(=|-]{0,6}(?:(?:with|and|the|[Ee]rror|[Cc]ode|con|el|la|[Cc]ódigo|[Cc]odigo|com|o|a|avec|le|d['’]erreur|mit|und|dem|den|[Ff]ehlercode|il|[Cc]odice|di|errore|de|y|e|et)[:=]?\\s{1,3}){0,4})";
const STATUS_THEN_CODE = new RegExp(`(?<![\\w.])(?<status>[45]\\d\\d)(?![\\w.])${GAP}${CODE}`, 'gu');
const CODE_THEN_STATUS = new RegExp(`${CODE}\\s*\\(\\s*(?:HTTP\\s*)?(?<status>[45]\\d\\d)\\s*\\)`, 'gu');

/** "when …", "if …", "cuando …", "quand …", "wenn …", "quando …": the condition after the code. */
const WHEN =
  /^\s*[,:;–—-]?\s*(?:(?:only\s+)?(?:when|if|whenever|once|cuando|si|quando|se|quand|lorsque|lorsqu['’]|wenn|falls|sobald)\s+)([^;.|]{3,120})/iu;
/** The verb a sentence answers with: what stands before it is the action that returns the code. */
const RETURNS =
  /(?<!\p{L})(?:returns?|responds?(?: with)?|answers?(?: with)?|fails? with|is rejected with|gets?|yields?|devuelve|responde(?: con)?|retorna|devolve|responde|renvoie|retourne|répond(?: par)?|échoue avec|liefert|antwortet(?: mit)?|gibt|scheitert mit|restituisce|risponde(?: con)?|fallisce con)(?!\p{L})/iu;
/** Where an action phrase's own words end and its condition begins: "that", "which", "que", "qui", "das", "che", "when". */
const CLAUSE =
  /(?<!\p{L})(?:that|which|whose|when|if|where|que|cuyo|cuya|qui|dont|quand|si|das|der|die|wenn|falls|che|quando|se|cuando)(?!\p{L})/iu;

export function readErrorCodes(text: string): StatedErrorReading[] {
  const out: StatedErrorReading[] = [];
  const seen = new Set<string>();
  for (const re of [STATUS_THEN_CODE, CODE_THEN_STATUS]) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      const status = Number(m.groups!.status);
      const code = m.groups!.code!;
      if (seen.has(code)) continue;
      seen.add(code);
      // Bounded: the condition is the next few words, never the rest of a long passage.
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 240);
      const when = WHEN.exec(after);
      const before = text.slice(Math.max(0, m.index - 240), m.index);
      const verb = RETURNS.exec(before);
      const action = verb ? before.slice(0, verb.index).trim() : '';
      const clause = CLAUSE.exec(action);
      const subject = clause ? action.slice(0, clause.index) : action;
      // A table row's next cell says when ("| 409 | SHIFT_FULL | The shift has no free places |").
      const cell = /^\s*\|\s*([^|]{3,120})/.exec(after);
      const condition = when
        ? when[1]!.trim()
        : cell
          ? cell[1]!.trim()
          : clause
            ? action.slice(clause.index + clause[0].length).trim() || null
            : null;
      out.push({ status, code, condition, subjectWords: contentWords(subject) });
    }
  }
  return out;
}

/**
 * An error code a criterion names without an HTTP status: "… riceve l'errore `LIMITE_SEGNALAZIONI`",
 * "… fails with error `SLOT_TAKEN`", "(`RATA_GIA_PAGATA`)", "erhält den Fehler `AUFTRAG_VOLL`". The
 * status is the design's to choose; `conflict` is what the clause says about the record's state ("già
 * pagata", "already", "ya", "déjà", "bereits", "cannot be … again"), `limit` a count it exceeds.
 */
export interface BareErrorReading {
  code: string;
  /** The clause that returns it, as written, and its content words. */
  condition: string;
  subjectWords: string[];
  kind: 'conflict' | 'limit' | null;
  /**
   * The state actions the clause names by the state the record is in ("una segnalazione chiusa" →
   * `close`, "una rata già pagata" → `pay`, "a cancelled booking" → `cancel`); a state not reached
   * ("una rata non pagata", "not paid") names none (read/state-verb-words.ts).
   */
  states: string[];
}

/** An error word right before the code, or the code alone in parentheses or backticks at a clause end. */
const BARE_CODE =
  /(?:(?<!\p{L})(?:error|errors|errore|errori|erreur|fehler|fehlercode|código|codigo|code|codice)\s*(?:de |di |del |du )?[:=]?\s*[`"'“]?(?<a>[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)[`"'”]?|\(\s*`?(?<b>[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)`?\s*\)|`(?<c>[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)`\s*(?:$|[.;]))/gu;
const CONFLICT =
  /(?<!\p{L})(?:already|again|once more|twice|only once|just once|cannot be|can't be|già|di nuovo|nuovamente|una sola volta|solo una volta|non può essere|non possono essere|ya|de nuevo|otra vez|una sola vez|solo una vez|no puede ser|déjà|à nouveau|de nouveau|une seule fois|ne peut pas être|bereits|schon|erneut|nochmals|nur einmal|kann nicht|já|novamente|de novo|uma única vez|só uma vez|apenas uma vez|não pode ser)(?!\p{L})/iu;
const EXCEEDS =
  /(?<!\p{L})(?:at most|more than|limit|limite|límite|al massimo|più di|como máximo|más de|no máximo|mais de|au plus|plus de|höchstens|mehr als|\d+\s+\p{L}+\s+(?:today|oggi|hoy|hoje|aujourd['’]hui|heute|per day|al giorno|por día|por dia|par jour|pro tag))(?!\p{L})/iu;

export function readBareErrorCodes(text: string): BareErrorReading[] {
  if (/(?<![\w.])[45]\d\d(?![\w.])/.test(text)) return [];
  const out: BareErrorReading[] = [];
  for (const m of text.matchAll(BARE_CODE)) {
    const code = (m.groups!.a ?? m.groups!.b ?? m.groups!.c)!;
    if (out.some((r) => r.code === code)) continue;
    // The clause before the code: back to the previous sentence end or criterion keyword.
    const before = text.slice(Math.max(0, m.index - 240), m.index);
    const clause = before.split(CRITERION_STEP).at(-1)!.trim();
    const verb = RETURNS_BARE.exec(clause);
    const subject = verb ? clause.slice(0, verb.index) : clause;
    out.push({
      code,
      condition: (verb ? subject : clause).replace(/[\s(,:–—-]+$/u, '').trim(),
      subjectWords: contentWords(subject),
      // A count first: "already opened 5 today" exceeds a limit, it is no state conflict.
      kind: EXCEEDS.test(clause) ? 'limit' : CONFLICT.test(clause) ? 'conflict' : null,
      // The record's state is in the subject; the verb that answers ("liefert") is no state action.
      states: stateVerbsNamed(subject),
    });
  }
  return out;
}

/**
 * Where a criterion's step begins: a sentence end, or a capitalised Given/When/Then/And keyword of the
 * six languages (soft line breaks are spaces by now, so a criterion is one line).
 */
const CRITERION_STEP =
  /[.;]\s|(?:^|\s)(?:Given|When|Then|And|But|Dato|Data|Dati|Quando|Allora|E|Ma|Dado|Dada|Cuando|Entonces|Y|Pero|Então|Mas|Étant donné|Quand|Alors|Et|Mais|Angenommen|Gegeben|Wenn|Dann|Und|Aber)\s/u;

/** "receives", "gets", "riceve", "recibe", "recebe", "reçoit", "erhält": what the caller is answered. */
const RETURNS_BARE =
  /(?<!\p{L})(?:receives?|gets?|returns?|fails? with|riceve|ricevono|restituisce|recibe|reciben|devuelve|recebe|recebem|retorna|reçoit|reçoivent|renvoie|erhält|erhalten|liefert)(?!\p{L})/iu;

/**
 * Whether a stated code names an error category rather than a domain case: `FORBIDDEN`,
 * `ACCESS_DENIED`, `NOT_FOUND`, `VALIDATION_ERROR`, `CONFLICT`, `RATE_LIMITED`… A domain code
 * (`LID_GEBLOKKEERD`, `SLOT_TAKEN`) is one case of its status, never the name of every 403 or 409.
 */
const GENERIC_CODE =
  /^(?:E(?:RR(?:OR)?)?_)?(?:FORBIDDEN|ACCESS_DENIED|PERMISSION_DENIED|NOT_(?:AUTHORI[SZ]ED|ALLOWED|PERMITTED)|UNAUTHORI[SZ]ED|UNAUTHENTICATED|AUTH(?:ENTICATION)?_REQUIRED|INVALID_(?:TOKEN|CREDENTIALS|INPUT|REQUEST|PAYLOAD)|TOKEN_(?:EXPIRED|INVALID)|(?:RESOURCE_)?NOT_FOUND|VALIDATION(?:_ERROR|_FAILED)?|BAD_REQUEST|CONFLICT|DUPLICATE(?:_ENTRY)?|ALREADY_EXISTS|RATE_LIMIT(?:ED|_EXCEEDED)?|TOO_MANY_REQUESTS|THROTTLED|INTERNAL(?:_ERROR|_SERVER_ERROR)?|SERVER_ERROR|(?:SERVICE_)?UNAVAILABLE|BUSINESS_RULE_VIOLATION|UNPROCESSABLE(?:_ENTITY)?|PAYLOAD_TOO_LARGE|UNSUPPORTED_MEDIA_TYPE|METHOD_NOT_ALLOWED|GONE|TIMEOUT)$/;

export function isGenericCode(code: string): boolean {
  return GENERIC_CODE.test(code);
}

/**
 * The words of a code that say what went wrong rather than what it concerns (`CHECKIN_WINDOW_CLOSED`
 * concerns the check-in), each with the kind of rule it fits when it fits only one (a window closes,
 * a limit is exceeded, a validity expires).
 */
const OUTCOME_WORDS: Record<string, string | null> = {
  required: null,
  missing: null,
  invalid: null,
  not: null,
  allowed: null,
  denied: null,
  already: null,
  taken: null,
  exists: null,
  duplicate: null,
  unavailable: null,
  blocked: null,
  locked: null,
  closed: 'window',
  window: 'window',
  outside: 'window',
  too: null,
  early: 'window',
  late: 'window',
  expired: 'duration',
  exceeded: 'limit',
  limit: 'limit',
  limited: 'limit',
  rate: 'limit',
  reached: 'limit',
};

/** Abbreviations codes use for what prose spells out ("one-time code" for OTP), as joined words. */
const SPELLED_OUT: Record<string, string[]> = {
  otp: ['onetime'],
  mfa: ['multifactor', 'twofactor'],
  '2fa': ['twofactor'],
  pwd: ['password'],
};

/** A word of prose as codes write it: no hyphen ("check-in" → checkin), singular, lower case. */
const codeForm = (w: string) => {
  const x = w.toLowerCase().replace(/[-‐]/g, '');
  return x.length > 3 && x.endsWith('s') && !x.endsWith('ss') ? x.slice(0, -1) : x;
};

/**
 * Two forms of one word as codes and prose write them in inflected languages ("solapada" and
 * "solapen", "inscripcion" and "inscripciones"): a shared start of five letters or more that leaves
 * at most three letters of the shorter word.
 */
function sameStem(a: string, b: string): boolean {
  const x = stripAccents(a);
  const y = stripAccents(b);
  let n = 0;
  while (n < x.length && n < y.length && x[n] === y[n]) n++;
  // A long word of the code only: short ones differ by their ending ("checkin" is no "checked").
  return x.length >= 8 && y.length >= 6 && n >= 5 && n >= Math.min(x.length, y.length) - 3;
}

/**
 * The stated code among `codes` whose own words a rule's sentence says ("A volunteer cannot hold two
 * sign-ups whose shifts overlap" names `SIGNUP_OVERLAP`; "Check-in opens 30 minutes before…", a
 * window, names `CHECKIN_WINDOW_CLOSED`): every word the code is about appears in the sentence, and
 * an outcome word that fits one kind of rule fits this one. The code naming the most words wins;
 * null when none, or when two name as many.
 */
export function codeNamedBy(text: string, kind: string, codes: readonly string[]): string | null {
  const said = new Set((text.match(/[\p{L}\p{N}]+(?:[-‐][\p{L}\p{N}]+)*/gu) ?? []).map(codeForm));
  let best: string | null = null;
  let bestScore = 0;
  let tie = false;
  for (const code of codes) {
    if (isGenericCode(code)) continue;
    const parts = code.toLowerCase().split('_').filter(Boolean);
    const about = parts.filter((p) => !(p in OUTCOME_WORDS));
    if (about.length === 0) continue;
    const fits = parts.every((p) => {
      const k = OUTCOME_WORDS[p];
      return k === undefined || k === null || k === kind;
    });
    const named = about.every(
      (p) =>
        said.has(codeForm(p)) ||
        (SPELLED_OUT[p] ?? []).some((s) => said.has(s)) ||
        [...said].some((w) => sameStem(codeForm(p), w)),
    );
    if (!fits || !named) continue;
    if (about.length > bestScore) {
      best = code;
      bestScore = about.length;
      tie = false;
    } else if (about.length === bestScore) tie = true;
  }
  return tie ? null : best;
}
