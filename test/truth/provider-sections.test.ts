import { describe, expect, it } from 'vitest';
import { integrationsExtractor } from '../../src/extract/integrations.js';
import type { IntegrationMention } from '../../src/model/domain.js';
import { providerDetail } from '../../src/read/provider-words.js';
import { operations as de } from '../../src/render/i18n/de/operations.js';
import { operations as en } from '../../src/render/i18n/en/operations.js';
import { doc, run } from '../reconcile/helpers.js';

const integrations = (text: string): IntegrationMention[] =>
  run(integrationsExtractor, doc('docs/architecture.md', 'architecture', text)).fragment.integrations ?? [];

// BMAD's architecture template lists the services we call under "External APIs", one sub-heading
// each, with its purpose, base URL, authentication, rate limits and "Key Endpoints Used". A service
// the catalogue does not know is still the team's stated integration, with what its section says.
describe('a provider section of the External APIs', () => {
  it.each([
    [
      'en',
      '## External APIs\n\n### Acme Billing API\n\n- **Purpose:** issue invoices\n- **Base URL(s):** `https://api.acme.test/v2`\n- **Authentication:** API key in the `X-Key` header\n- **Rate Limits:** 60 requests per minute\n- **Key Endpoints Used:**\n  - `POST /invoices` - create an invoice\n',
      'Acme Billing',
    ],
    [
      'it',
      '# API esterne\n\n## Sistema di Interscambio (SdI) tramite Aruba\n\n- Scopo: trasmettere le fatture.\n- Base URL: `https://ws.aruba.test`\n- Autenticazione: username e password, token valido 30 minuti.\n- Endpoint usati: `POST /services/invoice/upload`.\n- Limite: 30 richieste al minuto.\n',
      'Sistema di Interscambio (SdI) tramite Aruba',
    ],
    [
      'de',
      '## Externe Schnittstellen\n\n### Postdienst (Briefversand)\n\n- Zweck: Briefe drucken und versenden\n- Basis-URL: https://api.post.test/v1\n- Authentifizierung: OAuth2 Client Credentials\n- Verwendete Endpunkte: `POST /letters`\n',
      'Postdienst',
    ],
  ])('%s: the sub-heading is an integration in use, with its stated lines', (_lang, text, name) => {
    const found = integrations(text).filter((m) => m.name === name);
    expect(found).toHaveLength(1);
    const m = found[0]!;
    expect(m.status).toBe('chosen');
    const aspects = (m.details ?? []).map((d) => d.aspect).sort();
    expect(aspects).toEqual(expect.arrayContaining(['auth', 'base-url', 'endpoints']));
    for (const d of m.details ?? []) expect(d.origin.kind).toBe('source');
  });

  it.each([
    ['en', 'Rate Limits', '30 requests', 'per minute per account'],
    ['es', 'Límites', '30 solicitudes', 'por minuto y cuenta'],
    ['pt', 'Limites', '30 requisições', 'por minuto por conta'],
    ['fr', 'Limites', '30 requêtes', 'par minute et par compte'],
    ['de', 'Limits', '30 Anfragen', 'pro Minute und Konto'],
    ['it', 'Limiti', '30 richieste', 'al minuto per account'],
  ])('%s: a labelled line that wraps keeps its continuation', (_l, label, head, tail) => {
    const m = integrations(
      `## External APIs\n\n### Acme API\n\n- **Base URL:** https://acme.test\n- **${label}:** ${head}\n  ${tail}\n- **Key Endpoints Used:** \`GET /things\`,\n  \`POST /things\`\n`,
    ).find((x) => x.name === 'Acme')!;
    const limit = (m.details ?? []).find((d) => d.aspect === 'rate-limit');
    expect(limit?.text).toBe(`${head} ${tail}`);
    expect(limit?.origin).toMatchObject({ kind: 'source', line: 6 });
    const endpoints = (m.details ?? []).find((d) => d.aspect === 'endpoints');
    expect(endpoints?.routes).toEqual(['GET /things', 'POST /things']);
  });

  it('the routes under a "Key Endpoints Used" lead are the endpoints, each with its line', () => {
    const m = integrations(
      '## External APIs\n\n### Acme API\n\n- **Base URL:** https://acme.test\n- **Key Endpoints Used:**\n  - `GET /things`\n  - `POST /things`\n',
    ).find((x) => x.name === 'Acme')!;
    const endpoints = (m.details ?? []).filter((d) => d.aspect === 'endpoints');
    expect(endpoints.map((d) => d.text)).toEqual(['GET /things', 'POST /things']);
    expect(endpoints.map((d) => (d.origin.kind === 'source' ? d.origin.line : 0))).toEqual([7, 8]);
  });

  it('a sub-heading with only its purpose stated is a provider too (BMAD writes the purpose first)', () => {
    const m = integrations(
      '# API esterne\n\n## Skebby (SMS)\n\n- Scopo: promemoria delle visite 24 ore prima.\n- Gli SMS non consegnati non vengono ritentati.\n',
    ).find((x) => x.name === 'Skebby');
    expect(m?.status).toBe('chosen');
    expect(m?.retry?.attempts).toBe(1);
  });

  it('near-miss: a sub-heading with nothing a provider section states is no integration', () => {
    expect(
      integrations(
        '## External APIs\n\n### General retry policy\n\nWe retry three times with backoff.\n',
      ).map((m) => m.name),
    ).toEqual([]);
  });

  it('near-miss: a heading naming a kind of service ("OAuth Providers (e.g., Google)") is no integration of its own', () => {
    const names = integrations(
      '# External APIs\n\n## 2\\. OAuth Providers (e.g., Google, GitHub)\n\n* **Authentication:** OAuth 2.0\n* **Base URL(s):** https://accounts.google.com\n\n## 3\\. MITRE CWE Data Source (XML/JSON Feeds)\n\n* **Base URL(s):** `https://cwe.mitre.org/data/xml/`\n',
    ).map((m) => m.name);
    expect(names).not.toContain('OAuth Providers');
    expect(names).toContain('MITRE CWE Data Source');
  });

  it('a provider section under a later-phase heading is planned, not in use', () => {
    const m = integrations(
      '## External APIs\n\n### Payments gateway (Phase 2)\n\n- Base URL: https://pay.test/v1\n',
    ).find((x) => x.name === 'Payments gateway');
    expect(m?.status).toBe('future');
  });

  it('reads the labels of six languages, and nothing else', () => {
    expect(providerDetail('**Rate Limits:** 30/min')).toEqual({ aspect: 'rate-limit', text: '30/min' });
    expect(providerDetail('Limite: 30 richieste al minuto')?.aspect).toBe('rate-limit');
    expect(providerDetail('Autenticación: clave de API')?.aspect).toBe('auth');
    expect(providerDetail('URL de base : https://x.test')?.aspect).toBe('base-url');
    expect(providerDetail('Endpoint usato: POST https://api.brevo.com/v3/smtp/email')?.aspect).toBe(
      'endpoints',
    );
    // The section's purpose line is the integration's stated purpose (trial 8: Twilio's two products).
    expect(providerDetail('Purpose: send mail')).toEqual({ aspect: 'purpose', text: 'send mail' });
    expect(providerDetail('Zweck: Erinnerungen per SMS')?.aspect).toBe('purpose');
    expect(providerDetail('The limit is 30 per minute')).toBeNull();
  });

  it('a stated refusal to retry reads as never retried, not "up to 1 attempts"', () => {
    expect(en.integrations.retry(['5xx'], 1, 'exponential', null)).toBe('one attempt, never retried');
    expect(de.integrations.retry(['5xx'], 1, 'exponentiell', null)).toBe('ein Versuch, keine Wiederholung');
    expect(en.integrations.retry(['5xx'], 4, 'exponential', null)).toContain('up to 4 attempts');
  });
});
