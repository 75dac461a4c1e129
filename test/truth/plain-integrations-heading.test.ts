import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';

// A Brazilian spec-kit trial: "## Integrações" → "### Efí Pix (PSP)" with its base URL, OAuth2 and
// the endpoints we call gave no integration at all (Efí is in no catalogue, and the parent heading
// said "Integrações", not "Integrações externas"); the Pix provider of the product was missing.
const run = (design: string) =>
  compile(
    { root: '/p', verify: { skip: true } },
    memoryHost({
      '/p/docs/prd.md': '# PRD\n\n## Requirements\n\n- FR1: Parents pay orders.\n',
      '/p/docs/architecture.md': design,
    }),
  );

describe('provider sections under a plain "Integrations" heading', { timeout: 60_000 }, () => {
  it('pt: "### Efí Pix (PSP)" with a base URL is an integration in use; "### Notificações push" is none', async () => {
    const r = await run(`# Plano

PostgreSQL 16.

## Integrações

### Efí Pix (PSP)

- **Base URL (produção)**: \`https://pix.api.efipay.com.br\`
- **Autenticação**: OAuth2 client credentials + certificado mTLS.
- **Endpoints usados**:
  - \`PUT /v2/cob/{txid}\` — cria a cobrança imediata.

### Notificações push

- Lembretes enviados por push com webhooks internos.
`);
    const names = r.spec!.integrations.map((i) => [i.name, i.status]);
    expect(names).toContainEqual(['Efí Pix', 'chosen']);
    expect(r.spec!.integrations.find((i) => i.name === 'Efí Pix')!.provider).toBe('efi-pix');
    expect(names.map(([n]) => n)).not.toContain('Notificações push');
    expect(r.spec!.endpoints.map((e) => e.path)).not.toContain('/v2/cob/{txid}');
  });

  it('es, en: the same under "## Integraciones" and "## 8. Integrations"', async () => {
    const es = await run(
      '# Diseño\n\n## Integraciones\n\n### Pagos Andinos\n\n- URL base: https://api.pagosandinos.example/v1\n- Endpoints usados: `POST /cargos`\n',
    );
    expect(es.spec!.integrations.map((i) => i.name)).toContain('Pagos Andinos');
    const en = await run(
      '# Design\n\n## 8. Integrations\n\n### Acme Ledger\n\n- Base URL: https://ledger.acme.example\n- Rate limits: 10 requests per second\n',
    );
    expect(en.spec!.integrations.map((i) => i.name)).toContain('Acme Ledger');
  });
});
