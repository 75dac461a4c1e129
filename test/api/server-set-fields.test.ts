import { describe, expect, it } from 'vitest';
import { entitySchemas } from '../../src/derive/api/schemas.js';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';

// Issue 13 item 2 ("no server-owned field in a create or update body"), found by a Brazilian
// Portuguese trial: `PedidoCreate` asked the client for `consumidor` (the caller), `reservaExpiraEm`
// (the hold's expiry the server sets) and `total` (the sum of the items). Each is left out by a named
// rule from what the model knows, in six languages; nothing is left out on a field name alone.

interface Case {
  customers: string;
  orders: string;
  lines: string;
  role: string;
  status: [string, string, string];
  /** Named for a status reached after creation. */
  when: string;
  /** Named for the initial status: the client may choose it. */
  initialWhen: string;
  pickup: string;
  total: string;
  quantity: string;
  price: string;
  intro: string;
}

const CASES: [string, Case][] = [
  [
    'en',
    {
      customers: 'customers',
      orders: 'orders',
      lines: 'order_lines',
      role: 'customer',
      status: ['scheduled', 'shipped', 'cancelled'],
      when: 'shipped_at',
      initialWhen: 'scheduled_for',
      pickup: 'pickup_time',
      total: 'total',
      quantity: 'quantity',
      price: 'unit_price',
      intro: 'The service keeps the orders of the customers in a PostgreSQL database.',
    },
  ],
  [
    'es',
    {
      customers: 'clientes',
      orders: 'pedidos',
      lines: 'lineas_pedido',
      role: 'cliente',
      status: ['pendiente', 'confirmado', 'expirado'],
      when: 'reserva_expira_en',
      initialWhen: 'pendiente_desde',
      pickup: 'hora_retiro',
      total: 'total',
      quantity: 'cantidad',
      price: 'precio_unitario',
      intro: 'El servicio guarda los pedidos de los clientes en una base de datos PostgreSQL.',
    },
  ],
  [
    'pt',
    {
      customers: 'consumidores',
      orders: 'pedidos',
      lines: 'itens_pedido',
      role: 'consumidor',
      status: ['aguardando', 'confirmado', 'expirado'],
      when: 'reserva_expira_em',
      initialWhen: 'aguardando_desde',
      pickup: 'horario_retirada',
      total: 'valor_total',
      quantity: 'quantidade',
      price: 'preco_unitario',
      intro: 'O serviço guarda os pedidos dos consumidores em um banco de dados PostgreSQL.',
    },
  ],
  [
    'fr',
    {
      customers: 'clients',
      orders: 'commandes',
      lines: 'lignes_commande',
      role: 'client',
      status: ['en_attente', 'confirmée', 'expirée'],
      when: 'reservation_expire_le',
      initialWhen: 'attente_depuis',
      pickup: 'heure_retrait',
      total: 'montant_total',
      quantity: 'quantite',
      price: 'prix_unitaire',
      intro: 'Le service garde les commandes des clients dans une base de données PostgreSQL.',
    },
  ],
  [
    'de',
    {
      customers: 'kunden',
      orders: 'bestellungen',
      lines: 'bestellpositionen',
      role: 'kunde',
      status: ['offen', 'bestätigt', 'storniert'],
      when: 'storniert_am',
      initialWhen: 'offen_seit',
      pickup: 'abholzeit',
      total: 'gesamtbetrag',
      quantity: 'menge',
      price: 'einzelpreis',
      intro: 'Der Dienst speichert die Bestellungen der Kunden in einer PostgreSQL-Datenbank.',
    },
  ],
  [
    'it',
    {
      customers: 'clienti',
      orders: 'prenotazioni',
      lines: 'righe_prenotazione',
      role: 'cliente',
      status: ['in_attesa', 'confermata', 'annullata'],
      when: 'annullata_il',
      initialWhen: 'attesa_dal',
      pickup: 'orario_ritiro',
      total: 'totale',
      quantity: 'quantita',
      price: 'prezzo_unitario',
      intro: 'Il servizio conserva le prenotazioni dei clienti in una base di dati PostgreSQL.',
    },
  ],
];

function project(c: Case, who: string): Record<string, string> {
  return {
    '/p/docs/prd.md': `# PRD\n\n${c.intro}\n`,
    '/p/docs/architecture.md': `# Architecture

${c.intro}

Roles: ${c.role}, admin.

\`\`\`sql
CREATE TABLE ${c.customers} (id uuid PRIMARY KEY, name text NOT NULL);
CREATE TABLE ${c.orders} (
  id uuid PRIMARY KEY,
  ${c.role}_id uuid NOT NULL REFERENCES ${c.customers}(id),
  status text NOT NULL DEFAULT '${c.status[0]}' CHECK (status IN ('${c.status.join("', '")}')),
  ${c.pickup} timestamptz NOT NULL,
  ${c.when} timestamptz,
  ${c.initialWhen} timestamptz,
  ${c.total} numeric(10,2) NOT NULL
);
CREATE TABLE ${c.lines} (
  id uuid PRIMARY KEY,
  order_id uuid NOT NULL REFERENCES ${c.orders}(id),
  ${c.quantity} int NOT NULL,
  ${c.price} numeric(10,2) NOT NULL
);
\`\`\`

| Method | Path | Who | Description |
|---|---|---|---|
| POST | /${c.orders} | ${who} | ${c.orders} |
| GET | /${c.orders}/{id} | ${who} | ${c.orders} |
`,
  };
}

const camel = (s: string) => s.replace(/_([a-z])/g, (_, x: string) => x.toUpperCase());

async function createBody(c: Case, who: string) {
  const r = await compile({ root: '/p', verify: { skip: true } }, memoryHost(project(c, who)));
  const spec = r.spec!;
  const create = spec.endpoints.find((e) => e.method === 'POST' && e.path.endsWith(`/${c.orders}`))!;
  const schemas = entitySchemas(spec, 'offset');
  return Object.keys(schemas[`${create.entity}Create`]?.properties ?? {});
}

describe('fields the server sets stay out of the create body, each by its rule', { timeout: 120_000 }, () => {
  it.each(CASES)('%s', async (_lang, c) => {
    const body = await createBody(c, c.role);
    // The caller (only that role creates), a time of a later status, the sum of the lines.
    expect(body).not.toContain(camel(`${c.role}_id`));
    expect(body).not.toContain(camel(c.when));
    expect(body).not.toContain(camel(c.total));
    // What the client chooses stays: the pickup time, a time named for the initial status.
    expect(body).toContain(camel(c.pickup));
    expect(body).toContain(camel(c.initialWhen));
  });

  it('spec.json names each field with its rule', async () => {
    const c = CASES[2]![1];
    const r = await compile({ root: '/p', verify: { skip: true } }, memoryHost(project(c, c.role)));
    expect(r.spec!.serverSetFields).toEqual([
      { entity: 'Pedido', field: 'consumidorId', rule: 'derive/owner-from-caller' },
      { entity: 'Pedido', field: 'reservaExpiraEm', rule: 'derive/state-time-server-set' },
      { entity: 'Pedido', field: 'valorTotal', rule: 'derive/total-of-line-items' },
    ]);
  });

  it('an owner reference stays when another role creates the record too', async () => {
    const c = CASES[0]![1];
    const body = await createBody(c, `${c.role}, admin`);
    expect(body).toContain(camel(`${c.role}_id`));
  });
});
