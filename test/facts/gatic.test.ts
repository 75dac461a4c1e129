import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { nodeHost } from '../../src/host.js';
import { type CompileResult, compile } from '../../src/pipeline.js';
import { postgresql } from '../../src/render/sql/postgresql.js';
import { schemaStatements } from '../../src/render/sql/schema.js';
import { pglite } from '../../src/verify/postgres/session.js';
import { applySchema } from '../../src/verify/postgres.js';
import { compiledProject } from '../helpers/compiled.js';
import { GATIC_INPUT, gaticCopy } from './gatic.js';

/**
 * gatic states its data model only in prose (FR groups, naming rules, Epic → model maps): the tool
 * alone reads no entity. The committed overlay (test/facts/gatic/backend-spec.facts.yaml), written by
 * reading the documents, cites a line and a quote for every fact; the compiler checks each one.
 */
describe('gatic with its facts overlay', () => {
  const dirs: string[] = [];
  afterAll(() => {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });
  /**
   * One compile of gatic with the overlay, verification included, read by both tests: the facts and
   * the model do not depend on verification, and a compile of gatic costs seconds.
   */
  let withFacts: Promise<CompileResult> | undefined;
  const compiledWithFacts = () => {
    if (!withFacts) {
      const full = gaticCopy(true);
      dirs.push(full);
      withFacts = compile({ root: full }, nodeHost());
    }
    return withFacts;
  };

  it('raises the entities from none to the documents’ model, every overlay fact accepted', async () => {
    // Without the overlay: the committed corpus copy itself (gatic's documents, nothing else), the
    // compile the corpus tests share (test/helpers/compiled.ts).
    const before = await compiledProject(GATIC_INPUT);
    expect(before.spec?.entities).toEqual([]);
    const after = await compiledWithFacts();
    expect(after.facts!.filter((v) => v.status !== 'accepted')).toEqual([]);
    expect(after.diagnostics.filter((d) => d.code.startsWith('facts/'))).toEqual([]);
    expect(after.spec!.entities.map((e) => e.name).sort()).toEqual([
      'Asset',
      'AssetMovement',
      'Attachment',
      'AuditLog',
      'Brand',
      'Category',
      'Employee',
      'ErrorReport',
      'InventoryAdjustment',
      'Location',
      'Lock',
      'Note',
      'PendingTask',
      'PendingTaskLine',
      'Product',
      'QuantityMovement',
      'User',
    ]);
    for (const e of after.spec!.entities) expect(e.origin.kind).toBe('assistant');
    const asset = after.spec!.entities.find((e) => e.name === 'Asset')!;
    expect(asset.fields.find((f) => f.column === 'asset_tag')).toMatchObject({ unique: true });
    expect(after.spec!.relationships.some((r) => r.from === 'Product' && r.to === 'Asset')).toBe(true);
    // The report says how much was read, and how much came from the overlay.
    expect(after.report!.provenance.assistant).toBeGreaterThan(50);
    expect(
      after.report!.coverage.documents.find((d) => d.path === '_bmad-output/prd.md')!.read,
    ).toBeGreaterThan(before.report!.coverage.documents.find((d) => d.path === '_bmad-output/prd.md')!.read);
  });

  it('produces artifacts the real tools accept: OpenAPI linted, JSON Schemas compiled, the model’s DDL applied to PostgreSQL', async () => {
    const r = await compiledWithFacts();
    expect(r.verifications.length).toBeGreaterThanOrEqual(3);
    for (const v of r.verifications) expect(v, v.summary).toMatchObject({ ok: true });
    expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    // gatic chose MySQL 8, which no embedded engine here runs: the same model rendered for
    // PostgreSQL is applied instead, and the catalog compared with the model.
    const applied = await applySchema(await pglite(), r.spec!, schemaStatements(postgresql, r.spec!));
    expect(applied.errors).toEqual([]);
    expect(applied.differences).toEqual([]);
    expect(applied.tables).toBe(17);
  });
});
