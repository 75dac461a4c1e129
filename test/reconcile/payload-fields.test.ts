import { describe, expect, test } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';

/** JSON bodies stated for an endpoint against the columns of the entity its path names, en and pt. */
function run(arch: string, api: string) {
  return compile(
    { root: '/p', verify: { skip: true } } as Parameters<typeof compile>[0],
    memoryHost({
      '/p/docs/product/PRD.md': '# PRD\n\n## Functional Requirements\n\n- **FR1:** Users place orders\n',
      '/p/docs/technical/architecture.md': arch,
      '/p/docs/technical/api.md': api,
    }),
  );
}

const found = (out: Awaited<ReturnType<typeof run>>) =>
  out
    .spec!.reconciliation.conflicts.filter((c) => c.code === 'reconcile/payload-field-mismatch')
    .map((c) => [c.subject, c.params!.column, c.sides.map((s) => `${s.at.file}:${s.at.line}`)]);

const EN_ARCH = `# Architecture

\`\`\`sql
CREATE TABLE users (id UUID PRIMARY KEY, email TEXT NOT NULL, display_name TEXT NOT NULL, created_at TIMESTAMPTZ NOT NULL);
CREATE TABLE orders (
  id UUID PRIMARY KEY,
  user_id UUID NOT NULL REFERENCES users(id),
  amount_cents INTEGER NOT NULL,
  currency TEXT NOT NULL,
  created_at TIMESTAMPTZ NOT NULL
);
\`\`\`
`;

const EN_API = `# API

## POST /api/v1/orders

\`\`\`json
{
  "userId": "8d1c…",
  "total": 42.5,
  "currency": "EUR",
  "createdAt": "2026-01-01T10:00:00Z"
}
\`\`\`

## GET /users/{id}

\`\`\`
GET /users/{id}

Response 200:
{
  "id": "u1",
  "email": "ana@example.com",
  "userName": "Ana",
  "createdAt": "2026-01-01T10:00:00Z"
}
\`\`\`
`;

describe('payload field names vs columns', () => {
  test('en: "total" against amount_cents, "userName" against display_name; camelCase of a column is the same name', async () => {
    expect(found(await run(EN_ARCH, EN_API))).toEqual([
      ['Order.total', '', ['docs/technical/api.md:8', 'docs/technical/architecture.md:5']],
      ['User.userName', '', ['docs/technical/api.md:23', 'docs/technical/architecture.md:4']],
    ]);
    const d = (await run(EN_ARCH, EN_API)).diagnostics.filter(
      (x) => x.code === 'reconcile/payload-field-mismatch',
    );
    expect(d[0]?.message).toBe(
      '"total" in the POST /api/v1/orders body is not a column of Order (docs/technical/architecture.md:5)',
    );
  });

  test('pt: a near name is named as the closest column', async () => {
    const arch =
      '# Arquitetura\n\n```sql\nCREATE TABLE pedidos (id UUID PRIMARY KEY, cliente_id UUID NOT NULL, valor_total NUMERIC NOT NULL, estado TEXT NOT NULL);\n```\n';
    const api =
      '# API\n\n### POST /pedidos\n\n```json\n{\n  "cliente_id": "c1",\n  "valorTotal": 10,\n  "situacao": "novo",\n  "estados": "novo"\n}\n```\n';
    const out = found(await run(arch, api));
    expect(out.map((f) => [f[0], f[1]])).toEqual([
      ['Pedido.situacao', ''],
      ['Pedido.estados', 'estado'],
    ]);
  });

  test('near misses: login bodies, envelopes, embedded records, another entity, error bodies', async () => {
    const api = `# API

## POST /auth/login

\`\`\`json
{ "email": "a@b.c", "password": "x" }
\`\`\`

## GET /orders

\`\`\`json
{
  "items": [],
  "total": 2,
  "page": 1
}
\`\`\`

## GET /orders/{id}

\`\`\`json
{
  "id": "o1",
  "amount_cents": 4250,
  "currency": "EUR",
  "user": { "id": "u1", "name": "Ana" }
}
\`\`\`

## POST /users/{id}/roles

\`\`\`json
{
  "role": "admin",
  "granted_by": "u2",
  "reason": "ops"
}
\`\`\`

## DELETE /orders/{id}

\`\`\`json
{ "type": "about:blank", "title": "Not found", "status": 404, "detail": "no order" }
\`\`\`
`;
    expect(found(await run(EN_ARCH, api))).toEqual([]);
  });
});
