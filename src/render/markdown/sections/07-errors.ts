import { cite } from '../../../model/origin.js';
import type { Section } from '../../types.js';
import { blocks, fence, heading, source, table } from '../format.js';
import { compactJson } from './api/json.js';

/**
 * Section 7. Error Handling: the envelope and why it was chosen, where each workflow field sits in
 * it, the catalogue (status, code, category, which endpoints) and one JSON example per category
 * (a table row each).
 */
export const errorsSection: Section = {
  id: 'errors',
  render: ({ spec, t }) => {
    const e = spec.errors;
    if (!e) return null;
    const te = t.security.errors;
    const why =
      e.format.value === 'stated' ? te.why.stated(`\`${cite(e.format.origin)}\``) : te.why[e.format.value];
    const f = e.fields;
    const fieldTable = f
      ? table(
          [te.fieldMapTable.part, te.fieldMapTable.location],
          (Object.keys(te.fieldMap) as (keyof typeof te.fieldMap)[]).map((k) => [
            te.fieldMap[k],
            f[k] ? `\`${f[k]}\`` : te.notCarried,
          ]),
        )
      : null;
    const endpointsOf = (ids: string[]) =>
      ids.includes('*')
        ? te.allEndpoints
        : ids.length > 6
          ? te.endpointCount(ids.length)
          : ids.map((i) => `\`${i}\``).join(', ');
    const firstPerCategory = new Map<string, (typeof e.codes)[number]>();
    for (const c of e.codes) {
      const key = c.category ?? String(c.status);
      if (!firstPerCategory.has(key)) firstPerCategory.set(key, c);
    }
    return blocks(
      heading(2, t.common.sections.errors),
      heading(3, te.envelopeHeading),
      why,
      e.mediaType ? te.mediaType(e.mediaType) : null,
      fieldTable,
      te.schemaCaption,
      fence('json', compactJson(e.envelopeSchema, 100)),
      heading(3, te.catalogHeading),
      te.titlesNote,
      table(
        [
          te.catalogTable.status,
          te.catalogTable.code,
          te.catalogTable.title,
          te.catalogTable.category,
          te.catalogTable.endpoints,
          te.catalogTable.source,
        ],
        e.codes.map((c) => [
          c.status,
          `\`${c.code}\``,
          te.title(c.title),
          te.categories[c.category ?? ''] ?? '',
          endpointsOf(c.endpoints),
          source(c.origin),
        ]),
      ),
      heading(3, te.examplesHeading),
      // One row per category, the body on one line: the examples share most members, and a
      // pretty-printed block per category repeated them line for line.
      table(
        t.api.compact.exampleHeader,
        [...firstPerCategory.values()].map((c) => [
          te.exampleCaption(c.status, c.code),
          `\`${compactJson(c.example, Number.MAX_SAFE_INTEGER)}\``,
        ]),
      ),
      heading(3, te.handlingHeading),
      te.handling.map((h) => `- ${h}`).join('\n'),
    );
  },
};
