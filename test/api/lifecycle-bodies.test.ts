import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';

/**
 * A lifecycle status that state actions move is never in a create or update body, whatever the
 * language names the column (`status`, `estado`, `situacao`, `statut`, `zustand`) and whether or not
 * the column has a default: the server sets the first state and the actions move it.
 */
type Case = [lang: string, table: string, column: string, states: string[], prd: string];
const PRD = (noun: string) => `- FR-1: Customers create ${noun}.\n- FR-2: Staff confirm or cancel ${noun}.`;
/**
 * The column names are those of each language; the requirements are English because state actions
 * are designed from English state verbs today (a Portuguese `confirmada` makes no action yet).
 */
const CASES: Case[] = [
  ['en', 'bookings', 'status', ['requested', 'confirmed', 'cancelled'], PRD('bookings')],
  ['es', 'reservas', 'estado', ['requested', 'confirmed', 'cancelled'], PRD('reservas')],
  ['pt', 'reservas', 'situacao', ['requested', 'confirmed', 'cancelled'], PRD('reservas')],
  ['fr', 'reservations', 'statut', ['requested', 'confirmed', 'cancelled'], PRD('reservations')],
  ['de', 'buchungen', 'zustand', ['requested', 'confirmed', 'cancelled'], PRD('buchungen')],
];

async function generate([, table, column, states, prd]: Case, withDefault: boolean) {
  const sql = `\`\`\`sql
CREATE TABLE users (id UUID PRIMARY KEY DEFAULT gen_random_uuid(), email VARCHAR(255) NOT NULL UNIQUE);
CREATE TABLE ${table} (
  id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id UUID NOT NULL REFERENCES users(id),
  ${column} VARCHAR(20) NOT NULL${withDefault ? ` DEFAULT '${states[0]}'` : ''} CHECK (${column} IN (${states.map((s) => `'${s}'`).join(', ')})),
  starts_at TIMESTAMPTZ NOT NULL,
  notes TEXT
);
\`\`\``;
  const host = memoryHost({
    '/w/docs/prd.md': `# PRD\n\n## Requirements\n\n${prd}\n`,
    '/w/docs/architecture.md': `# Architecture\n\nJWT bearer tokens.\n\n## Data model\n\n${sql}\n`,
  });
  const r = await compile({ root: '/w', verify: { skip: true } }, host);
  return r.spec!;
}

describe.each(CASES)('lifecycle column in %s', (...c) => {
  it.each([true, false])(
    'is in no create or update body once actions move it (default: %s)',
    async (withDefault) => {
      const spec = await generate(c, withDefault);
      const column = c[2].replace(/_(\w)/g, (_m, x: string) => x.toUpperCase());
      const entity = spec.entities.find((e) => e.fields.some((f) => f.name === column))!;
      const actions = spec.endpoints.filter((e) => e.entity === entity.name && e.action === 'action');
      const writes = spec.endpoints.filter(
        (e) => e.entity === entity.name && (e.action === 'create' || e.action === 'update'),
      );
      expect(writes.length, 'a create or update exists').toBeGreaterThan(0);
      for (const w of writes) {
        const body = JSON.stringify(w.requestBody ?? {});
        expect(body, `${w.operationId}`).not.toContain(`"${column}"`);
      }
      expect(actions.length, 'state actions').toBeGreaterThan(0);
    },
    30_000,
  );
});
