import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';
import { numberedRecord } from '../../src/read/numbered-words.js';

// Found in moorline: FR-12 "an invoice is numbered per year (`LCM-2026-0001`)", yet `InvoiceCreate`
// asked the client for `number`. A record the documents say is numbered takes the system's next
// number: its one number field is server-set, with the sentence as the reason.

describe('a record the system numbers', { timeout: 120_000 }, () => {
  it.each([
    ['The harbour office issues invoices; an invoice is numbered per year (`LCM-2026-0001`).', true],
    ['Rechnungen werden fortlaufend nummeriert.', true],
    ['Las facturas se numeran correlativamente por año.', true],
    ['Les factures sont numérotées par année.', true],
    ['As faturas são numeradas sequencialmente.', true],
    ['Le fatture vengono numerate progressivamente.', true],
    ['Facturen worden doorlopend genummerd.', true],
    ['The steps below are a numbered list.', false],
  ])('%s', (sentence, numbered) => {
    expect(numberedRecord(sentence) !== null).toBe(numbered);
  });

  it.each([
    ['de', '- **FR-1** Die Buchhaltung erstellt eine Rechnung. Rechnungen werden fortlaufend nummeriert.'],
    ['es', '- **FR-1** La contabilidad crea una factura; las facturas se numeran correlativamente.'],
  ])('%s: the number is left out of the create body, with its line', async (_l, requirement) => {
    const host = memoryHost({
      '/p/docs/prd.md': `# PRD\n\n## Requirements\n\n${requirement}\n- **FR-2** Listar y ver facturas.\n`,
      '/p/docs/architecture.md': `# Architecture\n\nPostgreSQL 16.\n\n\`\`\`sql\nCREATE TABLE ${_l === 'de' ? 'rechnungen' : 'facturas'} (id uuid PRIMARY KEY, nummer text NOT NULL UNIQUE, betrag integer NOT NULL);\n\`\`\`\n`,
    });
    const r = await compile({ root: '/p', verify: { skip: true } }, host);
    const spec = r.spec!;
    const set = (spec.serverSetFields ?? []).find((f) => f.field === 'nummer');
    expect(set?.source).toEqual({ file: 'docs/prd.md', line: 5 });
    const create = spec.endpoints.find((e) => e.action === 'create');
    expect(create).toBeDefined();
    const doc = parse(r.artifacts.find((a) => a.path.endsWith('openapi.yaml'))!.text) as {
      components: { schemas: Record<string, { properties: Record<string, unknown> }> };
    };
    const body = Object.keys(doc.components.schemas[`${set!.entity}Create`]!.properties);
    expect(body).toContain('betrag');
    expect(body).not.toContain('nummer');
  });
});
