import { platformsFirst } from '../../knowledge/stack.js';
import { technology } from '../../knowledge/technologies.js';
import { type Domain, STATED_NONE, type StackChoice, type StackConcern } from '../../model/domain.js';
import { byDefault, fromRule, type Origin } from '../../model/origin.js';

/**
 * The technology the documents *chose* for a concern. Unlike `chosen()` in knowledge/stack.ts this
 * never falls back to a mere mention: a cache "mentioned" in a UX inspiration note is not the cache.
 */
export function stated(domain: Domain, concern: StackConcern): StackChoice | null {
  const choice =
    platformsFirst(
      concern,
      domain.stack.filter((s) => s.concern === concern),
    ).find((s) => s.status === 'chosen') ?? null;
  // A slot the documents leave empty on purpose ("Cache: none") names no technology to run or check.
  return choice?.value === STATED_NONE ? null : choice;
}

/** The documents decide there is none for this concern ("| Cache | none | Accepted |"). */
export function statedNone(domain: Domain, concern: StackConcern): StackChoice | null {
  const choice =
    domain.stack.find((s) => s.concern === concern && s.status === 'chosen' && s.value === STATED_NONE) ??
    null;
  // A technology chosen for the same concern elsewhere wins over an empty cell.
  return choice && stated(domain, concern) === null ? choice : null;
}

/**
 * The cache store: the stack's, else the catalogued store a stated cache entry names ("jest
 * cache'owana w Redis przez 5 minut", "cached in Redis for 5 minutes"), a sentence of the documents
 * too. A store named only as another slot's backend ("Laravel Queues na Redis 7") is no cache by
 * itself; the entry's sentence makes it one.
 */
export function cacheStore(domain: Domain): { value: string; origin: Origin } | null {
  const s = stated(domain, 'cache');
  if (s) return s;
  if (statedNone(domain, 'cache')) return null;
  const named = (domain.statedCaches ?? []).find(
    (c) => c.store !== null && technology(c.store)?.concern === 'cache',
  );
  return named ? { value: named.store!, origin: named.origin } : null;
}

/** Options for a concern the documents name without choosing (optional, rejected, superseded). */
export function considered(domain: Domain, concern: StackConcern): StackChoice[] {
  const seen = new Set<string>();
  const chosenValue = stated(domain, concern)?.value;
  const out: StackChoice[] = [];
  for (const s of domain.stack) {
    if (s.concern !== concern || s.status === 'chosen' || s.value === chosenValue) continue;
    const key = `${s.value}|${s.status}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(s);
  }
  return out;
}

/** Redis-protocol stores: they give a cache, a queue backend and a rate-limit store the same URL. */
export const REDIS_LIKE = /^(?:Redis|Valkey|BullMQ|Bull|Redis Streams|Vercel KV)$/;

/**
 * Whether a chosen cache or queue runs on a Redis-protocol store: it is one, or the documents state
 * it on one in the same line ("Laravel Queues na Redis 7 z Laravel Horizon", "Celery with Redis as
 * the broker"), Redis being named there as no rejected option. Its connection is then REDIS_URL.
 */
export function onRedis(domain: Domain, choice: { value: string; origin: Origin }): boolean {
  if (REDIS_LIKE.test(choice.value)) return true;
  const o = choice.origin;
  if (o.kind !== 'source') return false;
  return domain.stack.some(
    (s) =>
      REDIS_LIKE.test(s.value) &&
      (s.status === 'chosen' || s.status === 'mentioned') &&
      s.origin.kind === 'source' &&
      s.origin.file === o.file &&
      s.origin.line === o.line,
  );
}

export interface JobRunner {
  queue: string;
  scheduler: string;
  origin: Origin;
  /** The parts no document states, when the rest is stated (`derive/job-runner-partly-stated`). */
  proposed?: ('queue' | 'scheduler')[];
}

/**
 * What runs background jobs: the stated queue and scheduler; else a job table in the stated database
 * polled with `SELECT … FOR UPDATE SKIP LOCKED` (PostgreSQL docs, "The Locking Clause"), which needs
 * no new infrastructure; else in-process timers (rule: no database either).
 */
export function jobRunner(domain: Domain): JobRunner {
  const queue = stated(domain, 'queue');
  const scheduler = stated(domain, 'scheduler');
  const database = stated(domain, 'database');
  const from = [queue, scheduler].filter((s): s is StackChoice => s !== null).map(ref);
  // A stated scheduler and no queue: the scheduled jobs run in the application's own processes, as
  // the documents say ("Spring `@Scheduled` + ShedLock"); no job table is proposed beside it.
  const queueName = queue
    ? queue.value
    : scheduler
      ? "the application's processes (no queue is stated)"
      : database && technology(database.value)?.concern === 'database' && database.value !== 'MongoDB'
        ? `${database.value} job table (SELECT … FOR UPDATE SKIP LOCKED)`
        : database
          ? `${database.value} jobs collection (findOneAndUpdate claim)`
          : 'in-process queue (no queue or database is stated)';
  // A queue with its own recurring jobs (BullMQ, Celery beat, River, pg-boss) schedules them itself;
  // else a framework with a scheduler of its own (Laravel's `schedule:run`, Spring's `@Scheduled`).
  const framework = stated(domain, 'framework');
  const ownScheduler =
    (queue ? technology(queue.value)?.schedules : undefined) ??
    (framework ? technology(framework.value)?.schedules : undefined);
  const schedulerName = scheduler
    ? withinSameSlot(domain, scheduler)
    : (ownScheduler ?? 'in-process cron timer (one leader instance)');
  if (queue && scheduler)
    return { queue: queueName, scheduler: schedulerName, origin: fromRule('derive/job-runner-stated', from) };
  if (from.length === 0)
    return { queue: queueName, scheduler: schedulerName, origin: byDefault('derive/job-runner-default') };
  // A queue's own scheduler (BullMQ's repeatable jobs, Celery beat) is derived from the stated
  // queue, not a default.
  const proposed: ('queue' | 'scheduler')[] = [];
  if (!queue && !scheduler) proposed.push('queue');
  if (!scheduler && !ownScheduler) proposed.push('scheduler');
  return {
    queue: queueName,
    scheduler: schedulerName,
    origin: fromRule('derive/job-runner-partly-stated', from),
    ...(proposed.length > 0 ? { proposed } : {}),
  };
}

/**
 * The scheduler as its slot states it: the other schedulers chosen on the same line join it
 * ("Spring `@Scheduled` + ShedLock" is "Spring Scheduling + ShedLock", the lock that keeps one
 * instance running each job is part of the stated choice).
 */
function withinSameSlot(domain: Domain, scheduler: StackChoice): string {
  const o = scheduler.origin;
  if (o.kind !== 'source') return scheduler.value;
  const names = [scheduler.value];
  for (const s of domain.stack)
    if (
      s.concern === 'scheduler' &&
      s.status === 'chosen' &&
      s.origin.kind === 'source' &&
      s.origin.file === o.file &&
      s.origin.line === o.line &&
      !names.includes(s.value)
    )
      names.push(s.value);
  return names.join(' + ');
}

/** Where a job or delivery that exhausted its retries is kept for inspection and replay. */
export function deadLetterFor(runner: JobRunner): string {
  const q = runner.queue;
  if (/BullMQ|Bull/.test(q)) return 'BullMQ failed set (kept, inspected and retried from the dashboard)';
  if (/SQS/.test(q)) return 'SQS dead-letter queue (redrive policy, maxReceiveCount = max attempts)';
  if (/RabbitMQ/.test(q)) return 'RabbitMQ dead-letter exchange';
  if (/Kafka/.test(q)) return 'dead-letter topic (<topic>.dlq)';
  if (/Redis Streams/.test(q))
    return 'dead-letter stream (<stream>:dead) after XCLAIM delivery count exceeds max attempts';
  if (/job table|jobs collection/.test(q)) return 'failed_jobs table (payload, error, attempts, failed_at)';
  return 'failed_jobs log (payload, error, attempts)';
}

export function ref(s: { origin: Origin }): { file: string; line: number } {
  return s.origin.kind === 'source' ? { file: s.origin.file, line: s.origin.line } : { file: '', line: 0 };
}

/** Source refs of a list of facts, without the ones that are not stated in a document. */
export function refs(list: { origin: Origin }[]): { file: string; line: number }[] {
  return list.filter((s) => s.origin.kind === 'source').map(ref);
}
