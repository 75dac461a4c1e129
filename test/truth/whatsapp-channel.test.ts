import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';
import { messageChannel } from '../../src/read/period-words.js';

// Issue 11 (spec-kit trial in Brazilian Portuguese): "Twilio para WhatsApp" and a plan row "Twilio
// (WhatsApp)" became a `deliver-sms-twilio` job, an SMS integration and `sendSms`. WhatsApp is a
// channel of its own: a messaging provider the documents use for WhatsApp carries WhatsApp, its job,
// event and service method are named after it, and nothing is turned into SMS.

const CASES: [lang: string, sentence: string, reminder: string][] = [
  ['en', 'Messaging: Twilio for WhatsApp.', 'The pickup reminder is sent by WhatsApp.'],
  ['es', 'Mensajería: Twilio para WhatsApp.', 'El recordatorio de retiro se envía por WhatsApp.'],
  ['pt', 'Decisão: mensagens: Twilio para WhatsApp.', 'O lembrete de retirada é enviado por WhatsApp.'],
  ['fr', 'Messagerie : Twilio pour WhatsApp.', 'Le rappel de retrait est envoyé par WhatsApp.'],
  ['de', 'Nachrichten: Twilio für WhatsApp.', 'Die Abholerinnerung wird per WhatsApp gesendet.'],
  ['it', 'Messaggistica: Twilio per WhatsApp.', 'Il promemoria di ritiro viene inviato via WhatsApp.'],
];

function project(sentence: string): ReturnType<typeof memoryHost> {
  return memoryHost({
    '/p/docs/prd.md': '# PRD\n\n- FR1: A customer can place an order.\n',
    '/p/docs/architecture.md': `# Architecture\n\n| Layer | Choice |\n|---|---|\n| Database | PostgreSQL |\n\n${sentence}\n\n\`\`\`sql\nCREATE TABLE orders (id uuid PRIMARY KEY, total numeric NOT NULL);\n\`\`\`\n`,
  });
}

async function compiled(sentence: string) {
  const r = await compile({ root: '/p', verify: { skip: true } }, project(sentence));
  return r.spec!;
}

describe('a WhatsApp channel is its own channel, never SMS', { timeout: 120_000 }, () => {
  it.each(CASES)('%s: the reminder sentence names the WhatsApp channel', (_l, _s, reminder) => {
    expect(messageChannel(reminder)).toBe('whatsapp');
  });

  it.each(CASES)('%s: "%s" gives a WhatsApp integration, job and method', async (_l, sentence) => {
    const spec = await compiled(sentence);
    const twilio = spec.integrations.find((i) => i.provider === 'twilio');
    expect(twilio).toMatchObject({ status: 'chosen', category: 'whatsapp' });
    const names = spec.jobs.map((j) => j.name);
    expect(names).toContain('deliver-whatsapp-twilio');
    expect(names.filter((n) => /sms/.test(n))).toEqual([]);
    const job = spec.jobs.find((j) => j.name === 'deliver-whatsapp-twilio')!;
    expect(job.trigger).toBe('event:whatsapp.requested');
    const methods = spec.services.flatMap((s) => s.methods.map((m) => m.name));
    expect(methods).toContain('sendWhatsApp');
    expect(methods).not.toContain('sendSms');
  });

  it('a table row "Twilio (WhatsApp)" under the integrations heading is WhatsApp too', async () => {
    const spec = await compiled(
      '## Integrações\n\n| Serviço | Uso | Observações |\n|---|---|---|\n| Twilio (WhatsApp) | Confirmação e lembrete de retirada | templates aprovados pela Meta |',
    );
    expect(spec.integrations.find((i) => i.provider === 'twilio')?.category).toBe('whatsapp');
  });

  it.each([
    ['en', 'Messaging: Twilio for SMS and WhatsApp.'],
    ['es', 'Mensajería: Twilio para SMS y WhatsApp.'],
    ['pt', 'Mensagens: Twilio para SMS e WhatsApp.'],
    ['fr', 'Messagerie : Twilio pour les SMS et WhatsApp.'],
    ['de', 'Nachrichten: Twilio für SMS und WhatsApp.'],
    ['it', 'Messaggistica: Twilio per SMS e WhatsApp.'],
  ])('%s: one provider stated for two channels carries both (%s)', async (_l, sentence) => {
    const spec = await compiled(sentence);
    const twilio = spec.integrations.find((i) => i.provider === 'twilio');
    expect(twilio).toMatchObject({ status: 'chosen', category: 'sms', channels: ['sms', 'whatsapp'] });
    const names = spec.jobs.map((j) => j.name);
    expect(names).toEqual(expect.arrayContaining(['deliver-sms-twilio', 'deliver-whatsapp-twilio']));
    const methods = spec.services.flatMap((s) => s.methods.map((m) => m.name));
    expect(methods).toEqual(expect.arrayContaining(['sendSms', 'sendWhatsApp']));
  });

  it.each([
    ['en', '## Integrations\n\n| Provider | Use |\n|---|---|\n| Acmesms | SMS and WhatsApp reminders |'],
    ['pt', '## Integrações\n\n| Serviço | Uso |\n|---|---|\n| Acmesms | lembretes por SMS e WhatsApp |'],
    [
      'de',
      '## Integrationen\n\n| Anbieter | Zweck |\n|---|---|\n| Acmesms | Erinnerungen per SMS und WhatsApp |',
    ],
  ])('%s: a provider the catalogue lacks, stated for two channels, carries both', async (_l, table) => {
    const spec = await compiled(table);
    const acme = spec.integrations.find((i) => i.name === 'Acmesms');
    expect(acme).toMatchObject({ status: 'chosen', category: 'sms', channels: ['sms', 'whatsapp'] });
    expect(spec.jobs.map((j) => j.name)).toEqual(
      expect.arrayContaining(['deliver-sms-acmesms', 'deliver-whatsapp-acmesms']),
    );
  });

  it.each([
    ['en', 'Messaging: Twilio for SMS.'],
    ['de', 'Nachrichten: Twilio für SMS.'],
  ])('%s: a stated SMS keeps the SMS channel (%s)', async (_l, sentence) => {
    const spec = await compiled(sentence);
    expect(spec.integrations.find((i) => i.provider === 'twilio')?.category).toBe('sms');
    expect(spec.jobs.map((j) => j.name)).toContain('deliver-sms-twilio');
  });
});
