import type { FieldFact, ForeignKey } from '../../model/domain.js';

/**
 * Constraints written in words, as they appear in table cells, TypeScript comments, mermaid
 * attribute comments and bullets: `PK`, `unique`, `not null`, `required`, `optional`,
 * `default: 'pending'`, `FK -> users.id`, `references Customer`, `max 255`, `one of: a, b`.
 * Reads only what is unambiguous; anything else stays description text.
 */
export interface WordConstraints {
  primaryKey?: boolean;
  unique?: boolean;
  nullable?: boolean;
  default?: string;
  references?: ForeignKey;
  length?: number;
  enumValues?: string[];
  check?: string;
  /** Stated as generated (auto-increment, identity, serial). */
  generated?: boolean;
}

const ON_DELETE: [RegExp, ForeignKey['onDelete']][] = [
  [/on delete cascade|cascade(s)? on delete|\bcascade\b/i, 'cascade'],
  [/on delete set null|set null on delete/i, 'set null'],
  [/on delete restrict|\brestrict\b/i, 'restrict'],
];

/** A required word followed by the condition that makes it so. */
const CONDITIONAL_REQUIRED =
  /(?:required|mandatory|obbligatori[oa]|wymagan[eay]|obowiązkow\p{L}*|requerid[oa]|obrigatóri[oa]|obligatoire|erforderlich|verplicht|обязательн\p{L}*)\s+(?:for|when|if|on|unless|only|dla|gdy|jeśli|przy|para|cuando|si|quand|pour|lors|wenn|für|bei|falls|als|voor|indien|при|для|если|per|quando|se)(?![\p{L}\p{N}_])/iu;

export function readConstraintWords(input: string): WordConstraints {
  const text = input.replace(/[*`]/g, '').replace(/<br\s*\/?>/gi, ', ');
  const out: WordConstraints = {};
  if (/\bprimary[\s_-]?key\b|\bPK\b|\bprimary identifier\b|\bchiave primaria\b/i.test(text))
    out.primaryKey = true;
  if (
    /\bunique\b|\bUK\b|\bUQ\b|\bunivoc[oa]\b|\bunikaln\p{L}*|\búnic[oa]s?\b|\beindeutig\b|\buniek\b|уникальн\p{L}*/iu.test(
      text,
    ) &&
    !/\bnot unique\b|\bnon-unique\b|\bnon univoc[oa]\b/i.test(text)
  )
    out.unique = true;
  if (
    /\bnot[\s_-]null\b|\bnon[\s-]null(able)?\b|\brequired\b|\bmandatory\b|\bobbligatori[oa]\b|\bwymagan[eay]\b|\bobowiązkow\p{L}*|\brequerid[oa]\b|\bobrigatóri[oa]\b|\bobligatoire\b|\berforderlich\b|\bverplicht\b|(?<!не)обязательн\p{L}*/iu.test(
      text,
    ) &&
    // "required for dogs", "required on rejection", "wymagane dla psów": a rule for some rows, which
    // the column cannot state as NOT NULL.
    !CONDITIONAL_REQUIRED.test(text)
  )
    out.nullable = false;
  else if (
    /\bnullable\b|\boptional\b|\bfacoltativ[oa]\b|\bopcjonaln\p{L}*|\bopcional\b|\bfacultati(?:f|ve)\b|\boptioneel\b|необязательн\p{L}*|\bnull(\s+allowed|\s+ok|able)?\s*$|^\s*null\b/iu.test(
      text,
    )
  )
    out.nullable = true;
  if (/\bauto[\s_-]?increment|\bidentity\b|\bserial\b|\bauto[\s-]?generated\b/i.test(text))
    out.generated = true;
  const def =
    /(?:\bdefault(?:s)?(?:\s+(?:value|to|is))?|\bdomyślnie|\bpor defecto|\bpar défaut|\bstandaard|по умолчанию)\s*(?:[:=]\s*)?('[^']*'|"[^"]*"|[^\s,;)]+(?:\(\))?)/iu.exec(
      text,
    );
  if (def && !/^(value|to|is)$/i.test(def[1]!)) out.default = def[1]!.replace(/^"(.*)"$/, "'$1'");
  const fk =
    /\b(?:FK|foreign[\s_-]?key|references?|refs?|points to|belongs to|link(?:s|ed)? to)\b\s*(?:(?:to|do|zu|naar|vers|para|на|к)(?![\p{L}\p{N}_])|→|->|=>|:)?\s*([\p{L}_][\p{L}\p{N}_]*)(?:\s*[.(]\s*([\p{L}_][\p{L}\p{N}_]*)\s*\)?)?/iu.exec(
      text,
    );
  if (fk) {
    const ref: ForeignKey = { entity: fk[1]!, field: fk[2] ?? 'id' };
    for (const [re, action] of ON_DELETE) {
      if (re.test(text)) {
        ref.onDelete = action;
        break;
      }
    }
    out.references = ref;
  }
  const len =
    /\bmax(?:imum)?(?:[\s_-]?length)?\s*[:=]?\s*(\d+)|\bup to (\d+) char|\b(\d+) char(?:acter)?s? max|\blength\s*[≤<=]+\s*(\d+)|\bmax\s*(\d+)\s*char/i.exec(
      text,
    );
  if (len) out.length = Number(len[1] ?? len[2] ?? len[3] ?? len[4] ?? len[5]);
  // The list ends at a non-blank (`[^()]*?[^()\s]`), so the lazy group never retries `\s*` inside a
  // run of blanks (quadratic), and `\s*(?:[:=]\s*)?` has one way to split the blanks before it.
  const oneOf = /\b(?:one of|enum|values?|allowed)\s*(?:[:=]\s*)?\(?([^()]*?[^()\s])\)?\s*(?:$|[.;])/i.exec(
    text,
  );
  const values = oneOf ? enumList(oneOf[1]!) : null;
  if (values) out.enumValues = values;
  const check = /\bcheck\s*\((.+)\)/i.exec(text);
  if (check) out.check = check[1]!.trim();
  return out;
}

/**
 * A list of enum values (`'a' | 'b'`, `a, b, c`, `a / b`) or null when it does not look like one:
 * every value must be a short identifier-like token, and there must be at least two.
 */
export function enumList(text: string): string[] | null {
  const parts = text
    .split(/(?<!\s)\s*(?:\||,|\/|\bor\b)\s*/)
    .map((p) => p.trim().replace(/^['"`]|['"`]$/g, ''))
    .filter((p) => p.length > 0);
  if (parts.length < 2) return null;
  if (!parts.every((p) => /^[\p{L}0-9][\p{L}\p{N}_.-]{0,40}$/u.test(p))) return null;
  return [...new Set(parts)];
}

/**
 * A type written as `enum: a, b, c` or `enum (a, b, c)`, then optionally `; more words`: the values
 * and what follows. A table or bullet that split on commas first read `enum: dog` as the type and
 * lost the column's values (and then its stated default, which was not one of them).
 */
export function enumLead(text: string): { values: string[]; rest: string } | null {
  const m = /^enum\s*(?::\s*|\(\s*)([^;()]*)\)?\s*(?:[;.]\s*(.*))?$/i.exec(text.trim());
  const values = m ? enumList(m[1]!.trim()) : null;
  return values ? { values, rest: (m![2] ?? '').trim() } : null;
}

/** A lead-in that announces the list ("one of:", "values:"), in en, es, pt, fr, de and it. */
const LIST_LEAD =
  /^(?:one of|values?|allowed(?: values)?|uno de|valores?|um de|l'un(?:e)? de|valeurs?|eine[rs]? von|werte?|uno tra|valori)\s*:?\s*/i;

/**
 * A comment that is nothing but values separated by `|` (`draft | published | cancelled`, `one of:
 * a | b`, `values: 'a' | 'b'`) states the column's values, as a TypeScript union or a CHECK ... IN
 * would. An example list (`e.g. warehouse, sorting`) or a sentence around the list states none.
 */
export function pipedValues(comment: string): string[] | null {
  // "状态：PENDING/PAID/CANCELLED", "Status: ACTIVE/BLOCKED": a label, then codes joined by slashes
  // (upper-case codes only: "and/or" in prose is no list).
  const slashed = /^[^:：]{0,24}[:：]\s*([A-Z][A-Z0-9_]*(?:\s*\/\s*[A-Z][A-Z0-9_]*)+)\s*[.。]?$/u.exec(
    comment.trim(),
  );
  if (slashed) return [...new Set(slashed[1]!.split('/').map((p) => p.trim()))];
  const text = comment.trim().replace(/\.$/, '').replace(LIST_LEAD, '');
  if (!text.includes('|')) return null;
  const parts = text.split('|').map((p) => p.trim().replace(/^(['"`])(.*)\1$/, '$2'));
  if (parts.length < 2 || !parts.every((p) => /^[\p{L}_][\p{L}\p{N}_.-]{0,40}$/u.test(p))) return null;
  return [...new Set(parts)];
}

const LISTED_TYPES = new Set(['string', 'text']);

/**
 * A text column whose comment is a value list (`pipedValues`) is an enum of those values, unless the
 * notation already gave it values or a default that is not among them (then the list is no
 * constraint the column is built with: the comment stays its description).
 */
export function applyPipedValues(field: FieldFact, comment: string): void {
  if (field.enumValues || !LISTED_TYPES.has(field.type.scalar)) return;
  const values = pipedValues(comment);
  if (!values) return;
  const def = field.default?.replace(/^'(.*)'$/, '$1');
  if (def !== undefined && !values.includes(def)) return;
  field.enumValues = values;
  field.type = { ...field.type, scalar: 'enum' };
}

/** Applies word constraints to a field without overriding what the notation itself stated. */
export function applyWords(field: FieldFact, w: WordConstraints): void {
  if (w.primaryKey) {
    field.primaryKey = true;
    field.nullable = false;
  }
  if (w.unique) field.unique = true;
  if (w.nullable !== undefined && field.nullable === null) field.nullable = w.nullable;
  if (w.default !== undefined && field.default === undefined) field.default = w.default;
  if (w.references && !field.references) field.references = w.references;
  if (w.length !== undefined && field.type.length === undefined) field.type.length = w.length;
  if (w.enumValues && !field.enumValues) {
    field.enumValues = w.enumValues;
    field.type = { ...field.type, scalar: 'enum' };
  }
  if (w.check && !field.check) field.check = w.check;
  if (w.generated) field.type.generated = true;
}
