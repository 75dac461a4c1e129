import { type Diagnostic, diag } from '../../diagnostics/diagnostic.js';
import type { ConfigValue } from '../../model/config.js';
import { de } from './de/index.js';
import { en, type Messages } from './en/index.js';
import { es } from './es/index.js';
import { fr } from './fr/index.js';
import { it } from './it/index.js';
import { nl } from './nl/index.js';
import { pt } from './pt/index.js';

export type { Messages };

/** Locales with a full catalog. Adding a language is one folder plus one entry here. */
const CATALOGS: Record<string, Messages> = { de, en, es, fr, it, nl, pt };

/** Language codes that have a catalog, sorted. */
export const LANGUAGES: readonly string[] = Object.keys(CATALOGS).sort();

/** The catalog for a language, and whether it fell back to English. */
export function catalogFor(language: string): { messages: Messages; fallback: boolean } {
  const base = language.toLowerCase().split(/[-_]/)[0] ?? 'en';
  const messages = CATALOGS[base];
  return messages ? { messages, fallback: false } : { messages: en, fallback: true };
}

export function hasCatalog(language: string): boolean {
  return !catalogFor(language).fallback;
}

/**
 * The warning for a documentation language without a catalog: names the language, where it was
 * set (config line or flag) and what to do; null when the language has a catalog.
 */
export function languageFallback(language: ConfigValue<string>): Diagnostic | null {
  if (hasCatalog(language.value)) return null;
  const { origin } = language;
  // One template literal, so test/i18n/diagnostics-sites.test.ts sees each wording it can take.
  return diag(
    'config/unknown-language',
    `documentation language "${language.value}"${origin.kind === 'file' ? ` (set in ${origin.at.file}:${origin.at.line})` : origin.kind === 'flag' ? ' (set by --lang)' : ''} has no message catalog yet: backend-spec.md is written in English (${LANGUAGES.join(', ')} available)`,
    {
      ...(language.origin.kind === 'file' ? { at: language.origin.at } : {}),
      hint: `add src/render/i18n/${language.value}/ (a copy of en/ translated; see CONTRIBUTING.md), or pass --lang en to silence this`,
    },
  );
}
