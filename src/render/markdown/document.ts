import { provenance } from '../../report/provenance.js';
import { en } from '../i18n/en/index.js';
import type { RenderContext, Section } from '../types.js';
import { translateDerivedProse } from './derived-prose.js';
import { anchor, blocks, heading, table } from './format.js';
import { SECTIONS } from './registry.js';

/**
 * Assembles backend-spec.md: title, provenance summary, the documents read, a table of contents,
 * then every section in registry order. A section that returns null is kept as a heading with a
 * "missing" note (never filler), and its id is returned so the pipeline can report it.
 */
export function renderDocument(ctx: RenderContext): { text: string; missing: Section['id'][] } {
  const { spec, t } = ctx;
  const missing: Section['id'][] = [];
  const bodies: string[] = [];
  for (const section of SECTIONS) {
    const body = section.render(ctx);
    if (body === null) {
      missing.push(section.id);
      bodies.push(blocks(heading(2, t.common.sections[section.id]), `_${t.common.missingSection}_`));
    } else bodies.push(body);
  }
  const contents = SECTIONS.map((s) => {
    const title = t.common.sections[s.id];
    return `- [${title}](#${anchor(title)})${missing.includes(s.id) ? ` ${t.common.missingMark}` : ''}`;
  }).join('\n');
  const parts = [
    heading(1, t.common.title(spec.project.name)),
    `> ${t.common.generatedBy}`,
    spec.project.description,
    t.common.provenance(provenance(spec)),
    heading(2, t.common.sourcesHeading),
    table(
      [t.common.sourceTable.path, t.common.sourceTable.kind],
      spec.sources.map((s) => [`\`${s.path}\``, s.kind]),
    ),
    heading(2, t.common.contentsHeading),
    contents,
    ...bodies,
  ];
  const text = `${blocks(...parts)}\n`;
  // Clauses derive rules still write in English are put into the document's language (derived-prose.ts).
  return { text: t.derived === en.derived ? text : translateDerivedProse(text, t.derived), missing };
}
