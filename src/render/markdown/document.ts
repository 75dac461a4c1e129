import type { RenderContext, Section } from '../types.js';
import { blocks, heading, table } from './format.js';
import { SECTIONS } from './registry.js';

/** Assembles backend-spec.md from the section renderers; returns the ids of sections left missing. */
export function renderDocument(ctx: RenderContext): { text: string; missing: Section['id'][] } {
  const { spec, t } = ctx;
  const missing: Section['id'][] = [];
  const parts: string[] = [
    heading(1, t.common.title(spec.project.name)),
    `> ${t.common.generatedBy}`,
    heading(2, t.common.sourcesHeading),
    table(
      [t.common.sourceTable.path, t.common.sourceTable.kind],
      spec.sources.map((s) => [`\`${s.path}\``, s.kind]),
    ),
  ];
  for (const section of SECTIONS) {
    const body = section.render(ctx);
    if (body === null) {
      missing.push(section.id);
      parts.push(heading(2, t.common.sections[section.id]), `_${t.common.missingSection}_`);
    } else {
      parts.push(body);
    }
  }
  return { text: `${blocks(...parts)}\n`, missing };
}
