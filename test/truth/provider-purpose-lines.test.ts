import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';

// Trial 8: Twilio's purpose quoted its rate-limit line instead of the two stated "**Purpose:**" lines
// (Verify, Programmable Messaging); Verify's endpoints under a "**Key Endpoints Used:**" paragraph were
// lost; Auth0 listed the catalogue's sign-in routes though "the API only validates Auth0 access tokens".

const CASES: [lang: string, purpose: string, endpoints: string, validates: string][] = [
  ['en', 'Purpose', 'Key Endpoints Used', 'the API only validates Auth0 access tokens'],
  ['es', 'Propósito', 'Endpoints utilizados', 'la API solo valida los tokens de acceso de Auth0'],
  ['fr', 'Objectif', 'Endpoints utilisés', "l'API ne fait que valider les jetons d'accès Auth0"],
  ['de', 'Zweck', 'Verwendete Endpunkte', 'die API prüft nur die Auth0-Zugriffstokens'],
  ['pt', 'Propósito', 'Endpoints usados', 'a API apenas valida os tokens de acesso do Auth0'],
  ['it', 'Scopo', 'Endpoint usati', "l'API valida solo i token di accesso Auth0"],
];

describe('a provider section states its purpose, endpoints and what our API calls', {
  timeout: 120_000,
}, () => {
  it.each(CASES)('%s', async (_l, purpose, endpoints, validates) => {
    const apis = [
      '# External APIs',
      '',
      '## Twilio Verify',
      '',
      `- **${purpose}:** SMS one-time codes for sign-in`,
      '- **Rate limits:** Twilio applies its own per-number throttling',
      '',
      `**${endpoints}:**`,
      '',
      '- `POST /Services/{ServiceSid}/Verifications` - send a code',
      '',
      '## Twilio Programmable Messaging',
      '',
      `- **${purpose}:** shift reminders`,
      `- **${endpoints}:**`,
      '  - `POST /Accounts/{AccountSid}/Messages.json` - send an SMS',
      '',
      '## Auth0',
      '',
      `- **${purpose}:** staff single sign-on`,
      `- **Notes:** ${validates} (RS256).`,
      '',
    ].join('\n');
    const host = memoryHost({
      '/p/docs/prd.md': '# PRD\n\n- FR1: Volunteers receive an SMS reminder before each shift.\n',
      '/p/docs/architecture/external-apis.md': apis,
      '/p/docs/architecture/data-models.md':
        '# Data Models\n\n```sql\nCREATE TABLE shifts (id uuid PRIMARY KEY, title text NOT NULL);\n```\n',
    });
    const r = await compile({ root: '/p', verify: { skip: true } }, host);
    const twilio = r.spec!.integrations.find((i) => i.provider === 'twilio')!;
    expect(twilio.purpose).toBe(
      'Twilio Verify: SMS one-time codes for sign-in; Twilio Programmable Messaging: shift reminders',
    );
    expect(twilio.endpointsUsed).toEqual([
      'POST /Services/{ServiceSid}/Verifications',
      'POST /Accounts/{AccountSid}/Messages.json',
    ]);
    const auth0 = r.spec!.integrations.find((i) => i.provider === 'auth0')!;
    expect(auth0.endpointsUsed.every((e) => /jwks/i.test(e))).toBe(true);
    expect(auth0.endpointsUsed.length).toBe(1);
  });
});
