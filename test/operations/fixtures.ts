import type { ExtractInput } from '../../src/extract/types.js';
import { parseMarkdown } from '../../src/markdown/parse.js';
import type { DocumentKind, SourceDocument } from '../../src/model/sources.js';

/** A source document built in memory, as the loader would produce it. */
export function doc(path: string, text: string, kind: DocumentKind = 'architecture'): SourceDocument {
  return { path, kind, classifiedBy: 'test', text, body: text, bodyLineOffset: 0, frontMatter: null };
}

export function input(d: SourceDocument): ExtractInput {
  return { doc: d, md: parseMarkdown(d), all: [d] };
}
