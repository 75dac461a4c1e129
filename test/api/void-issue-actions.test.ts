import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';

// Twenty-fourth round (operations), from moorline-en: "As the harbour office, I want to void an
// invoice" and "The harbour office issues invoices" mapped to nothing ("no action verb of the
// languages read"). Voiding is a state action of the invoice (`POST /invoices/{id}/void`, its
// `voided_at` then set by it, never sent on create); issuing, where every invoice holds its
// `issued_on` (NOT NULL), is the creation of the invoice.

const CASES: [string, { voidStory: string; issueStory: string; role: string; table: string }][] = [
  [
    'en',
    {
      role: 'office',
      table: `CREATE TABLE invoices (
  id uuid PRIMARY KEY,
  amount_cents integer NOT NULL,
  issued_on date NOT NULL,
  voided_at timestamptz,
  void_reason text
);`,
      voidStory: 'US-1: As the office, I want to void an invoice that was issued by mistake.',
      issueStory: 'US-2: As the office, I want to issue invoices to the tenants.',
    },
  ],
  [
    'es',
    {
      role: 'oficina',
      table: `CREATE TABLE facturas (
  id uuid PRIMARY KEY,
  importe integer NOT NULL,
  emitida_el date NOT NULL,
  anulada_el timestamptz
);`,
      voidStory: 'US-1: Como oficina, quiero anular una factura emitida por error.',
      issueStory: 'US-2: Como oficina, quiero emitir facturas a los inquilinos.',
    },
  ],
];

async function compiled(c: (typeof CASES)[number][1]) {
  const r = await compile(
    { root: '/p', verify: { skip: true } },
    memoryHost({
      '/p/docs/prd.md': `# PRD

Roles: ${c.role}.

## Stories

- ${c.voidStory}
- ${c.issueStory}
`,
      '/p/docs/architecture.md': `# Architecture

\`\`\`sql
${c.table}
\`\`\`
`,
    }),
  );
  return r.spec!;
}

describe('void and issue stories yield operations', { timeout: 120_000 }, () => {
  it.each(CASES)('%s', async (_lang, c) => {
    const spec = await compiled(c);
    const voids = spec.endpoints.find((e) => e.method === 'POST' && e.path.endsWith('/{id}/void'));
    expect(voids?.roles).toEqual([c.role]);
    const creates = spec.endpoints.find((e) => e.method === 'POST' && /\/(invoices|facturas)$/.test(e.path));
    expect(creates?.roles).toEqual([c.role]);
    expect(spec.endpoints.some((e) => e.path.endsWith('/issue'))).toBe(false);
    // The void action records its time: no client sends it.
    if (_lang === 'en')
      expect(spec.serverSetFields).toContainEqual({
        entity: 'Invoice',
        field: 'voidedAt',
        rule: 'derive/action-time-from-action',
      });
    // …and the reason it is given with it.
    if (_lang === 'en')
      expect(spec.serverSetFields).toContainEqual({
        entity: 'Invoice',
        field: 'voidReason',
        rule: 'derive/action-note-from-action',
      });
  });
});
