import pluralize from 'pluralize';
import { romancePlural, romanceSingular } from '../../knowledge/names.js';
import { boundedName } from '../../knowledge/sql-types.js';
import { memoName, memoNameByLanguage } from '../memo-names.js';

export { boundedName };

/**
 * Naming conventions of the data model: camelCase in the API and TypeScript, snake_case plural
 * tables and snake_case columns in SQL (PostgreSQL folds unquoted identifiers to lower case,
 * docs §4.1.1, so snake_case avoids quoting).
 */

/** Splits `OrderItem`, `order_items`, `orderItems`, `Order Item`, `HTTPStatus` into lower-case words. */
export function words(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0)
    .map((w) => w.toLowerCase());
}

export const snake = memoName((name: string): string => words(name).join('_') || 'x');

export const camel = memoName((name: string): string => {
  const w = words(name);
  if (w.length === 0) return 'x';
  return w.map((p, i) => (i === 0 ? p : p.charAt(0).toUpperCase() + p.slice(1))).join('');
});

export function pascal(name: string): string {
  const c = camel(name);
  return c.charAt(0).toUpperCase() + c.slice(1);
}

/**
 * `OrderItem` → `order_items`: the plural of the last word only; in Spanish, Portuguese and French
 * of the head noun, the first word (`PerfilRepartidor` → `perfiles_repartidor`, `Adresse` →
 * `adresses`); German names stay as written.
 */
export const tableName = memoNameByLanguage((entity: string): string => {
  const w = words(entity);
  if (w.length === 0) return 'x';
  const romance = romancePlural(w);
  if (romance) return romance.join('_');
  const last = w[w.length - 1]!;
  w[w.length - 1] =
    pluralize.isPlural(last) && last !== pluralize.singular(last) ? last : pluralize.plural(last);
  return w.join('_');
});

/** `order_items` → `order_item`: the singular of the last word, for FK column names. */
export const singularSnake = memoNameByLanguage((name: string): string => {
  const w = words(name);
  if (w.length === 0) return 'x';
  const romance = romanceSingular(w);
  if (romance) return romance.join('_');
  w[w.length - 1] = pluralize.singular(w[w.length - 1]!);
  return w.join('_');
});

/** Key used to match names written differently (`User`, `users`, `user`, `order-items`). */
export function nameKey(name: string): string {
  return singularSnake(name).replace(/_/g, '');
}

/** Returns `base`, or `base_2`, `base_3`, ... — the first not in `taken`, which it then records. */
export function unique(base: string, taken: Set<string>, max = 63): string {
  let name = boundedName(base, max);
  for (let i = 2; taken.has(name); i++) name = boundedName(`${base}_${i}`, max);
  taken.add(name);
  return name;
}
