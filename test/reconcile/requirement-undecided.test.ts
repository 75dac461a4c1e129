import { describe, expect, test } from 'vitest';
import { reconcile } from '../../src/reconcile/index.js';
import { doc, domainOf } from './helpers.js';

/** Requirements that wait on a choice the documents leave open, in en, es and fr, with near misses. */
function run(prd: string, arch: string, decisions?: string) {
  const docs = [
    doc('docs/product/PRD.md', 'prd', prd),
    doc('docs/technical/architecture.md', 'architecture', arch),
  ];
  return reconcile(domainOf(...docs), {
    documents: docs.map((d) => ({ path: d.path, kind: d.kind })),
    ...(decisions ? { decisions: { file: 'backend-spec.decisions.yaml', text: decisions } } : {}),
  });
}

const found = (out: ReturnType<typeof run>) =>
  out.reconciliation.conflicts
    .filter((c) => c.code === 'reconcile/requirement-undecided')
    .map((c) => [c.params!.id, c.params!.option, c.sides.map((s) => `${s.at.file}:${s.at.line}`)]);

const EN_PRD = `# PRD

## Functional Requirements

- **FR-1:** Shoppers search products by name and description (full-text).
- **FR-2:** Shoppers add products to a cart.
- **FR-3:** The field app works offline and syncs the captured orders when the connection is back.
- **FR-4:** Sellers upload product photos.
`;

const EN_ARCH = `# Architecture

## Stack

| Concern | Choice |
|---|---|
| Database | PostgreSQL |
| Search engine | TBD (Elasticsearch vs Meilisearch) |
| Cache | Redis |

## Open questions

- Which sync approach for offline orders: CRDT or last-write-wins?
- Do we need a staging environment?
`;

describe('requirement on an undecided option', () => {
  test('en: a full-text requirement while the search engine is TBD; an offline requirement while sync is open', () => {
    const out = run(EN_PRD, EN_ARCH);
    expect(found(out)).toEqual([
      ['FR-1', 'Search engine', ['docs/product/PRD.md:5', 'docs/technical/architecture.md:8']],
      [
        'FR-3',
        'Which sync approach for offline orders',
        ['docs/product/PRD.md:7', 'docs/technical/architecture.md:13'],
      ],
    ]);
    const q = out.questions.find((x) => x.id === 'reconcile/undecided/search-engine');
    expect(q?.options).toEqual(['Elasticsearch', 'Meilisearch']);
    expect(q?.text).toContain('FR-1');
    const d = out.diagnostics.find((x) => x.code === 'reconcile/requirement-undecided');
    expect(d?.at).toEqual({ file: 'docs/product/PRD.md', line: 5 });
    expect(d?.message).toContain('docs/technical/architecture.md:8');
    expect(out.questions.find((x) => x.id.startsWith('reconcile/undecided/which-sync'))?.options).toEqual([
      'CRDT',
      'last-write-wins',
    ]);
  });

  test('en: the decisions file answers the question', () => {
    const out = run(
      EN_PRD,
      EN_ARCH,
      '- id: reconcile/undecided/search-engine\n  choose: Meilisearch\n  reason: simpler to run\n',
    );
    const c = out.reconciliation.conflicts.find((x) => x.params?.id === 'FR-1')!;
    expect(c.resolution).toBe('Meilisearch');
    expect(c.resolvedBy).toMatchObject({ kind: 'decision' });
  });

  test('es and fr: "por definir" and "à définir" slots', () => {
    const es = run(
      '# PRD\n\n## Requisitos funcionales\n\n- **RF-01:** El cliente busca productos por nombre.\n- **RF-02:** El cliente paga con tarjeta.\n',
      '# Arquitectura\n\n- Motor de búsqueda: por definir (Elasticsearch o Typesense).\n- Base de datos: PostgreSQL.\n',
    );
    expect(found(es).map((f) => [f[0], f[1]])).toEqual([['RF-01', 'Motor de búsqueda']]);
    const fr = run(
      '# PRD\n\n## Exigences\n\n- **EF-01 :** Le client téléverse des pièces jointes.\n- **EF-02 :** Le client consulte ses factures.\n',
      '# Architecture\n\n| Besoin | Choix |\n|---|---|\n| Stockage des fichiers | à définir (S3 ou MinIO) |\n',
    );
    expect(found(fr).map((f) => f[0])).toEqual(['EF-01']);
  });

  test('near misses: decided elsewhere, a contrast, examples, an unrelated question', () => {
    const quiet: [string, string][] = [
      // The architecture decides it later in the same set of documents.
      [
        EN_PRD,
        `${EN_ARCH}\n## Search\n\nSearch: Meilisearch.\n`.replace(
          /## Open questions[\s\S]*?\n\n## Search/,
          '## Search',
        ),
      ],
      // "A vs B" between a file store and a database, or between two qualities, is a contrast.
      [
        EN_PRD,
        '# Architecture\n\nThe S3 vs MongoDB data source distinction is an implementation detail.\n\nAccuracy vs. speed: both matter.\n',
      ],
      // Technologies named as examples inside a question are not its options.
      [
        EN_PRD,
        '# Architecture\n\n## Open questions\n\n- Which reports matter most (e.g., "search in Elasticsearch")?\n',
      ],
      // An open question that shares one word with a requirement only.
      [EN_PRD, '# Architecture\n\n## Open questions\n\n- Which payment provider for products abroad?\n'],
      // Spanish "retención indefinida" is indefinite retention, not an undecided choice.
      [EN_PRD, '# Arquitectura\n\n- Búsqueda: retención indefinida de los índices.\n'],
    ];
    for (const [prd, arch] of quiet) expect(found(run(prd, arch)), arch).toEqual([]);
  });
});
