import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';

// lancheira-speckit-pt: "Limite de 60 requisições por minuto por usuário" was keyed by its label word
// ("rate-limit.limite"), so no endpoint class took it and every class showed a default; and who the
// limit counts ("por usuário", "par IP", "per token") was dropped. A limit word is no subject: the
// limit is the API's general one, with its key read from the sentence.
const CASES: [lang: string, sentence: string, per: string, measure: string][] = [
  [
    'pt',
    'Limite de 60 requisições por minuto por usuário.',
    'usuário',
    '60 requisições por minuto (usuário)',
  ],
  ['fr', 'Limite : 100 requêtes par minute par IP.', 'IP', '100 requêtes par minute (IP)'],
  ['en', 'Limit of 60 requests per minute per token.', 'token', '60 requests per minute (token)'],
  ['es', 'Límite de 30 peticiones por minuto por usuario.', 'usuario', '30 peticiones por minuto (usuario)'],
  ['de', 'Begrenzung: 120 Anfragen pro Minute je Nutzer.', 'Nutzer', '120 Anfragen pro Minute (Nutzer)'],
];

describe("a general limit's key comes from its sentence", { timeout: 120_000 }, () => {
  it.each(CASES)('%s: %s', async (lang, sentence, per, measure) => {
    const host = memoryHost({
      '/p/docs/prd.md': `# PRD\n\n## Non-functional requirements\n\n- **NFR-002**: ${sentence}\n`,
      '/p/docs/architecture.md':
        '# Architecture\n\n```sql\nCREATE TABLE orders (id uuid PRIMARY KEY, total numeric NOT NULL);\n```\n\n| Method | Path |\n|---|---|\n| GET | /api/orders |\n| POST | /api/orders |\n',
    });
    const r = await compile({ root: '/p', verify: { skip: true }, lang }, host);
    const limit = r.domain!.parameters.find((q) => q.key.startsWith('rate-limit'));
    expect(limit).toMatchObject({ key: 'rate-limit.general', per });
    for (const cls of ['read', 'write']) {
      const p = r.spec!.performance.find((x) => x.topic.startsWith(`rate limit: ${cls} endpoints`));
      expect(p?.measure).toBe(`${measure} (stated)`);
    }
  });
});
