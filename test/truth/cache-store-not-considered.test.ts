import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';

// Issue 11 (spec-kit trial in Brazilian Portuguese): "**Armazenamento**: PostgreSQL 16; Redis 7 para
// filas e cache" left Redis "mentioned" (a storage slot), and section 10 said both "cache store: Redis
// (stated)" — from "O catálogo é guardado no Redis por 5 minutos" — and "mentioned but not chosen:
// Redis". The store a cache sentence names is not listed as an option left unchosen.

const CASES: [lang: string, storage: string, cached: string][] = [
  [
    'en',
    '**Storage**: PostgreSQL 16; Redis 7 for queues and cache',
    'The fair catalog is cached in Redis for 5 minutes.',
  ],
  [
    'es',
    '**Almacenamiento**: PostgreSQL 16; Redis 7 para colas y caché',
    'El catálogo de la feria se guarda en caché en Redis durante 5 minutos.',
  ],
  [
    'pt',
    '**Armazenamento**: PostgreSQL 16; Redis 7 para filas e cache',
    'O catálogo da feira é guardado no Redis por 5 minutos.',
  ],
];

describe('the stated cache store is not also "mentioned but not chosen"', { timeout: 120_000 }, () => {
  it.each(CASES)('%s', async (_l, storage, cached) => {
    const host = memoryHost({
      '/p/docs/prd.md': '# PRD\n\n- FR1: A customer browses the catalog.\n',
      '/p/docs/architecture.md': `# Architecture\n\n${storage}\n\n${cached}\n\n\`\`\`sql\nCREATE TABLE offers (id uuid PRIMARY KEY, price numeric NOT NULL);\n\`\`\`\n\n| Method | Path | Notes |\n|---|---|---|\n| GET | /api/catalog | fair catalog |\n`,
    });
    const r = await compile({ root: '/p', verify: { skip: true } }, host);
    const caching = r.spec!.caching!;
    expect(caching.store?.value).toBe('Redis');
    expect(caching.considered.map((c) => c.value)).not.toContain('Redis');
  });
});
