import { type Diagnostic, diag } from '../diagnostics/diagnostic.js';
import type { Quantity } from '../model/domain.js';
import { cite, type Origin } from '../model/origin.js';
import type { OpenQuestion } from '../model/spec/index.js';
import { cronFor } from './operations/entities.js';
import {
  deliveryJobs,
  documentJobs,
  finish,
  type JobDraft,
  reminderJobs,
  retentionJobs,
  scheduleJobs,
  tokenCleanupJob,
  webhookJobs,
} from './operations/job-sources.js';
import { rulesWithJobs } from './operations/rule-jobs.js';
import { deadLetterFor, jobRunner } from './operations/stack.js';
import {
  coveredByStated,
  namedByMessages,
  type StatedDraft,
  statedDoes,
  statedJobs,
  statedRetry,
  words,
} from './operations/stated-jobs.js';
import { scheduledActionJobs, timedRuleJobs } from './operations/timed-jobs.js';
import type { DeriveStep } from './types.js';

/**
 * Derive step `jobs` (workflow step 8): background work the documents imply — retention purges,
 * reminders, stated schedules, expired-token cleanup, webhook processing, outgoing messages and
 * document generation — each with a trigger, steps, idempotency, a retry policy with a dead-letter
 * destination, a timeout and what it logs. Data stated as kept forever gets no purge job. Jobs a
 * document states in a job table come first, under their stated names and schedules; a derived job
 * that a stated one already covers is dropped.
 */
export const jobsStep: DeriveStep = {
  name: 'jobs',
  derive({ domain, spec }) {
    const diagnostics: Diagnostic[] = [];
    const runner = jobRunner(domain);
    const retained = retentionJobs(domain, spec);
    // The reminder's channel: the one its sentence names, else the only messaging provider in use.
    // A provider that carries two channels ("Twilio for SMS and WhatsApp") stands once per channel.
    const channels = spec.integrations
      .filter((i) => i.status === 'chosen')
      .flatMap((i) => (i.channels ?? [i.category]).map((category) => ({ ...i, category })))
      .filter((i) => ['email', 'sms', 'push', 'whatsapp'].includes(i.category));
    const channel = (q: Quantity) =>
      q.channel
        ? (channels.find((i) => i.category === q.channel) ?? null)
        : new Set(channels.map((i) => i.category)).size === 1
          ? channels[0]!
          : null;
    const token = tokenCleanupJob(spec);
    const stated = statedJobs(domain);
    const schedule = scheduleJobs(domain);
    const reminders = reminderJobs(domain, spec, channel);
    const line = (o: { kind: string; file?: string; line?: number }) =>
      o.kind === 'source' ? `${o.file}:${o.line}` : '';
    // System work with a stated schedule, and timed system rules: each line is designed once.
    // "Every day at 04:00 the system anonymises …" beside the retention it enforces: one job, the
    // retention's, run at the stated time.
    // A requirement whose job the documents already state or list with its schedule ("Кожні 30
    // хвилин: оновлення статусів ТТН (FR-009)" in the plan) is done by that job: the requirement's
    // own sentence designs no second one.
    const listed = [...stated, ...schedule.jobs];
    const own = scheduledActionJobs(domain).filter(
      (a) =>
        a.requirements.length === 0 ||
        !listed.some(
          (j) =>
            !j.basis.some((b) => a.basis.slice(0, 1).some((x) => line(x) === line(b))) &&
            j.requirements.some((r) => a.requirements.includes(r)),
        ),
    );
    const timedRetention = foldScheduledRetention(retained.jobs, own);
    const retention = { ...retained, jobs: timedRetention.retention };
    const scheduled = timedRetention.scheduled;
    const scheduledLines = new Set(scheduled.flatMap((j) => j.basis.slice(0, 1).map(line)));
    const handled = new Set([
      ...scheduledLines,
      ...domain.parameters
        .filter((p) => /^(?:overdue-notice|reminder|retention|schedule)\./.test(p.key))
        .map((p) => line(p.origin)),
      // A time before an event ("24 Stunden vor jedem Termin … senden") is a reminder's: when the
      // reminders are designed, the same sentence is no timed rule to ask about.
      ...(reminders.jobs.length > 0
        ? (domain.ruleStatements ?? []).filter((r) => r.reading.before).map((r) => line(r.origin))
        : []),
    ]);
    const timed = timedRuleJobs(domain, spec, handled, [...stated, ...schedule.jobs, ...scheduled]);
    const folded = foldSchedules(schedule.jobs, [...timed.jobs, ...reminders.jobs]);
    const placed = foldUnnamed(schedule.unnamed, [...timed.jobs, ...reminders.jobs]);
    const derived: JobDraft[] = [
      ...retention.jobs,
      ...reminders.jobs,
      ...scheduled,
      // A job the documents already state or schedule for the same requirement does the rule's work.
      ...timed.jobs.filter(
        (t) =>
          ![...stated, ...schedule.jobs, ...scheduled].some((j) =>
            j.requirements.some((r) => t.requirements.includes(r)),
          ),
      ),
      ...schedule.jobs.filter((j) => !folded.has(j) && !j.basis.some((b) => scheduledLines.has(line(b)))),
      ...(token ? [token] : []),
      ...webhookJobs(spec.integrations),
      ...deliveryJobs(domain, spec.integrations),
      ...documentJobs(domain),
    ];
    // Jobs the documents state come first, as stated; a derived job is kept only when no stated
    // job already does the same work.
    // A stated queue message that sends on a channel names the delivery job of that channel.
    const named = namedByMessages(derived, stated);
    const covered = new Set(
      named.derived.filter((d) => derived.includes(d) && coveredByStated(d, named.stated, spec.integrations)),
    );
    keepCoveredSources(covered, named.stated, spec.integrations);
    const drafts: JobDraft[] = [...named.stated, ...named.derived.filter((d) => !covered.has(d))];
    for (const q of retention.kept) {
      diagnostics.push(
        diag('operations/retention-kept-forever', `${q.label}: "${q.text}" — no purge job`, at(q.origin)),
      );
    }
    for (const q of retention.floors) {
      diagnostics.push(
        diag(
          'operations/retention-minimum',
          `${q.label}: "${q.text}" is a minimum retention — no purge job (no deletion is stated)`,
          at(q.origin),
        ),
      );
    }
    const questions: OpenQuestion[] = [...timed.questions];
    for (const q of retention.unmatched.filter((q) => !stated.some((j) => coversRetention(j, q)))) {
      diagnostics.push(
        diag(
          'operations/retention-unmatched',
          `retention "${q.label}" (${q.text}) matches no entity`,
          at(q.origin),
        ),
      );
      questions.push({
        id: `jobs/retention/${q.key}`,
        text: `The documents keep "${q.label}" for ${q.text}, but no entity of the data model holds it: which table does this retention apply to, and is it a minimum or a purge deadline?`,
        source: q.origin,
        options: [],
      });
    }
    // A period counted from an event no single column records ("3 Jahre nach dem letzten Auftrag"),
    // or a reminder before a time of the entity no single column holds ("prima della scadenza"):
    // asked about, never scanned by a guessed column.
    for (const { q, table, columns } of retention.untimed) {
      // A stated job that does this period's act on this data answers the question itself.
      const act = q.action === 'anonymise' ? 'anonymise' : q.action === 'archive' ? 'archive' : 'purge';
      if (statedDoes(act, q.key.slice('retention.'.length), stated)) continue;
      questions.push({
        id: `jobs/retention-since/${q.key}`,
        text:
          columns.length > 0
            ? `The documents count ${q.text} from "${q.since ?? ''}" ("${quoteOf(q)}"), but no single column of ${table} records that time (its time columns: ${columns.join(', ')}): which column does the job compare with the cutoff?`
            : `The documents count ${q.text} from "${q.since ?? ''}" ("${quoteOf(q)}"), but no single column of ${table} records that time: which column does the job compare with the cutoff?`,
        source: q.origin,
        options: columns,
      });
    }
    for (const { q, table, columns } of reminders.untimed) {
      questions.push({
        id: `jobs/reminder-time/${q.key}/${q.origin.kind === 'source' ? q.origin.line : 0}`,
        text:
          columns.length > 1
            ? `The documents ask for a reminder ${q.text} before "${q.event ?? ''}" ("${quoteOf(q)}"), but several time columns of ${table} may hold that time (${columns.join(', ')}): which column does the reminder scan?`
            : `The documents ask for a reminder ${q.text} before "${q.event ?? ''}" ("${quoteOf(q)}"), but no time column of ${table} is named so: which column does the reminder scan?`,
        source: q.origin,
        options: columns,
      });
    }
    // A reminder sentence that no entity matches is asked about only when no reminder job exists at
    // all: most such sentences restate one the model already schedules ("Twilio sends the reminders").
    const reminding = drafts.some((d) => REMINDER_JOB.test(`${d.name} ${d.purpose}`));
    for (const q of reminding ? [] : reminders.unmatched) {
      questions.push({
        id: `jobs/reminder/${q.key}`,
        text: `The documents ask for a reminder ${q.text} before "${q.key.slice('reminder.'.length)}" ("${quoteOf(q)}"), but no entity of the data model holds that event and its time: which table and which time column does the reminder scan?`,
        source: q.origin,
        options: [],
      });
    }
    // A notice after a due date ("WHEN a loan is 2 days overdue …") needs the due-date column, which
    // no rule can pick: it is asked about, never scheduled as a reminder before an event.
    for (const q of domain.parameters.filter(
      (p) => p.key.startsWith('overdue-notice.') && p.value !== null,
    )) {
      questions.push({
        // Escalation steps share a subject: the line keeps each question's id its own.
        id: `jobs/overdue/${q.key}/${q.origin.kind === 'source' ? q.origin.line : 0}`,
        text: `The documents ask for an action ${q.text} after a due date has passed ("${quoteOf(q)}"): which table and which due-date column does the job scan, and what does it send or change?`,
        source: q.origin,
        options: [],
      });
    }
    for (const q of schedule.unnamed.filter((u) => !placed.has(u))) {
      questions.push({
        id: `jobs/schedule/${q.key}`,
        text: `The documents state recurring work every ${q.text} ("${q.label}") without saying what it does: what does this task do, and on which data?`,
        source: q.origin,
        options: [],
      });
    }
    if (drafts.length > 0 && runner.origin.kind === 'default') {
      diagnostics.push(
        diag('operations/no-job-runner', `no queue or scheduler is chosen: jobs run on ${runner.queue}`),
      );
    }
    const seen = new Set<string>();
    const jobs = drafts
      .filter((d) => {
        if (seen.has(d.name)) return false;
        seen.add(d.name);
        return true;
      })
      .map((d) => {
        // `acts` served the comparison with derived jobs; the spec's job does not carry it.
        const { statedRetry: retry, acts: _acts, periods: _periods, ...draft } = d as (typeof stated)[number];
        const job = finish(draft, runner);
        return retry ? { ...job, retry: statedRetry(retry, deadLetterFor(runner)) } : job;
      });
    // Each rule a job enforces names that job (the stated one that does its act, or runs on its date).
    const rules = spec.rules
      ? rulesWithJobs(
          spec.rules,
          domain,
          jobs,
          stated,
          spec.entities.map((e) => e.name),
        )
      : undefined;
    return {
      spec: {
        jobs,
        ...(rules ? { rules } : {}),
        ...(questions.length > 0 ? { questions: [...(spec.questions ?? []), ...questions] } : {}),
      },
      diagnostics,
    };
  },
};

/**
 * A scheduled system sentence that enforces a stated retention ("Every day at 04:00 the system
 * anonymises volunteers inactive for 24 months" beside "Volunteer records are retained for 24 months
 * and then anonymised"): the two share a requirement (the schedule's steps are the retention's rule),
 * so they are one job — the retention's, which knows its table, cutoff and act, run at the stated
 * time and citing the schedule's line. A retention whose own sentence states its time keeps it.
 */
function foldScheduledRetention(
  retention: readonly JobDraft[],
  scheduled: readonly JobDraft[],
): { retention: JobDraft[]; scheduled: JobDraft[] } {
  const used = new Set<JobDraft>();
  const out = retention.map((r) => {
    if (r.schedule?.origin.kind === 'source') return r;
    // The same requirement, or the same act on the same data: the names' first word (the act, read
    // once in extract) and another word of the data ("anonymise-fich-benevole",
    // "anonymise-benevoles-inactifs").
    const own = words(r.name);
    const sameWork = (j: JobDraft) => {
      const theirs = words(j.name);
      const alike = (a: string, b: string) =>
        Math.min(a.length, b.length) >= 5 && (a.startsWith(b) || b.startsWith(a));
      return theirs[0] === own[0] && own.slice(1).some((w) => theirs.slice(1).some((t) => alike(w, t)));
    };
    const s = scheduled.find(
      (j) =>
        !used.has(j) &&
        j.schedule &&
        (j.requirements.some((id) => r.requirements.includes(id)) || sameWork(j)),
    );
    if (!s?.schedule) return r;
    used.add(s);
    return {
      ...r,
      trigger: s.trigger,
      inputs: [...s.inputs, ...r.inputs],
      requirements: [...new Set([...r.requirements, ...s.requirements])].sort(),
      basis: [...r.basis, ...s.basis.slice(0, 1)],
      schedule: s.schedule,
    };
  });
  return { retention: out, scheduled: scheduled.filter((j) => !used.has(j)) };
}

/** A stated job that deletes the retained data ("purge-audit-log" for "audit log entries … 7 years"). */
/**
 * A stated schedule whose work a timed rule or a reminder already designs ("Every 5 minutes: cancel
 * unconfirmed bookings older than 30 minutes" beside "an unconfirmed booking is cancelled 30 minutes
 * after it was created") is that job's trigger, not a second job: every word of the schedule job's
 * name is in the other job's name or purpose. The job takes the stated trigger and cites its line;
 * the schedule jobs folded in are returned.
 */
function foldSchedules(schedules: readonly JobDraft[], jobs: JobDraft[]): Set<JobDraft> {
  const folded = new Set<JobDraft>();
  const timed = new Set<JobDraft>();
  for (const s of schedules) {
    const own = new Set(words(s.name));
    if (own.size < 2) continue;
    const target = jobs.find((j) => {
      const theirs = new Set(words(`${j.name} ${j.purpose}`));
      return [...own].every((w) => theirs.has(w));
    });
    if (!target) continue;
    folded.add(s);
    // The line's first period is its schedule ("Every 5 minutes: cancel … older than 30 minutes");
    // a later number of the same line is the work's own.
    if (timed.has(target)) continue;
    timed.add(target);
    const at = s.basis[0];
    target.trigger = s.trigger;
    target.basis.push(...s.basis);
    if (at) target.schedule = { timeZone: s.schedule?.timeZone ?? null, origin: s.schedule?.origin ?? at };
  }
  return folded;
}

/**
 * A stated schedule with no verb of its own ("Every 10 minutes: reminders for bookings starting in an
 * hour") whose line names a designed job's work (every word of its name after the act, two words at
 * least: `send-booking-reminder` → booking, reminder) is that job's trigger, not an open question.
 */
function foldUnnamed(unnamed: readonly Quantity[], jobs: JobDraft[]): Set<Quantity> {
  const placed = new Set<Quantity>();
  for (const q of unnamed) {
    if (q.value === null) continue;
    const said = new Set(words(quoteOf(q)));
    const target = jobs.find((j) => {
      const rest = words(j.name).slice(1);
      const shared = words(j.name).filter((w) => said.has(w));
      return (
        rest.length > 0 &&
        rest.every((w) => said.has(w)) &&
        shared.length >= 2 &&
        !j.schedule?.origin.kind.startsWith('source')
      );
    });
    if (!target) continue;
    target.trigger = q.at ?? cronFor(q.value);
    target.basis.push(q.origin);
    target.schedule = { timeZone: null, origin: q.origin };
    placed.add(q);
  }
  return placed;
}

function coversRetention(job: JobDraft, q: Quantity): boolean {
  // A job that names the retained data and the stated period as the documents write them ("13か月を
  // 過ぎた予約履歴を匿名化する" for "予約履歴は13か月保存し…"): in a language written without spaces no
  // word list splits them, the strings themselves are shared.
  const subject = q.key.slice('retention.'.length);
  const said = `${job.name} ${job.purpose}`;
  if (q.text && subject.length >= 2 && said.includes(q.text) && said.includes(subject)) return true;
  if (!/purge|delete|clean|remove|expire|anonymi|archiv|retention/i.test(`${job.name} ${job.purpose}`))
    return false;
  const words = (s: string) =>
    new Set(
      s
        .toLowerCase()
        .split(/[^\p{L}\d]+/u)
        .filter((w) => w.length > 3),
    );
  const jobWords = words(`${job.name} ${job.purpose}`);
  const quote = q.origin.kind === 'source' ? (q.origin.quote ?? '') : '';
  return [...words(`${q.key.slice('retention.'.length)} ${quote}`)].some(
    (w) =>
      jobWords.has(w) &&
      !/^(?:purge|delete|retain|retained|retention|years?|days?|months?|then|data)$/.test(w),
  );
}

const REMINDER_JOB = /remind|erinner|rappel|recordatorio|lembrete|muistut/i;

function quoteOf(q: Quantity): string {
  return q.origin.kind === 'source' ? (q.origin.quote ?? q.label) : q.label;
}

function at(origin: Origin) {
  return origin.kind === 'source' ? { at: { file: origin.file, line: origin.line } } : {};
}

/** The rules that read one sentence's schedule or timed work: the job that sentence states. */
const SENTENCE_JOB_RULES = new Set(['derive/job-for-schedule', 'derive/job-for-timed-rule']);

/**
 * A requirement sentence that states a schedule ("FR-011: Every day at 03:00 the system writes off
 * expired batches") beside the jobs list that states the same job: the job is stated twice, and the
 * one stated job with the same trigger that does its work keeps the sentence's line and requirement
 * ids beside its own. None or several such jobs: nothing is added.
 */
function keepCoveredSources(
  covered: ReadonlySet<JobDraft>,
  stated: readonly StatedDraft[],
  integrations: Parameters<typeof coveredByStated>[2],
): void {
  for (const d of covered) {
    if (d.origin.kind !== 'rule' || !SENTENCE_JOB_RULES.has(d.origin.rule)) continue;
    const twins = stated.filter((s) => s.trigger === d.trigger && coveredByStated(d, [s], integrations));
    if (twins.length !== 1) continue;
    const twin = twins[0]!;
    const cites = new Set(twin.basis.map(cite));
    for (const b of d.basis)
      if (b.kind === 'source' && !cites.has(cite(b))) {
        twin.basis.push(b);
        cites.add(cite(b));
      }
    twin.requirements = [...new Set([...twin.requirements, ...d.requirements])].sort();
  }
}
