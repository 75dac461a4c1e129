import type { Section } from '../../types.js';
import { blocks, heading, table } from '../format.js';
import { sourceWithFrom } from './operations/cite.js';

/** Key Technical Decisions: the report's four (auth, database, caching, jobs) and the stack's choices. */
export const decisionsSection: Section = {
  id: 'decisions',
  render({ spec, t }) {
    if (spec.decisions.length === 0) return null;
    return blocks(
      heading(2, t.common.sections.decisions),
      table(
        t.operations.decisions.header,
        spec.decisions.map((d) => [
          d.topic,
          // A default is never a decision of the documents: it is said to be a proposal.
          d.origin.kind === 'default' ? `**${t.operations.decisions.proposed}:** ${d.choice}` : d.choice,
          sourceWithFrom(d.origin),
        ]),
      ),
    );
  },
};
