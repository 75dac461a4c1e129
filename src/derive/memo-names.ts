import type { NameLanguage } from '../knowledge/inflect.js';
import { documentsNameLanguage } from '../knowledge/name-language.js';

/**
 * Name conversions (`OrderItem` → `order_items`, `/order-items`, `orderItem`) are pure functions of
 * the name, and of the documents' language where a plural or singular is involved; derivation and
 * rendering ask for the same few names once per field, operation, mention and line (a pluralize
 * rule scan each time was about 5 % of a 1,000-entity compile, issue 19). Each conversion is
 * computed once per name (and language); the result is a string, so callers cannot alter it.
 */
export function memoName(convert: (name: string) => string): (name: string) => string {
  const cache = new Map<string, string>();
  return (name) => {
    let out = cache.get(name);
    if (out === undefined) {
      out = convert(name);
      cache.set(name, out);
    }
    return out;
  };
}

/** `memoName` for conversions that depend on the documents' language (plurals, singulars). */
export function memoNameByLanguage(convert: (name: string) => string): (name: string) => string {
  const caches = new Map<NameLanguage, (name: string) => string>();
  return (name) => {
    const language = documentsNameLanguage();
    let cached = caches.get(language);
    if (!cached) {
      cached = memoName(convert);
      caches.set(language, cached);
    }
    return cached(name);
  };
}
