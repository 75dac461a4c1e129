import { readdirSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { AREA_LIMIT } from '../../src/render/erd.js';
import { corpusRoot } from '../corpus-path.js';
import { EXAMPLE } from '../foundation/corpus.js';
import { compiledProject } from '../helpers/compiled.js';

/**
 * Section 1 draws the data model as ER diagrams per area (issue 15): no diagram over AREA_LIMIT
 * entities, every entity (by table) in exactly one diagram, every foreign key either drawn in its
 * area or listed under it as a key to another area.
 */
const projects = readdirSync(path.dirname(corpusRoot('x')), { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => [e.name, corpusRoot(e.name)] as const);

function erDiagrams(markdown: string): string[] {
  return [...markdown.matchAll(/^```mermaid\n(erDiagram\n[\s\S]*?)^```$/gm)].map((m) => m[1]!);
}

/** Entity names of one erDiagram block: bare entity lines and both ends of each relationship. */
function entitiesOf(diagram: string): Set<string> {
  const out = new Set<string>();
  for (const line of diagram.split('\n').slice(1)) {
    const rel = /^\s+(\S+) [|}o]{2}--[|{o]{2} (\S+) :/.exec(line);
    if (rel) out.add(rel[1]!).add(rel[2]!);
    else if (/^\s+[A-Za-z_][\w-]*\s*$/.test(line)) out.add(line.trim());
  }
  return out;
}

describe('ER diagrams per area', { timeout: 120_000 }, () => {
  test('the entity counter reads relationships and bare entities', () => {
    expect([...entitiesOf('erDiagram\n  a ||--o{ b : "a_id"\n  c\n  b |o--o| d : "x"')]).toEqual([
      'a',
      'b',
      'c',
      'd',
    ]);
  });

  test.each([...projects, ['example', EXAMPLE] as const])('%s', async (_name, root) => {
    const result = await compiledProject(root);
    const spec = result.spec;
    const markdown = result.artifacts.find((a) => a.path.endsWith('backend-spec.md'))?.text ?? '';
    if (!spec || spec.entities.length === 0) return;
    // A model without foreign keys gets no diagram (it would only list the names).
    if (!spec.entities.some((e) => e.fields.some((f) => f.references))) {
      expect(markdown).not.toContain('erDiagram');
      return;
    }
    const diagrams = erDiagrams(markdown).map(entitiesOf);
    expect(diagrams.length).toBeGreaterThan(0);
    for (const d of diagrams) expect(d.size).toBeLessThanOrEqual(AREA_LIMIT);
    const drawn = diagrams.flatMap((d) => [...d]);
    const tables = spec.entities.map((e) => e.table.replace(/[^A-Za-z0-9_\-()[\]]+/g, '_'));
    // Every entity in exactly one area diagram.
    expect([...drawn].sort()).toEqual([...tables].sort());
    if (spec.entities.length <= AREA_LIMIT) expect(diagrams).toHaveLength(1);
  });
});
