import { describe, expect, it } from 'vitest';
import { endpointsExtractor } from '../../src/extract/endpoints.js';
import { withinCpu } from '../helpers/cpu-time.js';
import { doc, run } from '../reconcile/helpers.js';

const routes = (text: string) =>
  (
    run(endpointsExtractor, doc('docs/architecture.md', 'architecture', text)).fragment.statedEndpoints ?? []
  ).map((e) => `${e.method} ${e.path}`);

// Issue 11 item 5: a provider's API (its base URL, "key endpoints used", calls out in a sequence
// diagram) is not the project's own API.
describe("someone else's API is not ours", () => {
  it.each([
    ['en', '## External APIs\n\n### OpenAI\n\n- `POST /v1/chat/completions` for inference\n'],
    ['es', '## APIs externas\n\n### Stripe\n\n- `POST /v1/payment_intents` para cobrar\n'],
    ['fr', '## Services externes\n\n- `POST /v3/mail/send` (SendGrid)\n'],
    ['de', '## Externe Schnittstellen\n\n| Methode | Pfad |\n|---|---|\n| GET | /maps/api/geocode/json |\n'],
    ['pt', '## Integrações externas\n\n- `POST /2010-04-01/Accounts/{sid}/Messages.json` (Twilio)\n'],
    ['en', '## 1. LLM API\n\n- **Key Endpoints Used:**\n  - `POST /v1/embeddings` for vectors\n'],
    ['it', '## API esterne\n\n### Aruba\n\n- Endpoint usati: `POST /services/invoice/upload`\n'],
    ['it', '# Integrazioni\n\n## Brevo\n\n- Endpoint utilizzati:\n  - `POST /v3/smtp/email`\n'],
    // A German trial: "Verwendeter Endpunkt" (singular) under "## Integrationen" became our GET /patrons.
    ['de', '## Integrationen\n\n### Koha\n\n- Verwendeter Endpunkt: `GET /patrons?cardnumber={nr}`\n'],
    ['de', '## Integrationen\n\n### Koha\n\n- Genutzte Endpunkte: `GET /patrons`, `GET /items`\n'],
    ['fr', '## Intégrations\n\n### Koha\n\n- Endpoint utilisé : `GET /patrons`\n'],
    ['nl', '## Integraties\n\n### Koha\n\n- Gebruikte endpoint: `GET /patrons`\n'],
    ['en', '## Integrations\n\n### Koha\n\n- Endpoint used: `GET /patrons`\n'],
  ])('%s: a provider section states no route of ours', (_lang, text) => {
    expect(routes(text)).toEqual([]);
  });
  it('near-miss: the webhook we receive, stated in the integrations section, stays ours', () => {
    expect(
      routes('## External services\n\n- Stripe calls `POST /api/webhooks/stripe` on payment events\n'),
    ).toEqual(['POST /api/webhooks/stripe']);
  });
  it('a sequence diagram: calls into our API are routes, calls out to the IdP are not', () => {
    const md = [
      '```mermaid',
      'sequenceDiagram',
      '  participant U as User',
      '  participant API as Backend API',
      '  participant IdP as Auth0',
      '  U->>API: POST /auth/login (email, password)',
      '  API->>IdP: POST /oauth/token',
      '  IdP-->>API: tokens',
      '  API-->>U: 200 OK',
      '```',
    ].join('\n');
    expect(routes(md)).toEqual(['POST /auth/login']);
  });
  it('near-miss: routes in an ordinary API section stay', () => {
    expect(routes('## API endpoints\n\n- `GET /api/tasks` lists tasks\n')).toEqual(['GET /api/tasks']);
  });
});

describe('sequence-diagram reading stays linear', () => {
  it('a 40,000-character message line is read in well under a second of CPU time', () => {
    const md = `\`\`\`mermaid\nsequenceDiagram\n  a${' '.repeat(40_000)}->>API: POST /x\n\`\`\`\n`;
    withinCpu(1000, () => routes(md));
  });
});
