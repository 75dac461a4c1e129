import { beforeAll, describe, expect, test } from 'vitest';
import { prepareExtractors } from '../../src/extract/prepare.js';
import { canonicalState } from '../../src/knowledge/state-words.js';
import type { SourceDocument } from '../../src/model/sources.js';
import { reconcile } from '../../src/reconcile/index.js';
import { doc, domainOf } from './helpers.js';

const schema = doc(
  'docs/schema.md',
  'data-model',
  [
    '# Schema',
    '```sql',
    "CREATE TYPE booking_status AS ENUM ('pending', 'confirmed', 'cancelled', 'completed');",
    'CREATE TABLE bookings (id uuid PRIMARY KEY, status booking_status NOT NULL);',
    '```',
  ].join('\n'),
);

beforeAll(() => prepareExtractors([schema]));

function enumConflicts(...docs: SourceDocument[]) {
  const out = reconcile(domainOf(...docs), { documents: docs.map((d) => ({ path: d.path, kind: d.kind })) });
  return out.reconciliation.conflicts.filter((c) => c.code === 'reconcile/enum-mismatch');
}

describe('lifecycle names in another language than the enum', () => {
  test('canonical keys for es, pt, fr, de forms; unknown words unchanged', () => {
    expect(['pendiente', 'pendente', 'en_attente', 'ausstehend'].map(canonicalState)).toEqual(
      Array(4).fill('pending'),
    );
    expect(['cancelada', 'annulée', 'storniert', 'canceled'].map(canonicalState)).toEqual(
      Array(4).fill('cancelled'),
    );
    expect(canonicalState('no_show')).toBe('no_show');
  });

  test('a Spanish status list is matched with the English enum: only the state it lacks is reported', () => {
    const prd = doc(
      'docs/prd.md',
      'prd',
      '# PRD\n\nLas reservas pasan por los estados: Pendiente, Confirmada, Cancelada, Completada, No presentada.\n',
    );
    expect(enumConflicts(schema, prd).map((c) => c.params?.missing)).toEqual(['No presentada']);
  });

  test('near miss: the same states in Portuguese agree with the enum', () => {
    const prd = doc(
      'docs/prd.md',
      'prd',
      '# PRD\n\nEstados da reserva: Pendente, Confirmada, Cancelada, Concluída.\n',
    );
    expect(enumConflicts(schema, prd)).toEqual([]);
  });

  test('a French list with one state the enum lacks: only that state is reported', () => {
    const prd = doc(
      'docs/prd.md',
      'prd',
      '# PRD\n\n| Statut | Signification |\n|---|---|\n| En attente | créée |\n| Confirmée | payée |\n| Annulée | annulée par le client |\n| Remboursée | remboursée |\n',
    );
    const conflicts = enumConflicts(schema, prd);
    expect(conflicts.map((c) => c.params?.missing)).toEqual(['Remboursée']);
  });
});
