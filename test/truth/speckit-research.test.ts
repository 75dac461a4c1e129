import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';
import { jobCron } from '../../src/read/job-words.js';

// Issue 11 (a Brazilian Portuguese spec-kit trial): research.md's "**Alternativas consideradas**:
// Auth0, Firebase Auth" made both integrations in use and pg-boss the job runner; "BullMQ sobre Redis"
// rejected Redis; "pelo Mercado Pago" named an integration "Mercad"; the job table
// `| Tarefa | Quando | O que faz |` was not read, so five stated jobs became derived ones; "guardado no
// Redis por 5 minutos" purged fairs older than 5 minutes; "NÃO DEVE excluir pedidos; pedidos são
// mantidos por 5 anos" purged orders at 5 years; "18h do dia anterior" was an 18-hour reminder.

async function run(files: Record<string, string>) {
  const host = memoryHost(Object.fromEntries(Object.entries(files).map(([k, v]) => [`/p/${k}`, v])));
  const r = await compile({ root: '/p', verify: { skip: true } }, host);
  return r;
}

const PRD = '# PRD\n\n## Functional requirements\n\n- FR1: Customers place orders.\n';
const ORDERS = `## Data model

\`\`\`sql
CREATE TABLE orders (id uuid PRIMARY KEY, status text NOT NULL, created_at timestamptz NOT NULL DEFAULT now());
CREATE TABLE fairs (id uuid PRIMARY KEY, opens_at timestamptz NOT NULL, created_at timestamptz NOT NULL DEFAULT now());
\`\`\`
`;

describe('spec-kit research.md: a decision, its rationale and the alternatives it considered', {
  timeout: 60_000,
}, () => {
  it.each([
    ['en', 'Decision', 'Rationale', 'Alternatives considered'],
    ['pt', 'Decisão', 'Justificativa', 'Alternativas consideradas'],
    ['es', 'Decisión', 'Justificación', 'Alternativas consideradas'],
    ['fr', 'Décision', 'Justification', 'Alternatives envisagées'],
    ['de', 'Entscheidung', 'Begründung', 'Betrachtete Alternativen'],
    ['it', 'Decisione', 'Motivazione', 'Alternative considerate'],
  ])('%s: the alternatives are rejected, the decision is chosen', async (_l, decision, why, alternatives) => {
    const research = `# Research\n\n## Authentication\n\n**${decision}**: Keycloak.\n**${why}**: self-hosted.\n**${alternatives}**: Auth0 (cost per user), Firebase Auth.\n\n## Queues\n\n**${decision}**: BullMQ.\n**${alternatives}**: pg-boss, RabbitMQ.\n`;
    const r = await run({
      'docs/prd.md': PRD,
      'docs/architecture.md': `# Architecture\n\n${ORDERS}`,
      'docs/research.md': research,
    });
    const inUse = r.spec!.integrations.filter((i) => i.status === 'chosen').map((i) => i.name);
    expect(inUse).not.toContain('Auth0');
    expect(inUse).not.toContain('Firebase Authentication');
    const rejected = r.domain!.stack.filter((s) => s.status === 'rejected').map((s) => s.value);
    expect(rejected).toEqual(expect.arrayContaining(['pg-boss', 'RabbitMQ']));
    expect(r.domain!.stack.filter((s) => s.status === 'chosen').map((s) => s.value)).toContain('BullMQ');
  });

  it('"BullMQ sobre Redis" (on top of) keeps Redis; "Elegimos PostgreSQL sobre MySQL" rejects MySQL', async () => {
    const r = await run({
      'docs/prd.md': PRD,
      'docs/architecture.md': `# Arquitectura\n\n${ORDERS}\n## Filas\n\nFilas com BullMQ sobre Redis.\n\n## Base de datos\n\nElegimos PostgreSQL sobre MySQL.\n`,
    });
    const status = (name: string) => r.domain!.stack.filter((s) => s.value === name).map((s) => s.status);
    expect(status('Redis')).not.toContain('rejected');
    expect(status('MySQL')).toContain('rejected');
  });
});

describe('a payment provider named after "pelo" / "via"', { timeout: 60_000 }, () => {
  it('"pagamento Pix pelo Mercado Pago" names Mercado Pago, whole, and Pix is no integration', async () => {
    const r = await run({
      'docs/prd.md': `# PRD\n\n## Requisitos\n\n- RF1: O sistema DEVE aceitar pagamento por Pix via Mercado Pago.\n- RF2: Backend com pagamento Pix pelo Mercado Pago.\n`,
      'docs/architecture.md': `# Arquitetura\n\n${ORDERS}`,
    });
    const names = r.spec!.integrations.map((i) => i.name);
    expect(names).toContain('Mercado Pago');
    expect(names).not.toContain('Mercad');
    expect(names).not.toContain('Pix');
  });
});

describe('job tables in six languages', { timeout: 60_000 }, () => {
  it.each([
    [
      'en',
      '## Background jobs\n\n| Job | Schedule | What it does |',
      'every minute',
      'Sunday 02:00',
      'day 1 of each month, 03:00',
    ],
    [
      'pt',
      '## Tarefas em segundo plano\n\n| Tarefa | Quando | O que faz |',
      'a cada minuto',
      'domingo 02:00',
      'dia 1 de cada mês, 03:00',
    ],
    [
      'es',
      '## Tareas programadas\n\n| Tarea | Cuándo | Qué hace |',
      'cada minuto',
      'domingo 02:00',
      'el día 1 de cada mes a las 03:00',
    ],
    [
      'fr',
      '## Tâches planifiées\n\n| Tâche | Fréquence | Rôle |',
      'chaque minute',
      'dimanche 02:00',
      'le 1er de chaque mois à 3 h',
    ],
    [
      'de',
      '## Hintergrundjobs\n\n| Aufgabe | Zeitplan | Zweck |',
      'jede Minute',
      'Sonntag 02:00',
      'am 1. jedes Monats um 3 Uhr',
    ],
    [
      'it',
      '## Attività pianificate\n\n| Attività | Quando | Cosa fa |',
      'ogni minuto',
      'domenica 02:00',
      'il giorno 1 di ogni mese alle 03:00',
    ],
  ])('%s: each row is a stated job with its cron', async (_l, head, minute, sunday, monthly) => {
    const table = `${head}\n|---|---|---|\n| release-holds | ${minute} | releases unpaid holds |\n| mark-no-shows | ${sunday} | marks orders not collected |\n| anonymise-customers | ${monthly} | anonymises customers |\n`;
    const r = await run({
      'docs/prd.md': PRD,
      'docs/architecture.md': `# Architecture\n\n${ORDERS}\n${table}`,
    });
    const jobs = r.spec!.jobs.filter((j) => j.origin.kind === 'source').map((j) => [j.name, j.trigger]);
    expect(jobs).toEqual([
      ['release-holds', '* * * * *'],
      ['mark-no-shows', '0 2 * * 0'],
      ['anonymise-customers', '0 3 1 * *'],
    ]);
  });

  it('a time relative to an event is kept as written, never a made-up period', () => {
    expect(jobCron('12 horas antes da abertura de cada feira')).toBeNull();
    expect(jobCron('18h do dia anterior à feira')).toBeNull();
    expect(jobCron('la veille à 18 h')).toBeNull();
    expect(jobCron('monthly')).toBeNull();
  });

  it('a stated reminder job in Portuguese covers the derived reminder', async () => {
    const table =
      '## Tarefas em segundo plano\n\n| Tarefa | Quando | O que faz |\n|---|---|---|\n| lembrete-retirada | 18h do dia anterior à feira | envia o lembrete por WhatsApp |\n';
    const r = await run({
      'docs/prd.md':
        '# PRD\n\n## Requisitos\n\n- RF1: O sistema DEVE enviar o lembrete de retirada às 18h do dia anterior à feira.\n',
      'docs/architecture.md': `# Arquitetura\n\n${ORDERS}\n${table}`,
    });
    expect(r.spec!.jobs.filter((j) => /remind|lembrete/i.test(j.name)).map((j) => j.name)).toEqual([
      'lembrete-retirada',
    ]);
    // "às 18h" is a time of day: no reminder 18 hours before anything.
    expect(
      r.domain!.parameters.filter((p) => p.key.startsWith('reminder.')).map((p) => p.value),
    ).not.toContain(18 * 3600);
    expect((r.spec!.questions ?? []).filter((q) => q.id.startsWith('jobs/reminder'))).toEqual([]);
  });
});

describe('retention that is not a purge deadline', { timeout: 60_000 }, () => {
  it.each([
    ['pt', 'O sistema NÃO DEVE excluir pedidos (orders); pedidos são mantidos por 5 anos.'],
    ['pt', 'Pedidos (orders) são mantidos por 5 anos por exigência fiscal.'],
    ['en', 'Orders must never be deleted; orders are kept for 5 years.'],
    ['en', 'Orders are kept for 5 years as required by law.'],
    ['de', 'Bestellungen (orders) werden wegen der gesetzlichen Aufbewahrungspflicht 5 Jahre gespeichert.'],
    ['es', 'Los pedidos (orders) no se deben borrar; se conservan 5 años por obligación fiscal.'],
  ])('%s: "%s" is a floor, no purge job', async (_l, line) => {
    const r = await run({
      'docs/prd.md': `# PRD\n\n## Requisitos não funcionais\n\n- RNF1: ${line}\n`,
      'docs/architecture.md': `# Architecture\n\n${ORDERS}`,
    });
    expect(r.spec!.jobs.map((j) => j.name).filter((n) => n.startsWith('purge-order'))).toEqual([]);
    // A floor, or kept for good where the sentence says "never deleted": either way no purge.
    expect(r.diagnostics.some((d) => /^operations\/retention-(?:minimum|kept-forever)$/.test(d.code))).toBe(
      true,
    );
  });

  it('a plain stated period still purges ("Pedidos são excluídos após 5 anos")', async () => {
    const r = await run({
      'docs/prd.md':
        '# PRD\n\n## Requisitos não funcionais\n\n- RNF1: Pedidos (orders) são excluídos após 5 anos.\n',
      'docs/architecture.md': `# Architecture\n\n${ORDERS}`,
    });
    expect(r.spec!.jobs.map((j) => j.name).filter((n) => n.startsWith('purge-'))).toHaveLength(1);
  });

  it.each([
    ['pt', 'O catálogo da feira (fairs) é guardado no Redis por 5 minutos.'],
    ['en', 'The fair catalogue (fairs) is cached for 5 minutes.'],
    ['es', 'El catálogo de ferias (fairs) se guarda en caché durante 5 minutos.'],
  ])('%s: how long a cache keeps a copy is no retention', async (_l, line) => {
    const r = await run({
      'docs/prd.md': PRD,
      'docs/architecture.md': `# Architecture\n\n${ORDERS}\n## Cache\n\n${line}\n`,
    });
    expect(r.domain!.parameters.filter((p) => p.key.startsWith('retention.'))).toEqual([]);
    expect(r.spec!.jobs.map((j) => j.name).filter((n) => n.startsWith('purge-'))).toEqual([]);
  });
});

describe('spec-kit user-story headings', { timeout: 60_000 }, () => {
  it.each([
    [
      'en',
      '### User Story 2 - Customer pays by card (Priority: P1)',
      'As a customer, I want to pay the order by card.',
    ],
    [
      'pt',
      '### História 2 — Consumidor paga com Pix (Prioridade: P1)',
      'Como consumidor, quero pagar o pedido com Pix.',
    ],
    [
      'es',
      '### Historia 2 - El cliente paga con tarjeta (Prioridad: P1)',
      'Como cliente, quiero pagar el pedido con tarjeta.',
    ],
  ])(
    '%s: the heading summarises the story under it; it is not a second story',
    async (_l, heading, story) => {
      const r = await run({
        'specs/001-x/spec.md': `# Spec\n\n## User scenarios\n\n${heading}\n\n${story}\n\n**Acceptance**:\n\n1. Given an order, when paid, then it is confirmed.\n`,
        'specs/001-x/data-model.md': `# Data model\n\n${ORDERS}`,
        'specs/001-x/plan.md':
          '# Implementation plan\n\n**Storage**: PostgreSQL 16\n\n## Roles\n\n- customer: buys\n- consumidor: compra\n- cliente: compra\n',
      });
      const stories = r.spec!.stories ?? [];
      expect(stories).toHaveLength(1);
      expect(stories[0]!.action).toMatch(/pay|pagar/);
    },
  );
});

describe('a Portuguese plan: a cache kept in Redis and a labelled creation limit', {
  timeout: 60_000,
}, () => {
  it('"guardado no Redis por 5 minutos" is a cache entry; "Criação de pedidos: no máximo 5 por minuto por consumidor" limits the create', async () => {
    const r = await run({
      'docs/prd.md':
        '# PRD\n\n## Requisitos\n\n- RF1: O consumidor cria pedidos e consulta o catálogo da feira.\n\n## Papéis\n\n- consumidor: compra\n',
      'docs/architecture.md': `# Arquitetura\n\n${ORDERS}\n## API\n\n| Método | Rota | Quem | Descrição |\n|---|---|---|---|\n| GET | /fairs/{id}/catalogo | público | catálogo da feira |\n| POST | /orders | consumidor | cria o pedido |\n| GET | /orders/{id} | consumidor | um pedido |\n\n## Cache\n\nO catálogo da feira é guardado no Redis por 5 minutos. Nenhum outro dado é cacheado.\n\n## Limites\n\n- Criação de pedidos: no máximo 5 por minuto por consumidor.\n`,
    });
    const entries = r.spec!.caching?.entries ?? [];
    expect(entries.map((e) => [e.ttlSeconds, e.store])).toEqual([[300, 'Redis']]);
    const facts = (r.domain!.securityFacts ?? []).filter((f) => f.kind === 'operation-rate-limit');
    expect(facts.map((f) => (f as { requests: number }).requests)).toEqual([5]);
  });
});

describe('a soft-wrapped paragraph', { timeout: 60_000 }, () => {
  it('is one sentence across its line breaks (the segmenter took a line feed for a paragraph end)', async () => {
    const r = await run({
      'docs/prd.md': PRD,
      'docs/architecture.md': `# Arquitetura\n\n${ORDERS}\n## Cache\n\nO catálogo da feira é guardado no Redis por 5 minutos e invalidado quando um produtor publica ou altera\numa oferta. Nenhum outro dado é cacheado.\n`,
    });
    const events = (r.domain!.statedCaches ?? []).flatMap((c) => c.invalidatedOn.map((e) => e.text));
    expect(events).toEqual(['publica uma oferta', 'altera uma oferta']);
  });
});

describe('a story that publishes what a stated create is described as publishing', {
  timeout: 60_000,
}, () => {
  it.each([
    [
      'en',
      'As a producer, I want to publish my offers for the week.',
      'publishes an offer',
      'offers',
      'createOffer',
    ],
    [
      'pt',
      'Como produtor, quero publicar minhas ofertas da semana.',
      'publica uma oferta',
      'ofertas',
      'createOferta',
    ],
    [
      'es',
      'Como productor, quiero publicar mis ofertas de la semana.',
      'publica una oferta',
      'ofertas',
      'createOferta',
    ],
  ])('%s: the story reaches the stated POST, not an update', async (_l, wants, described, table, op) => {
    const r = await run({
      'docs/prd.md': `# PRD\n\n## Stories\n\n- ${wants}\n\n## Roles\n\n- producer: sells\n- produtor: vende\n- productor: vende\n`,
      'docs/architecture.md': `# Architecture\n\n## Data model\n\n\`\`\`sql\nCREATE TABLE ${table} (id uuid PRIMARY KEY, product text NOT NULL, price numeric(10,2) NOT NULL);\n\`\`\`\n\n## API\n\n| Method | Path | Who | Description |\n|---|---|---|---|\n| POST | /${table} | producer, produtor, productor | ${described} |\n| PATCH | /${table}/{id} | producer, produtor, productor | changes price |\n| GET | /${table} | public | the catalogue |\n`,
    });
    expect((r.spec!.stories ?? []).map((x) => x.operations)).toEqual([[op]]);
  });
});
