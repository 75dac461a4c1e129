import { caseFoldedRegExp } from '../../knowledge/case-fold.js';
import type { Domain, RuleStatement } from '../../model/domain.js';
import { byDefault, fromRule, type Origin } from '../../model/origin.js';
import type { SpecEntity } from '../../model/spec/data.js';
import type { OpenQuestion, Spec } from '../../model/spec/index.js';
import { verbOf } from '../api/actions.js';
import { createdColumn, duration, entityForSubject, kebab } from './entities.js';
import { jobName } from './job-names.js';
import type { JobDraft } from './job-sources.js';

const LIFECYCLE_LOGS = [
  'job.started {job, runId, attempt}',
  'job.succeeded {job, runId, durationMs, affected}',
  'job.failed {job, runId, attempt, error.code, willRetry}',
];

const refs = (o: Origin) => (o.kind === 'source' ? [{ file: o.file, line: o.line }] : []);
const lineOf = (o: Origin) => (o.kind === 'source' ? `${o.file}:${o.line}` : '');

/**
 * Work the documents give the system on a stated schedule ("THE SYSTEM SHALL run the overdue check
 * every morning at 7:00"): a job named from the sentence's verb and object, triggered by the stated
 * cron in the stated time zone, citing the line (rule derive/job-for-schedule). The job-enforced
 * rules that share its object ("WHEN a loan is 2 days overdue …") are the steps it runs.
 */
export function scheduledActionJobs(domain: Domain): JobDraft[] {
  const out: JobDraft[] = [];
  const seen = new Set<string>();
  for (const a of domain.scheduledActions ?? []) {
    const name = jobName(a.work ?? '', a.text);
    if (!name || seen.has(name)) continue;
    seen.add(name);
    const object = name.split('-').filter((w) => w.length > 3);
    const related = (domain.ruleStatements ?? []).filter(
      (r) =>
        r.reading.enforcement === 'job' &&
        lineOf(r.origin) !== lineOf(a.origin) &&
        object.some((w) => caseFoldedRegExp(`(?<!\\p{L})${w}`, 'iu').test(r.text)),
    );
    out.push({
      name,
      purpose: a.text,
      trigger: a.schedule.cron,
      inputs: [`schedule as stated: ${a.schedule.text}`],
      steps: related.length > 0 ? related.map((r) => r.text) : [a.text],
      idempotency: 'not stated in the documents: a rerun must not repeat work already done',
      attempts: 3,
      timeoutSeconds: 900,
      logs: [...LIFECYCLE_LOGS],
      requirements: [...new Set([...a.requirements, ...related.flatMap((r) => r.requirements)])].sort(),
      origin: fromRule('derive/job-for-schedule', refs(a.origin)),
      basis: [a.origin, ...related.map((r) => r.origin)],
      schedule: { timeZone: a.schedule.timeZone, origin: a.origin },
    });
  }
  return out;
}

/**
 * A timed system rule ("WHEN a reservation is not picked up within 24 hours of its start THE SYSTEM
 * SHALL cancel it"): a job that scans the entity the rule names for rows still in the initial state
 * once the stated time has passed since the time column the sentence names (else the creation
 * time), and makes the transition whose verb the sentence states (cancel → CANCELLED). Rule
 * derive/job-for-timed-rule. The schedule is the stated one, else a proposal sized to the window
 * (rule derive/job-schedule-proposed). A rule whose entity, status column or target state the model
 * lacks is asked about instead.
 */
export function timedRuleJobs(
  domain: Domain,
  spec: Readonly<Spec>,
  handled: ReadonlySet<string>,
  others: readonly JobDraft[] = [],
): { jobs: JobDraft[]; questions: OpenQuestion[] } {
  const jobs: JobDraft[] = [];
  const questions: OpenQuestion[] = [];
  for (const r of domain.ruleStatements ?? []) {
    // A timed rule waits for a window to pass, or for a stated deadline (its schedule).
    const window = r.reading.window;
    const deadline = !window ? r.reading.schedule : undefined;
    if (r.reading.enforcement !== 'job' || (!window && !deadline) || handled.has(lineOf(r.origin))) continue;
    // Data deleted, anonymised or archived when its period ends is a retention's purge, no state change.
    if (r.reading.acts?.some((a) => a !== 'remind')) continue;
    const design = designFor(r, spec.entities);
    // "2 hours before the session": the window counts back from the event's time, which a column of
    // the entity must hold; the creation time is no event's. Asked when no column is that time.
    if (design && r.reading.before && window && !design.eventTime) {
      questions.push({
        id: `jobs/timed-rule-event/${r.origin.kind === 'source' ? r.origin.line : 0}`,
        text: `The documents state a rule that applies ${window.text} before "${r.reading.before}" ("${r.text}"), but no time column of ${design.entity.table} holds the time of that event: which column does the job compare with?`,
        source: r.origin,
        options: [],
      });
      continue;
    }
    // Asked only when the entity the rule names has a status column but no state the rule leads to;
    // a rule about something the model does not store as a state (a token, a link) stays in the
    // rules table only.
    if (!design && !hasStatus(entityForSubject(spec.entities, r.text))) continue;
    if (!design) {
      questions.push({
        id: `jobs/timed-rule/${r.origin.kind === 'source' ? r.origin.line : 0}`,
        text: `The documents state a rule that applies once a time has passed ("${r.text}"), but no state of the entity it names is the one it leads to: which table, which time column and which change does the job make?`,
        source: r.origin,
        options: [],
      });
      continue;
    }
    const { entity, field, from, to, time, eventTime } = design;
    // Before an event the job takes the rows whose event is at most the window away; after a time,
    // the rows whose time is at least the window ago.
    const ahead = !!(r.reading.before && window && eventTime);
    // A job the documents state for that state already ("mark-no-shows" for NO_SHOW, "fechar-pedidos"
    // whose purpose is "muda a feira para `fechada`") does the work.
    const key = to.toLowerCase().replace(/[^\p{L}]+/gu, '');
    const squeezed = (t: string) => t.toLowerCase().replace(/[^\p{L}]+/gu, '');
    const stateWord = (t: string) =>
      t
        .toLowerCase()
        .split(/[^\p{L}_]+/u)
        .includes(to.toLowerCase());
    if (others.some((j) => squeezed(j.name).includes(key) || stateWord(j.purpose))) continue;
    const states = from.map((v) => `'${v}'`).join(', ');
    const still = from.length === 1 ? `${field} = ${states}` : `${field} in (${states})`;
    const stated = r.reading.schedule;
    const name = `${verbOf(to.toLowerCase()) ?? `mark-${kebab(to.toLowerCase())}`}-${kebab(entity.table)}`;
    if (jobs.some((j) => j.name === name)) continue;
    jobs.push({
      name,
      purpose: `Apply the stated rule "${r.text}" to each ${entity.name} once its time has passed`,
      trigger: stated?.cron ?? proposedCron(window!.seconds),
      inputs: ahead
        ? [`horizon = now() + ${duration(window!.seconds)}`, 'batchSize = 1000']
        : window
          ? [`cutoff = now() - ${duration(window.seconds)}`, 'batchSize = 1000']
          : [`deadline as stated: ${deadline!.text}`, 'batchSize = 1000'],
      steps: [
        ahead
          ? `select ids from ${entity.table} where ${still} and ${eventTime} <= horizon, batchSize at a time`
          : window
            ? `select ids from ${entity.table} where ${still} and ${time} < cutoff, batchSize at a time`
            : `select ids from ${entity.table} where ${still} and the stated deadline has passed, batchSize at a time`,
        `set ${field} = '${to}' on each of those rows in its own transaction, only if ${still}`,
        'record the count changed',
      ],
      idempotency: `only rows still in ${states} change: a rerun finds the changed rows gone`,
      attempts: 3,
      timeoutSeconds: 300,
      logs: [...LIFECYCLE_LOGS, `${kebab(entity.name)}.${to.toLowerCase()} {${kebab(entity.name)}Id}`],
      requirements: r.requirements,
      origin: fromRule('derive/job-for-timed-rule', refs(r.origin)),
      basis: [r.origin],
      schedule: stated
        ? { timeZone: stated.timeZone, origin: r.origin }
        : { timeZone: null, origin: byDefault('derive/job-schedule-proposed') },
    });
  }
  return { jobs, questions };
}

/** A scan at most every 5 minutes and at least hourly, about a hundred scans per window. */
function proposedCron(seconds: number): string {
  const minutes = Math.min(60, Math.max(5, Math.round(seconds / 60 / 96 / 5) * 5));
  return minutes >= 60 ? '0 * * * *' : `*/${minutes} * * * *`;
}

const STATUS = /^(?:status|state|stage|phase|\w+_status|\w+Status)$/;

const hasStatus = (e: SpecEntity | null) =>
  e?.fields.some((f) => f.enum && f.enum.length >= 2 && STATUS.test(f.name)) ?? false;

function designFor(r: RuleStatement, entities: readonly SpecEntity[]) {
  const entity = entityForSubject(entities, r.text);
  const status = entity?.fields.find((f) => f.enum && f.enum.length >= 2 && STATUS.test(f.name));
  if (!entity || !status?.enum) return null;
  // The target is the state whose verb the sentence states (cancel → CANCELLED, expire → EXPIRED).
  const action = r.reading.action;
  const plain = (v: string) => v.toLowerCase().replace(/[^\p{L}]+/gu, '');
  const verbTo = !action
    ? undefined
    : action.startsWith('state:')
      ? status.enum.find((v) => plain(v) === plain(action.slice('state:'.length)))
      : status.enum.find((v) => verbOf(v.toLowerCase()) === action);
  // A state named as the sentence's participle ("werden … freigegeben" → `freigegeben`).
  const participle = r.reading.participle;
  const to = verbTo ?? (participle ? status.enum.find((v) => plain(v) === plain(participle)) : undefined);
  const states = status.enum;
  const initial = status.default?.replace(/^'|'(::\w+)?$/g, '') ?? states[0]!;
  // The rows that have not reached the state the rule says has not happened ("not picked up" →
  // PICKED_UP): the states listed before it; else the initial state.
  const words = (r.reading.notYet ?? '').split(/\s+/).filter(Boolean);
  const negated = [3, 2, 1]
    .map((k) => plain(words.slice(0, k).join('')))
    .map((w) => (w ? states.findIndex((v) => plain(v) === w) : -1))
    .find((i) => i > 0);
  const from = negated ? states.slice(0, negated).filter((v) => v !== to) : [initial];
  if (!to || from.length === 0 || from.includes(to)) return null;
  // The time the window runs from: a time column the sentence names ("of its start" → starts_on).
  const said = new Set((r.text.toLowerCase().match(/\p{L}+/gu) ?? []).map(stem));
  const timed = entity.fields.filter(
    (f) => ['datetime', 'date'].includes(f.type.scalar) && !/^(?:updated|deleted)/i.test(f.name),
  );
  const named = timed.find((f) =>
    kebab(f.name)
      .split('-')
      .filter((w) => !['at', 'on', 'date', 'time'].includes(w))
      .some((w) => said.has(stem(w))),
  );
  return {
    entity,
    field: status.column,
    from,
    to,
    time: named?.column ?? createdColumn(entity),
    eventTime: r.reading.before ? eventColumn(r.reading.before, entity, timed) : null,
  };
}

/**
 * The column that holds the time of the event a rule counts back from ("before the session" →
 * `session_starts_at`, "before its start" → `starts_at`): a time column the event's words name, else,
 * when the event is the record itself ("before the appointment"), its one time of its own besides
 * the creation time. Null when none or several could be it: the job is asked about.
 */
function eventColumn(
  event: string,
  entity: SpecEntity,
  timed: readonly SpecEntity['fields'][number][],
): string | null {
  const said = new Set((event.toLowerCase().match(/\p{L}+/gu) ?? []).map(stem));
  const own = timed.filter((f) => f.column !== createdColumn(entity));
  const named = own.filter((f) =>
    kebab(f.name)
      .split('-')
      .filter((w) => !['at', 'on', 'date', 'time'].includes(w))
      .some((w) => said.has(stem(w))),
  );
  if (named.length === 1) return named[0]!.column;
  if (named.length > 1) return null;
  const itself = kebab(entity.name)
    .split('-')
    .every((w) => said.has(stem(w)));
  return itself && own.length === 1 ? own[0]!.column : null;
}

const stem = (w: string) => w.replace(/(?:ies)$/, 'y').replace(/(?:es|s)$/, '');
