import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';
import { readQueueMessages, splitDeadLetter } from '../../src/read/job-words.js';

// Trial 8: "Queue messages: `signup.cancelled` (promotes from the waitlist), `shift.cancelled`
// (notifies the roster), `sms.send`, `email.send`. Failed messages are retried 5 times with exponential
// backoff and then moved to the dead-letter queue `shiftshare-events-dlq`." The event-driven jobs were
// missing, the retry went to a scheduled task only, and its dead letter was written twice.

describe('queue messages are the jobs the worker runs on them, with their stated retry', {
  timeout: 120_000,
}, () => {
  it.each([
    ['en', 'Queue messages: `signup.cancelled` (promotes from the waitlist), `sms.send`.'],
    ['es', 'Mensajes de la cola: `signup.cancelled` (promueve desde la lista de espera), `sms.send`.'],
    ['fr', 'Messages de la file : `signup.cancelled` (promeut depuis la liste d’attente), `sms.send`.'],
    ['de', 'Nachrichten der Warteschlange: `signup.cancelled` (rückt von der Warteliste nach), `sms.send`.'],
    ['pt', 'Mensagens da fila: `signup.cancelled` (promove da lista de espera), `sms.send`.'],
    ['it', 'Messaggi della coda: `signup.cancelled` (promuove dalla lista d’attesa), `sms.send`.'],
  ])('reads the message names and what each does (%s)', (_l, text) => {
    const read = readQueueMessages(text)!;
    expect(read.map((m) => m.name)).toEqual(['signup.cancelled', 'sms.send']);
    expect(read[0]!.does.length).toBeGreaterThan(5);
    expect(read[1]!.channel).toBe('sms');
  });

  it('splits the dead letter from the backoff', () => {
    expect(splitDeadLetter('exponential backoff and then moved to the dead-letter queue events-dlq')).toEqual(
      {
        backoff: 'exponential backoff',
        deadLetter: 'dead-letter queue events-dlq',
      },
    );
  });

  it('designs a job per message, names the SMS delivery by its message, and gives each the stated retry once', async () => {
    const host = memoryHost({
      '/p/docs/prd.md': '# PRD\n\n- FR1: Volunteers receive an SMS reminder before each shift.\n',
      '/p/docs/architecture/tech-stack.md':
        '# Tech Stack\n\n| Category | Technology |\n|---|---|\n| Queue | Amazon SQS |\n| SMS | Twilio Programmable Messaging |\n',
      '/p/docs/architecture/components.md': [
        '# Components',
        '',
        '## worker',
        '',
        '| Task | Schedule | What it does |',
        '|---|---|---|',
        '| send-reminders | every 15 minutes | Sends the SMS reminders (FR1) |',
        '',
        'Queue messages: `signup.cancelled` (promotes from the waitlist), `sms.send`. Failed messages are',
        'retried 5 times with exponential backoff and then moved to the dead-letter queue `events-dlq`.',
        '',
      ].join('\n'),
      '/p/docs/architecture/data-models.md':
        '# Data Models\n\n```sql\nCREATE TABLE signups (id uuid PRIMARY KEY, status text NOT NULL);\n```\n',
    });
    const r = await compile({ root: '/p', verify: { skip: true } }, host);
    const jobs = r.spec!.jobs;
    const names = jobs.map((j) => j.name);
    expect(names).toContain('signup.cancelled');
    expect(names).toContain('sms.send');
    expect(names.some((n) => n.startsWith('deliver-sms'))).toBe(false);
    const sms = jobs.find((j) => j.name === 'sms.send')!;
    expect(sms.trigger).toBe('event:sms.send');
    expect(sms.retry).toMatchObject({
      maxAttempts: 6,
      backoff: 'exponential backoff',
      deadLetter: 'dead-letter queue events-dlq',
    });
    expect(jobs.find((j) => j.name === 'signup.cancelled')!.retry.origin.kind).toBe('source');
    // The scheduled task is not queue-driven: the message retry is not its own.
    expect(jobs.find((j) => j.name === 'send-reminders')!.retry.origin.kind).not.toBe('source');
  });
});
