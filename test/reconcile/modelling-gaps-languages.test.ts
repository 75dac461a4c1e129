import { beforeAll, describe, expect, test } from 'vitest';
import { prepareExtractors } from '../../src/extract/prepare.js';
import { emptyDomain } from '../../src/model/domain.js';
import { fromSource } from '../../src/model/origin.js';
import type { SourceDocument } from '../../src/model/sources.js';
import { reconcile } from '../../src/reconcile/index.js';
import { doc, domainOf } from './helpers.js';

const sql = (file: string, body: string) =>
  doc(file, 'data-model', `# Schema\n\n\`\`\`sql\n${body}\n\`\`\`\n`);

beforeAll(() => prepareExtractors([sql('x.md', 'CREATE TABLE t (id int);')]));

function gaps(...docs: SourceDocument[]) {
  const out = reconcile(domainOf(...docs), { documents: docs.map((d) => ({ path: d.path, kind: d.kind })) });
  return out.reconciliation.gaps
    .filter((g) => g.detail.startsWith('record:'))
    .map((g) => [g.subject, g.detail]);
}

const missions = sql(
  'docs/schema.md',
  'CREATE TABLE missions (id uuid PRIMARY KEY, titre text NOT NULL, statut text);',
);

describe('records the requirements need, in French and German', () => {
  test('French: a technician adds a note, no model holds notes', () => {
    const prd = doc(
      'docs/prd.md',
      'prd',
      '# Exigences\n\n- FR-01 : Le technicien ajoute une note à la mission terminée.\n',
    );
    expect(gaps(missions, prd)).toEqual([['Note', 'record:FR-01']]);
  });

  test('German: users upload documents, no model holds files', () => {
    const prd = doc(
      'docs/prd.md',
      'prd',
      '# Anforderungen\n\n- FR-02: Der Kunde lädt Dokumente zur Mission hoch.\n',
    );
    expect(gaps(missions, prd)).toEqual([['Attachment', 'record:FR-02']]);
  });

  test('near miss: a Spanish model keeps notifications under its own name (accents folded)', () => {
    const model = sql(
      'docs/esquema.md',
      'CREATE TABLE notificaciones (id uuid PRIMARY KEY, texto text);\nCREATE TABLE reservas (id uuid PRIMARY KEY);',
    );
    const prd = doc(
      'docs/prd.md',
      'prd',
      '# Requisitos\n\n- RF-03: El cliente es notificado cuando su reserva se confirma.\n',
    );
    expect(gaps(model, prd)).toEqual([]);
  });
});

describe('mentioned names that are adverbs are not missing entities', () => {
  test('"Securely" is no gap; Family and Assembly still are', () => {
    const d = {
      ...emptyDomain('p', 'en'),
      mentionedEntities: ['Securely', 'Family', 'Assembly', 'Immediately'].map((name, i) => ({
        name,
        origin: fromSource('docs/architecture.md', i + 1),
      })),
    };
    const out = reconcile(d);
    expect(out.reconciliation.gaps.map((g) => g.subject)).toEqual(['Assembly', 'Family']);
  });
});
