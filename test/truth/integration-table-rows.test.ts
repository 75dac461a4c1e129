import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';

// Issue 11 (spec-kit trial in Brazilian Portuguese): plan.md's "## Integrações" table (`| Serviço | Uso
// | Observações |`) was not read as a table of integrations: Cloudflare R2 stayed "mentioned", and
// Mercado Pago's purpose quoted a route row of contracts/api.md ("POST: Mercado Pago"). A row of an
// integrations table is a stated integration in use, and its purpose is the row's purpose column.

const CASES: [lang: string, heading: string, header: string, purposes: [string, string, string]][] = [
  [
    'en',
    'Integrations',
    '| Service | Purpose | Notes |',
    ['Pix charges and refunds', 'PDFs of the packing lists', 'Bank statement import'],
  ],
  [
    'es',
    'Integraciones',
    '| Servicio | Uso | Observaciones |',
    ['Cobro Pix y reembolso', 'PDFs de las listas de preparación', 'Importación de extractos'],
  ],
  [
    'pt',
    'Integrações',
    '| Serviço | Uso | Observações |',
    ['Cobrança Pix e estorno', 'PDFs das listas de separação', 'Importação de extratos'],
  ],
  [
    'fr',
    'Intégrations',
    '| Service | Usage | Remarques |',
    ['Paiement Pix et remboursement', 'PDF des listes de préparation', 'Import des relevés'],
  ],
  [
    'de',
    'Integrationen',
    '| Dienst | Zweck | Hinweise |',
    ['Pix-Zahlung und Erstattung', 'PDFs der Packlisten', 'Import der Kontoauszüge'],
  ],
  [
    'it',
    'Integrazioni',
    '| Servizio | Scopo | Note |',
    ['Pagamento Pix e rimborso', 'PDF delle liste di preparazione', 'Importazione degli estratti'],
  ],
];

function project(heading: string, header: string, purposes: [string, string, string]) {
  const [pay, files, bank] = purposes;
  return memoryHost({
    '/p/docs/prd.md': '# PRD\n\n- FR1: A customer can place an order.\n',
    // A route row naming the provider as its caller comes first: it is no statement of the purpose.
    '/p/docs/api.md':
      '# API\n\n| Method | Path | Who | Description |\n|---|---|---|---|\n| POST | /webhooks/mercado-pago | Mercado Pago | payment notification |\n',
    '/p/docs/architecture.md': `# Plan\n\n| Layer | Choice |\n|---|---|\n| Database | PostgreSQL |\n\n## ${heading}\n\n${header}\n|---|---|---|\n| Mercado Pago | ${pay} | x-signature |\n| Cloudflare R2 | ${files} | — |\n| Bancoplus | ${bank} | — |\n\n\`\`\`sql\nCREATE TABLE orders (id uuid PRIMARY KEY, total numeric NOT NULL);\n\`\`\`\n`,
  });
}

describe('a row of an integrations table is a stated integration in use', { timeout: 120_000 }, () => {
  it.each(CASES)('%s: "## %s" with %s', async (_l, heading, header, purposes) => {
    const r = await compile({ root: '/p', verify: { skip: true } }, project(heading, header, purposes));
    const by = (id: string) => r.spec!.integrations.find((i) => i.provider === id);
    expect(by('mercado-pago')).toMatchObject({ status: 'chosen', purpose: purposes[0] });
    expect(by('mercado-pago')?.origin).toMatchObject({ kind: 'source', file: 'docs/architecture.md' });
    expect(by('cloudflare-r2')).toMatchObject({ status: 'chosen', purpose: purposes[1] });
    // A service the catalogue does not know is carried as stated, with its row's purpose.
    expect(by('bancoplus')).toMatchObject({ status: 'chosen', known: false, purpose: purposes[2] });
  });

  it('a "Serviço" table outside an integrations heading lists no integrations', async () => {
    const host = memoryHost({
      '/p/docs/prd.md': '# PRD\n\n- FR1: A customer can place an order.\n',
      '/p/docs/architecture.md':
        '# Plano\n\n## Módulos\n\n| Serviço | Uso |\n|---|---|\n| Pedidos | Criação de pedidos |\n| Catálogo | Ofertas da feira |\n\n```sql\nCREATE TABLE pedidos (id uuid PRIMARY KEY);\n```\n',
    });
    const r = await compile({ root: '/p', verify: { skip: true } }, host);
    expect(r.spec!.integrations.map((i) => i.name)).toEqual([]);
  });
});
