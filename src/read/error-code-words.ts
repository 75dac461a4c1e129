import { contentWords } from './period-words.js';

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
