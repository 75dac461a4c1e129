import { extract } from '../../src/extract/index.js';
import type { Extractor } from '../../src/extract/types.js';
import { parseMarkdown } from '../../src/markdown/parse.js';
import type { Domain } from '../../src/model/domain.js';
import type { DocumentKind, SourceDocument, Sources } from '../../src/model/sources.js';

/** A document as discovery would load it (no front matter). */
export function doc(path: string, kind: DocumentKind, text: string): SourceDocument {
  return { path, kind, classifiedBy: 'test', text, body: text, bodyLineOffset: 0, frontMatter: null };
}

/** Runs one extractor over one document. */
export function run(extractor: Extractor, d: SourceDocument) {
  return extractor.extract({ doc: d, md: parseMarkdown(d), all: [d] });
}

/** Runs every extractor and the merge over a few in-memory documents. */
export function domainOf(...docs: SourceDocument[]): Domain {
  const sources = {
    root: '/p',
    config: {
      projectName: { value: 'p' },
      documentationLanguage: { value: 'en' },
    },
    documents: docs,
    searched: [],
  } as unknown as Sources;
  return extract(sources).domain;
}
