import { cite } from '../../../model/origin.js';
import type { Section } from '../../types.js';
import { blocks, heading, table } from '../format.js';

/**
 * Appendix A: each requirement id → the spec items that satisfy it, with the coverage figure and
 * the ids nothing satisfies. With no requirement ids in the documents it says so (not null: the
 * absence of ids is itself worth telling the reader).
 */
export const traceabilitySection: Section = {
  id: 'traceability',
  render: ({ spec, t }) => {
    const m = t.reconcile.traceability;
    const traces = spec.traceability;
    if (traces.length === 0) return blocks(heading(2, t.common.sections.traceability), m.none);
    const traced = traces.filter((tr) => tr.items.length > 0);
    const untraced = traces.filter((tr) => tr.items.length === 0).map((tr) => tr.requirement);
    return blocks(
      heading(2, t.common.sections.traceability),
      m.intro,
      m.coverage(traced.length, traces.length),
      table(
        [m.table.id, m.table.kind, m.table.text, m.table.items, m.table.source],
        traces.map((tr) => [
          tr.requirement,
          m.kinds[tr.kind ?? 'other'] ?? tr.kind,
          // The requirement as written, whole: a quote cut mid-word is no longer the source's text.
          tr.text,
          tr.items.map((i) => `\`${i}\``).join(', '),
          `\`${cite(tr.origin)}\``,
        ]),
      ),
      untraced.length > 0 ? `${heading(3, m.untracedHeading)}\n\n${m.untraced(untraced.join(', '))}` : null,
    );
  },
};
