import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../src/markdown/parse.js';
import { readDocument, readText } from '../../src/read/index.js';
import { docFrom } from '../extract-data/corpus-helpers.js';

const statuses = (text: string) => readText(text).terms.map((t) => [t.value, t.status]);
const items = (markdown: string) =>
  readDocument(parseMarkdown(docFrom('docs/research.md', markdown)))
    .statements.filter((s) => s.kind === 'item')
    .map((s) => s.terms.filter((t) => t.kind === 'technology').map((t) => [t.value, t.status]));

describe('the Portuguese article "o" is no alternative', () => {
  it('pt: "o Redis", "para o cache" leave the choice as stated', () => {
    expect(statuses('Usamos Redis para o cache.')).toEqual([['Redis', 'none']]);
    expect(statuses('O time já opera Sidekiq; Redis já é necessário para o Rack::Attack.')).toEqual([
      ['Sidekiq', 'none'],
      ['Redis', 'none'],
    ]);
  });

  it('es: "PostgreSQL o MySQL" between two names still leaves the choice open', () => {
    expect(statuses('Usaremos PostgreSQL o MySQL para los datos.')).toEqual([
      ['PostgreSQL', 'undecided'],
      ['MySQL', 'undecided'],
    ]);
  });
});

describe('an alternatives list rejects the option its item’s label names, not the ones its reason cites', () => {
  it('pt: "GoodJob (…): rejeitado — evitaria o Redis, mas … o painel do Sidekiq"', () => {
    const read = items(`## Alternativas consideradas

- **GoodJob**: rejeitado por enquanto — evitaria o Redis, mas o painel do Sidekiq já é conhecido.
- Heroku e Fly.io: descartados pelo custo.
- Usar só cron do sistema: rejeitado, porque Kubernetes não está no plano.
`);
    expect(read).toEqual([
      [
        ['GoodJob', 'rejected'],
        ['Redis', 'none'],
        ['Sidekiq', 'none'],
      ],
      [
        ['Heroku', 'rejected'],
        ['Fly.io', 'rejected'],
      ],
      // A label that names no option: the heading governs every term, as before.
      [['Kubernetes', 'rejected']],
    ]);
  });

  it('en, fr: the reason’s names keep their own status', () => {
    expect(
      items(`## Alternatives considered

- MongoDB — rejected: our reporting needs PostgreSQL joins.
`),
    ).toEqual([
      [
        ['MongoDB', 'rejected'],
        ['PostgreSQL', 'none'],
      ],
    ]);
    expect(
      items(`## Options écartées

- Firebase Auth : écarté, Keycloak est déjà hébergé par l'université.
`),
    ).toEqual([
      [
        ['Firebase Authentication', 'rejected'],
        ['Keycloak', 'none'],
      ],
    ]);
  });
});

describe('the stack and decisions read an alternatives item the same way', { timeout: 60_000 }, () => {
  it('pt: Redis, chosen in the constitution, is not rejected by a GoodJob item that cites it', async () => {
    const { compile } = await import('../../src/pipeline.js');
    const { memoryHost } = await import('../../src/host.js');
    const r = await compile(
      { root: '/p', verify: { skip: true } },
      memoryHost({
        '/p/docs/prd.md': '# PRD\n\n## Requisitos\n\n- FR1: O responsável faz pedidos.\n',
        '/p/docs/architecture.md': [
          '# Arquitetura',
          '',
          '- Banco: PostgreSQL 16.',
          '- Jobs: Sidekiq 7 + Redis 7.',
          '',
          '## Alternativas consideradas',
          '',
          '- **GoodJob** (jobs no próprio PostgreSQL): rejeitado por enquanto — evitaria o Redis, mas o time conhece o Sidekiq.',
          '',
        ].join('\n'),
      }),
    );
    const lost = r
      .spec!.reconciliation.decisions.filter((d) => d.status === 'rejected')
      .map((d) => d.subject);
    expect(lost).toContain('GoodJob');
    expect(lost).not.toContain('Redis');
    expect(lost).not.toContain('Sidekiq');
  });
});
