import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { parseMarkdown } from '../markdown/parse.js';
import type { Domain } from '../model/domain.js';
import type { Sources } from '../model/sources.js';
import { statementsOf } from '../read/index.js';
import { timed } from '../timings.js';
import { mergeFragments } from './merge.js';
import { EXTRACTORS } from './registry.js';
import type { DomainFragment } from './types.js';

/** Sources → Domain: every extractor over every document, then one merge. */
export function extract(sources: Sources): { domain: Domain; diagnostics: Diagnostic[] } {
  const fragments: DomainFragment[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const doc of sources.documents) {
    const md = timed('markdown', () => parseMarkdown(doc));
    const statements = () => timed('read', () => statementsOf(md));
    for (const extractor of EXTRACTORS) {
      const out = timed(`extract/${extractor.name}`, () =>
        extractor.extract({ doc, md, all: sources.documents, statements }),
      );
      fragments.push(out.fragment);
      diagnostics.push(...out.diagnostics);
    }
  }
  const project = {
    name: sources.config.projectName.value,
    language: sources.config.documentationLanguage.value,
  };
  const merged = timed('extract/merge', () => mergeFragments(project, fragments));
  return { domain: merged.domain, diagnostics: [...diagnostics, ...merged.diagnostics] };
}
