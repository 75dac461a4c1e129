import { describe, expect, test } from 'vitest';
import { quantitiesExtractor } from '../../src/extract/quantities.js';
import { doc, run } from '../reconcile/helpers.js';

// spec-kit's plan.md "Technical Context" is one paragraph of `**Label**: value` lines. Read as one
// sentence, a Brazilian trial's latency target "p95 < 300 ms" was named from two lines above it
// ("Redis 7 apenas para o Sidekiq … Testes: RSpec, FactoryBot…").
function read(text: string) {
  const { fragment } = run(quantitiesExtractor, doc('specs/001/plan.md', 'architecture', text));
  return (fragment.parameters ?? []).map((q) => ({ key: q.key, label: q.label }));
}

describe('labelled lines of one paragraph are statements of their own', () => {
  test.each([
    [
      'pt',
      [
        '**Armazenamento**: PostgreSQL 16 (Render Managed PostgreSQL); Redis 7 apenas para o Sidekiq e o Rack::Attack',
        '**Testes**: RSpec, FactoryBot, WebMock, rswag (gera o OpenAPI a partir dos request specs)',
        '**Plataforma alvo**: Render (Web Service + Background Worker), região Ohio',
        '**Tipo de projeto**: API web (backend) — o app móvel fica em outro repositório',
        '**Metas de desempenho**: p95 < 300 ms nas leituras; lista de produção gerada em < 2 s',
      ].join('\n'),
      'Redis',
    ],
    [
      'en',
      '**Storage**: PostgreSQL 16 and Redis 7 for the queue\n**Testing**: pytest, Playwright\n**Performance Goals**: p95 < 200 ms for reads',
      'Storage',
    ],
  ])('%s: the latency target is named by its own line', (_lang, text, other) => {
    const qs = read(`## Technical Context\n\n${text}\n`);
    const latency = qs.find((q) => q.key.startsWith('nfr.latency'));
    expect(latency).toBeDefined();
    expect(latency!.label).not.toMatch(new RegExp(other));
    expect(latency!.label).not.toMatch(/RSpec|pytest/);
  });
});
