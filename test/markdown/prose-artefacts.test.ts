import { readdirSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { corpusRoot } from '../corpus-path.js';
import { EXAMPLE } from '../foundation/corpus.js';
import { compiledProject } from '../helpers/compiled.js';

/**
 * Prose a reader stops at, checked over the spec of every corpus project and of the example: float
 * noise from arithmetic ("1.4400000000000002%"), "an" before a consonant sound ("an user"), and
 * table cells or bullets that start with a bare comma or semicolon (a summary cut mid-sentence).
 * Code blocks are left out: they hold what the documents wrote.
 */
const projects = readdirSync(path.dirname(corpusRoot('x')), { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => [e.name, corpusRoot(e.name)] as const);

function proseLines(markdown: string): { line: number; text: string }[] {
  const out: { line: number; text: string }[] = [];
  let fenced = false;
  markdown.split('\n').forEach((text, i) => {
    if (/^\s*(?:```|~~~)/.test(text)) fenced = !fenced;
    else if (!fenced) out.push({ line: i + 1, text: text.replace(/`[^`]*`/g, '``') });
  });
  return out;
}

const ARTEFACTS: [string, RegExp][] = [
  ['float noise', /\d\.\d*(?:0{6,}|9{6,})\d/],
  ['"an" before a consonant sound', /\ban (?:user|unique|uuid|one-|url\b)/i],
  ['fragment starting with a comma', /(?:^|\| |^- )[,;] /],
  // A label that kept the column header it was read under ("NFR-01 (Requirement)", "Dashboard load (Target)").
  [
    'label with a table-header suffix',
    /\((?:Requirement|Target|Value|Requisito|Objetivo|Valor|Meta|Exigence|Cible|Valeur|Anforderung|Ziel|Wert)\)/,
  ],
];

describe('no prose artefacts in any generated spec', () => {
  test.each([...projects, ['example', EXAMPLE] as const])('%s', async (_name, root) => {
    const result = await compiledProject(root);
    const spec = result.artifacts.find((a) => a.path.endsWith('backend-spec.md'));
    if (!spec) return;
    const found = proseLines(spec.text).flatMap(({ line, text }) =>
      ARTEFACTS.filter(([, re]) => re.test(text)).map(([what]) => `${line}: ${what}: ${text.slice(0, 120)}`),
    );
    expect(found).toEqual([]);
  });
});
