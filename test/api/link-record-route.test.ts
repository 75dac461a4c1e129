import { describe, expect, it } from 'vitest';
import { entitySchemas } from '../../src/derive/api/schemas.js';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';

// Found by the French trial (rayon): `POST /ordres/{id}/pieces` "Consigner une pièce utilisée" was
// `createPiece`, a new catalogue part under a repair order. A part names no order; the one record
// that names both (the stock movement) is what the route writes. Its order comes from the path (the
// head word of `ordres_reparation`), never from the body.

const files = {
  '/p/docs/prd.md': '# PRD\n\nEl servicio guarda las órdenes de trabajo del taller en PostgreSQL.\n',
  '/p/docs/architecture.md': `# Arquitectura

\`\`\`sql
CREATE TABLE usuarios (id uuid PRIMARY KEY, email text NOT NULL);
CREATE TABLE ordenes_trabajo (id uuid PRIMARY KEY, descripcion text NOT NULL);
CREATE TABLE repuestos (id uuid PRIMARY KEY, referencia text NOT NULL, stock integer NOT NULL);
CREATE TABLE movimientos_stock (
  id uuid PRIMARY KEY,
  repuesto_id uuid NOT NULL REFERENCES repuestos(id),
  orden_trabajo_id uuid REFERENCES ordenes_trabajo(id),
  cantidad integer NOT NULL,
  autor_id uuid NOT NULL
);
\`\`\`

| Method | Path | Who | Description |
|---|---|---|---|
| POST | /ordenes/{id}/repuestos | mecanico | Registrar un repuesto usado |
`,
};

describe('a route under a record that names a record of no link to it', { timeout: 120_000 }, () => {
  it('writes the one record that names both', async () => {
    const r = await compile({ root: '/p', verify: { skip: true } }, memoryHost(files));
    const spec = r.spec!;
    const e = spec.endpoints.find((x) => x.path.endsWith('/ordenes/{id}/repuestos'))!;
    expect(e.entity).toBe('MovimientoStock');
    expect(e.operationId).toBe('createMovimientoStock');
    const body = Object.keys(entitySchemas(spec, 'offset').MovimientoStockCreate?.properties ?? {});
    expect(body).toEqual(expect.arrayContaining(['cantidad', 'repuestoId']));
    expect(body).not.toContain('ordenTrabajoId');
  });
});
