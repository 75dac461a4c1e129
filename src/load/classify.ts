import type { DocumentKind } from '../model/sources.js';

/** Path patterns, tried first (name without extension, lower-cased, and its parent folders). */
const BY_NAME: { kind: DocumentKind; test: RegExp }[] = [
  { kind: 'prd', test: /(^|[-_/])(prd|product[-_ ]?requirements?|requirements)([-_.]|$)/ },
  { kind: 'tech-stack', test: /(^|[-_/])(tech[-_ ]?stack|technology[-_ ]?stack|stack)([-_.]|$)/ },
  {
    kind: 'data-model',
    test: /(^|[-_/])(database[-_ ]?schema|data[-_ ]?models?|db[-_ ]?schema|schema|erd|entities)([-_.]|$)/,
  },
  {
    kind: 'ux',
    test: /(^|[-_/])(ux|ui[-_ ]?ux|user[-_ ]?flows?|ux[-_ ]?spec|ux[-_ ]?design|front[-_ ]?end[-_ ]?spec|design[-_ ]?spec|wireframes?|user[-_ ]?journeys?)([-_.]|$)/,
  },
  {
    kind: 'architecture',
    test: /(^|[-_/])(architecture|system[-_ ]?design|technical[-_ ]?design|adr)([-_.]|$)/,
  },
];

/** Heading words, tried when the path says nothing. */
const BY_HEADING: { kind: DocumentKind; test: RegExp }[] = [
  { kind: 'prd', test: /product requirements|functional requirements|user stories/i },
  { kind: 'tech-stack', test: /tech(nology)? stack/i },
  { kind: 'data-model', test: /database schema|data model|entity relationship/i },
  { kind: 'ux', test: /user (flows?|journeys?)|ux design|wireframe|interaction design/i },
  { kind: 'architecture', test: /architecture|system design/i },
];

/** Classifies a document by its path first, its first headings second; `other` otherwise. */
export function classify(relPath: string, body: string): { kind: DocumentKind; by: string } {
  const p = relPath.toLowerCase().replace(/\.md$/, '');
  const base = p.split('/').pop() ?? p;
  for (const rule of BY_NAME) if (rule.test.test(base)) return { kind: rule.kind, by: `name:${base}` };
  // Sharded documents: docs/prd/*.md, docs/architecture/*.md.
  const parent = p.split('/').slice(-2, -1)[0] ?? '';
  for (const rule of BY_NAME) if (rule.test.test(parent)) return { kind: rule.kind, by: `folder:${parent}` };
  const headings = body
    .split('\n')
    .filter((l) => /^#{1,2}\s/.test(l))
    .slice(0, 3)
    .join('\n');
  for (const rule of BY_HEADING) {
    const m = rule.test.exec(headings);
    if (m) return { kind: rule.kind, by: `heading:${m[0]}` };
  }
  return { kind: 'other', by: 'no match' };
}
