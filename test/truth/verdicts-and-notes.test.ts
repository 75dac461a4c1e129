import { describe, expect, it } from 'vitest';
import { integrationsExtractor } from '../../src/extract/integrations.js';
import { stackExtractor } from '../../src/extract/stack.js';
import { doc, run } from '../reconcile/helpers.js';

const integrations = (file: string, kind: 'architecture' | 'tech-stack', text: string) =>
  run(integrationsExtractor, doc(file, kind, text)).fragment.integrations ?? [];
const stack = (file: string, kind: 'architecture' | 'tech-stack', text: string) =>
  run(stackExtractor, doc(file, kind, text)).fragment.stack ?? [];

// A Norwegian trial (and its English translation) listed Stripe, "considered but rejected", as a
// payment integration planned for a later phase: "considered" was read as a deferral.
describe('an option considered, then rejected, in the same clause', () => {
  it.each([
    ['en', 'Stripe was considered but **rejected** because almost all parents use Vipps.'],
    ['en', 'Stripe was assessed, and rejected: the card fees are higher.'],
    ['nb', 'Stripe ble vurdert, men **forkastet** fordi nesten alle foreldre bruker Vipps.'],
    ['da', 'Stripe blev overvejet, men fravalgt, fordi næsten alle forældre bruger MobilePay.'],
    ['sv', 'Stripe övervägdes men avvisades eftersom nästan alla föräldrar använder Swish.'],
  ])('%s: %s', (_lang, sentence) => {
    const stripe = integrations('docs/architecture.md', 'architecture', `## Payments\n\n${sentence}\n`).find(
      (m) => m.name === 'Stripe',
    );
    expect(stripe?.status).toBe('rejected');
  });

  it('near-miss: an option only considered for a later year stays planned, not rejected', () => {
    const spond = integrations(
      'docs/prd.md',
      'architecture',
      '## Out of scope\n\n- Integration with Stripe (considered for 2027).\n',
    ).find((m) => m.name === 'Stripe');
    expect(spond?.status).not.toBe('rejected');
  });
});

// The same trial's stack table wrote the queue in the note of a row labelled with two slots, and the
// jobs ran on a proposed MongoDB jobs collection instead of the stated BullMQ.
describe('a row labelled with two slots, the second filled in its note', () => {
  it.each([
    ['en', '| Area | Choice | Note |\n|---|---|---|\n| Queue and cache | Redis 7 | BullMQ for jobs |\n'],
    ['nb', '| Område | Valg | Kommentar |\n|---|---|---|\n| Kø og cache | Redis 7 | BullMQ for jobber |\n'],
    ['sv', '| Område | Val | Kommentar |\n|---|---|---|\n| Kö och cache | Redis 7 | BullMQ för jobb |\n'],
  ])('%s: the note chooses the queue', (_lang, table) => {
    const queue = stack('docs/tech-stack.md', 'tech-stack', `# Stack\n\n${table}`).find(
      (c) => c.value === 'BullMQ',
    );
    expect(queue).toMatchObject({ concern: 'queue', status: 'chosen' });
  });

  it('near-miss: a note in a one-slot row names no second choice', () => {
    const table = '| Area | Choice | Note |\n|---|---|---|\n| Cache | Redis 7 | BullMQ may come later |\n';
    const queue = stack('docs/tech-stack.md', 'tech-stack', `# Stack\n\n${table}`).find(
      (c) => c.value === 'BullMQ',
    );
    expect(queue?.status).not.toBe('chosen');
  });
});

// Vipps (Vipps MobilePay since 2022) is the payment API nearly every Norwegian team names; it was
// not an integration at all, because "Vipps ePayment API" is neither one name nor a catalogued one.
describe('Vipps MobilePay', () => {
  it.each([
    ['en', '| Area | Choice |\n|---|---|\n| Payment | Vipps ePayment API |\n'],
    ['nb', '| Område | Valg |\n|---|---|\n| Betaling | Vipps ePayment API |\n'],
    ['da', '| Område | Valg |\n|---|---|\n| Betaling | MobilePay |\n'],
  ])('%s: the stated payment provider is the catalogued service', (_lang, table) => {
    const ms = integrations('docs/tech-stack.md', 'tech-stack', `# Stack\n\n${table}`);
    expect(ms.find((m) => m.provider === 'vipps-mobilepay')?.status).toBe('chosen');
  });
});
