import { scalarType } from '../../knowledge/scalar-types.js';
import type { FieldFact } from '../../model/domain.js';
import type { Origin } from '../../model/origin.js';
import { applyWords, enumLead, enumList, readConstraintWords } from './constraint-words.js';
import { cellText, newField } from './facts.js';

/**
 * One field written in a bullet: `total (decimal)`, `customer (FK to Customer)`,
 * `status (pending | paid | shipped)`, `email: string, unique`, `` `title` `` (varchar 255) — the
 * task title`. Returns null for anything that is not an identifier followed by a readable spec, so
 * a generic list never becomes fields.
 */

/** A field name as written in prose: one identifier, lower-case first (`total`, `created_at`, `userId`). */
export const FIELD_NAME = /^[a-z_][a-zA-Z0-9_]*$/;

export interface FieldSpec {
  field: FieldFact;
  /** The spec said something beyond the name (a type, a key, an enum). */
  typed: boolean;
}

export function readFieldSpec(text: string, origin: Origin): FieldSpec | null {
  const t = cellText(text).replace(/\s+/g, ' ').trim();
  const m = /^([A-Za-z_][\w]*)\s*(?:\(([^)]*)\)|[:—–-]\s*(.+))?\s*$/.exec(t);
  if (!m) return null;
  const name = m[1]!;
  if (!FIELD_NAME.test(name)) return null;
  const spec = (m[2] ?? m[3] ?? '').trim();
  const field = newField(name, { scalar: 'string', raw: '' }, origin);
  if (spec === '') return { field, typed: false };
  let typed = false;
  const listed = enumLead(spec);
  if (listed) {
    field.type = { scalar: 'enum', raw: spec };
    field.enumValues = listed.values;
    typed = true;
  }
  const parts = listed
    ? listed.rest === ''
      ? []
      : listed.rest.split(/\s*[,;]\s*/)
    : spec.split(/\s*[,;]\s*/);
  const words: string[] = [];
  for (const part of parts) {
    const values = /\|/.test(part) ? enumList(part) : null;
    if (values) {
      field.type = { scalar: 'enum', raw: part };
      field.enumValues = values;
      typed = true;
      continue;
    }
    const type = !typed ? scalarType(part.replace(/^an?\s+/i, ''), name) : null;
    if (type) {
      field.type = { ...type, raw: part };
      typed = true;
      continue;
    }
    words.push(part);
  }
  const w = readConstraintWords(words.join(', '));
  if (w.references) {
    // The column's type is the target's key type; the merge copies it from the target entity.
    field.type = { scalar: 'uuid', raw: 'reference' };
    typed = true;
  }
  if (w.primaryKey || w.unique || w.nullable !== undefined || w.default !== undefined || w.enumValues)
    typed = true;
  applyWords(field, w);
  if (
    words.length > 0 &&
    !w.references &&
    !w.primaryKey &&
    !w.unique &&
    w.nullable === undefined &&
    w.default === undefined
  ) {
    field.description = words.join(', ');
  }
  return { field, typed };
}
