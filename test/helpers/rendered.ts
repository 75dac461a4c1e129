import type { CompileResult } from '../../src/pipeline.js';
import { catalogFor } from '../../src/render/i18n/index.js';
import { renderDocument } from '../../src/render/markdown/document.js';

/**
 * backend-spec.md of a shared compile (test/helpers/compiled.ts) in one of the catalog languages,
 * rendered once per compile and language in a worker: a render in another language than English
 * costs seconds of CPU (the derived-prose phrasebook), and the language tests read the same
 * projects in the same languages (languages, section-words, unseen-french). Kept on globalThis like
 * the compiles, so it outlives one test file when the pool shares modules across files
 * (vitest.config.ts `isolate: false`); keyed by the compile result itself, which is shared and
 * read-only, so the text is the one `renderDocument` gives for it.
 */
const KEY = Symbol.for('backend-spec.test.rendered');
type Cache = WeakMap<CompileResult, Map<string, string>>;
const slot = globalThis as Record<symbol, Cache | undefined>;
const cache: Cache = slot[KEY] ?? new WeakMap();
slot[KEY] = cache;

export function renderedIn(result: CompileResult, lang: string): string {
  let byLanguage = cache.get(result);
  if (!byLanguage) {
    byLanguage = new Map();
    cache.set(result, byLanguage);
  }
  let text = byLanguage.get(lang);
  if (text === undefined) {
    text = renderDocument({
      spec: result.spec!,
      t: catalogFor(lang).messages,
      checklist: result.checklist,
      verifications: result.verifications,
    }).text;
    byLanguage.set(lang, text);
  }
  return text;
}
