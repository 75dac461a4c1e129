import { type Diagnostic, diag } from '../diagnostics/diagnostic.js';
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
      // One extractor failing on one document (a parser's stack overflow on a malformed fence) is a
      // diagnostic at that document, never an aborted run.
      let out: ReturnType<typeof extractor.extract>;
      try {
        out = timed(`extract/${extractor.name}`, () =>
          extractor.extract({ doc, md, all: sources.documents, statements }),
        );
      } catch (e) {
        diagnostics.push(
          diag(
            'extract/extractor-failed',
            `the ${extractor.name} extractor failed on this document: ${e instanceof Error ? e.message : String(e)}`,
            {
              at: { file: doc.path, line: 1 },
              hint: 'what it would have read is missing from the spec; please report this with the document',
            },
          ),
        );
        continue;
      }
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
