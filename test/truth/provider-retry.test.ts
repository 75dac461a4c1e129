import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';
import { statedRetry } from '../../src/read/retry-words.js';

// Issue 11 (German trial): "SMS werden über die API von sipgate versendet … Fehlgeschlagene SMS
// werden dreimal wiederholt" gave sipgate the default 5 attempts and the reminder job "the channel
// the documents name". A retry count stated in the provider's section is its policy (with the
// line), an unknown provider named as the means of a channel carries that channel, and a default
// retry is shown as a proposal.
const DATA = `\`\`\`sql
CREATE TABLE appointments (id uuid PRIMARY KEY, starts_at timestamptz NOT NULL);
\`\`\``;

async function run(prd: string, arch: string) {
  const host = memoryHost({
    '/p/docs/prd.md': `# PRD\n\n## Requirements\n\n${prd}\n`,
    '/p/docs/architecture.md': `# Architecture\n\n${DATA}\n\n${arch}\n`,
  });
  return (await compile({ root: '/p', verify: { skip: true } }, host)).spec!;
}

describe('a stated retry count', () => {
  it.each([
    ['en', 'Failed text messages are retried three times.', 4],
    ['en', 'Calls are retried up to 2 times on failure.', 3],
    ['en', 'On failure we make up to 5 attempts.', 5],
    ['de', 'Fehlgeschlagene SMS werden dreimal wiederholt.', 4],
    ['it', 'In caso di errore la trasmissione viene ritentata ogni 15 minuti per al massimo 8 tentativi.', 8],
    ['it', 'Gli SMS falliti vengono ritentati tre volte.', 4],
    ['it', 'Gli SMS non consegnati non vengono ritentati.', 1],
    ['en', 'Undelivered messages are not retried.', 1],
    ['de', 'Nicht zugestellte SMS werden nicht wiederholt.', 1],
    ['de', 'Fehlgeschlagene Aufrufe werden bis zu 3 Versuche lang wiederholt.', 3],
    ['es', 'Los SMS fallidos se reintentan tres veces.', 4],
    ['fr', 'Les SMS en échec sont réessayés deux fois.', 3],
    ['pt', 'As mensagens que falham são repetidas três vezes.', 4],
  ])('%s: %s', (_l, sentence, attempts) => {
    expect(statedRetry(sentence)?.attempts).toBe(attempts);
  });
  it.each([
    'Login: 5 attempts per 15 minutes, then the account is locked.',
    'Nach 5 fehlgeschlagenen Anmeldeversuchen wird das Konto gesperrt.',
    'The report lists three times per day.',
  ])('no retry policy: %s', (sentence) => {
    expect(statedRetry(sentence)).toBeNull();
  });
});

describe('an SMS provider in use with its stated retries', { timeout: 60_000 }, () => {
  it.each([
    [
      'de',
      '- FR-1: Das System MUSS 24 Stunden vor jedem Termin (appointment) eine SMS-Erinnerung senden.',
      '## SMS\n\nSMS werden über die API von Smsbox versendet.\nFehlgeschlagene SMS werden dreimal wiederholt.',
    ],
    [
      'en',
      '- FR-1: The system must send an SMS reminder 24 hours before each appointment.',
      '## Messaging\n\nText messages are sent through the API of Smsbox.\nFailed messages are retried three times.',
    ],
    [
      'es',
      '- RF-1: El sistema debe enviar un recordatorio por SMS 24 horas antes de cada cita (appointment).',
      '## SMS\n\nLos SMS se envían mediante Smsbox.\nLos SMS fallidos se reintentan tres veces.',
    ],
    [
      'fr',
      '- FR-1 : Le système doit envoyer un rappel par SMS 24 heures avant chaque rendez-vous (appointment).',
      '## SMS\n\nLes SMS sont envoyés par l’API de Smsbox.\nLes SMS en échec sont réessayés trois fois.',
    ],
  ])('%s', async (_l, prd, arch) => {
    const spec = await run(prd, arch);
    const smsbox = spec.integrations.find((i) => i.name === 'Smsbox');
    expect(smsbox?.category).toBe('sms');
    expect(smsbox?.retry.maxAttempts).toBe(4);
    expect(smsbox?.retry.origin).toMatchObject({ kind: 'source', file: 'docs/architecture.md' });
    const deliver = spec.jobs.find((j) => j.name === 'deliver-sms-smsbox');
    expect(deliver?.retry.maxAttempts).toBe(4);
    const reminder = spec.jobs.find((j) => /remind/.test(j.name));
    expect(reminder?.steps.join(' ')).toContain('through Smsbox');
  });
  it('without a stated count the default stays a proposal', async () => {
    const spec = await run(
      '- FR-1: The system must send an SMS reminder 24 hours before each appointment.',
      '## Messaging\n\nText messages are sent through the API of Smsbox.',
    );
    const smsbox = spec.integrations.find((i) => i.name === 'Smsbox');
    expect(smsbox?.retry.origin.kind).toBe('default');
  });
  it('a stated "never retried" passes the checklist: the documents decided it', async () => {
    // The Italian trial: "Gli SMS non consegnati non vengono ritentati" failed the integrations
    // checklist item as an error ("Skebby has no usable retry policy").
    const host = memoryHost({
      '/p/docs/prd.md':
        '# PRD\n\n- FR-1: The system must send an SMS reminder 24 hours before each appointment.\n',
      '/p/docs/architecture.md': `# Architecture\n\n${DATA}\n\n## Messaging\n\nText messages are sent through the API of Smsbox.\nUndelivered messages are not retried.\n`,
    });
    const r = await compile({ root: '/p', verify: { skip: true } }, host);
    expect(r.spec!.integrations.find((i) => i.name === 'Smsbox')?.retry.maxAttempts).toBe(1);
    expect(r.diagnostics.filter((d) => d.code === 'operations/integration-without-retry')).toEqual([]);
  });
  it('no channel and no provider: the reminder says the channel is undecided', async () => {
    const spec = await run('- FR-1: The system must send a reminder 24 hours before each appointment.', '');
    const reminder = spec.jobs.find((j) => /remind/.test(j.name));
    expect(reminder?.steps.join(' ')).toContain('channel the documents leave undecided');
  });
});
