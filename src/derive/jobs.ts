import { type Diagnostic, diag } from '../diagnostics/diagnostic.js';
import type { Quantity } from '../model/domain.js';
import type { Origin } from '../model/origin.js';
import type { OpenQuestion } from '../model/spec/index.js';
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
import { deadLetterFor, jobRunner } from './operations/stack.js';
import {
  coveredByStated,
  namedByMessages,
  statedDoes,
  statedJobs,
  statedRetry,
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
    const retention = retentionJobs(domain, spec);
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
    // System work with a stated schedule, and timed system rules: each line is designed once.
    const scheduled = scheduledActionJobs(domain);
    const line = (o: { kind: string; file?: string; line?: number }) =>
      o.kind === 'source' ? `${o.file}:${o.line}` : '';
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
      ...schedule.jobs.filter((j) => !j.basis.some((b) => scheduledLines.has(line(b)))),
      ...(token ? [token] : []),
      ...webhookJobs(spec.integrations),
      ...deliveryJobs(domain, spec.integrations),
      ...documentJobs(domain),
    ];
    // Jobs the documents state come first, as stated; a derived job is kept only when no stated
    // job already does the same work.
    // A stated queue message that sends on a channel names the delivery job of that channel.
    const named = namedByMessages(derived, stated);
    const drafts: JobDraft[] = [
      ...named.stated,
      ...named.derived.filter(
        (d) => !derived.includes(d) || !coveredByStated(d, named.stated, spec.integrations),
      ),
    ];
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
    for (const q of schedule.unnamed) {
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
        const { statedRetry: retry, acts: _acts, ...draft } = d as (typeof stated)[number];
        const job = finish(draft, runner);
        return retry ? { ...job, retry: statedRetry(retry, deadLetterFor(runner)) } : job;
      });
    return {
      spec: {
        jobs,
        ...(questions.length > 0 ? { questions: [...(spec.questions ?? []), ...questions] } : {}),
      },
      diagnostics,
    };
  },
};

/** A stated job that deletes the retained data ("purge-audit-log" for "audit log entries … 7 years"). */
function coversRetention(job: JobDraft, q: Quantity): boolean {
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
