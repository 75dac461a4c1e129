import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { MarkdownDoc } from '../markdown/blocks.js';
import type { Domain } from '../model/domain.js';
import type { SourceDocument } from '../model/sources.js';
import type { DocumentStatements } from '../read/types.js';

/** What one extractor reads from one document: any subset of the Domain's lists. */
export type DomainFragment = Partial<Omit<Domain, 'project'>>;

export interface ExtractInput {
  doc: SourceDocument;
  md: MarkdownDoc;
  /** All documents, for extractors that need context (rarely). */
  all: readonly SourceDocument[];
  /** The document's statements (src/read), read on first call and shared by every extractor. */
  statements?: () => DocumentStatements;
}

/** Every extractor has this shape: one notation or one kind of fact, from one document. */
export interface Extractor {
  name: string;
  extract(input: ExtractInput): { fragment: DomainFragment; diagnostics: Diagnostic[] };
}
