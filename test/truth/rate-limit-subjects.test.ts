import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';
import { readActionRate, readLimitSubject } from '../../src/read/rate-limit-words.js';
import { formatReport } from '../../src/report/index.js';

// Issue 11 (spec-kit trial in Brazilian Portuguese): the completion report's "Rate limiting" line named
// only the endpoint classes, though the model held the stated "Criação de pedidos: no máximo 5 por
// minuto por consumidor"; and "per IP", "/user", "por IP", "por usuário", "pro Nutzer", "par IP" were
// not read as who a limit counts. The report line names each stated limit as written, with who it
// counts in the report's words.

describe('who a stated limit counts', () => {
  it.each([
    [' per IP.', 'IP'],
    ['/user', 'user'],
    [' por IP', 'IP'],
    [' por usuário.', 'usuário'],
    [' pro Nutzer', 'Nutzer'],
    [' par IP', 'IP'],
    [' per IP address', 'IP address'],
    [' par adresse IP', 'adresse IP'],
    [' per utente', 'utente'],
    [', je Benutzer', 'Benutzer'],
    [' per minute', null],
    ['', null],
    [' and then the next request waits.', null],
  ])('%j → %s', (after, who) => {
    expect(readLimitSubject(after)).toBe(who);
  });

  it('a counted action limit keyed by IP ("por IP") keeps it', () => {
    expect(readActionRate('Criação de pedidos: no máximo 5 por minuto por IP.')?.per).toBe('IP');
  });
});

const CASES: [lang: string, prd: string, route: string, per: string, counted: string][] = [
  [
    'en',
    'POST /api/orders: no more than 10 requests per minute per user.',
    'POST /api/orders',
    'user',
    'counted per user',
  ],
  [
    'en',
    'POST /api/orders is limited to 10 requests per minute per IP.',
    'POST /api/orders',
    'IP',
    'counted per IP',
  ],
  ['en', 'Rate limit: POST /api/orders 10 req/min/user.', 'POST /api/orders', 'user', 'counted per user'],
  [
    'es',
    'Límite: POST /api/pedidos como máximo 10 peticiones por minuto por usuario.',
    'POST /api/pedidos',
    'usuario',
    'contado por usuario',
  ],
  [
    'pt',
    'Limite: POST /api/pedidos no máximo 10 requisições por minuto por usuário.',
    'POST /api/pedidos',
    'usuário',
    'contado por usuário',
  ],
  [
    'fr',
    'Limite : POST /api/commandes au plus 10 requêtes par minute par IP.',
    'POST /api/commandes',
    'IP',
    'compté par IP',
  ],
  [
    'de',
    'Begrenzt: POST /api/bestellungen höchstens 10 Anfragen pro Minute pro Nutzer.',
    'POST /api/bestellungen',
    'Nutzer',
    'gezählt je Nutzer',
  ],
];

describe('the report names the stated per-operation limits', { timeout: 120_000 }, () => {
  it.each(CASES)('%s: %s', async (lang, sentence, route, per, counted) => {
    const table = route.split('/').pop()!;
    const host = memoryHost({
      '/p/docs/prd.md': `# PRD\n\n## NFR\n\n- ${sentence}\n`,
      '/p/docs/architecture.md': `# Architecture\n\n\`\`\`sql\nCREATE TABLE ${table} (id uuid PRIMARY KEY, total numeric NOT NULL);\n\`\`\`\n\n| Method | Path | Notes |\n|---|---|---|\n| ${route.replace(' ', ' | ')} | |\n| GET | ${route.split(' ')[1]} | |\n`,
    });
    const r = await compile({ root: '/p', verify: { skip: true }, lang }, host);
    const limited = r.spec!.endpoints.find((e) => `${e.method} ${e.path}` === route);
    expect(limited?.statedRateLimit).toMatchObject({ requests: 10, windowSeconds: 60, per });
    const line = formatReport(r.report!)
      .split('\n')
      .find((l) => l.includes(route));
    expect(line).toBeDefined();
    expect(line).toContain(`“${limited!.statedRateLimit!.text}”`);
    expect(line).toContain(counted.replace(new RegExp(`${per}$`), `“${per}”`));
  });
});
