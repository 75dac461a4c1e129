import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';

// Issue 13 (German trial): the error code SLOT_BELEGT of an acceptance criterion and "Ein Mechaniker
// darf höchstens 6 Aufträge pro Tag haben" under "Randfälle" were missing from the rules table. A
// criterion that names an error code is a rule with that code; a limit under an edge-cases heading
// is a rule like one under a business-rules heading.
const DATA = `\`\`\`sql
CREATE TABLE mechanics (id uuid PRIMARY KEY, name text NOT NULL);
CREATE TABLE bookings (id uuid PRIMARY KEY, mechanic_id uuid NOT NULL REFERENCES mechanics(id), starts_at timestamptz NOT NULL);
\`\`\``;

async function run(prd: string) {
  const host = memoryHost({
    '/p/docs/prd.md': prd,
    '/p/docs/architecture.md': `# Architecture\n\n${DATA}\n`,
  });
  return (await compile({ root: '/p', verify: { skip: true } }, host)).spec!;
}

describe('a stated error code and an edge-case limit are rules', { timeout: 60_000 }, () => {
  it.each([
    [
      'de',
      '# PRD\n\n## Anforderungen\n\n- FR-1: Kundinnen MÜSSEN eine Buchung (booking) anlegen können.\n  - Gegeben eine belegte Zeit, wenn eine zweite Kundin bucht, dann erhält sie den Fehler `SLOT_BELEGT`.\n\n### Randfälle\n\n- Ein Mechaniker darf höchstens 6 Buchungen (bookings) pro Tag haben.\n',
      'SLOT_BELEGT',
    ],
    [
      'en',
      '# PRD\n\n## Requirements\n\n- FR-1: Customers must be able to create a booking.\n  - Given a taken time, when a second customer books it, then she gets the error `SLOT_TAKEN`.\n\n### Edge cases\n\n- A mechanic may have at most 6 bookings per day.\n',
      'SLOT_TAKEN',
    ],
    [
      'es',
      '# PRD\n\n## Requisitos\n\n- RF-1: Los clientes deben poder crear una reserva (booking).\n  - Dado un horario ocupado, cuando otro cliente lo reserva, entonces recibe el error `HORARIO_OCUPADO`.\n\n### Casos límite\n\n- Un mecánico puede tener como máximo 6 reservas (bookings) por día.\n',
      'HORARIO_OCUPADO',
    ],
    [
      'fr',
      '# PRD\n\n## Exigences\n\n- FR-1 : Les clients doivent pouvoir créer une réservation (booking).\n  - Étant donné un créneau pris, quand un second client le réserve, alors il reçoit l’erreur `CRENEAU_PRIS`.\n\n### Cas limites\n\n- Un mécanicien peut avoir au plus 6 réservations (bookings) par jour.\n',
      'CRENEAU_PRIS',
    ],
  ])('%s', async (_l, prd, code) => {
    const spec = await run(prd);
    const rules = spec.rules ?? [];
    const coded = rules.find((r) => r.errorCode === code);
    expect(coded?.origin).toMatchObject({ kind: 'source', file: 'docs/prd.md' });
    const limit = rules.find((r) => /\b6\b/.test(r.text));
    expect(limit?.kind).toBe('limit');
    expect(limit?.enforcement).toBe('service-check');
    expect(limit?.origin).toMatchObject({ kind: 'source', file: 'docs/prd.md' });
  });
  it('a question under edge cases with no bound is no rule', async () => {
    const spec = await run(
      '# PRD\n\n## Requirements\n\n- FR-1: Customers must be able to create a booking.\n\n### Edge cases\n\n- What happens when a mechanic is ill? The manager moves the bookings to another mechanic.\n',
    );
    expect((spec.rules ?? []).some((r) => /ill/.test(r.text))).toBe(false);
  });
});
