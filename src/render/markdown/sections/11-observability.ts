import type { Section } from '../../types.js';
import { translateText } from '../derived-prose.js';
import { blocks, fence, heading, table } from '../format.js';
import { sourceWithFrom } from './operations/cite.js';

/** Section 11: log format and fields, redaction list, events, health checks, metrics, alerts. */
export const observabilitySection: Section = {
  id: 'observability',
  render({ spec, t }) {
    const o = spec.observability;
    if (!o) return null;
    const m = t.operations.observability;
    const example: Record<string, unknown> = {
      time: '2025-01-01T09:30:00.000Z',
      level: 'info',
      msg: 'request completed',
      requestId: '01J9Z3K8W6',
      ...(spec.auth ? { userId: '<uuid>' } : {}),
      method: spec.endpoints[0]?.method ?? 'GET',
      route: spec.endpoints[0]?.path ?? '/health',
      status: 200,
      durationMs: 42,
    };
    return blocks(
      heading(2, t.common.sections.observability),
      heading(3, m.format),
      `${o.logFormat} ${sourceWithFrom(o.origin)}`,
      `${m.fields}: ${o.logFields.map((f) => logField(f, t.derived)).join(', ')}`,
      m.levels,
      `${m.example}:`,
      fence('json', JSON.stringify(example)),
      heading(3, m.redact),
      table(
        m.redactHeader,
        // A described entry (`body of auth routes`) is prose, not a field name; a field's reason is its
        // sensitivity kind, worded like section 6's.
        o.redact.map((r) => [
          /\s/.test(r.field) ? translateText(r.field, t.derived) : `\`${r.field}\``,
          t.security.validation.sensitiveKinds[r.reason] ?? r.reason,
        ]),
      ),
      heading(3, m.events),
      table(
        m.eventsHeader,
        o.events.map((e) => [`\`${e.event}\``, e.level, sourceWithFrom(e.origin)]),
      ),
      o.tracking && `${m.tracking(o.tracking.value)} ${sourceWithFrom(o.tracking.origin)}`,
      heading(3, m.health),
      table(
        m.healthHeader,
        o.health.map((h) => [`\`GET ${h.path}\``, h.checks.join('; '), sourceWithFrom(h.origin)]),
      ),
      heading(3, m.metrics),
      table(
        m.metricsHeader,
        o.metrics.map((x) => [`\`${x.name}\``, x.type, x.description, sourceWithFrom(x.origin)]),
      ),
      heading(3, m.alerts),
      table(
        m.alertsHeader,
        o.alerts.map((a) => [
          a.metric,
          a.threshold,
          a.window,
          a.severity ?? '—',
          a.source,
          sourceWithFrom(a.origin),
        ]),
      ),
    );
  },
};

/** `requestId (from X-Request-Id …)` → `` `requestId` (de X-Request-Id …) ``: the note is prose, in the language. */
function logField(field: string, phrases: Readonly<Record<string, string>>): string {
  const m = /^(\S+(?: \/ \S+)?) \((.+)\)$/.exec(field);
  if (!m) return `\`${field}\``;
  const names = m[1]!
    .split(' / ')
    .map((n) => `\`${n}\``)
    .join(' / ');
  return `${names} (${translateText(m[2]!, phrases)})`;
}
