import type { Section } from '../../types.js';
import { blocks, heading, source, table } from '../format.js';

/** Key Technical Decisions: the report's four (auth, database, caching, jobs) and the stack's choices. */
export const decisionsSection: Section = {
  id: 'decisions',
  render({ spec, t }) {
    if (spec.decisions.length === 0) return null;
    return blocks(
      heading(2, t.common.sections.decisions),
      table(
        t.operations.decisions.header,
        spec.decisions.map((d) => [d.topic, d.choice, source(d.origin)]),
      ),
    );
  },
};
