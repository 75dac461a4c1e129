import pluralize from 'pluralize';
import { collectionSegment, words } from '../../knowledge/mention.js';
import { romanceSingular } from '../../knowledge/names.js';
import { memoName, memoNameByLanguage } from '../memo-names.js';

export { collectionSegment, mentionPattern, words } from '../../knowledge/mention.js';

/** Names used on the API surface, derived from entity names (PascalCase singular). */

/** `OrderItem` → `orderItem`. */
export const camel = memoName((name: string): string => {
  // Only letters and digits make an identifier: `GET /reports/hours.csv` → `getReportsHoursCsv`.
  const parts = words(name)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .split(/\s+/)
    .filter(Boolean);
  return parts.map((p, i) => (i === 0 ? p : p[0]!.toUpperCase() + p.slice(1))).join('');
});

/** `mark-shared` / `order item` → `MarkShared` / `OrderItem`. */
export function pascal(text: string): string {
  const c = camel(text);
  return c.length > 0 ? c[0]!.toUpperCase() + c.slice(1) : c;
}

/** `OrderItem` → `OrderItems` (for operationIds such as `listOrderItems`). */
export function pluralPascal(name: string): string {
  return pascal(collectionSegment(name));
}

/** Normalised key for matching a path segment or a word to an entity: `sub-tasks` → `subtask`. */
export const matchKey = memoNameByLanguage((text: string): string => {
  const w = words(text).split(' ');
  const romance = romanceSingular(w);
  if (romance) return romance.join('').replace(/[^\p{L}\p{N}]/gu, '');
  const last = w.pop() ?? '';
  return [...w, pluralize.singular(last)].join('').replace(/[^a-z0-9]/g, '');
});

/** A path parameter name for an entity's id (`Project` → `projectId`). */
export const idParam = (entity: string): string => `${camel(entity)}Id`;
