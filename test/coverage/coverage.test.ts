import { describe, expect, it } from 'vitest';
import { readCoverage } from '../../src/coverage/index.js';
import { memoryHost } from '../../src/host.js';
import type { SourceDocument } from '../../src/model/sources.js';
import { compile } from '../../src/pipeline.js';

const doc = (path: string, text: string): SourceDocument => ({
  path,
  kind: 'prd',
  classifiedBy: 'test',
  text,
  body: text,
  bodyLineOffset: 0,
  frontMatter: null,
});

const TEXT = `# Plan

Intro paragraph about the vision
of the product.

## Modelo de datos

Cada Pedido tiene un campo total y una clave foránea al cliente.

| Campo | Tipo |
|---|---|
| total | decimal |

- Nice to have: dark mode.
`;

describe('read coverage', () => {
  it('marks a block read when an origin points anywhere inside its lines, and lists the rest', () => {
    const d = doc('docs/prd.md', TEXT);
    const cov = readCoverage([d], {
      entities: [{ origin: { kind: 'source', file: 'docs/prd.md', line: 12 } }],
    });
    expect(cov.documents).toEqual([
      {
        path: 'docs/prd.md',
        blocks: 4,
        read: 1,
        dataModel: { blocks: 3, read: 1 },
        sentences: { total: 4, read: 1 },
      },
    ]);
    expect(cov.unread.map((u) => [u.line, u.endLine, u.kind])).toEqual([
      [8, 8, 'paragraph'],
      [14, 14, 'list-item'],
      [3, 4, 'paragraph'],
    ]);
    expect(cov.unread[0]).toMatchObject({
      section: 'Plan > Modelo de datos',
      words: expect.stringMatching(/^Cada Pedido/),
    });
  });

  it('counts sentences: prose split by Intl.Segmenter on its own lines, one per table row', () => {
    const text =
      '# Doc\n\nEin Kunde hat viele Bestellungen. Jede Bestellung hat eine Summe.\nDie Farbe ist egal.\n';
    const d = doc('docs/prd.md', text);
    const cov = readCoverage([d], { origin: { kind: 'source', file: 'docs/prd.md', line: 4 } });
    expect(cov.documents[0]).toMatchObject({ blocks: 1, read: 1, sentences: { total: 3, read: 1 } });
  });

  it('counts a requirement range and `from` references as reading', () => {
    const d = doc('docs/prd.md', TEXT);
    const cov = readCoverage(
      [d],
      [
        { origin: { kind: 'rule', rule: 'x', from: [{ file: 'docs/prd.md', line: 3 }] } },
        { origin: { kind: 'source', file: 'docs/prd.md', line: 8 }, endLine: 14 },
      ],
    );
    expect(cov.documents[0]!.read).toBe(4);
    expect(cov.unreadTotal).toBe(0);
  });

  it.each([
    ['en', 'Each Order has a total field and a foreign key to the customer.'],
    ['es', 'Cada Pedido tiene un campo total y una clave foránea al cliente.'],
    ['pt', 'Cada Pedido tem um campo total e uma chave estrangeira para o cliente.'],
    ['fr', 'Chaque Commande a un champ total et une clé étrangère vers le client.'],
    ['de', 'Jede Bestellung hat ein Feld Summe und einen Fremdschlüssel zum Kunden.'],
  ])('ranks data-model prose (%s) above a remark', (_lang, sentence) => {
    const d = doc('docs/prd.md', `# Doc\n\nThe team meets on Mondays.\n\n${sentence}\n`);
    const cov = readCoverage([d]);
    expect(cov.unread[0]!.line).toBe(5);
    expect(cov.unread[0]!.score).toBeGreaterThan(cov.unread[1]!.score);
  });

  it('is in spec.json and in the report of a compiled project', async () => {
    const host = memoryHost({
      '/p/docs/prd.md':
        '# PRD\n\n## Requirements\n\n- FR1: Users can create a task with a title.\n\nSome unrelated musing about the market.\n',
      '/p/docs/architecture.md':
        '# Architecture\n\n```sql\nCREATE TABLE tasks (id uuid PRIMARY KEY, title text NOT NULL);\n```\n',
    });
    const r = await compile({ root: '/p', verify: { skip: true } }, host);
    const spec = JSON.parse(r.artifacts.find((a) => a.path.endsWith('spec.json'))!.text);
    expect(spec.coverage.documents.map((x: { path: string }) => x.path)).toEqual([
      'docs/architecture.md',
      'docs/prd.md',
    ]);
    expect(spec.coverage.documents[0]).toMatchObject({ blocks: 1, read: 1 });
    expect(spec.coverage.unread.some((u: { line: number }) => u.line === 7)).toBe(true);
    const { formatReport } = await import('../../src/report/index.js');
    expect(formatReport(r.report!)).toMatch(/Read Coverage[^\n]*\n- docs\/architecture\.md +1\/1 100%/);
  });
});
