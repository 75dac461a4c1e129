import type { Block, TableBlock } from '../markdown/blocks.js';
import { plainText } from '../markdown/parse.js';
import type { StatedJob } from '../model/domain.js';
import { fromSource } from '../model/origin.js';
import {
  BARE_NAME_COLUMN,
  JOB_DESCRIPTION_COLUMN,
  JOB_HEADING,
  JOB_NAME_COLUMN,
  JOB_SCHEDULE_COLUMN,
  readQueueMessages,
  readScheduledItem,
  splitDeadLetter,
  readStatedJob as stated,
} from '../read/job-words.js';
import { retriesPerQueue, statedRetry } from '../read/retry-words.js';
import { periodsStated } from '../read/rule-words.js';
import type { Extractor } from './types.js';

/**
 * Background jobs a document states: a table whose header has a job/task/worker name column and a
 * schedule/cron/trigger/when column (any order, optional description column), or a list under a
 * "Background jobs" / "Scheduled jobs" / "Cron" heading of the form `- **name** (schedule): what`.
 * A retry sentence in the same section ("retried 3 times with exponential backoff (1, 5 and 25
 * minutes)") is attached to the jobs it is about (notification sends, or all when it names none).
 */
export const jobsExtractor: Extractor = {
  name: 'jobs',
  extract: ({ doc, md }) => {
    const out: StatedJob[] = [];
    const sections: { path: string; jobs: StatedJob[] }[] = [];
    const blocks = md.blocks;
    const add = (b: Block, jobs: StatedJob[]) => {
      const path = b.headingPath.join('\u0000');
      const last = sections[sections.length - 1];
      if (last && last.path === path) last.jobs.push(...jobs);
      else sections.push({ path, jobs });
      out.push(...jobs);
    };
    for (const b of blocks) {
      // "Queue messages: `signup.cancelled` (promotes from the waitlist), `sms.send`": each message
      // the worker consumes is a job that runs on it.
      if (b.kind === 'paragraph' || b.kind === 'list-item') {
        // The names are code spans: read the block's markdown, not its plain text.
        const messages = readQueueMessages(b.text.replace(/\s*\n\s*/g, ' '));
        if (messages) {
          const quote = plainText(b.text).slice(0, 160);
          add(
            b,
            messages.map((m) => ({
              ...stated(m.name, 'queue message', m.does, fromSource(doc.path, b.line, quote)),
              message: m.channel ? { channel: m.channel } : {},
            })),
          );
          continue;
        }
      }
      if (b.kind === 'table') {
        const jobs = fromTable(b, doc.path);
        if (jobs.length > 0) sections.push({ path: b.headingPath.join('\u0000'), jobs });
        out.push(...jobs);
      } else if (b.kind === 'list-item' && b.depth === 0 && JOB_HEADING.test(lastHeading(b))) {
        const job = fromListItem(b.text, doc.path, b.line);
        if (!job) continue;
        const path = b.headingPath.join('\u0000');
        const last = sections[sections.length - 1];
        if (last && last.path === path) last.jobs.push(job);
        else sections.push({ path, jobs: [job] });
        out.push(job);
      }
    }
    for (const section of sections) attachRetry(section.jobs, section.path, blocks, doc.path);
    // The periods each job's description states ("deletes families who left more than 13 months
    // ago"): the rule with the same act and period is the one it enforces (derive/operations/rule-jobs.ts).
    const withPeriods = (j: StatedJob): StatedJob => {
      const periods = periodsStated(j.description);
      return periods.length > 0 ? { ...j, periods } : j;
    };
    return { fragment: out.length > 0 ? { statedJobs: out.map(withPeriods) } : {}, diagnostics: [] };
  },
};

function lastHeading(b: Block): string {
  return b.headingPath[b.headingPath.length - 1] ?? '';
}

function fromTable(t: TableBlock, file: string): StatedJob[] {
  const header = t.header.map((h) => plainText(h).trim());
  const name = header.findIndex((h) => JOB_NAME_COLUMN.test(h));
  const schedule = header.findIndex((h, i) => i !== name && JOB_SCHEDULE_COLUMN.test(h));
  if (name < 0 || schedule < 0) return [];
  // "Name" alone is a job column only in a section about jobs.
  if (BARE_NAME_COLUMN.test(header[name]!) && !JOB_HEADING.test(t.headingPath.join(' '))) return [];
  const description = header.findIndex(
    (h, i) => i !== name && i !== schedule && JOB_DESCRIPTION_COLUMN.test(h),
  );
  const queue = header.findIndex((h, i) => i !== name && i !== schedule && QUEUE_COLUMN.test(h));
  const jobs: StatedJob[] = [];
  for (const row of t.rows) {
    const jobName = plainText(row.cells[name] ?? '').trim();
    const when = plainText(row.cells[schedule] ?? '').trim();
    if (!jobName || !when || /^[-—–]+$/.test(jobName)) continue;
    const what = description >= 0 ? plainText(row.cells[description] ?? '').trim() : '';
    const on = queue >= 0 ? plainText(row.cells[queue] ?? '').trim() : '';
    const job = stated(
      jobName,
      when,
      what,
      fromSource(file, row.line, `| ${row.cells.join(' | ')} |`.slice(0, 160)),
    );
    jobs.push(on && !/^[-—–]+$/.test(on) ? { ...job, queue: on } : job);
  }
  return jobs;
}

/**
 * `**name** (schedule): description` or `` `name` (schedule) — description``; or, in any language,
 * `<schedule>: <action>` ("Каждые 5 минут: отмена неподтверждённых броней"), named by its action.
 */
function fromListItem(text: string, file: string, line: number): StatedJob | null {
  const m = /^(?:\*\*|`)([^*`]+?)(?:\*\*|`)\s*\(([^)]+)\)\s*[:—–-]\s*(.+)$/.exec(text.trim());
  if (!m) {
    // "**ExpireOffers** — every hour: mark offers …": the stated name, then `<schedule>: <action>`.
    const named = /^(?:\*\*|`)([^*`]{2,60}?)(?:\*\*|`)\s*[:—–-]\s*(.+)$/su.exec(text.trim());
    const rest = named ? readScheduledItem(plainText(named[2]!).trim()) : null;
    if (named && rest)
      return stated(
        plainText(named[1]!).trim(),
        rest.schedule,
        rest.action,
        fromSource(file, line, plainText(text).slice(0, 160)),
      );
    const item = readScheduledItem(plainText(text).trim());
    return item
      ? stated(item.name, item.schedule, item.action, fromSource(file, line, plainText(text).slice(0, 160)))
      : null;
  }
  return stated(
    plainText(m[1]!).trim(),
    plainText(m[2]!).trim(),
    plainText(m[3]!).trim(),
    fromSource(file, line, text.slice(0, 160)),
  );
}

/** A job table's queue column (en, es, pt, fr, de, it, nl, sv, nb, da, pl). */
const QUEUE_COLUMN = /^(?:queues?|cola|fila|file|warteschlange|coda|wachtrij|kö|kø|kolejka)$/i;
const MESSAGE_WORDS = /notif|\bsend|\bsent\b|message|\bsms\b|e-?mail|deliver|remind|push/i;

/** The first retry sentence in the same section as the jobs becomes their stated retry policy. */
function attachRetry(jobs: StatedJob[], path: string, blocks: readonly Block[], file: string): void {
  for (const b of blocks) {
    if (b.kind !== 'paragraph' && b.kind !== 'list-item') continue;
    if (b.headingPath.join('\u0000') !== path) continue;
    // A wrapped paragraph is one text: "Failed messages are\nretried 5 times" is one sentence.
    const text = plainText(b.text).replace(/\s*\n\s*/g, ' ');
    // One reader of retry counts (read/retry-words.ts): "retried 3 times" is 3 retries after the
    // first attempt; "up to 3 attempts" is 3 in all.
    const sentence = text.split(/(?<=[.;])\s/).find((s) => statedRetry(s) !== null);
    const read = sentence ? statedRetry(sentence) : null;
    if (!sentence || !read || read.attempts <= 1) continue;
    const attempts = read.attempts;
    const backoff = /backoff|back-off|\bafter\b|minutes?|seconds?/i.test(sentence)
      ? sentence
          .replace(/^.*?retr(?:y|ied|ies)\b[^,(]*?times?\s*/i, '')
          .replace(/[.;]$/, '')
          .trim() || sentence
      : sentence;
    const about = MESSAGE_WORDS.test(sentence);
    // "… and then moved to the dead-letter queue X": the dead letter is stated apart from the backoff.
    const parked = splitDeadLetter(backoff.replace(/^with\s+/i, ''));
    const retry = {
      attempts,
      backoff: parked.backoff,
      text: sentence.trim(),
      origin: fromSource(file, b.line, sentence.slice(0, 160)),
      ...(parked.deadLetter ? { deadLetter: parked.deadLetter } : {}),
    };
    // "at most 5 attempts for `notify` and 3 for `reports`": each queue its own count, and only the
    // jobs the table puts on those queues.
    const perQueue = retriesPerQueue(sentence).filter((q) => jobs.some((j) => j.queue === q.queue));
    if (perQueue.length > 0) {
      for (const j of jobs) {
        const q = perQueue.find((x) => x.queue === j.queue);
        if (q) j.retry = { ...retry, attempts: q.attempts };
      }
      return;
    }
    // A retry sentence about messages, beside the queue messages the worker consumes, is their
    // policy: every message-driven job's, not a scheduled task's that happens to send SMS.
    const messageJobs = jobs.filter((j) => j.message);
    for (const j of jobs) {
      if (about && messageJobs.length > 0 && !j.message) continue;
      if (about && messageJobs.length === 0 && !MESSAGE_WORDS.test(`${j.name} ${j.description}`)) continue;
      j.retry = retry;
    }
    return;
  }
}
