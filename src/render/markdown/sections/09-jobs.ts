import { cite } from '../../../model/origin.js';
import type { Job } from '../../../model/spec/operations.js';
import type { Messages } from '../../i18n/index.js';
import type { Section } from '../../types.js';
import { translateText } from '../derived-prose.js';
import { blocks, heading, table } from '../format.js';
import { retrySaid, sourceWithFrom } from './operations/cite.js';

/** Section 9: the runner, what every job shares, then per job its trigger, steps, retry, timeout and logging. */
export const jobsSection: Section = {
  id: 'jobs',
  render({ spec, t }) {
    const m = t.operations.jobs;
    const title = heading(2, t.common.sections.jobs);
    if (spec.jobs.length === 0) {
      if (spec.entities.length === 0 && spec.endpoints.length === 0 && spec.integrations.length === 0)
        return null;
      // A period or schedule the documents state but that names no record is an open question, not
      // a backend without jobs: say so instead of "the documents state no retention period".
      const open = (spec.questions ?? []).filter((q) => q.id.startsWith('jobs/')).length;
      return blocks(title, open > 0 ? m.unresolved(open) : m.none(m.checked));
    }
    const runner = spec.jobs[0]!.runner;
    return blocks(
      title,
      `${runner.origin.kind === 'default' ? `**${t.operations.decisions.proposed}:** ` : ''}${m.runner(translateText(runner.queue, t.derived), translateText(runner.scheduler, t.derived))} ${sourceWithFrom(runner.origin)}`,
      ...jobBlocks(spec.jobs, t),
    );
  },
};

/**
 * One table per job. A row most jobs share word for word (the log events, a default timeout or
 * retry policy) is declared once, in a table of what every job has unless its own table says
 * otherwise, instead of being repeated per job.
 */
function jobBlocks(jobs: Job[], t: Messages): string[] {
  const rows = jobs.map((j) => jobRows(j, t).filter(([, v]) => v !== ''));
  const keys = rows[0]?.map(([k]) => k) ?? [];
  const shared = new Map<string, string>();
  for (const k of keys) {
    const values = rows.map((r) => r.find(([k2]) => k2 === k)?.[1]);
    if (values.some((v) => v === undefined)) continue;
    const counts = new Map<string, number>();
    for (const v of values) counts.set(v!, (counts.get(v!) ?? 0) + 1);
    const [best, n] = [...counts.entries()].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))[0]!;
    if (n >= 2 && n * 3 >= jobs.length) shared.set(k, best);
  }
  return [
    shared.size > 0 ? blocks(`**${t.api.compact.everyJob}**`, table(t.operations.kv, [...shared])) : '',
    ...jobs.map((j, i) =>
      blocks(
        heading(3, `\`${j.name}\``),
        table(
          t.operations.kv,
          rows[i]!.filter(([k, v]) => shared.get(k) !== v),
        ),
      ),
    ),
  ];
}

function jobRows(j: Job, t: Messages): [string, string][] {
  const m = t.operations.jobs;
  const f = m.fields;
  const say = (s: string) => translateText(s, t.derived);
  const retry = retrySaid(
    t.operations.integrations.retry(
      j.retry.on.map(say),
      j.retry.maxAttempts,
      say(j.retry.backoff),
      j.retry.deadLetter === null ? null : say(j.retry.deadLetter),
    ),
    j.retry.origin,
    t,
  );
  return [
    [`**${f.purpose}**`, j.purpose],
    [`**${f.trigger}**`, trigger(j, t)],
    [`**${f.inputs}**`, j.inputs.join('; ')],
    // A single step that only repeats the purpose is not printed twice.
    [
      `**${f.steps}**`,
      j.steps.length === 1 && j.steps[0] === j.purpose
        ? ''
        : j.steps.map((s, i) => `${i + 1}. ${s}`).join('<br>'),
    ],
    [`**${f.idempotency}**`, j.idempotency],
    [`**${f.retry}**`, retry],
    [`**${f.timeout}**`, m.seconds(j.timeoutSeconds)],
    [`**${f.logs}**`, j.logs.map((l) => `\`${l}\``).join('<br>')],
    [`**${f.requirements}**`, j.requirements.join(', ')],
    [`**${f.basis}**`, basisCitation(j)],
  ];
}

/**
 * The trigger with where its schedule comes from: the stated line and time zone, or the proposal
 * marker when the documents state the work but no schedule.
 */
function trigger(j: Job, t: Messages): string {
  const cron = `\`${j.trigger}\``;
  if (!j.schedule) return cron;
  const zone = j.schedule.timeZone ? ` (${j.schedule.timeZone})` : '';
  if (j.schedule.origin.kind === 'default')
    return `**${t.operations.decisions.proposed}:** ${cron}${zone} ${sourceWithFrom(j.schedule.origin)}`;
  return `${cron}${zone} ${sourceWithFrom(j.schedule.origin)}`;
}

/** The job's origin with the lines its rule read, then the other lines it rests on, each once. */
function basisCitation(j: Job): string {
  const read = new Set(
    j.origin.kind === 'rule'
      ? (j.origin.from ?? []).filter((f) => f.file).map((f) => `${f.file}:${f.line}`)
      : [],
  );
  const more = j.basis.map((b) => cite(b)).filter((c) => !read.has(c));
  return [...new Set([sourceWithFrom(j.origin), ...more.map((c) => `\`${c}\``)])].join(', ');
}
