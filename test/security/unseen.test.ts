import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolveRoles } from '../../src/derive/security/roles.js';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';
import { doc, extractSecurity } from './helpers.js';

/** A small shop nobody on the project wrote: Spanish user stories, server sessions, argon2id, no error body. */
const PRD = `# Tienda — PRD

## Historias de usuario

- Como cliente, quiero crear un pedido con varios productos.
- Como administrador, quiero editar productos y eliminar productos.

## Reglas

- Un pedido debe tener al menos un producto.
`;

const ARCHITECTURE = `# Architecture

## Authentication

Session-based authentication with server-side sessions stored in PostgreSQL.
Passwords are hashed with argon2id.

## Data model

\`\`\`sql
CREATE TYPE user_role AS ENUM ('cliente', 'administrador');
CREATE TABLE users (
  id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
  email VARCHAR(255) NOT NULL UNIQUE,
  password_hash TEXT NOT NULL,
  role user_role NOT NULL DEFAULT 'cliente'
);
CREATE TABLE products (
  id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
  name VARCHAR(120) NOT NULL,
  price NUMERIC(10,2) NOT NULL CHECK (price >= 0)
);
CREATE TABLE pedidos (
  id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id UUID NOT NULL REFERENCES users(id),
  created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
\`\`\`
`;

describe('an unseen project (other language, other strategy)', () => {
  it('derives roles, session auth, a complete matrix and RFC 9457 errors', async () => {
    const host = memoryHost({ '/shop/docs/prd.md': PRD, '/shop/docs/architecture.md': ARCHITECTURE });
    const r = await compile({ root: '/shop', lang: 'en', verify: { skip: true } }, host);
    expect(r.ok).toBe(true);
    const s = r.spec!;
    expect(s.roles.map((x) => x.name)).toEqual(['cliente', 'administrador']);
    expect(s.auth!.strategy.value).toBe('session');
    expect(s.auth!.passwordHashing!.value).toBe('argon2id');
    expect(s.auth!.passwordHashing!.origin).toMatchObject({
      kind: 'source',
      file: 'docs/architecture.md',
      line: 6,
    });
    // Sessions issue no bearer tokens: no token lifetimes are invented.
    expect(s.auth!.accessTokenTtlSeconds).toBeNull();
    expect(s.auth!.refreshTokenTtlSeconds).toBeNull();
    expect(s.errors!.format.value).toBe('problem-details');
    const m = s.permissions!;
    expect(m.rows).toHaveLength(s.endpoints.length);
    for (const row of m.rows) expect(Object.keys(row.access).sort()).toEqual(['administrador', 'cliente']);
    const createPedido = s.endpoints.find((e) => e.entity === 'Pedido' && e.action === 'create')!;
    const pedidoRow = m.rows.find((x) => x.operationId === createPedido.operationId)!;
    // The customer's story grants create; per-user isolation makes it their own orders only.
    expect(pedidoRow.access).toEqual({ cliente: 'own', administrador: 'allowed' });
    expect(pedidoRow.reasons!.cliente).toMatchObject({
      kind: 'rule',
      rule: 'derive/authz-owner-only',
      from: [{ file: 'docs/prd.md', line: 5 }],
    });
    const deleteProduct = s.endpoints.find((e) => e.entity === 'Product' && e.action === 'delete')!;
    expect(m.rows.find((x) => x.operationId === deleteProduct.operationId)!.access).toEqual({
      cliente: 'denied',
      administrador: 'allowed',
    });
    expect(s.validation!.sensitiveFields.find((f) => f.field === 'passwordHash')?.reason).toBe('secret');
    const text = r.artifacts[0]!.text;
    expect(text).toContain('## 5. Authentication & Authorization');
    expect(text).toContain('## 7. Error Handling');
  });
});

describe('the security extractors never crash', () => {
  it('on arbitrary markdown', () => {
    const line = fc.oneof(
      fc.string(),
      fc.constantFrom(
        '| Role | Level |',
        '|---|---|',
        '| ADMIN | x |',
        '```sql',
        '```',
        '- As a , I want',
        'roles: a, b',
        '{ error: {',
        'JWT expiry | 30 days',
      ),
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 30 }), (lines) => {
        const domain = extractSecurity([doc('x.md', 'prd', lines.join('\n'))]);
        resolveRoles(domain);
      }),
      { numRuns: 200 },
    );
  });
});
