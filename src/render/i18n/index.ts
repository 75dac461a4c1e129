import { en, type Messages } from './en/index.js';

export type { Messages };

/** Locales with a full catalog. Adding a language is one folder plus one entry here. */
const CATALOGS: Record<string, Messages> = { en };

/** The catalog for a language, and whether it fell back to English. */
export function catalogFor(language: string): { messages: Messages; fallback: boolean } {
  const base = language.toLowerCase().split(/[-_]/)[0] ?? 'en';
  const messages = CATALOGS[base];
  return messages ? { messages, fallback: false } : { messages: en, fallback: true };
}

export function hasCatalog(language: string): boolean {
  return !catalogFor(language).fallback;
}
