import type { Integration } from '../../../model/spec/operations.js';
import type { Messages } from '../../i18n/index.js';
import type { Section } from '../../types.js';
import { translateText } from '../derived-prose.js';
import { blocks, heading, table } from '../format.js';
import { retrySaid, sourceWithFrom } from './operations/cite.js';

/** Section 8: one block per integration in use, then a table of planned and rejected ones. */
export const integrationsSection: Section = {
  id: 'integrations',
  render({ spec, t }) {
    const m = t.operations.integrations;
    const list = spec.integrations;
    const active = list.filter((i) => i.status === 'chosen' || i.status === 'mentioned');
    const later = list.filter(
      (i) => i.status === 'future' || i.status === 'out-of-scope' || i.status === 'rejected',
    );
    const title = heading(2, t.common.sections.integrations);
    if (list.length === 0) return blocks(title, m.none);
    return blocks(
      title,
      m.summary(
        list.filter((i) => i.status === 'chosen').length,
        list.filter((i) => i.status === 'future').length,
        list.filter((i) => i.status === 'rejected').length,
      ),
      ...active.map((i) => integrationBlock(i, t)),
      later.length > 0 &&
        blocks(
          heading(3, m.planned),
          table(
            m.plannedHeader,
            later.map((i) => [i.name, t.operations.status[i.status], i.purpose, sourceWithFrom(i.origin)]),
          ),
        ),
    );
  },
};

function integrationBlock(i: Integration, t: Messages): string {
  const say = (s: string) => translateText(s, t.derived);
  const m = t.operations.integrations;
  const f = m.fields;
  // A line the documents state about the provider, quoted with its source, wins over the catalogue.
  const stated = (aspect: Integration['stated'][number]['aspect']): string | null => {
    const lines = (i.stated ?? []).filter((d) => d.aspect === aspect);
    return lines.length > 0 ? lines.map((d) => `“${d.text}” ${sourceWithFrom(d.origin)}`).join('<br>') : null;
  };
  const rows: [string, string | null][] = [
    [f.status, t.operations.status[i.status] ?? i.status],
    [f.purpose, `“${i.purpose}” ${sourceWithFrom(i.origin)}`],
    [f.docs, i.docs],
    [f.baseUrl, stated('base-url')],
    [
      f.endpoints,
      stated('endpoints') ??
        (i.endpointsUsed.length > 0 ? i.endpointsUsed.map((e) => `\`${e}\``).join(', ') : null),
    ],
    [f.auth, stated('auth') ?? i.auth],
    [f.format, i.format],
    [f.rateLimits, stated('rate-limit') ?? i.rateLimits],
    [
      f.retry,
      // A provider only mentioned is not called: no retry policy is proposed for it.
      i.status !== 'chosen'
        ? null
        : i.clientSide
          ? m.clientSide
          : retrySaid(
              m.retry(
                i.retry.on.map(say),
                i.retry.maxAttempts,
                say(i.retry.backoff),
                i.retry.deadLetter === null ? null : say(i.retry.deadLetter),
              ),
              i.retry.origin,
              t,
            ),
    ],
    [f.failFast, i.failFast.length > 0 ? i.failFast.map(say).join(', ') : null],
    [f.idempotency, i.idempotency],
    [
      f.webhooks,
      i.webhooks.length > 0
        ? i.webhooks
            .map(
              (w) =>
                `\`${w.method ?? 'POST'} ${w.path}\` — ${w.events.length > 0 ? `${w.events.join(', ')}; ` : ''}${say(w.verification)}`,
            )
            .join('<br>')
        : null,
    ],
    [f.env, i.env.length > 0 ? i.env.map((e) => `\`${e}\``).join(', ') : null],
    [f.notes, i.notes.length > 0 ? i.notes.join('; ') : null],
  ];
  return blocks(
    heading(3, i.name),
    !i.known && `_${m.unknown}_`,
    table(
      t.operations.kv,
      rows.filter((r): r is [string, string] => r[1] !== null).map(([k, v]) => [`**${k}**`, v]),
    ),
    i.mentions.length > 1 &&
      `${f.mentions}: ${[...new Set(i.mentions.map((x) => sourceWithFrom(x.origin)))].join(', ')}`,
  );
}
