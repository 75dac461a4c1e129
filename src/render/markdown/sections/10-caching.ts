import { STATED_NONE } from '../../../model/domain.js';
import type { Section } from '../../types.js';
import { translateText } from '../derived-prose.js';
import { blocks, heading, table } from '../format.js';
import { sourceWithFrom } from './operations/cite.js';

/** Section 10: the store (or the plain statement that none is stated), entries, invalidation. */
export const cachingSection: Section = {
  id: 'caching',
  render({ spec, t }) {
    const c = spec.caching;
    if (!c) return null;
    const m = t.operations.caching;
    const store = c.store
      ? c.store.value === STATED_NONE
        ? `${m.statedNone} ${sourceWithFrom(c.store.origin)}`
        : `${m.store(c.store.value)} ${sourceWithFrom(c.store.origin)}`
      : c.fallback &&
        `${c.fallback.origin.kind === 'default' ? `**${t.operations.decisions.proposed}:** ` : ''}${m.noStore(translateText(c.fallback.value, t.derived))} ${sourceWithFrom(c.fallback.origin)}`;
    return blocks(
      heading(2, t.common.sections.caching),
      store,
      c.considered.length > 0 &&
        `${m.considered}: ${c.considered.map((x) => `${x.value} (${m.statuses[x.status] ?? x.status}, ${sourceWithFrom(x.origin)})`).join('; ')}`,
      c.entries.length > 0
        ? table(
            m.header,
            c.entries.map((e) => [
              `\`${e.name}\``,
              // A stated entry's own store, when it is not the section's ("in-process memory" beside Redis).
              `${m.kinds[e.kind] ?? e.kind}${e.store && e.store !== c.store?.value ? ` (${e.store})` : ''}`,
              // A stated entry no endpoint serves: its name only, and the open question of its key.
              e.unmapped ? `\`${e.keyPattern}\` — ${m.keyUnmapped}` : `\`${e.keyPattern}\``,
              `${e.ttlSeconds}s`,
              sourceWithFrom(e.ttlOrigin),
              // "No entity of ours changes it" holds for a provider's response and for an entity nothing
              // writes; a query entry the derivation could not link to the model's writes says only that.
              e.invalidatedBy.length > 0
                ? e.invalidatedBy.map((w) => `\`${w}\``).join(', ')
                : e.kind === 'query'
                  ? m.ttlOnlyQuery
                  : m.ttlOnly,
              e.reason,
              sourceWithFrom(e.origin),
            ]),
          )
        : c.store?.value !== STATED_NONE && m.none,
      c.entries.length > 0 && m.rules.map((r) => `- ${r}`).join('\n'),
    );
  },
};
