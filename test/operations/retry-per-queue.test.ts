import { describe, expect, it } from 'vitest';
import { jobsExtractor } from '../../src/extract/jobs.js';
import { retriesPerQueue } from '../../src/read/retry-words.js';
import { doc, input } from './fixtures.js';

// A job table that puts each worker on a queue, and one retry sentence that states attempts per
// queue: each job takes its own queue's count, and a job on a queue the sentence does not name
// takes none (one reader of retry counts: read/retry-words.ts).
const MD = `# Operations

## Workers

| Worker | Queue | Schedule | Purpose |
|---|---|---|---|
| \`SendReceipts\` | mail | on each payment | e-mails the receipt |
| \`BuildInvoices\` | exports | nightly 02:00 | writes the monthly invoices |
| \`TrimSessions\` | default | hourly | deletes expired sessions |

Failed workers are retried up to 4 times on \`mail\` and 2 times on \`exports\`, with exponential backoff.
`;

describe('retries stated per queue', () => {
  it('reads each queue with its count: retries are added to the first attempt', () => {
    expect(
      retriesPerQueue(
        'Failed jobs are retried with the default backoff, at most 5 attempts for notify and 3 for reports.',
      ),
    ).toEqual([
      { queue: 'notify', attempts: 5 },
      { queue: 'reports', attempts: 3 },
    ]);
    expect(
      retriesPerQueue('Failed workers are retried up to 4 times on `mail` and 2 times on `exports`.'),
    ).toEqual([
      { queue: 'mail', attempts: 5 },
      { queue: 'exports', attempts: 3 },
    ]);
    expect(retriesPerQueue('Deliveries are retried 3 times with backoff.')).toEqual([]);
  });

  it('gives each job of the table its own queue’s attempts, and none to a queue not named', () => {
    const { fragment } = jobsExtractor.extract(input(doc('docs/architecture.md', MD)));
    const jobs = new Map((fragment.statedJobs ?? []).map((j) => [j.name, j]));
    expect(jobs.get('SendReceipts')?.queue).toBe('mail');
    expect(jobs.get('SendReceipts')?.retry?.attempts).toBe(5);
    expect(jobs.get('BuildInvoices')?.retry?.attempts).toBe(3);
    expect(jobs.get('TrimSessions')?.retry).toBeUndefined();
  });
});
