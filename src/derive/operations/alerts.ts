import type { Domain } from '../../model/domain.js';
import { byDefault, fromRule, type Origin } from '../../model/origin.js';
import type { Endpoint } from '../../model/spec/api.js';
import type { Alert } from '../../model/spec/operations.js';

const src = (o: Origin) => (o.kind === 'source' ? [{ file: o.file, line: o.line }] : []);

/** Endpoints an NFR latency subject is about (`nfr.latency.search-result` → search endpoints). */
export function endpointsForLatency(key: string, endpoints: readonly Endpoint[]): Endpoint[] {
  const subject = key.replace(/^nfr\.latency\.?/, '');
  if (!subject || /general|page|api|response|performance|overall|interaction/.test(subject)) return [];
  const words = subject
    .split('-')
    .filter((w) => w.length > 2 && !/result|time|load|generation|request/.test(w));
  // The routes that match the most subject words ("report-pdf" → /reports/{id}/pdf, not every report route).
  const score = (e: Endpoint) =>
    words.filter(
      (w) => e.path.toLowerCase().includes(w) || e.action === w || e.operationId.toLowerCase().includes(w),
    ).length;
  const best = Math.max(0, ...endpoints.map(score));
  if (best === 0) return [];
  const seen = new Set<string>();
  return endpoints.filter((e) => {
    const key = `${e.method} ${e.path}`;
    if (score(e) !== best || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Alert thresholds: the alerts the documents state, as written; then from the documents' numbers: one latency alert per stated target (p95 over 5
 * minutes above the target, Google SRE Workbook ch. 5 "Alerting on SLOs"), an error-budget alert from
 * a stated availability, and — only as a clearly marked default — a 5xx ratio alert.
 */
export function alertsFrom(domain: Domain, endpoints: readonly Endpoint[]): Alert[] {
  const alerts: Alert[] = [];
  const seen = new Set<string>();
  // Stated alerts first, as written: the documents' thresholds beat any derived one.
  const stated = domain.statedAlerts ?? [];
  for (const a of stated) {
    alerts.push({
      metric: a.condition,
      threshold: a.threshold ?? '—',
      source: a.requirement ?? '—',
      origin: a.origin,
      window: a.window ?? '—',
      severity: null,
    });
  }
  const statedLatency = stated.some((a) => a.kind === 'latency');
  for (const q of domain.parameters) {
    if (statedLatency) break;
    if (!q.key.startsWith('nfr.latency') || q.value === null) continue;
    const id = `${q.key}|${q.value}`;
    if (seen.has(id)) continue;
    seen.add(id);
    const group = endpointsForLatency(q.key, endpoints);
    const paths = [...new Set(group.map((e) => e.path))];
    const scope =
      paths.length > 0
        ? `routes ${paths.slice(0, 4).join(', ')}${paths.length > 4 ? ', …' : ''}`
        : `"${q.label}"`;
    alerts.push({
      metric: `p95 http_request_duration_seconds for ${scope}`,
      threshold: `> ${q.value / 1000}s (stated target ${q.text})`,
      source: q.requirement ?? q.key,
      origin: fromRule('derive/alert-from-latency-nfr', src(q.origin)),
      window: '5m',
      severity: 'ticket',
    });
  }
  // A stated error-rate alert is the availability alert: none is derived beside it.
  const statedErrorRate = stated.some((a) => a.kind === 'error-rate');
  for (const q of domain.parameters.filter(
    (p) =>
      !statedErrorRate &&
      (p.key === 'nfr.availability' || p.key.startsWith('nfr.availability.')) &&
      p.value !== null,
  )) {
    const budget = Math.round((100 - q.value!) * 1000) / 1000;
    alerts.push({
      metric: 'ratio of 5xx responses to all responses',
      threshold: `> ${Number((budget * 14.4).toPrecision(6))}% over 1h (burns the ${budget}% monthly error budget of the stated ${q.text} availability 14.4× too fast)`,
      source: q.requirement ?? q.key,
      origin: fromRule('derive/alert-from-availability-nfr', src(q.origin)),
      window: '1h',
      severity: 'page',
    });
  }
  if (!statedErrorRate && !alerts.some((a) => a.metric.startsWith('ratio of 5xx'))) {
    alerts.push({
      metric: 'ratio of 5xx responses to all responses',
      threshold: '> 1% (default: the documents state no availability target)',
      source: 'default',
      origin: byDefault('derive/default-error-rate-alert'),
      window: '5m',
      severity: 'page',
    });
  }
  return alerts;
}
