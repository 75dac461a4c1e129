import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';
import { statedRetry } from '../../src/read/retry-words.js';

// Issue 11 (kilobersih-id): a jobs table row states the provider's retry policy ("Kirim pesan WhatsApp
// lewat Fonnte; diulang maksimal 5 kali dengan backoff eksponensial"), but Fonnte's retry was shown
// as a proposal of 5 attempts: the Indonesian words were not read, and a table row's retry sentence
// was never attached to the provider the row names. Five retries are six attempts, as in English.
const CASES: [lang: string, header: string, row: string][] = [
  [
    'en',
    '| Job | Trigger | Description |',
    '| send-whatsapp | on status change | Send WhatsApp messages via Fonnte; retried up to 5 times with exponential backoff |',
  ],
  [
    'id',
    '| Job | Pemicu | Deskripsi |',
    '| send-whatsapp | saat status berubah | Kirim pesan WhatsApp lewat Fonnte; diulang maksimal 5 kali dengan backoff eksponensial |',
  ],
];

describe('a retry policy stated in a table row is the provider’s', { timeout: 120_000 }, () => {
  it('reads the Indonesian retry words', () => {
    expect(statedRetry('diulang maksimal 5 kali dengan backoff eksponensial')?.attempts).toBe(6);
    expect(statedRetry('dicoba ulang hingga 3 kali')?.attempts).toBe(4);
  });

  it.each(CASES)('%s', async (_lang, header, row) => {
    const host = memoryHost({
      '/p/docs/prd.md': '# PRD\n\nCustomers get a WhatsApp message when the order status changes.\n',
      '/p/docs/tech-stack.md': '# Tech stack\n\n| Layer | Technology |\n|---|---|\n| WhatsApp | Fonnte |\n',
      '/p/docs/architecture.md': `# Architecture\n\n## Jobs\n\n${header}\n|---|---|---|\n${row}\n\n## Data\n\n\`\`\`sql\nCREATE TABLE orders (id uuid PRIMARY KEY, status text NOT NULL);\n\`\`\`\n`,
    });
    const r = await compile({ root: '/p', verify: { skip: true } }, host);
    const fonnte = r.spec!.integrations.find((i) => i.name === 'Fonnte');
    expect(fonnte?.retry.maxAttempts).toBe(6);
    expect(fonnte?.retry.origin).toMatchObject({ kind: 'source', file: 'docs/architecture.md' });
  });
});
