import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';
import { statesCallbackSignature } from '../../src/read/provider-words.js';

// The Italian golden condohub-it states "Nexi XPay: … l'esito arriva … sull'endpoint `POST
// /webhooks/nexi`, verificata con il MAC calcolato con la chiave segreta": a message authentication
// code is the provider's signature, but "MAC" was no signature word, and the clause after the
// semicolon does not name the provider (the item's lead does). The webhook said "the provider's own
// scheme, not in the catalogue" and 5.8 "not stated".
async function library(item: string) {
  const r = await compile(
    { root: '/p', verify: { skip: true } },
    memoryHost({
      '/p/docs/prd.md': '# PRD\n\n- FR-1: A reader pays a late fee online.\n',
      '/p/docs/architecture.md': `# Architecture\n\n## Integrations\n\n${item}\n\n## Data\n\n\`\`\`sql\nCREATE TABLE fees (id uuid PRIMARY KEY, amount int NOT NULL);\n\`\`\`\n`,
    }),
  );
  const spec = r.spec!;
  const hook = spec.integrations.flatMap((i) => i.webhooks)[0];
  const caller = (spec.principals ?? []).find((p) => p.kind === 'webhook');
  return { verification: hook?.verification, scheme: caller?.auth?.value };
}

describe('a message authentication code is the stated signature of a callback', () => {
  it.each([
    [
      'it',
      "- **Pagoveloce**: pagamento della multa con carta; l'esito arriva sull'endpoint `POST /webhooks/pagoveloce`, verificato con il MAC calcolato con la chiave segreta.",
    ],
    [
      'fr',
      "- **Payvelo** : paiement de l'amende par carte ; le résultat arrive sur `POST /webhooks/payvelo`, vérifié avec le MAC calculé avec la clé secrète.",
    ],
  ])('%s', async (_lang, item) => {
    const { verification, scheme } = await library(item);
    expect(verification).toMatch(/MAC .*\(as the documents state\)$/);
    expect(scheme).toBe('signature');
  });

  it('a MAC address or a Mac is no signature', () => {
    expect(statesCallbackSignature('The kiosk verifies the MAC address of each scanner.')).toBe(false);
    expect(statesCallbackSignature('Staff check the reports on a Mac.')).toBe(false);
    expect(statesCallbackSignature('Each callback is verified with a message authentication code.')).toBe(
      true,
    );
  });
});
