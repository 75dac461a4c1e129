import type { Domain, StatedJob } from '../../model/domain.js';
import { fromSource, type Origin } from '../../model/origin.js';
import type { Integration, RetryPolicy } from '../../model/spec/operations.js';
import type { JobDraft } from './job-sources.js';

/** A stated job with the retry the documents state for it (attached in `finish`). */
export type StatedDraft = JobDraft & { statedRetry?: StatedJob['retry'] };

const DAYS: Record<string, number> = {
  sun: 0,
  mon: 1,
  tue: 2,
  wed: 3,
  thu: 4,
  fri: 5,
  sat: 6,
};

/** A cron expression for a stated schedule, or null when the wording is not recognised. */
export function cronForSchedule(schedule: string): string | null {
  const s = schedule.toLowerCase().replace(/`/g, '').trim();
  if (/^(?:[\d*/,-]+\s+){4}[\d*/,-]+$/.test(s)) return s;
  const time = /\b(\d{1,2})[:.](\d{2})\b/.exec(s) ?? /\b(\d{1,2})\s*(am|pm)\b/.exec(s);
  let hour: number | null = null;
  let minute = 0;
  if (time) {
    hour = Number(time[1]);
    if (time[2] === 'pm' && hour < 12) hour += 12;
    else if (time[2] === 'am' && hour === 12) hour = 0;
    else if (time[2] !== 'am' && time[2] !== 'pm') minute = Number(time[2]);
    if (hour > 23 || minute > 59) return null;
  }
  let m = /every\s+(\d+)\s*(?:minutes?|mins?)\b/.exec(s);
  if (m) return `*/${m[1]} * * * *`;
  if (/every\s+minute\b|each\s+minute\b|minutely/.test(s)) return '* * * * *';
  m = /every\s+(\d+)\s*(?:hours?|h)\b/.exec(s);
  if (m) return `${minute} */${m[1]} * * *`;
  if (/every\s+hour\b|hourly/.test(s)) return `${time ? minute : 0} * * * *`;
  if (/daily|every\s+day|nightly|every\s+night/.test(s))
    return hour === null ? null : `${minute} ${hour} * * *`;
  m =
    /(?:weekly|every\s+week)\b.*?\b(sun|mon|tue|wed|thu|fri|sat)[a-z]*/.exec(s) ??
    /every\s+(sun|mon|tue|wed|thu|fri|sat)[a-z]*/.exec(s);
  if (m) return `${minute} ${hour ?? 0} * * ${DAYS[m[1]!]}`;
  if (/monthly|every\s+month/.test(s)) {
    const d = /\b(\d{1,2})(?:st|nd|rd|th)\b/.exec(s) ?? /\bday\s+(\d{1,2})\b/.exec(s);
    if (!d || hour === null) return null;
    return `${minute} ${hour} ${Number(d[1])} * *`;
  }
  return null;
}

const src = (o: Origin) => (o.kind === 'source' ? [o] : []);

/** One draft per stated job: its stated name, schedule, description and row; nothing added. */
export function statedJobs(domain: Domain): StatedDraft[] {
  const seen = new Set<string>();
  const out: StatedDraft[] = [];
  for (const j of domain.statedJobs ?? []) {
    if (seen.has(j.name.toLowerCase())) continue;
    seen.add(j.name.toLowerCase());
    const cron = cronForSchedule(j.schedule);
    const ids = [...new Set(j.description.match(/\b[A-Z]{1,5}-?\d{1,4}(?:\.\d+)?\b/g) ?? [])];
    const known = new Set(domain.requirements.map((r) => r.id));
    out.push({
      name: j.name,
      purpose: j.description || j.name,
      trigger: cron ?? j.schedule,
      inputs: cron ? [`schedule as stated: ${j.schedule}`] : [],
      steps: j.description ? [j.description] : [],
      idempotency: 'not stated in the documents: a rerun must not repeat work already done',
      attempts: j.retry?.attempts ?? 3,
      timeoutSeconds: 300,
      logs: [
        'job.started {job, runId, attempt}',
        'job.succeeded {job, runId, durationMs, affected}',
        'job.failed {job, runId, attempt, error.code, willRetry}',
      ],
      requirements: ids.filter((id) => known.has(id)).sort(),
      origin: j.origin,
      basis: [...src(j.origin), ...(j.retry ? [j.retry.origin] : [])],
      ...(j.retry ? { statedRetry: j.retry } : {}),
    });
  }
  return out;
}

/** The retry policy a document states for a job (attempts and backoff as written). */
export function statedRetry(r: NonNullable<StatedJob['retry']>, deadLetter: string): RetryPolicy {
  return {
    on: ['any thrown error', 'timeout'],
    maxAttempts: r.attempts,
    backoff: r.backoff,
    deadLetter,
    origin: r.origin.kind === 'source' ? fromSource(r.origin.file, r.origin.line, r.text) : r.origin,
  };
}

const stem = (w: string) =>
  w
    .toLowerCase()
    .replace(/(?:ies)$/, 'y')
    .replace(/(?:es|s)$/, '');
const words = (s: string) =>
  s
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter((w) => w.length > 3)
    .map(stem);

const PURGE = /purge|delet|older than|anonymi[sz]|erase|retention|clean ?up/i;

/**
 * Whether a stated job already does what a derived draft does, judged by purpose words: a stated
 * reminder job covers every derived reminder, a stated purge covers the retention purge of the data
 * it names (or of data no table matches), anonymisation covers the privacy purge, and so on.
 */
export function coveredByStated(
  draft: JobDraft,
  stated: readonly StatedDraft[],
  integrations: readonly Integration[],
): boolean {
  if (stated.length === 0) return false;
  const texts = stated.map((s) => `${s.name} ${s.purpose}`);
  const any = (re: RegExp) => texts.some((t) => re.test(t));
  const rule = draft.origin.kind === 'rule' ? draft.origin.rule : '';
  const sameRow = (o: Origin) =>
    o.kind === 'source' &&
    stated.some((s) => s.origin.kind === 'source' && s.origin.file === o.file && s.origin.line === o.line);
  if (draft.basis.some(sameRow)) return true;
  if (stated.some((s) => s.name.toLowerCase() === draft.name.toLowerCase())) return true;
  switch (rule) {
    case 'derive/job-for-reminder':
      return any(/remind/i);
    case 'derive/job-for-retention': {
      const subject = words(draft.name.replace(/^purge-/, ''));
      const unmatched = /no matching table/.test(draft.steps.join(' '));
      if (/privacy|personal|gdpr|pii/i.test(draft.name) && any(/anonymi[sz]|personal data|erase/i))
        return true;
      return texts.some((t) => PURGE.test(t) && (unmatched || subject.some((w) => words(t).includes(w))));
    }
    case 'derive/job-for-period-end': {
      // "anonymise-patients … anonymises patient accounts cancelled more than 30 days ago" does the
      // stated period's work: the same act (the job name's first word) on a shared subject word.
      const [act, ...rest] = draft.name.split('-');
      const subject = words(rest.join(' '));
      const stem6 = new RegExp(act!.slice(0, 6), 'i');
      return texts.some((t) => stem6.test(t) && subject.some((w) => words(t).includes(w)));
    }
    case 'derive/job-expired-token-cleanup':
      return any(/token|session/i) && any(PURGE);
    case 'derive/job-for-webhook': {
      const provider = draft.name.replace(/^process-|-webhook$/g, '');
      return texts.some((t) => /webhook/i.test(t) && t.toLowerCase().includes(provider));
    }
    case 'derive/job-for-outgoing-message': {
      const provider = draft.name.split('-').slice(2).join('-');
      const name = integrations.find((i) => i.provider === provider)?.name ?? provider;
      return texts.some((t) => t.toLowerCase().includes(name.toLowerCase()) && /deliver|send/i.test(t));
    }
    case 'derive/job-for-document-generation':
      return any(/\bpdf\b/i);
    // A stated job that serves the same requirement does the timed rule's work ("mark-no-shows").
    case 'derive/job-for-timed-rule':
      return stated.some((s) => s.requirements.some((r) => draft.requirements.includes(r)));
    case 'derive/job-for-schedule':
      return texts.some((t) => words(draft.name).every((w) => words(t).includes(w)));
    default:
      return false;
  }
}
