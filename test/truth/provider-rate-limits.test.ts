import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';

// Issue 11 ("someone else's API taken for ours"): a provider's request limit ("Mollie allows 100
// requests per second", "the SMS API accepts 10 req/s", "Limit: 100 requests per second" under the
// provider's own heading) became the limit of our read endpoints. A limit stated in a provider's
// section, or with the provider (or a channel service's API) as its subject, binds our client: the
// integration block carries it, and our endpoint classes never take it.
const SQL =
  '```sql\nCREATE TABLE orders (id uuid PRIMARY KEY, total numeric NOT NULL);\n```\n\n| Method | Path |\n|---|---|\n| GET | /api/orders |\n| POST | /api/orders |\n';

async function run(lang: string, architecture: string) {
  const host = memoryHost({
    '/p/docs/prd.md': '# PRD\n\n## Goals\n\n- Orders are placed online.\n',
    '/p/docs/architecture.md': `${architecture}\n\n## Data\n\n${SQL}`,
  });
  const r = await compile({ root: '/p', verify: { skip: true }, lang }, host);
  const limits = r.domain!.parameters.filter((q) => q.key.startsWith('rate-limit')).map((q) => q.text);
  const stated = r.spec!.performance.filter(
    (p) => p.topic.startsWith('rate limit') && p.measure.includes('(stated)'),
  );
  return { r, limits, stated };
}

const NOT_OURS: [lang: string, doc: string, provider: string | null, carried: string | null][] = [
  [
    'en',
    '# External services\n\n## Mollie\n\n- Base URL: `https://api.mollie.com/v2`\n- Limit: 100 requests per second.\n',
    'Mollie',
    null,
  ],
  [
    'en',
    '# Architecture\n\n## Non-functional\n\n- Stripe allows at most 100 requests per second.\n',
    null,
    null,
  ],
  [
    'en',
    '# Architecture\n\n## Non-functional\n\n- The SMS API accepts 10 requests per second.\n',
    null,
    null,
  ],
  [
    'es',
    '# Arquitectura\n\n## Rendimiento\n\n- La API de SMS acepta 10 peticiones por segundo.\n',
    null,
    null,
  ],
  [
    'de',
    '# Architektur\n\n## Integrationen\n\n### Koha\n\n- Basis-URL: `https://koha.example/api/v1`\n- Koha erlaubt höchstens 60 Anfragen pro Minute.\n',
    'Koha',
    'Koha erlaubt höchstens 60 Anfragen pro Minute.',
  ],
  [
    'pt',
    '# Arquitetura\n\n## Integrações\n\n### Efí Pix (PSP)\n\n- **Base URL**: `https://pix.api.efipay.com.br`\n- **Limite da Efí**: 10 requisições por segundo por conta.\n',
    'Efí Pix',
    'Limite da Efí: 10 requisições por segundo por conta.',
  ],
];

describe("a provider's rate limit is not our API's", { timeout: 120_000 }, () => {
  it.each(NOT_OURS)('%s: %s', async (lang, doc, provider, carried) => {
    const { r, limits, stated } = await run(lang, doc);
    expect(limits).toEqual([]);
    expect(stated).toEqual([]);
    if (provider) {
      const block = r.spec!.integrations.find((i) => i.name === provider);
      const lines = block?.stated.filter((d) => d.aspect === 'rate-limit').map((d) => d.text);
      expect(lines).toHaveLength(1);
      if (carried) expect(lines).toEqual([carried]);
    }
  });

  it('a limit of ours that a provider name only qualifies stays ours', async () => {
    const { limits } = await run(
      'en',
      '# Architecture\n\n## Security\n\n- S3 bucket allowlisting, rate limiting (30 req/min/user).\n- Our API: 60 requests per minute per user.\n',
    );
    expect(limits).toEqual(['30 req/min', '60 requests per minute']);
  });
});
