import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { formatText } from '../diagnostics/format.js';
import { diagnostics as de } from '../render/i18n/de/diagnostics.js';
import { type DiagnosticCatalog, diagnostics as en } from '../render/i18n/en/diagnostics.js';
import { diagnostics as es } from '../render/i18n/es/diagnostics.js';
import { diagnostics as fr } from '../render/i18n/fr/diagnostics.js';
import { catalogFor } from '../render/i18n/index.js';
import { diagnostics as it } from '../render/i18n/it/diagnostics.js';
import { diagnostics as nl } from '../render/i18n/nl/diagnostics.js';
import { diagnostics as pt } from '../render/i18n/pt/diagnostics.js';
import { translateClause } from '../render/markdown/derived-prose.js';

/** Diagnostic catalogs by language code; English is the source and needs no lookup. */
const CATALOGS: Record<string, DiagnosticCatalog> = { de, en, es, fr, it, nl, pt };

/**
 * Per language: the diagnostic templates together with the derive phrasebook, because messages
 * carry derive text too (a story's "no action verb of the languages read", a job runner's
 * "PostgreSQL job table (…)").
 */
const PHRASES = new Map<string, Readonly<Record<string, string>>>();

function catalogOf(language: string): {
  catalog: DiagnosticCatalog;
  phrases: Readonly<Record<string, string>>;
} {
  const base = language.toLowerCase().split(/[-_]/)[0] ?? 'en';
  const catalog = CATALOGS[base] ?? en;
  let phrases = PHRASES.get(base);
  if (!phrases) {
    // Whole diagnostic templates are tried before the phrasebook's shorter wildcards
    // (`session timeout {*}` is a side of a conflict, not the session-lifetime message).
    phrases = { ...catalog.texts, ...catalogFor(base).messages.derived };
    PHRASES.set(base, phrases);
  }
  return { catalog, phrases };
}

/**
 * The diagnostic with its message and hint in `language` (a code or a catalog key; English when the
 * language has no catalog). A message no template meets stays as the code wrote it, so a reworded
 * diagnostic is never lost, only left in English (test/i18n/diagnostics.test.ts names such messages).
 */
export function localiseDiagnostic(d: Diagnostic, language: string): Diagnostic {
  const { catalog, phrases } = catalogOf(language);
  if (catalog === en) return d;
  const out: Diagnostic = { ...d, message: translateClause(d.message, phrases) };
  if (d.hint) out.hint = translateClause(d.hint, phrases);
  return out;
}

/**
 * A line the loader or a diagnostic writes in English (a source's `identical copy of X`, an errno's
 * `permission denied`) in `language`, by the same templates; unchanged when none meets it.
 */
export function localiseText(text: string, language: string): string {
  const { catalog, phrases } = catalogOf(language);
  return catalog === en ? text : translateClause(text, phrases);
}

/** `file:line severity code: message` and its hint line, in the terminal's language. */
export function formatDiagnostic(d: Diagnostic, language: string): string {
  const { catalog } = catalogOf(language);
  if (catalog === en) return formatText(d);
  const local = localiseDiagnostic(d, language);
  const where = d.at ? `${d.at.file}:${d.at.line}${d.at.column ? `:${d.at.column}` : ''} ` : '';
  const hint = local.hint ? `\n    ${catalog.labels.hint}: ${local.hint}` : '';
  return `${where}${catalog.labels[d.severity]} ${d.code}: ${local.message}${hint}`;
}

/**
 * The language a compiled project talks to its user in: the report's (communication_language, else
 * the documentation language), else the config's; English without either. `generate`, `check` and
 * the MCP tools all print diagnostics in it.
 */
export function projectLanguage(
  result: {
    report: { language?: string } | null;
    sources: {
      config?: {
        communicationLanguage?: { value: string };
        documentationLanguage: { value: string };
      };
    };
  } | null,
): string {
  if (result?.report) return result.report.language ?? 'en';
  const config = result?.sources.config;
  return config ? (config.communicationLanguage ?? config.documentationLanguage).value : 'en';
}
