import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';

// Issue 11: hallbooking-da rejects "MobilePay Online direkte" (section 0), and section 8 listed the
// same provider as "Vipps MobilePay", a name the documents never write. A catalogue provider keeps
// the name the documents write for it when every word of that name is in the catalogue's name.
const integrationsOf = async (architecture: string) => {
  const host = memoryHost({
    '/p/docs/prd.md': '# PRD\n\n## Functional requirements\n\n- FR-1: Members pay their fee online.\n',
    '/p/docs/architecture.md': architecture,
  });
  const spec = (await compile({ root: '/p', verify: { skip: true } }, host)).spec!;
  return new Map(spec.integrations.map((i) => [i.provider, i.name]));
};

describe('an integration carries the name the documents write', { timeout: 120_000 }, () => {
  it('de: MobilePay rejected, Google Sign-In chosen', async () => {
    const names = await integrationsOf(
      '# Architektur\n\n## Technologie\n\n| Bereich | Wahl |\n|---|---|\n| Anmeldung | Google Sign-In |\n| Zahlung | Stripe |\n\n## Verworfene Optionen\n\n- MobilePay — verworfen: nur eine Zahlungsart.\n',
    );
    expect(names.get('vipps-mobilepay')).toBe('MobilePay');
    expect(names.get('google-oauth')).toBe('Google Sign-In');
    expect(names.get('stripe')).toBe('Stripe');
  });

  it('en: the catalogue name where the documents write it', async () => {
    const names = await integrationsOf(
      '# Architecture\n\n## Stack\n\n| Area | Choice |\n|---|---|\n| Payments | Vipps MobilePay (ePayment API) |\n\nParents pay with Vipps; Vipps MobilePay sends a webhook when the payment is captured.\n',
    );
    expect(names.get('vipps-mobilepay')).toBe('Vipps MobilePay');
  });
});
