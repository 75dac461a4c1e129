import { snakeCase } from '../../knowledge/names.js';
import { scalarType } from '../../knowledge/scalar-types.js';
import type { Block } from '../../markdown/blocks.js';
import type { EntityFact } from '../../model/domain.js';
import { at, cellText, newEntity, newField } from './facts.js';

/**
 * Entity definitions in sentences: "A Course has a title, a unique slug and belongs to an
 * Instructor." / "Each Order has a total (decimal), an optional note and belongs to a Customer."
 * Read only when the subject is a capitalised domain noun after an article and every listed item
 * is a short noun phrase (at most three words); anything else is left as prose.
 */

// Two steps, each linear: the subject and the whole list (`(.*\S)` ends at the last non-blank, so no
// lazy group retries `\s*$` at every blank), then an optional "and belongs to X" at its end, whose
// blank run is entered only at its first blank (`(?<![\s,])`). One regex with `(.+?)(…)?\s*$` was
// quadratic on a run of blanks.
const SENTENCE = /^(?:An?|Each|Every)\s+([A-Z][a-zA-Z]+)\s+(?:has|have|contains|stores|records)\s+(.*\S)\s*$/;
const AND_BELONGS = /(?<![\s,]),?\s+and\s+(?:it\s+)?belongs\s+to\s+(?:an?|one|the)\s+([A-Z][a-zA-Z]+)$/;
const BELONGS =
  /^(?:An?|Each|Every)\s+([A-Z][a-zA-Z]+)\s+belongs\s+to\s+(?:an?|one|the)\s+([A-Z][a-zA-Z]+)\s*$/;
/** Subjects that name the software, not a domain entity. */
const NOT_ENTITY =
  /^(System|Application|App|Platform|Service|Server|Client|Page|Screen|Dashboard|Component|Module|Api|Interface|Website|Site|Tool|Feature|Release|Version|Phase|Sprint)$/;
const ARTICLE = /^(?:an?|the|its|their|one|some)\s+/i;
const MANY = /^(?:many|multiple|several|zero or more|one or more|a list of|a set of|any number of)\s+/i;

export function readSentences(blocks: readonly Block[], file: string): EntityFact[] {
  const out: EntityFact[] = [];
  for (const b of blocks) {
    if (b.kind !== 'paragraph' && b.kind !== 'list-item') continue;
    if (!/\b(has|have|contains|stores|records|belongs)\b/.test(b.text)) continue;
    for (const sentence of cellText(b.text).split(/(?<=\.)\s+|\n/)) {
      const s = sentence.trim().replace(/\.$/, '');
      const e = readSentence(s, file, b.line);
      if (e) out.push(e);
    }
  }
  return out;
}

function readSentence(s: string, file: string, line: number): EntityFact | null {
  const belongs = BELONGS.exec(s);
  if (belongs) {
    if (NOT_ENTITY.test(belongs[1]!)) return null;
    const e = newEntity(belongs[1]!, 'prose', at(file, line, s));
    e.fields.push(reference(belongs[2]!, file, line, s));
    return e;
  }
  const m = SENTENCE.exec(s);
  if (!m || NOT_ENTITY.test(m[1]!)) return null;
  const tail = AND_BELONGS.exec(m[2]!);
  const list = tail ? m[2]!.slice(0, tail.index) : m[2]!;
  if (tail) m[3] = tail[1]!;
  const items = list
    .split(/,\s*|(?<!\s)\s+and\s+/)
    .map((x) => x.trim())
    .filter(Boolean);
  const e = newEntity(m[1]!, 'prose', at(file, line, s));
  for (const raw of items) {
    const belongsTo = /^belongs\s+to\s+(?:an?|one|the)\s+([A-Z][a-zA-Z]+)$/.exec(raw);
    if (belongsTo) {
      e.fields.push(reference(belongsTo[1]!, file, line, s));
      continue;
    }
    // "many Lessons" is the other side of a relationship, not a column here.
    if (MANY.test(raw)) continue;
    let phrase = raw.replace(ARTICLE, '');
    // `[^()]` and a trim, not `[^)]` and a leading `\s*`: both rescanned to the end from every `(` or
    // blank (quadratic).
    const type = /\(([^()]+)\)$/.exec(phrase)?.[1];
    phrase = phrase.replace(/\([^()]*\)$/, '').trimEnd();
    const unique = /^unique\s+/i.test(phrase);
    const optional = /^optional\s+/i.test(phrase);
    const required = /^required\s+/i.test(phrase);
    phrase = phrase.replace(/^(unique|optional|required)\s+/i, '');
    if (!/^[a-z][a-z0-9]*(?:\s[a-z][a-z0-9]*){0,2}$/.test(phrase)) return null;
    const written = type ? scalarType(type, phrase) : null;
    const f = newField(
      snakeCase(phrase),
      written ? { ...written, raw: type! } : { scalar: 'string', raw: '' },
      at(file, line, s),
    );
    if (unique) f.unique = true;
    if (optional) f.nullable = true;
    if (required) f.nullable = false;
    if (type && !written) f.description = type;
    e.fields.push(f);
  }
  if (m[3]) e.fields.push(reference(m[3], file, line, s));
  return e.fields.length > 0 ? e : null;
}

function reference(target: string, file: string, line: number, quote: string) {
  const f = newField(`${snakeCase(target)}_id`, { scalar: 'uuid', raw: 'reference' }, at(file, line, quote));
  f.references = { entity: target, field: 'id' };
  return f;
}
