import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Domain } from '../model/domain.js';
import type { SourceDocument } from '../model/sources.js';
import { applyFacts } from './apply.js';
import { parseFacts } from './parse.js';
import type { FactVerdict } from './types.js';

export { applyFacts } from './apply.js';
export { factsSchema, parseFacts } from './parse.js';
export { checkQuote, normaliseText } from './quote.js';
export * from './types.js';

/** Reads the overlay text and applies it; a schema error applies nothing and says why. */
export async function overlayFacts(
  domain: Domain,
  overlay: { file: string; text: string },
  documents: readonly SourceDocument[],
): Promise<{ domain: Domain; diagnostics: Diagnostic[]; verdicts: FactVerdict[] }> {
  const { parsed, diagnostics } = await parseFacts(overlay.text, overlay.file);
  if (!parsed) return { domain, diagnostics, verdicts: [] };
  const applied = applyFacts(domain, parsed, documents);
  return {
    domain: applied.domain,
    diagnostics: [...diagnostics, ...applied.diagnostics],
    verdicts: applied.verdicts,
  };
}
