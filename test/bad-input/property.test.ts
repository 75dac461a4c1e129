import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bulletsExtractor } from '../../src/extract/bullets.js';
import { dbmlExtractor } from '../../src/extract/dbml.js';
import { mermaidExtractor } from '../../src/extract/mermaid.js';
import { prepareExtractors } from '../../src/extract/prepare.js';
import { prismaExtractor } from '../../src/extract/prisma.js';
import { schemaCodeExtractor } from '../../src/extract/schema-code.js';
import { tablesExtractor } from '../../src/extract/tables.js';
import type { Extractor } from '../../src/extract/types.js';
import { typescriptExtractor } from '../../src/extract/typescript.js';
import { memoryHost } from '../../src/host.js';
import { parseMarkdown } from '../../src/markdown/parse.js';
import type { SourceDocument } from '../../src/model/sources.js';
import { compile } from '../../src/pipeline.js';
import { cpuMs } from '../helpers/cpu-time.js';

// Random and adversarial text (long runs of blanks, letters, punctuation and brackets, lines of up to
// 100,000 characters) in every place a data-model notation is read, assembled into documents of about
// 1 MB. Time is CPU time of this process (process.cpuUsage), so a loaded machine does not fail it.

const ONE_MB = 1_000_000;
const BUDGET_MS = 5_000;

const atom = fc.constantFrom(
  ' ',
  '\t',
  'a',
  'Z',
  '-',
  ':',
  '[',
  ']',
  '(',
  ')',
  '{',
  '}',
  '<',
  '>',
  '|',
  '*',
  '"',
  "'",
  '`',
  ',',
  '.',
  '/',
  '#',
  '_',
  '=',
  '1',
  'a:',
  'ab ',
  'a b: c, (d) [e] ',
  '/*',
  '//',
  'é',
);
/** A run of one atom: up to 100,000 characters. */
const run = fc
  .tuple(atom, fc.integer({ min: 1, max: 100_000 }))
  .map(([a, n]) => a.repeat(Math.ceil(n / a.length)).slice(0, n));
const text = fc.oneof(run, fc.string({ maxLength: 200 }), fc.string({ unit: 'grapheme', maxLength: 200 }));

/** Places where the data-model extractors read text: fences of each notation, table cells, bullets. */
const piece = fc.oneof(
  text.map((t) => `${t}\n\n`),
  text.map((t) => `- ${t}\n- Member: name, email\n\n`),
  fc
    .tuple(text, text)
    .map(([a, b]) => `| field | type | notes |\n|---|---|---|\n| ${a} | ${b} | unique |\n\n`),
  fc
    .tuple(text, text)
    .map(
      ([a, b]) =>
        `\`\`\`mermaid\nerDiagram\n  MEMBER ${a} NOTE : ${b}\n  MEMBER {\n    string ${a} name\n  }\n\`\`\`\n\n`,
    ),
  text.map(
    (t) => `\`\`\`mermaid\nclassDiagram\n  class A ${t} {\n    +${t}\n  }\n  A ${t} --> B\n\`\`\`\n\n`,
  ),
  text.map((t) => `\`\`\`typescript\ninterface Member {\n  id: ${t};\n  ${t}\n}\ntype X = ${t};\n\`\`\`\n\n`),
  text.map((t) => `\`\`\`prisma\nmodel Member {\n  id Int ${t}\n}\n\`\`\`\n\n`),
  text.map((t) => `\`\`\`dbml\nTable members {\n  id int ${t}\n}\n\`\`\`\n\n`),
  text.map(
    (t) =>
      `\`\`\`json\n{"title":"Member","type":"object","properties":{"a${t}":{"type":"string"}}}\n\`\`\`\n\n`,
  ),
  text.map((t) => `\`\`\`js\nconst Member = new Schema({ name: ${t} })\n\`\`\`\n\n`),
  text.map((t) => `## ${t}\n\n`),
);

/** About 1 MB: the generated pieces, repeated until the size is reached. */
const document = fc.array(piece, { minLength: 1, maxLength: 12 }).map((pieces) => {
  let out = '# Architecture\n\n## Data Model\n\n';
  for (let i = 0; out.length < ONE_MB; i++) out += pieces[i % pieces.length];
  return out;
});

const doc = (body: string): SourceDocument => ({
  path: 'docs/technical/architecture.md',
  kind: 'architecture',
  classifiedBy: 'test',
  text: body,
  body,
  bodyLineOffset: 0,
  frontMatter: null,
});

const OWNED: Extractor[] = [
  mermaidExtractor,
  typescriptExtractor,
  tablesExtractor,
  bulletsExtractor,
  schemaCodeExtractor,
  prismaExtractor,
  dbmlExtractor,
];

describe('1 MB of adversarial text', () => {
  it('markdown and the data-model extractors read it in under 5 s of CPU, without throwing', {
    timeout: 600_000,
  }, async () => {
    const warm = doc(
      '```ts\ninterface A { id: string }\n```\n```prisma\nmodel A {\n id Int @id\n}\n```\n```dbml\nTable a {\n id int\n}\n```\n',
    );
    await prepareExtractors([warm]);
    for (const x of OWNED) x.extract({ doc: warm, md: parseMarkdown(warm), all: [warm] });
    await fc.assert(
      fc.asyncProperty(document, async (body) => {
        const d = doc(body);
        await prepareExtractors([d]);
        const parts: string[] = [];
        const { ms } = cpuMs(() => {
          const md = cpuMs(() => parseMarkdown(d));
          parts.push(`markdown ${md.ms.toFixed(0)} ms`);
          for (const x of OWNED)
            parts.push(
              `${x.name} ${cpuMs(() => x.extract({ doc: d, md: md.value, all: [d] })).ms.toFixed(0)} ms`,
            );
        });
        if (process.env.BAD_INPUT_VERBOSE) console.log(parts.join(', '));
        expect(ms, `${(body.length / 1e6).toFixed(2)} MB: ${parts.join(', ')}`).toBeLessThan(BUDGET_MS);
      }),
      { numRuns: Number(process.env.BAD_INPUT_RUNS ?? 4), seed: 12, endOnFailure: true },
    );
  });

  it('the whole pipeline (compile, in memory, verify skipped) reads each 1 MB document, long lines whole, in under 5 s of CPU', {
    timeout: 600_000,
  }, async () => {
    await fc.assert(
      fc.asyncProperty(
        // Every extractor, prose ones included, reads the document as written: no line is cut.
        document.filter((b) => b.length >= ONE_MB),
        async (body) => {
          const host = memoryHost({
            '/p/docs/product/PRD.md':
              '# PRD\n\n## Functional Requirements\n\n- FR-1: A member can create a note.\n',
            '/p/docs/technical/architecture.md': body,
          });
          const start = process.cpuUsage();
          const result = await compile({ root: '/p', verify: { skip: true } }, host);
          const used = process.cpuUsage(start);
          expect(result.ok).toBe(true);
          expect(result.report).not.toBeNull();
          expect((used.user + used.system) / 1000).toBeLessThan(BUDGET_MS);
        },
      ),
      { numRuns: Number(process.env.BAD_INPUT_RUNS ?? 2), seed: 7, endOnFailure: true },
    );
  });

  it.skipIf(!process.env.BAD_INPUT_ALL)(
    'every extractor, prose included, on 100,000-character lines in paragraphs (report)',
    { timeout: 3_600_000 },
    async () => {
      const { EXTRACTORS } = await import('../../src/extract/registry.js');
      const slow: string[] = [];
      for (const a of [' ', 'a', '-', '[', 'ab-', 'Ab', 'a b: c, (d) [e] ']) {
        for (const shape of [
          (t: string) => `${t}\n`,
          (t: string) => `- ${t}\n`,
          (t: string) => `| ${t} | x |\n|---|---|\n| ${t} | y |\n`,
        ]) {
          const d = doc(`# Requirements\n\n${shape(a.repeat(Math.ceil(100_000 / a.length)))}`);
          await prepareExtractors([d]);
          const md = parseMarkdown(d);
          for (const x of EXTRACTORS) {
            const { ms } = cpuMs(() => x.extract({ doc: d, md, all: [d] }));
            if (ms > 1_000)
              slow.push(
                `${x.name}: ${ms.toFixed(0)} ms on ${JSON.stringify(shape('…'))} of ${JSON.stringify(a)}`,
              );
          }
        }
      }
      console.log(slow.join('\n'));
    },
  );
});
