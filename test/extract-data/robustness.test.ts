import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { bulletsExtractor } from '../../src/extract/bullets.js';
import { dbmlExtractor } from '../../src/extract/dbml.js';
import { mermaidExtractor } from '../../src/extract/mermaid.js';
import { prismaExtractor } from '../../src/extract/prisma.js';
import { schemaCodeExtractor } from '../../src/extract/schema-code.js';
import { prepare, sqlExtractor } from '../../src/extract/sql.js';
import { tablesExtractor } from '../../src/extract/tables.js';
import { typescriptExtractor } from '../../src/extract/typescript.js';
import { cpuMs } from '../helpers/cpu-time.js';
import { docFrom, run } from './corpus-helpers.js';

const EXTRACTORS = [
  sqlExtractor,
  mermaidExtractor,
  typescriptExtractor,
  tablesExtractor,
  prismaExtractor,
  dbmlExtractor,
  bulletsExtractor,
  schemaCodeExtractor,
];

beforeAll(async () => {
  await prepare([docFrom('x.md', '```sql\nCREATE TABLE a (id int);\n```\n')]);
});

const SNIPPETS = [
  'CREATE TABLE t (id INT PRIMARY KEY, ',
  'erDiagram\n  A ||--o{ B : x\n  A {\n',
  'interface X { a: string; b?: ',
  'model M {\n  id Int @id\n',
  'Table t {\n  id int [pk\n',
  '- **Order**: id, total (decimal',
  '| Field | Type |\n|---|---|\n| a | int |',
  'const s = new Schema({ a: { type: String, ',
  'z.object({ a: z.string().',
];
const LANGS = ['sql', 'mermaid', 'typescript', 'prisma', 'dbml', '', 'js'];

describe('robustness', () => {
  it('never throws on arbitrary text inside any notation fence, and every position is a real line', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...LANGS),
        fc.constantFrom(...SNIPPETS),
        fc.string({ maxLength: 60 }),
        (lang, snippet, noise) => {
          const text = `# T\n\n\`\`\`${lang}\n${snippet}${noise}\n\`\`\`\n\n${snippet}${noise}\n`;
          const lines = text.split('\n').length;
          const { domain, diagnostics } = run([docFrom('r.md', text)], EXTRACTORS);
          for (const d of diagnostics) if (d.at) expect(d.at.line).toBeLessThanOrEqual(lines);
          for (const e of domain.entities) {
            for (const f of e.fields)
              if (f.origin.kind === 'source') expect(f.origin.line).toBeLessThanOrEqual(lines);
          }
        },
      ),
      { numRuns: 60, seed: 7 },
    );
  });

  it('is deterministic: the same documents give the same domain', () => {
    const text =
      '```sql\nCREATE TABLE a (id INT PRIMARY KEY);\nCREATE TABLE b (id INT PRIMARY KEY, a_id INT REFERENCES a(id));\n```\n\n```mermaid\nerDiagram\n  a ||--o{ b : has\n```\n';
    const one = JSON.stringify(run([docFrom('d.md', text)], EXTRACTORS));
    const two = JSON.stringify(run([docFrom('d.md', text)], EXTRACTORS));
    expect(one).toBe(two);
  });

  it('reads 200 tables quickly', () => {
    const tables = Array.from(
      { length: 200 },
      (_, i) =>
        `CREATE TABLE t${i} (\n  id UUID PRIMARY KEY,\n  name VARCHAR(100) NOT NULL,\n  parent_id UUID REFERENCES t${Math.max(0, i - 1)}(id),\n  created_at TIMESTAMPTZ NOT NULL DEFAULT now()\n);\nCREATE INDEX ix_t${i} ON t${i} (parent_id);`,
    ).join('\n');
    const doc = docFrom('big.md', `\`\`\`sql\n${tables}\n\`\`\`\n`);
    run([doc], [sqlExtractor]);
    // CPU time (test/helpers/cpu-time.ts): a loaded machine stretches the wall time, not the work.
    const {
      value: { domain },
      ms,
    } = cpuMs(() => run([docFrom('big2.md', doc.text)], EXTRACTORS));
    expect(domain.entities).toHaveLength(200);
    expect(domain.indexes).toHaveLength(200);
    expect(ms).toBeLessThan(3000);
  });
});
