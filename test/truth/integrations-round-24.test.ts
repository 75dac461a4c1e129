import { describe, expect, it } from 'vitest';
import { decisionsExtractor } from '../../src/extract/decisions.js';
import { integrationsExtractor } from '../../src/extract/integrations.js';
import { memoryHost } from '../../src/host.js';
import { parseMarkdown } from '../../src/markdown/parse.js';
import type { SourceDocument } from '../../src/model/sources.js';
import { compile } from '../../src/pipeline.js';

function doc(text: string, path = 'docs/architecture.md'): SourceDocument {
  return {
    path,
    kind: 'architecture',
    classifiedBy: 'test',
    text,
    body: text,
    bodyLineOffset: 0,
    frontMatter: null,
  };
}
function integrations(text: string) {
  const d = doc(text);
  return (
    integrationsExtractor.extract({ doc: d, md: parseMarkdown(d), all: [d] }).fragment.integrations ?? []
  );
}
const names = (ms: { name: string; status: string }[]) =>
  [...new Set(ms.map((m) => `${m.name}:${m.status}`))].sort();

describe('integrations, twenty-fourth round', () => {
  it('a rejected "Twilio WhatsApp API" rejects Twilio only, not Meta’s WhatsApp Business Cloud API', () => {
    const ms = integrations(
      '### Mensajería\n\n- **Decisión**: Infobip para SMS.\n- **Alternativas consideradas**: Twilio WhatsApp API — descartado por el precio por mensaje.\n',
    );
    expect(names(ms)).toContain('Twilio:rejected');
    expect(ms.some((m) => m.provider === 'whatsapp-cloud-api')).toBe(false);
  });

  it('an integrations table headed "System" lists its systems; the way a service is reached is not its name', () => {
    const ms = integrations(
      '## 6. Integrationen\n\n| System | Zweck | Protokoll |\n|---|---|---|\n| Elster via ERiC-Bibliothek | Umsatzsteuer-Voranmeldung | XML |\n',
    );
    expect(names(ms)).toEqual(['Elster:chosen']);
    expect(ms[0]!.context).toBe('Umsatzsteuer-Voranmeldung');
  });

  it('an item that opens with a service in a sub-section of the integrations is in use', () => {
    const ms = integrations(
      '## Integrations\n\n### Push notifications\n\n- Firebase Cloud Messaging (HTTP v1) for reminders.\n\n## Notes\n\n- Firebase Cloud Messaging was discussed.\n',
    );
    expect(names(ms)).toEqual(['Firebase Cloud Messaging:chosen', 'Firebase Cloud Messaging:mentioned']);
  });

  it('a sentence that sends something to a service states it in use, cited on its own line', () => {
    const ms = integrations('## Monitoring\n\nLogs are JSON lines.\nLes erreurs sont envoyées à Sentry.\n');
    expect(names(ms)).toEqual(['Sentry:chosen']);
    expect(ms[0]!.origin).toMatchObject({ line: 4 });
  });

  it('an uncatalogued option set aside beside a provider the document integrates is a provider that lost', () => {
    const ms = integrations(
      [
        '### ADR-07: Pasarela de pago',
        '- **Decisión:** Stripe.',
        '- **Alternativas descartadas:**',
        '  - Redsys — descartado: no ofrece reembolsos parciales por API.',
        '',
        '### ADR-08: Envíos',
        '- **Decisión:** Nova Poshta API 2.0.',
        '- **Alternativas consideradas**: Packlink Pro — fuera del alcance de la primera versión; Seur — descartado, pocas oficinas.',
        '',
        '### ADR-09: Base de datos',
        '- **Decisión:** PostgreSQL.',
        '- **Alternativas descartadas:**',
        '  - Descartada — el hosting solo ofrece MySQL.',
        '  - Kratos — descartado: demasiado complejo.',
        '',
      ].join('\n'),
    );
    const set = names(ms).filter((n) => !/^(?:Stripe|Nova Poshta):/.test(n));
    expect(set).toEqual(['Packlink Pro:out-of-scope', 'Redsys:rejected', 'Seur:rejected']);
    expect(ms.find((m) => m.name === 'Redsys')?.reason).toBe('no ofrece reembolsos parciales por API');
  });

  it('Nova Poshta is a catalogued provider, in its declined Ukrainian forms too', () => {
    const ms = integrations('## Доставка\n\n- **Рішення**: API Нової Пошти 2.0 для створення ТТН.\n');
    expect(ms.map((m) => m.provider)).toEqual(['nova-poshta']);
    expect(ms[0]!.status).toBe('chosen');
  });

  it('"not used in the MVP" sets the option out of the MVP, not rejected', () => {
    const d = doc(
      '### Kanäle\n\n- **E-Mail** — Hauptkanal\n- **SMS** — not used in the MVP\n- **Fax** — abgelehnt: veraltet\n',
    );
    const f = decisionsExtractor.extract({ doc: d, md: parseMarkdown(d), all: [d] }).fragment;
    expect((f.decisions ?? []).map((x) => `${x.title}:${x.status}`)).toEqual(['Fax:rejected']);
    expect((f.scope ?? []).map((x) => `${x.subject}:${x.scope}`)).toEqual(['SMS:out-of-scope']);
  });
});

describe('a provider webhook stated under the base path', { timeout: 60_000 }, () => {
  it('is served at the full path, its stated signature kept', async () => {
    const host = memoryHost({
      '/p/docs/prd.md':
        '# PRD\n\n## Roles\n\n| Role | Who |\n|---|---|\n| Customer | buys |\n| Clerk | ships orders |\n\n- As a customer, I want to pay my order, so that it ships.\n',
      '/p/docs/tech-stack.md': '# Stack\n\n| Area | Choice |\n|---|---|\n| Payments | Zahlfix |\n',
      '/p/docs/architecture.md': [
        '# Architecture',
        '',
        '```sql',
        'CREATE TABLE orders (id uuid PRIMARY KEY, total_cents integer NOT NULL, status text NOT NULL);',
        '```',
        '',
        '## API',
        '',
        'All routes are under `/api/v2`.',
        '',
        '| Method | Path | Who | Description |',
        '|---|---|---|---|',
        '| GET | /orders | Clerk | all orders |',
        '| POST | /webhooks/zahlfix | Zahlfix (signature) | payment result from the gateway |',
        '',
      ].join('\n'),
    });
    const r = await compile({ root: '/p', verify: { skip: true } }, host);
    const spec = r.spec!;
    const zahlfix = spec.integrations.find((i) => i.name === 'Zahlfix')!;
    expect(zahlfix.webhooks.map((w) => w.path)).toEqual(['/api/v2/webhooks/zahlfix']);
    expect(zahlfix.webhooks[0]!.verification).toBe('a signature, as the documents state');
  });
});

describe('a provider’s stated callback signature', { timeout: 60_000 }, () => {
  it('is the uncatalogued provider’s webhook verification, from another document and its heading', async () => {
    const host = memoryHost({
      '/p/docs/prd.md':
        '# PRD\n\n## Roles\n\n| Role | Who |\n|---|---|\n| Customer | buys |\n| Clerk | ships orders |\n\n- As a customer, I want to pay my order, so that it ships.\n',
      '/p/docs/tech-stack.md': '# Stack\n\n| Area | Choice |\n|---|---|\n| Payments | Zahlfix Checkout |\n',
      '/p/docs/architecture.md': [
        '# Architecture',
        '',
        '```sql',
        'CREATE TABLE orders (id uuid PRIMARY KEY, total_cents integer NOT NULL, status text NOT NULL);',
        '```',
        '',
        '## API',
        '',
        '| Method | Path | Who | Description |',
        '|---|---|---|---|',
        '| GET | /orders | Clerk | all orders |',
        '| POST | /webhooks/zahlfix | public | payment result from the gateway |',
        '',
        '## Webhook Zahlfix',
        '',
        'Der Endpunkt nimmt die Zahlungsmeldung an.',
        'Das Backend prüft `sig` = SHA-256(`order_id` + Händlerschlüssel); eine falsche Meldung wird mit 401 abgelehnt.',
        '',
      ].join('\n'),
    });
    const spec = (await compile({ root: '/p', verify: { skip: true } }, host)).spec!;
    const zahlfix = spec.integrations.find((i) => i.name === 'Zahlfix Checkout')!;
    expect(zahlfix.webhooks[0]!.verification).toContain('SHA-256(order_id + Händlerschlüssel)');
  });
});
