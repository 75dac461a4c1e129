import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';

// Issue 13 (design the API from what users do; stated contracts win): stories that reached no
// operation in the corpus although the documents say which stated route serves them — a Kiro task
// plan citing the requirement (`_Requirements: 2.2_`, papas-backend 0 of 10), a route written in the
// story's own criteria ("a `GET` request is made to `/v1/…`", odata-gateway-bq), stories written in
// Japanese, Chinese or Russian, stated routes the only operations of a project with no data model,
// a stated settings route, a stated export, a stated `/start`.

const run = async (files: Record<string, string>) =>
  (await compile({ root: '/p', verify: { skip: true } }, memoryHost(files))).spec!;

/** A Kiro spec: requirements with stories, a task plan whose tasks state routes and cite criteria. */
const kiro = (story: string, label: string) => ({
  '/p/.kiro/specs/api/requirements.md': `# Requirements Document\n\n## Requirements\n\n### Requirement 1: Catalogue\n\n**User Story:** ${story}\n\n#### Acceptance Criteria\n\n1. WHEN a member opens the catalogue THEN the system SHALL return the items\n2. WHEN a member opens an item THEN the system SHALL return it\n\n### Requirement 2: Health\n\n**User Story:** As an operator, I want the service to stay fast, so that members wait less\n\n#### Acceptance Criteria\n\n1. WHEN a request arrives THEN the system SHALL answer within 200ms\n`,
  '/p/.kiro/specs/api/design.md': '# Design Document\n\n## Architecture\n\nA FastAPI service.\n',
  '/p/.kiro/specs/api/tasks.md': `# Implementation Plan\n\n- [ ] 1. Build the catalogue endpoints\n\n  - Implement GET /api/v1/items endpoint with pagination\n  - Create GET /api/v1/items/{item_id} endpoint for one item\n  - _${label}: 1.1, 1.2_\n\n- [ ] 2. Add the health check\n\n  - Implement GET /api/v1/system/health endpoint\n  - _${label}: 2.1_\n`,
});

describe('a task plan citing a requirement says which stated routes serve its story', {
  timeout: 60_000,
}, () => {
  it.each([
    ['en', 'As a member, I want to look through the catalogue, so that I find what I need', 'Requirements'],
    ['es', 'Como socio, quiero hojear el catálogo, para que encuentre lo que necesito', 'Requisitos'],
    [
      'de',
      'Als Mitglied möchte ich den Katalog durchstöbern, damit ich finde, was ich brauche',
      'Anforderungen',
    ],
    ['ja', 'As a 会員, I want カタログを閲覧できる, so that 必要な物を見つけられる', '要件'],
  ])('%s', async (_lang, story, label) => {
    const spec = await run(kiro(story, label));
    const s = spec.stories?.find((x) => x.id === 'Requirement 1');
    expect(s?.operations.sort(), JSON.stringify(spec.stories)).toEqual(['getItem', 'listItems']);
    // Nothing is designed beside the stated routes, and the quality story stays without one.
    expect(
      spec.endpoints.filter((e) => e.path.includes('/items')).every((e) => e.origin.kind === 'source'),
    ).toBe(true);
    const list = spec.endpoints.find((e) => e.operationId === 'listItems')!;
    expect(list.requirements).toContain('Requirement 1');
  });

  it('a bare number that fits no requirement id cites nothing', async () => {
    const files = kiro('As a member, I want to look through the catalogue', 'Requirements');
    files['/p/.kiro/specs/api/tasks.md'] = files['/p/.kiro/specs/api/tasks.md']!.replace('1.1, 1.2', '7.1');
    const spec = await run(files);
    const list = spec.endpoints.find((e) => e.operationId === 'listItems');
    expect(list?.requirements ?? []).not.toContain('Requirement 1');
  });
});

describe('a route written in a story states what serves it', { timeout: 60_000 }, () => {
  it.each([
    ['en', 'When a `GET` request is made to `/v1/metadata/neighbours?table=Customers`'],
    ['es', 'Cuando se envía una petición GET a `/v1/metadata/neighbours?table=Customers`'],
    ['fr', 'Quand une requête GET vers /v1/metadata/neighbours?table=Customers est envoyée'],
  ])('%s', async (_lang, when) => {
    const spec = await run({
      '/p/docs/prd.md': `# Epics\n\n## Epic 1: Explorer\n\n### Story 1.1: Neighbourhood API\n\nAs a backend developer,\nI want a lightweight endpoint that returns the relationships of one table,\nSo that the canvas loads lazily.\n\n**Acceptance Criteria:**\n\n**Given** a signed-in user\n${when}\n**Then** the gateway returns the relationships of the table.\n`,
      '/p/docs/architecture.md': '# Architecture\n\nThe gateway is stateless: it stores nothing.\n',
    });
    const read = spec.endpoints.find((e) => e.path === '/v1/metadata/neighbours');
    expect(read?.origin.kind, JSON.stringify(spec.endpoints.map((e) => e.path))).toBe('source');
    expect(spec.stories?.find((s) => s.id === 'Story 1.1')?.operations).toEqual([read!.operationId]);
  });
});

describe('account steps in Japanese, Chinese and Russian stories', { timeout: 60_000 }, () => {
  it.each([
    ['ja', 'As a 会員, I want 簡単にログインできる, so that すぐ使える'],
    ['ja (として)', '会員として、簡単にログインしたい。'],
    ['zh', '作为会员，我希望登录系统，以便查看订单'],
    ['ru', 'Как участник, я хочу войти в систему, чтобы видеть заказы'],
  ])('%s', async (_lang, story) => {
    const spec = await run({
      '/p/docs/prd.md': `# PRD\n\n## Stories\n\n- ${story}\n`,
      '/p/docs/architecture.md':
        '# Architecture\n\n```sql\nCREATE TABLE users (id uuid PRIMARY KEY, email text NOT NULL, password_hash text NOT NULL);\nCREATE TABLE orders (id uuid PRIMARY KEY, user_id uuid NOT NULL REFERENCES users(id));\n```\n',
    });
    const s = spec.stories?.[0];
    expect(s?.operations, JSON.stringify(spec.stories)).toEqual(['login']);
  });
});

describe('a project with no data model: its stated routes are its operations', { timeout: 60_000 }, () => {
  it.each([
    ['en', '- **FR15:** Users can check current consumption via a usage endpoint.', 'getAdminUsage'],
    [
      'es',
      '- **RF-15:** Los usuarios pueden consultar el consumo actual en el endpoint de consumo.',
      'getAdminConsumo',
    ],
  ])('%s', async (lang, fr, op) => {
    const path = lang === 'es' ? '/admin/consumo' : '/admin/usage';
    const spec = await run({
      '/p/docs/prd.md': `# PRD\n\n## Functional Requirements\n\n${fr}\n- **FR16:** Admins can define scan budgets per project.\n`,
      '/p/docs/architecture.md': `# Architecture\n\nThe gateway is stateless.\n\n- **Operational Endpoints:** \`GET /health\`, \`POST /admin/refresh\`, \`GET ${path}\`.\n`,
    });
    const [mapped, budget] = spec.stories ?? [];
    expect(mapped?.operations, JSON.stringify(spec.stories)).toEqual([op]);
    // A story no stated route serves gets no guessed one.
    expect(budget?.operations).toEqual([]);
    expect(spec.endpoints.every((e) => e.origin.kind === 'source' || e.action === 'auth')).toBe(true);
  });
});

describe('stated settings, export and state routes serve the stories that name them', {
  timeout: 60_000,
}, () => {
  const sql =
    "```sql\nCREATE TABLE workflows (id uuid PRIMARY KEY, name text NOT NULL, status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'running', 'paused')));\n```";
  const routes =
    '```\nGET    /api/workflows\nPOST   /api/workflows\nGET    /api/workflows/{id}\nPOST   /api/workflows/{id}/start\nGET    /api/workflows/{id}/export\nPUT    /api/user/config\n```';
  it.each([
    ['en', 'Users can start a workflow from the chat.', 'startWorkflow'],
    ['en', 'Users can export workflow outputs.', 'getWorkflowExport'],
    ['en', 'Users can configure the assistant to use their own model key.', 'putUserConfig'],
    ['es', 'Los usuarios pueden exportar los resultados del workflow.', 'getWorkflowExport'],
    ['fr', "Les utilisateurs peuvent configurer l'assistant avec leur propre clé.", 'putUserConfig'],
  ])('%s: %s', async (_lang, fr, op) => {
    const spec = await run({
      '/p/docs/prd.md': `# PRD\n\n## Functional Requirements\n\n- **FR1:** ${fr}\n`,
      '/p/docs/architecture.md': `# Architecture\n\n## Data\n\n${sql}\n\n## API\n\n${routes}\n`,
    });
    expect(spec.stories?.[0]?.operations, JSON.stringify(spec.stories)).toEqual([op]);
    expect(spec.endpoints.filter((e) => /\/(?:download|pdf)$/.test(e.path))).toEqual([]);
  });
});
