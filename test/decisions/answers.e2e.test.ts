import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, cliInProcess, ensureBuilt } from '../foundation/built-cli.js';

/**
 * Open questions answered by id, through the built CLI as a user runs it: the first run asks, the
 * decisions file answers, the next run applies the answer and reports the entries it cannot use at
 * their lines, with the ids and options that would have been valid.
 */
const PRD = `# Shop PRD

## Functional Requirements

- **FR1:** Customers pay invoices online
- **FR2:** Customers keep items in a cart
`;

const ARCH = `# Architecture

## Data model

\`\`\`sql
CREATE TABLE invoices (id UUID PRIMARY KEY, total NUMERIC(10,2) NOT NULL);
CREATE TABLE legacy_invoices (id UUID PRIMARY KEY, number TEXT NOT NULL);
CREATE TABLE carts (id UUID PRIMARY KEY);
CREATE TABLE old_carts (id UUID PRIMARY KEY, cart_id UUID REFERENCES carts(id));
\`\`\`

## Notes

- The \`legacy_invoices\` table is deprecated.
- The \`old_carts\` table is deprecated.
`;

const DECISIONS = `decisions:
  - id: reconcile/legacy-model/legacy-invoice
    choose: drop
    reason: Migration finished in 2026
  - id: reconcile/legacy-model/old-cart
    choose: archive
    reason: keep it read-only
  - id: reconcile/legacy-model/no-such-model
    dismiss: true
    reason: typo
`;

const roots: string[] = [];
function project(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'bs-answers-'));
  roots.push(root);
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    writeFileSync(path.join(root, rel), text);
  }
  return root;
}
const read = (root: string, rel: string) => readFileSync(path.join(root, rel), 'utf8');

beforeAll(ensureBuilt, 120_000);
afterAll(() => {
  for (const r of roots) rmSync(r, { recursive: true, force: true });
});

describe('answering open questions by id (built CLI)', { timeout: 120_000 }, () => {
  it('asks first, applies the answer on the next run, and names bad entries with what is valid', async () => {
    const root = project({ 'docs/product/PRD.md': PRD, 'docs/technical/architecture.md': ARCH });
    const first = cli(['generate', root, '--no-verify']);
    expect(first.code).toBe(0);
    const asked = JSON.parse(read(root, 'docs/technical/backend-spec/spec.json'));
    expect(asked.questions.map((q: { id: string }) => q.id)).toEqual([
      'reconcile/legacy-model/legacy-invoice',
      'reconcile/legacy-model/old-cart',
    ]);
    expect(asked.questions[0]).toMatchObject({ options: ['drop', 'keep'], assumes: 'keep' });
    expect(read(root, 'docs/technical/backend-spec/schema.sql')).toMatch(/CREATE TABLE legacy_invoices/);

    writeFileSync(path.join(root, 'docs/technical/backend-spec.decisions.yaml'), DECISIONS);
    // The second run through the same `run` in process (the first spawned the bin): a spawn costs ~3 s.
    const second = await cliInProcess(['generate', root, '--no-verify']);
    expect(second.code).toBe(0);
    const spec = JSON.parse(read(root, 'docs/technical/backend-spec/spec.json'));
    const [invoice, cart] = spec.questions;
    expect(invoice.answer).toEqual({
      kind: 'choose',
      value: 'drop',
      reason: 'Migration finished in 2026',
      origin: {
        kind: 'decision',
        file: 'docs/technical/backend-spec.decisions.yaml',
        line: 2,
        reason: 'Migration finished in 2026',
      },
    });
    // "archive" is not offered: the question stays open and the table stays.
    expect(cart.answer).toBeUndefined();
    expect(spec.entities.map((e: { name: string }) => e.name)).not.toContain('LegacyInvoice');
    expect(spec.entities.map((e: { name: string }) => e.name)).toContain('OldCart');
    expect(read(root, 'docs/technical/backend-spec/schema.sql')).not.toMatch(/legacy_invoices/);
    const md = read(root, 'docs/technical/backend-spec.md');
    expect(md).toContain('Answered: drop (decisions file: Migration finished in 2026).');
    expect(md).toContain('Until answered, the specification assumes: keep.');
    expect(md).toContain('`decision docs/technical/backend-spec.decisions.yaml:2`');

    const report = `${second.stdout}\n${second.stderr}`;
    expect(report).toMatch(
      /backend-spec\.decisions\.yaml:5[^\n]*"archive" is not an option of question reconcile\/legacy-model\/old-cart/,
    );
    expect(report).toContain('options: drop, keep');
    expect(report).toMatch(/backend-spec\.decisions\.yaml:8[^\n]*"reconcile\/legacy-model\/no-such-model"/);
    expect(report).toContain(
      'open question ids: reconcile/legacy-model/legacy-invoice, reconcile/legacy-model/old-cart',
    );
  });
});
