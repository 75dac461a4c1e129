import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';
import { intentsOf } from '../../src/read/story-words.js';

// Issue 13 item 1, found by a Brazilian Portuguese spec-kit trial (a farmers' market pre-order
// service): "montar um pré-pedido" (assemble an order) was read as a list of orders, "pagar com Pix"
// got a derived `POST /…/pay` beside the stated `POST /pedidos/{id}/pix`, and "aprovar ou suspender
// produtores" reached only the approval (a derived `/approve` and `/suspend` stood beside the stated
// `/aprovar` and `/suspender`). The same project in six languages.

interface Words {
  order: string;
  orders: string;
  producer: string;
  producers: string;
  status: [string, string, string];
  approve: string;
  suspend: string;
  roles: string;
  intro: string;
  assemble: string;
  pay: string;
  moderate: string;
}

const LANGS: [string, Words][] = [
  [
    'en',
    {
      intro:
        'The service is one monolith with a PostgreSQL database, and the routes of the API are listed in the table below for the consumer and the coordinator.',
      order: 'order',
      orders: 'orders',
      producer: 'producer',
      producers: 'producers',
      status: ['pending', 'approved', 'suspended'],
      approve: 'approve',
      suspend: 'suspend',
      roles: 'Roles: consumer, producer, coordinator.',
      assemble:
        'As a consumer, I want to assemble an order with products from several producers and choose the pickup time, so that I skip the queue.',
      pay: 'As a consumer, I want to pay the order with Pix, so that my reservation is confirmed.',
      moderate:
        'As a coordinator, I want to approve or suspend producers, so that the products are trustworthy.',
    },
  ],
  [
    'es',
    {
      intro:
        'El servicio es un monolito con una base de datos PostgreSQL, y las rutas de la API están en la tabla de abajo para el consumidor y el coordinador.',
      order: 'pedido',
      orders: 'pedidos',
      producer: 'productor',
      producers: 'productores',
      status: ['pendiente', 'aprobado', 'suspendido'],
      approve: 'aprobar',
      suspend: 'suspender',
      roles: 'Roles: consumidor, productor, coordinador.',
      assemble:
        'Como consumidor, quiero armar un pedido con productos de varios productores y elegir el horario de retiro, para no hacer fila.',
      pay: 'Como consumidor, quiero pagar el pedido con Pix, para confirmar la reserva.',
      moderate:
        'Como coordinador, quiero aprobar o suspender productores, para garantizar el origen de los productos.',
    },
  ],
  [
    'pt',
    {
      intro:
        'O serviço é um monólito com um banco de dados PostgreSQL, e as rotas da API estão na tabela abaixo para o consumidor e o coordenador.',
      order: 'pedido',
      orders: 'pedidos',
      producer: 'produtor',
      producers: 'produtores',
      status: ['pendente', 'aprovado', 'suspenso'],
      approve: 'aprovar',
      suspend: 'suspender',
      roles: 'Papéis: consumidor, produtor, coordenador.',
      assemble:
        'Como consumidor, quero montar um pré-pedido com produtos de vários produtores e escolher o horário de retirada, para não enfrentar fila.',
      pay: 'Como consumidor, quero pagar o pré-pedido com Pix, para confirmar a reserva.',
      moderate:
        'Como coordenador, quero aprovar ou suspender produtores, para garantir a procedência dos produtos.',
    },
  ],
  [
    'fr',
    {
      intro:
        "Le service est un monolithe avec une base de données PostgreSQL, et les routes de l'API sont dans le tableau ci-dessous pour le consommateur et le coordinateur.",
      order: 'commande',
      orders: 'commandes',
      producer: 'producteur',
      producers: 'producteurs',
      status: ['en_attente', 'approuve', 'suspendu'],
      approve: 'approuver',
      suspend: 'suspendre',
      roles: 'Rôles : consommateur, producteur, coordinateur.',
      assemble:
        "En tant que consommateur, je veux composer une commande avec des produits de plusieurs producteurs et choisir l'heure de retrait, afin d'éviter la file.",
      pay: 'En tant que consommateur, je veux payer la commande par Pix, afin de confirmer la réservation.',
      moderate:
        "En tant que coordinateur, je veux approuver ou suspendre des producteurs, afin de garantir l'origine des produits.",
    },
  ],
  [
    'de',
    {
      intro:
        'Der Dienst ist ein Monolith mit einer PostgreSQL-Datenbank, und die Routen der API stehen in der Tabelle unten für den Verbraucher und den Koordinator.',
      order: 'bestellung',
      orders: 'bestellungen',
      producer: 'erzeuger',
      producers: 'erzeuger',
      status: ['offen', 'genehmigt', 'gesperrt'],
      approve: 'genehmigen',
      suspend: 'suspendieren',
      roles: 'Rollen: Verbraucher, Erzeuger, Koordinator.',
      assemble:
        'Als Verbraucher möchte ich eine Bestellung mit Produkten mehrerer Erzeuger zusammenstellen und die Abholzeit wählen, damit ich nicht anstehe.',
      pay: 'Als Verbraucher möchte ich die Bestellung mit Pix bezahlen, damit die Reservierung bestätigt wird.',
      moderate:
        'Als Koordinator möchte ich Erzeuger genehmigen oder suspendieren, damit die Herkunft der Produkte stimmt.',
    },
  ],
  [
    'it',
    {
      intro:
        'Il servizio è un monolite con una base di dati PostgreSQL, e le rotte della API sono nella tabella qui sotto per il consumatore e il coordinatore.',
      order: 'prenotazione',
      orders: 'prenotazioni',
      producer: 'produttore',
      producers: 'produttori',
      status: ['in_attesa', 'approvato', 'sospeso'],
      approve: 'approvare',
      suspend: 'sospendere',
      roles: 'Ruoli: consumatore, produttore, coordinatore.',
      assemble:
        "Come consumatore, voglio comporre una prenotazione con prodotti di più produttori e scegliere l'orario di ritiro, per evitare la coda.",
      pay: 'Come consumatore, voglio pagare la prenotazione con Pix, per tenere i prodotti.',
      moderate:
        "Come coordinatore, voglio approvare o sospendere i produttori, per garantire l'origine dei prodotti.",
    },
  ],
];

function project(w: Words): Record<string, string> {
  const [pending, approved, suspended] = w.status;
  const [, consumer, , coordinator] = w.roles.split(/[:,.]\s*/).map((x) => x.trim().toLowerCase());
  return {
    '/p/docs/prd.md': `# PRD\n\n## Stories\n\n- ${w.assemble}\n- ${w.pay}\n- ${w.moderate}\n`,
    '/p/docs/architecture.md': `# Architecture

${w.intro}

${w.roles}

\`\`\`sql
CREATE TYPE situacao AS ENUM ('${pending}', '${approved}', '${suspended}');
CREATE TABLE ${w.producers} (id uuid PRIMARY KEY, name text NOT NULL, status situacao NOT NULL DEFAULT '${pending}');
CREATE TABLE ${w.orders} (id uuid PRIMARY KEY, pickup time NOT NULL);
\`\`\`

| Method | Path | Who | Description |
|---|---|---|---|
| POST | /${w.orders} | ${consumer} | ${w.order} |
| POST | /${w.orders}/{id}/pix | ${consumer} | Pix |
| POST | /${w.producers}/{id}/${w.approve} | ${coordinator} | ${w.approve} |
| POST | /${w.producers}/{id}/${w.suspend} | ${coordinator} | ${w.suspend} |
`,
  };
}

describe('what a consumer and a coordinator do, in six languages', { timeout: 120_000 }, () => {
  it.each(LANGS)('%s', async (_lang, w) => {
    const r = await compile({ root: '/p', verify: { skip: true } }, memoryHost(project(w)));
    const spec = r.spec!;
    const stories = spec.stories ?? [];
    const route = (method: string, tail: string) =>
      spec.endpoints.find((e) => e.method === method && e.path.endsWith(tail));
    const ops = (s: string) => stories.find((x) => x.action.length > 0 && s.includes(x.action))?.operations;
    const listing = JSON.stringify(stories.map((s) => [s.action, s.operations, s.unmapped]));
    // Assembling an order creates it; choosing its pickup time reads nothing.
    const create = route('POST', `/${w.orders}`)!;
    expect(ops(w.assemble), listing).toEqual([create.operationId]);
    // Paying with Pix is the stated Pix route; no `/pay` is designed beside it.
    const pix = route('POST', `/${w.orders}/{id}/pix`)!;
    expect(ops(w.pay), listing).toEqual([pix.operationId]);
    expect(spec.endpoints.some((e) => e.path.endsWith('/pay'))).toBe(false);
    // Both coordinated verbs reach their stated routes, and no English twin stands beside them.
    const approve = route('POST', `/${w.approve}`)!;
    const suspend = route('POST', `/${w.suspend}`)!;
    expect(ops(w.moderate)?.sort(), listing).toEqual([approve.operationId, suspend.operationId].sort());
    const twins = spec.endpoints.filter(
      (e) => /\/(?:approve|suspend)$/.test(e.path) && e.origin.kind !== 'source',
    );
    expect(twins.map((e) => e.path)).toEqual([]);
  });
});

describe('assembling and choosing, read alone', () => {
  it.each([
    ['en', 'put together a basket of vegetables'],
    ['es', 'armar una canasta de verduras'],
    ['pt', 'montar uma cesta de verduras'],
    ['fr', 'constituer un panier de légumes'],
    ['de', 'einen Gemüsekorb zusammenstellen'],
    ['it', 'comporre un cesto di verdure'],
  ])('%s: an assembling verb asks for a new record, only when its object is an entity', (_lang, action) => {
    expect(intentsOf(action)).toEqual([{ kind: 'create', composed: true }]);
  });

  it.each([
    ['en', 'choose a pickup slot'],
    ['pt', 'escolher o horário de retirada'],
    ['de', 'die Abholzeit wählen'],
  ])('%s: choosing alone is still a read', (_lang, action) => {
    expect(intentsOf(action)).toEqual([{ kind: 'view' }]);
  });

  it('a modelless project designs no resource for what a story assembles', async () => {
    const r = await compile(
      { root: '/p', verify: { skip: true } },
      memoryHost({
        '/p/docs/prd.md':
          '# PRD\n\n## Stories\n\n- As a shopper, I want to put together a basket of vegetables, so that I eat well.\n',
        '/p/docs/architecture.md': '# Architecture\n\nData is stored in PostgreSQL.\n',
      }),
    );
    const story = r.spec!.stories?.find((s) => s.action.startsWith('put together'));
    expect(story?.operations).toEqual([]);
    expect(story?.unmapped).toBe('what the story assembles is no entity of the data model');
  });
});

describe('a stated file route serves the export a story asks for', { timeout: 60_000 }, () => {
  it.each([
    ['pt', 'Como produtor, quero exportar a lista de separação da feira em PDF, para preparar as sacolas.'],
    [
      'en',
      'As a producer, I want to export the picking list of the market as a PDF, so that I pack the bags.',
    ],
  ])('%s', async (_lang, story) => {
    const r = await compile(
      { root: '/p', verify: { skip: true } },
      memoryHost({
        '/p/docs/prd.md': `# PRD\n\n## Stories\n\n- ${story}\n`,
        '/p/docs/architecture.md': `# Architecture\n\nRoles: produtor, producer.\n\n\`\`\`sql\nCREATE TABLE feiras (id uuid PRIMARY KEY, data date NOT NULL);\nCREATE TABLE markets (id uuid PRIMARY KEY, day date NOT NULL);\n\`\`\`\n\n| Method | Path | Who | Description |\n|---|---|---|---|\n| GET | /feiras/{id}/separacao | produtor | lista de separação do produtor |\n| GET | /feiras/{id}/separacao.pdf | produtor | lista de separação em PDF |\n| GET | /markets/{id}/picking-list | producer | picking list of the producer |\n| GET | /markets/{id}/picking-list.pdf | producer | picking list as PDF |\n`,
      }),
    );
    const spec = r.spec!;
    const s = spec.stories?.find((x) => story.includes(x.action));
    const file = spec.endpoints.find((e) => e.path.endsWith('.pdf') && s?.operations.includes(e.operationId));
    expect(file?.origin.kind, JSON.stringify(spec.stories)).toBe('source');
    expect(spec.endpoints.filter((e) => e.path.endsWith('/pdf')).map((e) => e.path)).toEqual([]);
  });
});
