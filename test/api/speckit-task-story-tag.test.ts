import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';

/**
 * Issue 13: a spec-kit task states a route with no caller of its own (`T012 [US2] POST …/devolucion`);
 * its `[US2]` tag is the template's "User Story 2" of the same feature ("Historia 2"), whose actor
 * calls it. The route is that story's, not a route every role is denied.
 */
const SPEC = `# Especificación: Préstamos

## Roles

| Persona | Rol | Qué hace |
|---|---|---|
| Socia | \`socio\` | Pide libros prestados |
| Bibliotecario | \`bibliotecario\` | Registra las devoluciones |

## Escenarios de usuario

### Historia 1 — Pedir un libro (Prioridad: P1)

Como socio, quiero pedir prestado un libro del catálogo.

### Historia 2 — Registrar una devolución (Prioridad: P1)

Como bibliotecario, quiero registrar la devolución de un préstamo en el mostrador.
`;

const PLAN = `# Plan: Préstamos

Autenticación: JWT.

\`\`\`sql
CREATE TABLE usuarios (id UUID PRIMARY KEY, email TEXT NOT NULL UNIQUE, rol TEXT NOT NULL);
CREATE TABLE libros (id UUID PRIMARY KEY, titulo TEXT NOT NULL);
CREATE TABLE prestamos (id UUID PRIMARY KEY, libro_id UUID NOT NULL REFERENCES libros(id), socio_id UUID NOT NULL REFERENCES usuarios(id), estado TEXT NOT NULL DEFAULT 'activo', devuelto_en TIMESTAMPTZ);
\`\`\`
`;

const TASKS = `# Tareas: Préstamos

## Fase 3: Historia 1

- [ ] T010 [US1] POST /api/v1/prestamos

## Fase 4: Historia 2

- [ ] T012 [US2] POST /api/v1/prestamos/:id/devolucion
`;

describe('a spec-kit task tag', () => {
  it('gives the route the actor of the story it tags', async () => {
    const host = memoryHost({
      '/p/specs/001-prestamos/spec.md': SPEC,
      '/p/specs/001-prestamos/plan.md': PLAN,
      '/p/specs/001-prestamos/tasks.md': TASKS,
    });
    const r = await compile({ root: '/p', lang: 'en', verify: { skip: true } }, host);
    const s = r.spec!;
    const back = s.endpoints.find((e) => e.method === 'POST' && e.path.endsWith('/devolucion'))!;
    expect(back.requirements).toEqual(['Historia 2']);
    expect(back.roles).toEqual(['bibliotecario']);
  });
});
