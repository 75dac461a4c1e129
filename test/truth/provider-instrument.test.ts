import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';

// Issue 11: a requirement that states the work is done through a provider states that the system
// uses it (chosen); a mention outside a requirement, an open choice or a later phase does not.
async function statuses(line: string) {
  const host = memoryHost({
    '/p/docs/prd.md': `# PRD\n\n## Requirements\n\n${line}\n`,
    '/p/docs/architecture.md':
      '# Architecture\n\n## Data\n\n```sql\nCREATE TABLE a (id uuid PRIMARY KEY);\n```\n',
  });
  const r = await compile({ root: '/p', verify: { skip: true } }, host);
  return r.spec!.integrations.map((i) => `${i.name}:${i.status}`);
}

describe('a requirement naming the provider it works through', { timeout: 60_000 }, () => {
  it.each([
    ['en', '- FR6: A reminder is sent by SMS via Twilio.'],
    ['de', '- FR6: Eine Erinnerung wird per SMS über Twilio gesendet.'],
    ['fr', '- FR6 : Un rappel est envoyé par SMS via Twilio.'],
    ['es', '- RF6: Se envía un recordatorio por SMS con Twilio.'],
    ['pt', '- RF6: Um lembrete é enviado por SMS através da Twilio.'],
  ])('%s: chosen', async (_lang, line) => {
    expect(await statuses(line)).toEqual(['Twilio:chosen']);
  });
  it.each([
    ['an open choice', '- FR7: Payments by Stripe or Adyen (TBD).', ['Adyen:mentioned', 'Stripe:mentioned']],
    ['a later phase', '- FR8: Payment via Stripe (Phase 2).', ['Stripe:future']],
    ['no requirement id', '- Reminders are sent via Twilio.', ['Twilio:mentioned']],
  ])('near-miss (%s)', async (_name, line, want) => {
    expect(await statuses(line)).toEqual(want);
  });
});
