import { describe, expect, it } from 'vitest';
import { checkQuote, normaliseText } from '../../src/facts/index.js';
import type { SourceDocument } from '../../src/model/sources.js';
import { compileWith, PRD } from './fixture.js';

const OVERLAY = `facts:
  entities:
    - name: Product
      source: { file: docs/prd.md, line: 5, quote: "Un Producto tiene un nombre único de hasta 120 caracteres" }
      fields:
        - { name: name, type: string, required: true, unique: true, length: 120 }
        - { name: category, type: string, source: { file: docs/prd.md, line: 5, quote: "y una categoría" } }
    - name: Asset
      source: { file: docs/prd.md, line: 6, quote: "Cada Activo pertenece a un Producto" }
      fields:
        - { name: product_id, type: uuid, required: true, references: { entity: Product } }
        - { name: serial_number, type: string, unique: true, source: { file: docs/prd.md, line: 6, quote: "tiene un número de serie único" } }
        - name: status
          type: enum
          values: [available, loaned, retired]
          source: { file: docs/prd.md, line: 7, quote: "El estado de un activo es Disponible, Prestado o Retirado" }
    - name: Loan
      source: { file: docs/prd.md, line: 6, quote: "Cada préstamo registra la fecha de devolución" }
  roles:
    - { name: admin, label: Administrador, source: { file: docs/prd.md, line: 11, quote: "Administrador: gestiona usuarios" } }
    - { name: technician, label: Técnico de soporte, source: { file: docs/prd.md, line: 14, quote: "Los técnicos de soporte registran los préstamos" } }
  stack:
    - { concern: database, value: MySQL, source: { file: docs/architecture.md, line: 5, quote: "Base de données" } }
  jobs:
    - name: purge-trash
      schedule: nightly
      description: Purges items deleted more than 30 days ago
      source: { file: docs/architecture.md, line: 11, quote: "une tâche purge la corbeille" }
  rules:
    - { text: "Product names are unique", source: { file: docs/secret.md, line: 1, quote: "Product names are unique" } }
`;

const doc = (text: string): SourceDocument => ({
  path: 'docs/prd.md',
  kind: 'prd',
  classifiedBy: 'test',
  text,
  body: text,
  bodyLineOffset: 0,
  frontMatter: null,
});

describe('quotes', () => {
  it('ignores markdown emphasis, list markers, line breaks and case', () => {
    expect(normaliseText('- **Producto** tiene\n  un `nombre`')).toBe('producto tiene un nombre');
    expect(checkQuote(doc(PRD), 5, 'producto tiene un nombre único')).toEqual({ ok: true });
  });

  it('accepts a quote within 3 lines of the cited line, and says where it is when farther', () => {
    expect(checkQuote(doc(PRD), 8, 'Un Producto tiene').ok).toBe(true);
    const far = checkQuote(doc(PRD), 12, 'Un Producto tiene');
    expect(far).toEqual({
      ok: false,
      reason: 'the quote occurs in docs/prd.md at line 5, not within 3 lines of line 12',
    });
  });

  it('rejects a quote the document does not contain, and one too short to mean anything', () => {
    expect(checkQuote(doc(PRD), 5, 'Un Producto tiene un precio').ok).toBe(false);
    expect(checkQuote(doc(PRD), 5, 'Un')).toMatchObject({
      ok: false,
      reason: expect.stringContaining('too short'),
    });
  });
});

describe('the facts overlay in the pipeline', () => {
  it('adds accepted facts with origin `assistant` and the quote, below the stated ones', async () => {
    const without = await compileWith(null);
    expect(without.spec?.entities.length).toBe(0);
    const r = await compileWith(OVERLAY);
    const names = r.spec!.entities.map((e) => e.name).sort();
    expect(names).toEqual(['Asset', 'Product']);
    const product = r.spec!.entities.find((e) => e.name === 'Product')!;
    expect(product.origin).toEqual({
      kind: 'assistant',
      file: 'docs/prd.md',
      line: 5,
      quote: 'Un Producto tiene un nombre único de hasta 120 caracteres',
    });
    const asset = r.spec!.entities.find((e) => e.name === 'Asset')!;
    expect(asset.fields.find((f) => f.column === 'serial_number')?.unique).toBe(true);
    expect(r.spec!.relationships.some((x) => x.from === 'Product' && x.to === 'Asset')).toBe(true);
    expect(r.spec!.roles.find((x) => x.name === 'technician')?.origin.kind).toBe('assistant');
    expect(r.facts!.find((v) => v.fact === 'role Administrador')).toMatchObject({
      status: 'already-stated',
      reason: 'stated at docs/prd.md:11',
    });
    expect(r.spec!.jobs.some((j) => j.origin.kind === 'assistant')).toBe(true);
    const md = r.artifacts[0]!.text;
    expect(md).toContain('assistant docs/prd.md:5');
    expect(r.report?.provenance.assistant).toBeGreaterThan(0);
  });

  it('rejects a forged quote, an unknown document and a contradiction, each with a diagnostic that says why', async () => {
    const r = await compileWith(OVERLAY);
    const byFact = new Map(r.facts!.map((v) => [v.fact, v]));
    expect(byFact.get('entity Loan')).toMatchObject({
      status: 'rejected',
      reason: 'the quote does not occur in docs/prd.md',
    });
    expect(byFact.get('stack database MySQL')).toMatchObject({
      status: 'rejected',
      reason: expect.stringMatching(/^docs\/architecture\.md:\d+ chooses PostgreSQL for database$/),
    });
    expect(byFact.get('rule "Product names are unique"')?.reason).toContain('docs/secret.md is not one of');
    const codes = r.diagnostics.filter((d) => d.code.startsWith('facts/')).map((d) => d.code);
    expect(codes).toEqual(
      expect.arrayContaining([
        'facts/quote-not-found',
        'facts/contradicts-document',
        'facts/unknown-document',
      ]),
    );
    const forged = r.diagnostics.find((d) => d.code === 'facts/quote-not-found')!;
    expect(forged.message).toContain('entity Loan');
    expect(forged.at).toEqual({ file: 'docs/technical/backend-spec.facts.yaml', line: 17 });
    expect(r.domain!.stack.some((s) => s.value === 'MySQL')).toBe(false);
  });

  it('rejects the whole overlay when it does not match its schema, naming the line', async () => {
    const r = await compileWith('facts:\n  entities:\n    - name: Product\n      colour: red\n');
    const bad = r.diagnostics.filter((d) => d.code === 'facts/bad-overlay');
    expect(bad.length).toBeGreaterThan(0);
    expect(bad.map((d) => d.at?.line)).toContain(3);
    expect(r.spec?.entities.length).toBe(0);
  });

  it('lets a stated field win over an overlay field of another type', async () => {
    const { compile } = await import('../../src/pipeline.js');
    const { memoryHost } = await import('../../src/host.js');
    const arch =
      '# Architecture\n\n## Data model\n\n| Field | Type |\n|---|---|\n| id | uuid |\n| price | decimal |\n\nTable: Product\n';
    const host = memoryHost({
      '/p/docs/prd.md': `${PRD}\n## Modelo\n\n### Product\n\n| Campo | Tipo |\n|---|---|\n| id | uuid |\n| price | decimal |\n`,
      '/p/docs/architecture.md': arch,
      '/p/docs/technical/backend-spec.facts.yaml': `facts:\n  fields:\n    - { entity: Product, name: price, type: boolean, source: { file: docs/prd.md, line: 5, quote: "Un Producto tiene" } }\n`,
    });
    const r = await compile({ root: '/p', verify: { skip: true } }, host);
    const v = r.facts!.find((x) => x.fact === 'field Product.price');
    expect(v?.status).toBe('rejected');
    expect(v?.reason).toMatch(/states Product\.price as decimal, not boolean/);
  });
});
