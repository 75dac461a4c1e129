import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';

// Found on an unseen Romanian trial (a school canteen pre-order: Spring Boot 3 + Kotlin, Flyway SQL,
// Keycloak, Netopia, SMSLink) and its English translation; each general defect is tested in English
// and at least one more language.

const DATA = `## Data\n\n\`\`\`sql\nCREATE TABLE schools (id BIGSERIAL PRIMARY KEY, name VARCHAR(200) NOT NULL UNIQUE);\nCREATE TABLE menus (id BIGSERIAL PRIMARY KEY, school_id BIGINT NOT NULL REFERENCES schools(id), title VARCHAR(200) NOT NULL);\nCREATE TABLE orders (id BIGSERIAL PRIMARY KEY, menu_id BIGINT NOT NULL REFERENCES menus(id), status VARCHAR(20) NOT NULL);\n\`\`\`\n`;

async function spec(
  architecture: string,
  stack = '',
  prd = '# PRD\n\n- As a parent, I want to order lunch.\n',
) {
  const host = memoryHost({
    '/p/docs/prd.md': prd,
    '/p/docs/architecture.md': `# Architecture\n\n${DATA}\n${architecture}\n`,
    ...(stack ? { '/p/docs/tech-stack.md': `# Tech stack\n\n${stack}\n` } : {}),
  });
  return (await compile({ root: '/p', verify: { skip: true } }, host)).spec!;
}

const ROUTES =
  '## API\n\n| Method | Route | Description |\n|---|---|---|\n| GET | /schools | List of schools |\n| GET | /schools/{id}/menus | Published menus |\n';

describe('a period kept under a cache heading, with no cache word in its sentence', {
  timeout: 60_000,
}, () => {
  it.each([
    ['en', '## 7. Cache\n\nThe list of schools is kept for 24 hours.'],
    ['es', '## 7. Caché\n\nLa lista de escuelas se guarda 24 horas.'],
  ])('%s: is the entry’s lifetime, and no purge job deletes the table', async (_lang, cache) => {
    const s = await spec(`${ROUTES}\n${cache}\n`, '| Layer | Technology |\n|---|---|\n| Cache | Redis 7 |');
    expect(s.jobs.filter((j) => /purge/.test(j.name)).map((j) => j.name)).toEqual([]);
    const entry = s.caching?.entries.find((e) => e.ttlSeconds === 86400);
    expect(entry).toBeDefined();
  });
});

describe('a table of nouns in -u (`menus`)', { timeout: 60_000 }, () => {
  it.each([
    ['en', '# PRD\n\n- As a parent, I want to see the menu of my school.\n'],
    ['es', '# PRD\n\n- Como padre, quiero ver el menú de mi escuela.\n'],
  ])('%s: is the entity Menu, not Menus', async (_lang, prd) => {
    const s = await spec(ROUTES, '', prd);
    expect(s.entities.map((e) => e.name)).toContain('Menu');
    expect(s.entities.map((e) => e.name)).not.toContain('Menus');
  });
});

describe('a base path stated as "the prefix"', { timeout: 60_000 }, () => {
  it.each([
    ['en', 'All routes have the prefix `/api/v1`. Responses are JSON.'],
    ['ro', 'Toate rutele au prefixul `/api/v1`. Răspunsurile sunt în format JSON.'],
  ])('%s: is the API’s base path', async (_lang, sentence) => {
    const s = await spec(
      `## API\n\n${sentence}\n\n| Method | Route | Description |\n|---|---|---|\n| GET | /schools | List of schools |\n`,
    );
    expect(s.endpoints.map((e) => e.path)).toContain('/api/v1/schools');
  });
});

describe('paging parameters written as code spans without an underscore', { timeout: 60_000 }, () => {
  it.each([
    ['en', 'Pagination: the parameters `page` and `size` (default 20, maximum 100).'],
    ['ro', 'Paginare: parametrii `page` și `size` (implicit 20, maximum 100).'],
    ['es', 'Paginación: los parámetros `page` y `size` (por defecto 20, máximo 100).'],
  ])('%s: are the names of numbered pages', async (_lang, sentence) => {
    const s = await spec(`${ROUTES}\n${sentence}\n`);
    const list = s.endpoints.find((e) => e.method === 'GET' && e.path === '/schools');
    expect(list?.pagination?.style).toBe('page');
    expect(list?.pagination?.names).toEqual({ page: 'page', limit: 'size' });
  });
});

describe('a verdict label’s reason that prefers another option', { timeout: 60_000 }, () => {
  it.each([
    ['en', '- **Rejected:** Liquibase, because the team prefers plain SQL over XML/YAML changelogs.'],
    ['de', '- **Abgelehnt:** Liquibase, weil das Team plain SQL gegenüber XML-Changelogs bevorzugt.'],
  ])('%s: rejects the named option only, not what the reason names', async (_lang, line) => {
    const s = await spec(
      `## ADR-03: Migrations\n\n- **Decision:** Flyway, with versioned SQL scripts.\n${line}\n`,
    );
    const rejected = s.reconciliation.decisions.filter((d) => d.status === 'rejected').map((d) => d.subject);
    expect(rejected).toContain('Liquibase');
    expect(rejected).not.toContain('raw SQL');
  });
});

const LIFECYCLE = (paid: string, noShow: string) =>
  `## Order lifecycle\n\n\`\`\`mermaid\nstateDiagram-v2\n    [*] --> pending_payment\n    pending_payment --> paid: ${paid}\n    paid --> no_show: ${noShow}\n\`\`\`\n\n## API\n\n| Method | Route | Description |\n|---|---|---|\n| POST | /orders | New order |\n| POST | /webhooks/netopia | Netopia notification |\n\n## Jobs\n\n| Job | Cron | Description |\n|---|---|---|\n| NoShowJob | 0 0 16 * * MON-FRI | no_show |\n`;

describe('a transition named by a provider’s first word and a job named in CamelCase', {
  timeout: 60_000,
}, () => {
  it.each([
    [
      'en',
      'Netopia IPN notification',
      'the pupil did not pick up the portion',
      'An order becomes paid when Netopia confirms the payment through the IPN notification.',
    ],
    [
      'es',
      'notificación IPN de Netopia',
      'el alumno no recogió la porción',
      'Un pedido pasa a pagado cuando Netopia confirma el pago mediante la notificación IPN.',
    ],
  ])(
    '%s: the webhook and the job make them, and IPN is no integration',
    async (_lang, paid, noShow, sentence) => {
      const s = await spec(
        `${LIFECYCLE(paid, noShow)}\n${sentence}\n`,
        '| Layer | Technology |\n|---|---|\n| Payments | Netopia Payments (API v2) |',
      );
      const t = (s.lifecycles ?? []).flatMap((l) => l.transitions);
      expect(t.find((x) => x.to === 'paid')?.trigger).toBe('receiveNetopiaWebhook');
      expect(t.find((x) => x.to === 'no_show')?.trigger).toBe('NoShowJob');
      expect(s.integrations.map((i) => i.name)).not.toContain('IPN');
    },
  );
});
