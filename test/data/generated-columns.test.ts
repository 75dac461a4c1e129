import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';
import { postgresVerifier } from '../../src/verify/postgres.js';

// A stored generated column (`GENERATED ALWAYS AS (expr) STORED`) kept its column but lost its
// expression, silently: schema.sql then made the column writable. Issue 12 lists generated columns
// among the document expressions that are parsed, vetted and re-emitted, or refused at their line.
const DDL = [
  '# Architecture',
  '',
  '## Data model',
  '',
  '```sql',
  'CREATE TABLE order_lines (',
  '  id UUID PRIMARY KEY,',
  '  price_cents INTEGER NOT NULL,',
  '  quantity INTEGER NOT NULL,',
  '  total_cents INTEGER GENERATED ALWAYS AS (price_cents * quantity) STORED,',
  '  label TEXT GENERATED ALWAYS AS (pg_sleep(10)::text) STORED',
  ');',
  '```',
].join('\n');

async function project() {
  const host = memoryHost({
    '/p/docs/prd.md': '# PRD\n\n- FR1: A clerk can add order lines.\n',
    '/p/docs/architecture.md': DDL,
  });
  return compile({ root: '/p', verify: { skip: true } }, host);
}

describe('stored generated columns', () => {
  it('keeps the vetted expression, read-only, and PostgreSQL accepts the schema', async () => {
    const r = await project();
    const line = r.spec!.entities[0]!.fields.find((f) => f.column === 'total_cents')!;
    expect(line.computed).toBe('price_cents * quantity');
    expect(line.readOnly).toBe(true);
    const sql = r.artifacts.find((a) => a.path.endsWith('schema.sql'))!.text;
    expect(sql).toMatch(/total_cents integer GENERATED ALWAYS AS \(price_cents \* quantity\) STORED/);
    const out = await postgresVerifier.verify(r.artifacts, r.spec!, {});
    expect(out.verifications[0]).toMatchObject({ tool: 'postgresql', ok: true });
    expect(out.verifications[0]!.summary).toMatch(/0 errors, 0 differences$/);
  });
  it('refuses a generated expression that calls a function off the allow-list, at its line', async () => {
    const r = await project();
    const sql = r.artifacts.find((a) => a.path.endsWith('schema.sql'))!.text;
    expect(sql).not.toContain('pg_sleep');
    const refused = r.diagnostics.find((d) => /GENERATED expression of order_lines\.label/.test(d.message));
    expect(refused?.at).toMatchObject({ file: 'docs/architecture.md', line: 11 });
    const label = r.spec!.entities[0]!.fields.find((f) => f.column === 'label')!;
    expect(label.computed).toBeUndefined();
  });
});
