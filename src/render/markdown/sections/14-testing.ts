import type { Section } from '../../types.js';
import { blocks, heading } from '../format.js';
import { sourceWithFrom } from './operations/cite.js';

/** Section 14: coverage target, stated tools, then what each test level covers in this project. */
export const testingSection: Section = {
  id: 'testing',
  render({ spec, t }) {
    const ts = spec.testing;
    if (!ts) return null;
    const m = t.operations.testing;
    return blocks(
      heading(2, t.common.sections.testing),
      `${m.coverage(ts.coverageTarget.value)} ${sourceWithFrom(ts.coverageTarget.origin)}`,
      ts.tools.length > 0 &&
        `${m.tools}: ${ts.tools.map((x) => `${x.value} ${sourceWithFrom(x.origin)}`).join(', ')}`,
      ...ts.levels.map((l) =>
        blocks(
          heading(3, `${m.kinds[l.kind] ?? l.kind} ${sourceWithFrom(l.origin)}`),
          l.scope.map((s) => `- ${s}`).join('\n'),
        ),
      ),
    );
  },
};
