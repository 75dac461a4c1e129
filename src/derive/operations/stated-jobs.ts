import { mentionedIds } from '../../knowledge/requirement-ids.js';
import type { Domain, JobAct, StatedJob } from '../../model/domain.js';
import { cite, fromSource, type Origin } from '../../model/origin.js';
import type { Integration, RetryPolicy } from '../../model/spec/operations.js';
import type { JobDraft } from './job-sources.js';

/** A stated job with the retry the documents state for it (attached in `finish`). */
export type StatedDraft = JobDraft & {
  statedRetry?: StatedJob['retry'];
  acts: readonly JobAct[];
  /** The periods its description states, in seconds (compared with a rule's, never rendered). */
  periods?: readonly number[];
  /** The outgoing channel a stated queue message sends on (`sms.send` → sms). */
  channel?: string;
};

const src = (o: Origin) => (o.kind === 'source' ? [o] : []);

/** One draft per stated job: its stated name, schedule, description and row; nothing added. */
export function statedJobs(domain: Domain): StatedDraft[] {
  const seen = new Set<string>();
  const out: StatedDraft[] = [];
  for (const j of domain.statedJobs ?? []) {
    if (seen.has(j.name.toLowerCase())) continue;
    seen.add(j.name.toLowerCase());
    // The schedule and the acts were read in extract (read/job-words.ts).
    const cron = j.cron ?? null;
    // The ids its description cites, in any script the requirement-id syntax knows ("(ΚΕ-07)").
    const ids = [
      ...new Set([
        ...(j.description.match(/\b[A-Z]{1,5}-?\d{1,4}(?:\.\d+)?\b/g) ?? []),
        ...mentionedIds(j.description),
      ]),
    ];
    const known = new Set(domain.requirements.map((r) => r.id));
    const draft: StatedDraft = {
      name: j.name,
      purpose: j.description || j.name,
      // A queue message runs its job when it arrives.
      trigger: j.message ? `event:${j.name}` : (cron ?? j.schedule),
      inputs: cron
        ? [`schedule as stated: ${j.schedule}`]
        : j.keptCron
          ? [
              `schedule as stated: ${j.keptCron} — kept as written: its seconds field (Quartz, seconds first) is not 0, which no 5-field cron can say`,
            ]
          : [],
      // The stated line is where the trigger comes from.
      ...(cron && !j.message ? { schedule: { timeZone: j.timeZone ?? null, origin: j.origin } } : {}),
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
      acts: j.acts ?? [],
      ...(j.periods ? { periods: j.periods } : {}),
      ...(j.message?.channel ? { channel: j.message.channel } : {}),
    };
    const twin = out.find((o) => sameStatedJob(o, draft));
    if (twin) mergeTwin(twin, draft);
    else out.push(draft);
  }
  return out;
}

/**
 * One job stated twice — a jobs table's row and a list item, or two
 * documents — with the same schedule and the same work is one job. The same work: both cite the
 * same requirement, or every word of one's name is in the other's name ("write-off-expired" and
 * "write off expired batches"). Two jobs at the same hour that do different work ("purge expired
 * sessions", "purge expired tokens") stay two.
 */
function sameStatedJob(a: StatedDraft, b: StatedDraft): boolean {
  if (!a.schedule || !b.schedule || a.trigger !== b.trigger) return false;
  // Two rows of one table, or two items of one document's list, are two jobs the author wrote apart:
  // a shared requirement joins only statements of two kinds (a row and an item) or two documents.
  const apart =
    a.origin.kind !== 'source' ||
    b.origin.kind !== 'source' ||
    a.origin.file !== b.origin.file ||
    tableRow(a.origin) !== tableRow(b.origin);
  if (apart && a.requirements.some((r) => b.requirements.includes(r))) return true;
  const wa = new Set(words(a.name));
  const wb = new Set(words(b.name));
  if (wa.size === 0 || wb.size === 0) return false;
  const [small, large] = wa.size <= wb.size ? [wa, wb] : [wb, wa];
  return [...small].every((w) => large.has(w));
}

const tableRow = (o: Origin) => o.kind === 'source' && (o.quote ?? '').startsWith('|');

/** The first statement keeps its name and row; the second adds its line, requirements and retry. */
function mergeTwin(into: StatedDraft, twin: StatedDraft): void {
  for (const b of twin.basis) if (!into.basis.some((x) => cite(x) === cite(b))) into.basis.push(b);
  into.requirements = [...new Set([...into.requirements, ...twin.requirements])].sort();
  if (into.purpose === into.name && twin.purpose !== twin.name) {
    into.purpose = twin.purpose;
    into.steps = twin.steps;
  }
  if (!into.statedRetry && twin.statedRetry) {
    into.statedRetry = twin.statedRetry;
    into.attempts = twin.attempts;
  }
  into.acts = [...new Set([...into.acts, ...twin.acts])];
  if (twin.periods) into.periods = [...new Set([...(into.periods ?? []), ...twin.periods])];
}

/** The retry policy a document states for a job (attempts and backoff as written). */
export function statedRetry(r: NonNullable<StatedJob['retry']>, deadLetter: string): RetryPolicy {
  return {
    on: ['any thrown error', 'timeout'],
    maxAttempts: r.attempts,
    backoff: r.backoff,
    // A stated dead letter ("the dead-letter queue shiftshare-events-dlq") replaces the runner's.
    deadLetter: r.deadLetter ?? deadLetter,
    origin: r.origin.kind === 'source' ? fromSource(r.origin.file, r.origin.line, r.text) : r.origin,
  };
}

const stem = (w: string) =>
  w
    .toLowerCase()
    .replace(/(?:ies)$/, 'y')
    .replace(/(?:es|s)$/, '');
export const words = (s: string) =>
  s
    .replace(/(\p{Ll}|\d)(\p{Lu})/gu, '$1 $2')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 3)
    .map(stem);

/**
 * Whether a stated job does `act` on the data `subject` names ("anonimizar-consumidores" anonymises
 * the "dados pessoais de consumidores" a retention speaks of): shared subject words, either spelling.
 */
export function statedDoes(act: JobAct, subject: string, stated: readonly StatedDraft[]): boolean {
  const wanted = words(subject);
  return stated.some(
    (s) => s.acts.includes(act) && wanted.some((w) => words(`${s.name} ${s.purpose}`).includes(w)),
  );
}

/**
 * Whether a stated job already does what a derived draft does, judged by what each stated job does
 * (its acts, read in extract) and the names it shares: a stated reminder job covers every derived
 * reminder, a stated purge covers the retention purge of the data it names (or of data no table
 * matches), anonymisation covers the privacy purge, and so on.
 */
export function coveredByStated(
  draft: JobDraft,
  stated: readonly StatedDraft[],
  integrations: readonly Integration[],
): boolean {
  if (stated.length === 0) return false;
  const doing = (act: JobAct) => stated.filter((s) => s.acts.includes(act));
  const any = (act: JobAct) => doing(act).length > 0;
  const named = (s: StatedDraft) => `${s.name} ${s.purpose}`;
  const citesRequirement = (s: StatedDraft) => {
    const ids = new Set(s.purpose.split(/[^\p{L}\p{N}-]+/u));
    return draft.requirements.some((id) => ids.has(id));
  };
  const rule = draft.origin.kind === 'rule' ? draft.origin.rule : '';
  const sameRow = (o: Origin) =>
    o.kind === 'source' &&
    stated.some((s) => s.origin.kind === 'source' && s.origin.file === o.file && s.origin.line === o.line);
  if (draft.basis.some(sameRow)) return true;
  if (stated.some((s) => s.name.toLowerCase() === draft.name.toLowerCase())) return true;
  switch (rule) {
    case 'derive/job-for-reminder':
      return any('remind');
    case 'derive/job-for-retention': {
      const subject = words(draft.name.replace(/^purge-/, ''));
      const unmatched = /no matching table/.test(draft.steps.join(' '));
      if (/privacy|personal|gdpr|pii/i.test(draft.name) && any('anonymise')) return true;
      // "Sletter borgerdata 12 måneder efter seneste booking (FR-R10)": a stated purge that cites the
      // retention's requirement id does its work, whatever words its language builds the subject with.
      return doing('purge').some(
        (s) => unmatched || citesRequirement(s) || subject.some((w) => words(named(s)).includes(w)),
      );
    }
    case 'derive/job-for-period-end': {
      // "anonymise-patients … anonymises patient accounts cancelled more than 30 days ago" does the
      // stated period's work: the same act (the job name's first word) on a shared subject word.
      const [act, ...rest] = draft.name.split('-');
      const subject = words(rest.join(' '));
      const same: JobAct = act === 'anonymise' ? 'anonymise' : act === 'archive' ? 'archive' : 'purge';
      return doing(same).some((s) => subject.some((w) => words(named(s)).includes(w)));
    }
    case 'derive/job-expired-token-cleanup':
      return stated.some((s) => s.acts.includes('tokens') && s.acts.includes('purge'));
    case 'derive/job-for-webhook': {
      const provider = draft.name.replace(/^process-|-webhook$/g, '');
      return doing('webhook').some((s) => named(s).toLowerCase().includes(provider));
    }
    case 'derive/job-for-outgoing-message': {
      const provider = draft.name.split('-').slice(2).join('-');
      const name = integrations.find((i) => i.provider === provider)?.name ?? provider;
      return doing('send').some((s) => named(s).toLowerCase().includes(name.toLowerCase()));
    }
    case 'derive/job-for-document-generation':
      return any('document');
    // A stated job that serves the same requirement does the timed rule's work ("mark-no-shows").
    case 'derive/job-for-timed-rule':
      return stated.some((s) => s.requirements.some((r) => draft.requirements.includes(r)));
    case 'derive/job-for-schedule':
      // Every word of the draft's name in a stated job, or three of them ("O sistema DEVE expirar
      // pedidos pendente 30 minutos após a criação" is the stated ExpirarPedidosJob, "marca como
      // expirado os pedidos pendente criados há mais de 30 minutos"), two on the same period.
      return stated.some((s) => {
        const theirs = words(named(s));
        const shared = new Set(words(draft.name).filter((w) => theirs.includes(w)));
        return (
          shared.size === new Set(words(draft.name)).size ||
          shared.size >= 3 ||
          (s.trigger === draft.trigger && shared.size >= 2)
        );
      });
    default:
      return false;
  }
}

/**
 * The delivery job a stated queue message already is: `sms.send` is the SMS delivery through the
 * chosen provider. The derived design (steps, idempotency, provider call) is kept under the stated
 * message's name and trigger, with the stated retry; the bare stated draft is dropped.
 */
export function namedByMessages(
  derived: readonly JobDraft[],
  stated: readonly StatedDraft[],
): { derived: JobDraft[]; stated: StatedDraft[] } {
  const used = new Set<StatedDraft>();
  const renamed = derived.map((d) => {
    if (d.origin.kind !== 'rule' || d.origin.rule !== 'derive/job-for-outgoing-message') return d;
    const channel = d.name.split('-')[1];
    const message = stated.find((s) => s.channel === channel && !used.has(s));
    if (!message) return d;
    used.add(message);
    const { statedRetry: own, ...rest } = d as StatedDraft;
    const retry = message.statedRetry ?? own;
    return {
      ...rest,
      name: message.name,
      trigger: message.trigger,
      basis: [...message.basis, ...d.basis],
      ...(retry ? { statedRetry: retry } : {}),
    } as JobDraft;
  });
  return { derived: renamed, stated: stated.filter((s) => !used.has(s)) };
}
