import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';

/** Small projects written in Spanish and French whose data model states entity names but no table names. */
const SPANISH = {
  '/p/docs/prd.md': `# Documento de requisitos

El sistema permite que cada usuario registre sus direcciones de entrega y que los repartidores mantengan su perfil.

- RF-01: El usuario puede crear, editar y eliminar una dirección.
- RF-02: El repartidor actualiza su perfil de repartidor con el vehículo y la zona.
`,
  '/p/docs/architecture.md': `# Arquitectura

La API es REST sobre PostgreSQL. Estos son los modelos de datos del sistema:

\`\`\`typescript
interface Usuario {
  id: string;
  email: string;
  nombre: string;
}

interface Direccion {
  id: string;
  usuarioId: string;
  calle: string;
  ciudad: string;
}

interface PerfilRepartidor {
  id: string;
  usuarioId: string;
  vehiculo: string;
  zona: string;
}
\`\`\`
`,
};

const FRENCH = {
  '/p/docs/prd.md': `# Document des exigences

Le garage publie des travaux pour les techniciens, qui indiquent leur adresse et la zone où ils interviennent.

- EF-01 : Le garage crée un travail avec une adresse d'intervention.
- EF-02 : Le technicien accepte les travaux de sa zone.
`,
  '/p/docs/architecture.md': `# Architecture

L'API est une API REST avec une base de données PostgreSQL. Les modèles de données sont les suivants :

\`\`\`typescript
interface Technicien {
  id: string;
  nom: string;
  zone: string;
}

interface Adresse {
  id: string;
  rue: string;
  ville: string;
}

interface Travail {
  id: string;
  technicienId: string;
  adresseId: string;
  description: string;
}
\`\`\`
`,
};

async function names(files: Record<string, string>) {
  const r = await compile({ root: '/p', verify: { skip: true } }, memoryHost(files));
  expect(r.ok).toBe(true);
  const tables = Object.fromEntries(r.spec!.entities.map((e) => [e.name, e.table]));
  const paths = r.spec!.endpoints.map((e) => e.path);
  return { tables, paths, spec: r.spec! };
}

describe('derived table and route names follow the language of the names', { timeout: 60_000 }, () => {
  it('Spanish: direcciones, perfiles_repartidor, usuarios; /direcciones, never /direccions', async () => {
    const { tables, paths } = await names(SPANISH);
    expect(tables).toMatchObject({
      Usuario: 'usuarios',
      Direccion: 'direcciones',
      PerfilRepartidor: 'perfiles_repartidor',
    });
    expect(paths.some((p) => /\/direcciones(\/|$)/.test(p))).toBe(true);
    expect(paths.some((p) => /\/perfiles-repartidor(\/|$)/.test(p))).toBe(true);
    expect(paths.join(' ')).not.toMatch(/direccions|repartidors|perfil-repartidors/);
  });

  it('French: adresses, travaux, techniciens', async () => {
    const { tables, paths } = await names(FRENCH);
    expect(tables).toMatchObject({ Technicien: 'techniciens', Adresse: 'adresses', Travail: 'travaux' });
    expect(paths.some((p) => /\/travaux(\/|$)/.test(p))).toBe(true);
    expect(paths.join(' ')).not.toMatch(/travails/);
  });

  it('a stated table name is used as stated', async () => {
    const files = {
      ...SPANISH,
      '/p/docs/architecture.md': `${SPANISH['/p/docs/architecture.md']}

\`\`\`sql
CREATE TABLE direccion_envio (id uuid PRIMARY KEY, calle text NOT NULL);
\`\`\`
`,
    };
    const { tables } = await names(files);
    expect(Object.values(tables)).toContain('direccion_envio');
  });
});
