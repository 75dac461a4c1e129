import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';

// buchfink-de review: "Anonyme Katalogsuche: höchstens 30 Anfragen pro Minute je IP-Adresse" and
// "Angemeldete Nutzer: 120 Anfragen pro Minute" showed the 300/60 per-class defaults: "pro", "par",
// "por", "al" were no window separators, "Anfragen", "requêtes", "richieste", "verzoeken" no request
// words, and a limit keyed by its callers reached no endpoint class. Signed-in callers' limit now
// governs the read, write and expensive classes; the anonymous one stands as its own stated row.
const CASES: [lang: string, anonymous: string, signedIn: string][] = [
  [
    'en',
    'Anonymous catalog search: at most 30 requests per minute per IP.',
    'Authenticated users: 120 requests per minute.',
  ],
  [
    'de',
    'Anonyme Katalogsuche: höchstens 30 Anfragen pro Minute je IP-Adresse.',
    'Angemeldete Nutzer: 120 Anfragen pro Minute.',
  ],
  [
    'fr',
    'Recherche anonyme : au plus 30 requêtes par minute par IP.',
    'Utilisateurs authentifiés : 120 requêtes par minute.',
  ],
  [
    'es',
    'Búsqueda anónima: como máximo 30 solicitudes por minuto por IP.',
    'Usuarios autenticados: 120 solicitudes por minuto.',
  ],
  [
    'pt',
    'Busca anônima: no máximo 30 requisições por minuto por IP.',
    'Usuários autenticados: 120 requisições por minuto.',
  ],
  [
    'it',
    'Ricerca anonima: al massimo 30 richieste al minuto per IP.',
    'Utenti autenticati: 120 richieste al minuto.',
  ],
  [
    'nl',
    'Anonieme zoekopdrachten: hoogstens 30 verzoeken per minuut per IP.',
    'Ingelogde gebruikers: 120 verzoeken per minuut.',
  ],
  // The Polish trial (test/polish/projects/schronisko): "limit 60 żądań na minutę na adres IP dla
  // niezalogowanych" was no rate ("na" no window separator, "żądań" no request word).
  [
    'pl',
    'Wyszukiwanie dla niezalogowanych: najwyżej 30 żądań na minutę na adres IP.',
    'Zalogowani użytkownicy: 120 żądań na minutę.',
  ],
];

describe('general limits keyed by their callers', { timeout: 120_000 }, () => {
  it.each(CASES)('%s', async (lang, anonymous, signedIn) => {
    const host = memoryHost({
      '/p/docs/prd.md': `# PRD\n\n## NFR\n\n### Rate limits\n\n- ${anonymous}\n- ${signedIn}\n`,
      '/p/docs/architecture.md':
        '# Architecture\n\n```sql\nCREATE TABLE books (id uuid PRIMARY KEY, title text NOT NULL);\n```\n\n| Method | Path | Notes |\n|---|---|---|\n| GET | /api/books | |\n| POST | /api/books | |\n',
    });
    const r = await compile({ root: '/p', verify: { skip: true }, lang }, host);
    const rows = r.spec!.performance.filter((p) => p.topic.startsWith('rate limit'));
    const read = rows.find((p) => p.topic.startsWith('rate limit: read endpoints'));
    const write = rows.find((p) => p.topic.startsWith('rate limit: write endpoints'));
    expect(read?.measure).toMatch(/^120 \S+ \S+ \S+ \(stated\)$/);
    expect(write?.measure).toBe(read?.measure);
    expect(rows.find((p) => p.topic === 'rate limit: anonymous callers')?.measure).toMatch(
      /30 .*\(stated\)$/,
    );
  });
});

// "limit 60 żądań na minutę na adres IP dla niezalogowanych": who a limit counts may follow it.
describe('callers named after the limit', { timeout: 120_000 }, () => {
  it.each([
    ['en', 'Constraints: a limit of 60 requests per minute per IP for anonymous users; 99.5% availability.'],
    ['pl', 'Ograniczenia: limit 60 żądań na minutę na adres IP dla niezalogowanych; dostępność 99,5%.'],
  ])('%s', async (_lang, line) => {
    const host = memoryHost({
      '/p/docs/prd.md': `# PRD\n\n## NFR\n\n- ${line}\n`,
      '/p/docs/architecture.md':
        '# Architecture\n\n```sql\nCREATE TABLE books (id uuid PRIMARY KEY, title text NOT NULL);\n```\n\n| Method | Path | Notes |\n|---|---|---|\n| GET | /api/books | |\n| POST | /api/books | |\n',
    });
    const r = await compile({ root: '/p', verify: { skip: true } }, host);
    expect(r.domain!.parameters.filter((p) => p.key.startsWith('rate-limit')).map((p) => p.key)).toEqual([
      'rate-limit.anonymous',
    ]);
  });
});
