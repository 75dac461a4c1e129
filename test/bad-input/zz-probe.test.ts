import { it } from 'vitest';
import { prepareExtractors } from '../../src/extract/prepare.js';
import { EXTRACTORS } from '../../src/extract/registry.js';
import { parseMarkdown } from '../../src/markdown/parse.js';
import type { SourceDocument } from '../../src/model/sources.js';

const N = Number(process.env.PROBE_N ?? 20000);
const runs: Record<string, string> = {
  spaces: ' '.repeat(N),
  letters: 'a'.repeat(N),
  dashes: '-'.repeat(N),
  colons: 'a:'.repeat(N / 2),
  brackets: '['.repeat(N / 2) + ']'.repeat(N / 2),
  parens: '('.repeat(N / 2),
  braces: '{'.repeat(N / 2),
  angles: '<'.repeat(N / 2),
  pipes: '|'.repeat(N),
  words: 'ab '.repeat(N / 3),
  wordsdash: 'ab-'.repeat(N / 3),
  commas: 'a, '.repeat(N / 3),
  digits: '1'.repeat(N),
  stars: '*'.repeat(N),
  underscores: '_'.repeat(N),
  quotes: '"'.repeat(N),
  backticks: '`'.repeat(N),
  mixed: 'a b: c, (d) [e] '.repeat(N / 16),
  dots: 'a.'.repeat(N / 2),
  eqs: '= '.repeat(N / 2),
  tabs: '\t'.repeat(N),
  capitals: 'Ab'.repeat(N / 2),
  upper: 'A'.repeat(N),
  sentences: 'The user can a. '.repeat(N / 16),
};
const wrappers: Record<string, (s: string) => string> = {
  paragraph: (s) => `# Data Model\n\n${s}\n`,
  heading: (s) => `# ${s}\n\ntext\n`,
  bullet: (s) => `# Data Model\n\n- ${s}\n- User: name\n`,
  table: (s) => `# Data Model\n\n| field | type | notes |\n|---|---|---|\n| ${s} | ${s} | ${s} |\n`,
  mermaid: (s) =>
    `# ERD\n\n\`\`\`mermaid\nerDiagram\n  USER ${s} ORDER : x\n  USER {\n    string ${s} name\n  }\n\`\`\`\n\n\`\`\`mermaid\nclassDiagram\n  class A {\n   ${s}\n  }\n\`\`\`\n`,
  typescript: (s) =>
    `# Model\n\n\`\`\`typescript\ninterface User {\n  id: ${s};\n  ${s}\n}\ntype X = ${s};\n\`\`\`\n`,
  sql: (s) => `# Model\n\n\`\`\`sql\nCREATE TABLE t (id int ${s});\n${s}\n\`\`\`\n`,
  prisma: (s) => `# Model\n\n\`\`\`prisma\nmodel User {\n  id Int ${s}\n}\n\`\`\`\n`,
  dbml: (s) => `# Model\n\n\`\`\`dbml\nTable users {\n  id int ${s}\n}\n\`\`\`\n`,
  json: (s) => `# Model\n\n\`\`\`json\n{"type":"object","properties":{"a${s}":{"type":"string"}}}\n\`\`\`\n`,
  yaml: (s) => `# Model\n\n\`\`\`yaml\nUser:\n  type: object\n  properties:\n    ${s}: string\n\`\`\`\n`,
  code: (s) => `# Model\n\n\`\`\`python\nclass User(Base):\n    name = Column(${s})\n\`\`\`\n`,
};

const doc = (text: string): SourceDocument => ({
  path: 'docs/architecture.md',
  kind: 'architecture',
  classifiedBy: 'test',
  text,
  body: text,
  bodyLineOffset: 0,
  frontMatter: null,
});

it('probe', { timeout: 3_600_000 }, async () => {
  const only = process.env.PROBE_ONLY?.split(',');
  const slow: string[] = [];
  const wrapOnly = process.env.PROBE_WRAP?.split(',');
  const runOnly = process.env.PROBE_RUN?.split(',');
  for (const [wn, w] of Object.entries(wrappers)) {
    if (wrapOnly && !wrapOnly.includes(wn)) continue;
    for (const [rn, r] of Object.entries(runs)) {
      if (runOnly && !runOnly.includes(rn)) continue;
      for (let rep = 0; rep < 2; rep++) {
        const d = doc(w(r));
        await prepareExtractors([d]);
        let t = performance.now();
        let md;
        try {
          md = parseMarkdown(d);
        } catch (e) {
          slow.push(`CRASH markdown ${wn}/${rn}: ${(e as Error).message.slice(0, 80)}`);
          continue;
        }
        const tm = performance.now() - t;
        if (tm > 200) slow.push(`${tm.toFixed(0)}ms markdown ${wn}/${rn}`);
        for (const x of EXTRACTORS) {
          if (only && !only.includes(x.name)) continue;
          t = performance.now();
          try {
            x.extract({ doc: d, md, all: [d] });
          } catch (e) {
            slow.push(`CRASH ${x.name} ${wn}/${rn}: ${(e as Error).message.slice(0, 80)}`);
          }
          const ms = performance.now() - t;
          if (ms > 200) slow.push(`${ms.toFixed(0)}ms ${x.name} ${wn}/${rn} rep${rep}`);
        }
      }
    }
  }
  console.log(slow.join('\n'));
});
