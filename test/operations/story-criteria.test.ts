import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import type { Spec } from '../../src/model/spec/index.js';
import { compile } from '../../src/pipeline.js';

/**
 * What acceptance criteria and story titles ask of the API (issue 13, labcore's misses generalised),
 * in en, es, fr, de and pt, on a small shop written five times:
 * - a criterion clause "user can edit if needed" edits the record its other clause or story names,
 *   for the story's actor (labcore US-1.2 → updatePatient);
 * - a criterion "Printable and downloadable as PDF" downloads the story's record (labcore US-8.1 → invoice PDF);
 * - "customise receipt templates with my shop's branding" configures the shop, not a receipt (US-6.2);
 * - "reprint labels for an order" reads the order's labels, not the order as a PDF (US-2.2);
 * - a story titled as a dashboard counts its records per status beside the list (US-3.4).
 */
const ARCH = `# Architecture

JWT bearer tokens.

## Data model

\`\`\`sql
CREATE TYPE user_role AS ENUM ('clerk', 'admin');
CREATE TYPE order_status AS ENUM ('open', 'shipped', 'cancelled');
CREATE TABLE users (
  id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
  email VARCHAR(255) NOT NULL UNIQUE,
  password_hash TEXT NOT NULL,
  role user_role NOT NULL DEFAULT 'clerk',
  created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE TABLE shops (
  id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
  name VARCHAR(120) NOT NULL,
  logo_url TEXT,
  settings JSONB NOT NULL DEFAULT '{}'
);
CREATE TABLE customers (
  id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
  name VARCHAR(120) NOT NULL,
  phone VARCHAR(20) NOT NULL,
  created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE TABLE orders (
  id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
  customer_id UUID NOT NULL REFERENCES customers(id),
  status order_status NOT NULL DEFAULT 'open',
  created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE TABLE receipts (
  id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
  order_id UUID NOT NULL REFERENCES orders(id),
  total NUMERIC(10,2) NOT NULL,
  created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
\`\`\`
`;

const ROLES: Record<string, string> = {
  en: '## Roles\n\n| Role | Description |\n|---|---|\n| clerk | Shop clerk |\n| admin | Administrator |\n',
  es: '## Roles\n\n| Rol | Descripción |\n|---|---|\n| clerk | Dependiente |\n| admin | Administrador |\n',
  fr: '## Rôles\n\n| Rôle | Description |\n|---|---|\n| clerk | Vendeur |\n| admin | Administrateur |\n',
  de: '## Rollen\n\n| Rolle | Beschreibung |\n|---|---|\n| clerk | Verkäufer |\n| admin | Administrator |\n',
  pt: '## Papéis\n\n| Papel | Descrição |\n|---|---|\n| clerk | Balconista |\n| admin | Administrador |\n',
};

/** Five stories, each with its criteria, per language. */
const STORIES: Record<string, string> = {
  en: `**US-1: Find a returning customer**
> As a clerk, I want to search for an existing customer by name.

Acceptance Criteria:
- Selecting a customer fills the form; user can edit if needed

**US-2: Receipt at checkout**
> As a clerk, I want a receipt generated when I submit an order.

Acceptance Criteria:
- Printable and downloadable as PDF

**US-3: Receipt templates**
> As an admin, I want to customise receipt templates with my shop's branding.

**US-4: Reprint labels**
> As a clerk, I want to reprint labels for an existing order.

**US-5: View open orders dashboard**
> As an admin, I want to see all orders at each stage.
`,
  es: `**US-1: Buscar un customer habitual**
> Como clerk, quiero buscar un customer existente por nombre.

Criterios de aceptación:
- Al seleccionar un customer se rellena el formulario; el usuario puede editar si es necesario

**US-2: Factura al cobrar**
> Como clerk, quiero una receipt generada al enviar una order.

Criterios de aceptación:
- Imprimible y descargable en PDF

**US-3: Plantillas**
> Como admin, quiero personalizar las plantillas de receipt con la marca de mi shop.

**US-4: Reimprimir etiquetas**
> Como clerk, quiero reimprimir etiquetas de una order existente.

**US-5: Tablero de orders abiertas**
> Como admin, quiero ver todas las orders en cada etapa.
`,
  fr: `**US-1: Retrouver un customer**
> En tant que clerk, je veux rechercher un customer existant par nom.

Critères d'acceptation :
- Sélectionner un customer remplit le formulaire ; l'utilisateur peut modifier si besoin

**US-2: Facture à l'encaissement**
> En tant que clerk, je veux une receipt générée quand je soumets une order.

Critères d'acceptation :
- Imprimable et téléchargeable en PDF

**US-3: Modèles**
> En tant que admin, je veux personnaliser les modèles de receipt avec l'image de mon shop.

**US-4: Réimprimer les étiquettes**
> En tant que clerk, je veux réimprimer les étiquettes d'une order existante.

**US-5: Tableau de bord des orders ouvertes**
> En tant que admin, je veux voir toutes les orders à chaque étape.
`,
  de: `**US-1: Kunden wiederfinden**
> Als clerk möchte ich einen bestehenden customer nach Namen suchen.

Akzeptanzkriterien:
- Die Auswahl eines customer füllt das Formular; der Benutzer kann bei Bedarf bearbeiten

**US-2: Rechnung beim Abschluss**
> Als clerk möchte ich eine receipt, die beim Absenden einer order erzeugt wird.

Akzeptanzkriterien:
- Druckbar und als PDF herunterladbar

**US-3: Vorlagen**
> Als admin möchte ich die Vorlagen für receipts mit dem Branding meines shop anpassen.

**US-4: Etiketten nachdrucken**
> Als clerk möchte ich Etiketten für eine bestehende order erneut drucken.

**US-5: Übersicht der offenen orders**
> Als admin möchte ich alle orders in jeder Phase sehen.
`,
  pt: `**US-1: Encontrar um customer**
> Como clerk, eu quero pesquisar um customer existente por nome.

Critérios de aceitação:
- Ao selecionar um customer o formulário é preenchido; o usuário pode editar se necessário

**US-2: Fatura no caixa**
> Como clerk, eu quero uma receipt gerada quando envio uma order.

Critérios de aceitação:
- Imprimível e disponível para baixar em PDF

**US-3: Modelos**
> Como admin, eu quero personalizar os modelos de receipt com a marca da minha shop.

**US-4: Reimprimir etiquetas**
> Como clerk, eu quero reimprimir etiquetas de uma order existente.

**US-5: Painel das orders abertas**
> Como admin, eu quero ver todas as orders em cada etapa.
`,
};

async function generate(lang: string): Promise<Spec> {
  const prd = `# PRD\n\n${ROLES[lang]}\n## Stories\n\n${STORIES[lang]}`;
  const host = memoryHost({ '/w/docs/prd.md': prd, '/w/docs/architecture.md': ARCH });
  const r = await compile({ root: '/w', verify: { skip: true } }, host);
  return r.spec!;
}

const allowed = (s: Spec, op: string, role: string) =>
  s.permissions!.rows.find((r) => r.operationId === op)?.access[role];

describe.each(Object.keys(STORIES))('criteria and titles in %s', (lang) => {
  it('yield the operations the criteria ask for, allowed to the story actor', async () => {
    const s = await generate(lang);
    const ops = (id: string) => s.stories!.filter((t) => t.id === id).flatMap((t) => t.operations);
    const endpoint = (op: string) => s.endpoints.find((e) => e.operationId === op);

    // US-1: the criterion's user is the clerk, and edits the customer its other clause names.
    expect(ops('US-1')).toContain('updateCustomer');
    expect(endpoint('updateCustomer')?.method).toBe('PATCH');
    expect(allowed(s, 'updateCustomer', 'clerk')).not.toBe('denied');

    // US-2: the criterion's file is the receipt's PDF.
    expect(ops('US-2')).toContain('getReceiptPdf');
    expect(endpoint('getReceiptPdf')?.path).toMatch(/\/receipts?\/\{id\}\/pdf$/);

    // US-3: templates of receipts are the shop's configuration; no receipt is changed.
    expect(ops('US-3')).toContain('updateShop');
    expect(ops('US-3')).not.toContain('updateReceipt');

    // US-4: the order's labels (named as the documents name them), not the order as a PDF.
    const labels = ops('US-4');
    expect(labels).toHaveLength(1);
    expect(labels[0]).toMatch(/^getOrder(?:Labels|Etiquetas|Etiquettes|Etiketten)$/);
    expect(endpoint(labels[0]!)?.path).toMatch(
      /\/orders\/\{id\}\/(?:labels|etiquetas|etiquettes|etiketten)$/,
    );

    // US-5: counts per status beside the list.
    expect(ops('US-5')).toContain('getOrderStatusSummary');
    const summary = endpoint('getOrderStatusSummary')!;
    expect(summary.path).toMatch(/\/orders\/status-summary$/);
    expect(Object.keys(summary.responses[0]!.schema!.properties as object)).toEqual([
      'open',
      'shipped',
      'cancelled',
    ]);
  });
});

describe('what stays out', () => {
  it('a quoted message is not a criterion; a print command without a file is not a download', async () => {
    const prd = `# PRD\n\n${ROLES.en}\n## Stories\n\n**US-1: Share**\n> As a clerk, I want to share a receipt with the customer.\n\nAcceptance Criteria:\n- Message text: "Dear [Name], your receipt from [Shop] is ready. Download your receipt: [PDF link]"\n- Print command sent to the configured receipt printer\n`;
    const host = memoryHost({ '/w/docs/prd.md': prd, '/w/docs/architecture.md': ARCH });
    const s = (await compile({ root: '/w', verify: { skip: true } }, host)).spec!;
    expect(s.stories!.filter((t) => t.id === 'US-1').map((t) => t.action)).toEqual([
      'share a receipt with the customer',
    ]);
    expect(s.endpoints.some((e) => e.path.endsWith('/pdf'))).toBe(false);
  });
});
