import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { mergeFragments } from '../../src/extract/merge.js';
import type { Extractor } from '../../src/extract/types.js';
import { parseMarkdown } from '../../src/markdown/parse.js';
import type { Domain } from '../../src/model/domain.js';
import type { SourceDocument } from '../../src/model/sources.js';
import { corpusRoot } from '../corpus-path.js';

/** A SourceDocument built directly from text (front matter stripped like the loader does). */
export function docFrom(path: string, text: string): SourceDocument {
  const fm = /^---\n[\s\S]*?\n---\n/.exec(text);
  const body = fm ? text.slice(fm[0].length) : text;
  const offset = fm ? fm[0].split('\n').length - 1 : 0;
  return { path, kind: 'other', classifiedBy: 'test', text, body, bodyLineOffset: offset, frontMatter: null };
}

export function corpusDocs(project: string): SourceDocument[] {
  const root = corpusRoot(project);
  const out: SourceDocument[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith('.md')) out.push(docFrom(relative(root, p), readFileSync(p, 'utf8')));
    }
  };
  walk(root);
  return out;
}

/** Runs the given extractors over the documents and merges, like extract() does. */
export function run(
  docs: SourceDocument[],
  extractors: Extractor[],
): { domain: Domain; diagnostics: Diagnostic[] } {
  const fragments = [];
  const diagnostics: Diagnostic[] = [];
  for (const doc of docs) {
    const md = parseMarkdown(doc);
    for (const e of extractors) {
      const out = e.extract({ doc, md, all: docs });
      fragments.push(out.fragment);
      diagnostics.push(...out.diagnostics);
    }
  }
  const merged = mergeFragments({ name: 't', language: 'en' }, fragments);
  return { domain: merged.domain, diagnostics: [...diagnostics, ...merged.diagnostics] };
}
