import { entityName } from '../../knowledge/names.js';
import type { EntityFact, FieldFact, FieldType, Notation } from '../../model/domain.js';
import { fromSource, type Origin } from '../../model/origin.js';

/** Constructors for the Domain's data facts, so every notation builds them the same way. */

export function newEntity(written: string, notation: Notation, origin: Origin, table?: string): EntityFact {
  const entity: EntityFact = {
    name: entityName(written),
    writtenAs: written,
    fields: [],
    uniques: [],
    checks: [],
    notation,
    origin,
    seenIn: [origin],
  };
  if (table !== undefined) entity.table = table;
  return entity;
}

/**
 * An entity declared as a class of a programming language (`@Entity public class Fizetes`, `data
 * class Vakt`): the class name is the type's name, singular by the language's convention, so it is
 * kept as written. Normalising it by English plurals made Hungarian `Fizetes` (payment) `Fizete`;
 * lookups still match every form through the entity keys.
 */
export function newClassEntity(written: string, origin: Origin, table?: string): EntityFact {
  const e = newEntity(written, 'class', origin, table);
  if (/^\p{Lu}[\p{L}\p{N}]*$/u.test(written) && e.name.toLowerCase() !== written.toLowerCase())
    e.name = written;
  return e;
}

export function newField(name: string, type: FieldType, origin: Origin): FieldFact {
  return { name, type, nullable: null, unique: false, primaryKey: false, origin };
}

export const at = (file: string, line: number, quote?: string): Origin =>
  fromSource(file, line, quote === undefined ? undefined : quote.trim().slice(0, 120));

let lastText = '';
let lastStarts: number[] = [0];

/**
 * 1-based line of a character offset inside `text`, counted from `firstLine`. Line starts are
 * computed once per text (the extractors ask many times about the same fence), then binary-searched.
 */
export function lineAt(text: string, offset: number, firstLine: number): number {
  if (text !== lastText) {
    lastText = text;
    lastStarts = [0];
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) lastStarts.push(i + 1);
  }
  let lo = 0;
  let hi = lastStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lastStarts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return firstLine + lo;
}

/** The enum type name for an inline enum: `Task.status` → `task_status`. */
export function enumNameFor(entity: string, field: string): string {
  return `${entity}_${field}`.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
}

/**
 * Inline markdown → text, for identifiers and types in cells: unlike a general plain-text pass it
 * keeps intra-word underscores (`gen_random_uuid()`, `password_hash`), which CommonMark never
 * treats as emphasis.
 */
export function cellText(inline: string): string {
  // Each pass runs only when its delimiter is in the text (most cells have none): the same result,
  // without ten regular-expression passes per cell of every table.
  let s = inline;
  if (s.includes('](')) s = s.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1');
  if (s.includes('`')) s = s.replace(/`([^`]*)`/g, '$1');
  if (s.includes('**')) s = s.replace(/\*\*(.*?)\*\*/g, '$1');
  if (s.includes('__')) s = s.replace(/(^|[\s(])__(\S(?:.*?\S)?)__(?=$|[\s).,;:])/g, '$1$2');
  if (s.includes('*')) s = s.replace(/(^|[\s(])\*(\S(?:.*?\S)?)\*(?=$|[\s).,;:])/g, '$1$2');
  if (s.includes('_')) s = s.replace(/(^|[\s(])_(\S(?:.*?\S)?)_(?=$|[\s).,;:])/g, '$1$2');
  if (s.includes('<')) s = s.replace(/<br\s*\/?>/gi, ', ').replace(/<[^>]+>/g, '');
  if (s.includes('\\|')) s = s.replace(/\\\|/g, '|');
  return s.trim();
}
