import { readdirSync } from 'node:fs';
import * as path from 'node:path';
// @ts-expect-error jsdom ships no types (and @types/jsdom is not needed for one constructor)
import { JSDOM } from 'jsdom';
import { beforeAll, describe, expect, test } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';
import { corpusRoot } from '../corpus-path.js';
import { FLOW_FIXTURES, SEQUENCE_FIXTURE } from '../flows/fixtures.js';
import { EXAMPLE } from '../foundation/corpus.js';
import { compiledProject } from '../helpers/compiled.js';

/**
 * Every Mermaid diagram the tool writes (the blocks of backend-spec.md and erd.mmd) parses with
 * Mermaid's own parser (issue 15). Mermaid sanitises labels with DOMPurify, which needs a window:
 * jsdom provides one in Node (test-only dependencies; the tool itself does not load Mermaid).
 */
type Mermaid = { parse(text: string): Promise<unknown> };
let mermaid: Mermaid;

beforeAll(async () => {
  const dom = new JSDOM('');
  Object.assign(globalThis, { window: dom.window, document: dom.window.document });
  mermaid = (await import('mermaid')).default as unknown as Mermaid;
}, 60_000);

const projects = readdirSync(path.dirname(corpusRoot('x')), { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => [e.name, corpusRoot(e.name)] as const);

function diagrams(markdown: string): string[] {
  return [...markdown.matchAll(/^```mermaid\n([\s\S]*?)^```$/gm)].map((m) => m[1]!);
}

async function problems(texts: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const text of texts)
    await mermaid
      .parse(text)
      .catch((e: unknown) => out.push(`${text.split('\n')[0]}: ${String(e).slice(0, 200)}`));
  return out;
}

describe('mermaid', { timeout: 120_000 }, () => {
  test('the parser rejects a broken diagram (so a pass means something)', async () => {
    expect(await problems(['stateDiagram-v2\n  [*] --> a\n  a --> : broken'])).toHaveLength(1);
    expect(await problems(['stateDiagram-v2\n  [*] --> held\n  held --> booked : book'])).toEqual([]);
  });

  test.each([...projects, ['example', EXAMPLE] as const])('%s: every diagram parses', async (_name, root) => {
    const result = await compiledProject(root);
    const texts = result.artifacts.flatMap((a) =>
      a.path.endsWith('.mmd') ? [a.text] : a.path.endsWith('backend-spec.md') ? diagrams(a.text) : [],
    );
    expect(await problems(texts)).toEqual([]);
  });

  test('the sequence diagrams of stated flows parse (fixtures in en, es, fr, de and a stated diagram)', async () => {
    expect(await problems(['sequenceDiagram\n  actor p1 as A\n  p1->>: broken'])).toHaveLength(1);
    const projects = [...FLOW_FIXTURES.map((f) => f.files), SEQUENCE_FIXTURE];
    for (const files of projects) {
      const host = memoryHost(Object.fromEntries(Object.entries(files).map(([p, t]) => [`/p/${p}`, t])));
      const result = await compile({ root: '/p', verify: { skip: true } }, host);
      const md = result.artifacts.find((a) => a.path.endsWith('backend-spec.md'))!.text;
      const sequences = diagrams(md).filter((d) => d.startsWith('sequenceDiagram'));
      expect(sequences.length).toBeGreaterThan(0);
      expect(await problems(sequences)).toEqual([]);
    }
  });
});
