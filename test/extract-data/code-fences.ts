import { schemaCodeExtractor } from '../../src/extract/schema-code.js';
import { parseMarkdown } from '../../src/markdown/parse.js';
import type { EntityFact, FieldFact } from '../../src/model/domain.js';
import { docFrom } from './corpus-helpers.js';

/** The schema-code extractor's fragment for one in-memory document. */
export const extract = (text: string) => {
  const doc = docFrom('docs/architecture.md', text);
  return schemaCodeExtractor.extract({ doc, md: parseMarkdown(doc), all: [doc] }).fragment;
};
export const fence = (lang: string, code: string) => `# Data model\n\n\`\`\`${lang}\n${code}\n\`\`\`\n`;
export const names = (f: ReturnType<typeof extract>) => (f.entities ?? []).map((e) => e.name);
export const fieldsOf = (e: EntityFact | undefined): Record<string, FieldFact> =>
  Object.fromEntries((e?.fields ?? []).map((x) => [x.name, x]));
export const entity = (f: ReturnType<typeof extract>, name: string) =>
  f.entities?.find((e) => e.name === name);
