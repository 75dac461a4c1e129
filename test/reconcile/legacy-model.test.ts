import { describe, expect, test } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';

/** A model the documents retire while the data model still defines it, in two languages. */
const EN_ARCH = `# Architecture

## Data model

\`\`\`sql
CREATE TABLE invoices (id UUID PRIMARY KEY, total NUMERIC(10,2) NOT NULL);
CREATE TABLE legacy_invoices (id UUID PRIMARY KEY, number TEXT NOT NULL);
CREATE TABLE payments (
  id UUID PRIMARY KEY,
  invoice_id UUID NOT NULL REFERENCES invoices(id),
  legacy_invoice_id UUID REFERENCES legacy_invoices(id)
);
\`\`\`

## Notes

- The \`legacy_invoices\` table is deprecated and replaced by invoices.
- Redis is deprecated for session storage.
- The invoice PDF layout was superseded by the new template.

## Alternatives considered

- Payments table per tenant — rejected, too many tables.
`;

const ES_ARCH = `# Arquitectura

## Modelo de datos

\`\`\`sql
CREATE TABLE pedidos (id UUID PRIMARY KEY, total NUMERIC(10,2) NOT NULL);
CREATE TABLE pedidos_antiguos (id UUID PRIMARY KEY, referencia TEXT NOT NULL);
CREATE TABLE clientes (id UUID PRIMARY KEY, nombre TEXT NOT NULL);
\`\`\`

## Decisiones

| Modelo | Decisión |
|---|---|
| pedidos_antiguos | Obsoleto |
| Facturación en PDF | Obsoleto |
`;

async function run(arch: string, decisions?: string) {
  const files: Record<string, string> = {
    '/p/docs/product/PRD.md': '# PRD\n\n## Functional Requirements\n\n- **FR1:** Users pay invoices\n',
    '/p/docs/technical/architecture.md': arch,
  };
  if (decisions) files['/p/docs/technical/backend-spec.decisions.yaml'] = decisions;
  return compile({ root: '/p', verify: { skip: true } } as Parameters<typeof compile>[0], memoryHost(files));
}

describe('legacy model still defined', () => {
  test('en: the deprecated table is a finding citing both lines, kept with a question', async () => {
    const out = await run(EN_ARCH);
    const found = out.spec!.reconciliation.conflicts.filter((c) => c.code === 'reconcile/legacy-model');
    expect(found.map((c) => [c.subject, c.sides.map((s) => `${s.at.file}:${s.at.line}`)])).toEqual([
      ['LegacyInvoice', ['docs/technical/architecture.md:7', 'docs/technical/architecture.md:17']],
    ]);
    expect(found[0]!.sides[1]!.value).toContain('legacy_invoices table is deprecated');
    expect(found[0]!.params).toMatchObject({
      status: 'kept',
      question: 'reconcile/legacy-model/legacy-invoice',
    });
    const q = out.spec!.questions?.find((x) => x.id === 'reconcile/legacy-model/legacy-invoice');
    expect(q).toMatchObject({ options: ['drop', 'keep'], assumes: 'keep' });
    // Kept meanwhile: the spec follows the finding's resolution.
    expect(out.spec!.entities.map((e) => e.name)).toContain('LegacyInvoice');
    expect(out.diagnostics.some((d) => d.code === 'reconcile/legacy-model')).toBe(true);
  });

  test('en: `choose: drop` in the decisions file drops it and the keys pointing at it', async () => {
    const out = await run(
      EN_ARCH,
      '- id: reconcile/legacy-model/legacy-invoice\n  choose: drop\n  reason: Migration finished in 2026\n',
    );
    const names = out.spec!.entities.map((e) => e.name);
    expect(names).not.toContain('LegacyInvoice');
    expect(names).toEqual(expect.arrayContaining(['Invoice', 'Payment']));
    const payment = out.spec!.entities.find((e) => e.name === 'Payment')!;
    // The column stays (the data model states it); the key to the dropped table goes.
    expect(payment.fields.find((f) => f.column === 'legacy_invoice_id')?.references).toBeNull();
    expect(payment.fields.find((f) => f.column === 'invoice_id')?.references).not.toBeNull();
    const c = out.spec!.reconciliation.conflicts.find((x) => x.code === 'reconcile/legacy-model')!;
    expect(c.params?.status).toBe('dropped');
    expect(c.resolvedBy).toMatchObject({ kind: 'decision', line: 1, reason: 'Migration finished in 2026' });
    const q = out.spec!.questions?.find((x) => x.id === 'reconcile/legacy-model/legacy-invoice');
    expect(q?.answer).toMatchObject({ kind: 'choose', value: 'drop', origin: { kind: 'decision', line: 1 } });
    expect(out.artifacts.find((a) => a.path.endsWith('.sql'))?.text ?? '').not.toMatch(/legacy_invoices/);
  });

  test('es: a decision table row "Obsoleto" names the table; other rows do not fire', async () => {
    const out = await run(ES_ARCH);
    const found = out.spec!.reconciliation.conflicts.filter((c) => c.code === 'reconcile/legacy-model');
    expect(found.map((c) => c.sides.map((s) => s.at.line))).toEqual([[7, 15]]);
    expect(found[0]!.sides[1]!.value).toMatch(/pedidos_antiguos \| Obsoleto/);
  });

  test('near misses: a rejected alternative, a technology, a layout, a living table', async () => {
    const out = await run(
      EN_ARCH.replace('- The `legacy_invoices` table is deprecated and replaced by invoices.\n', ''),
    );
    expect(out.spec!.reconciliation.conflicts.filter((c) => c.code === 'reconcile/legacy-model')).toEqual([]);
    expect(out.spec!.questions ?? []).toEqual([]);
  });
});
