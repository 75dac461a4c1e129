import type { Section } from '../../types.js';
import { blocks, heading, table } from '../format.js';
import { sourceWithFrom } from './operations/cite.js';

/** Section 13: OWASP Top 10 (2021) items, each tied to what this spec does. */
export const securitySection: Section = {
  id: 'security',
  render({ spec, t }) {
    if (spec.security.length === 0) return null;
    const m = t.operations.security;
    return blocks(
      heading(2, t.common.sections.security),
      m.intro,
      table(
        m.header,
        spec.security.map((p) => [p.ref ?? '', p.topic, p.measure, sourceWithFrom(p.origin)]),
      ),
    );
  },
};
