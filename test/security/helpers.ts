import { authExtractor } from '../../src/extract/auth.js';
import { rolesExtractor } from '../../src/extract/roles.js';
import { parseMarkdown } from '../../src/markdown/parse.js';
import { type Domain, emptyDomain } from '../../src/model/domain.js';
import type { DocumentKind, SourceDocument } from '../../src/model/sources.js';

/** A planning document held in memory. */
export function doc(path: string, kind: DocumentKind, text: string): SourceDocument {
  return { path, kind, classifiedBy: 'test', text, body: text, bodyLineOffset: 0, frontMatter: null };
}

/** Runs the two security extractors over documents and folds their fragments into a Domain. */
export function extractSecurity(docs: SourceDocument[]): Domain {
  const domain = emptyDomain('test', 'en');
  for (const d of docs) {
    const md = parseMarkdown(d);
    for (const x of [rolesExtractor, authExtractor]) {
      const { fragment } = x.extract({ doc: d, md, all: docs });
      domain.roles.push(...(fragment.roles ?? []));
      domain.securityFacts!.push(...(fragment.securityFacts ?? []));
    }
  }
  return domain;
}
