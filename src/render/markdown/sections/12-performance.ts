import type { Section } from '../../types.js';
import { blocks, heading, table } from '../format.js';
import { sourceWithFrom } from './operations/cite.js';

/** Section 12: per-relationship indexes and batched loads, pagination and rate limits, latency targets. */
export const performanceSection: Section = {
  id: 'performance',
  render({ spec, t }) {
    const m = t.operations.performance;
    const p = spec.performance;
    if (p.length === 0) return null;
    const group = (ref: string) => p.filter((x) => x.ref === ref);
    const part = (title: string, ref: string) =>
      group(ref).length > 0 &&
      blocks(
        heading(3, title),
        table(
          m.header,
          group(ref).map((x) => [x.topic, x.measure, sourceWithFrom(x.origin)]),
        ),
      );
    return blocks(
      heading(2, t.common.sections.performance),
      part(m.database, 'database'),
      part(m.api, 'api'),
      part(m.latency, 'latency'),
    );
  },
};
