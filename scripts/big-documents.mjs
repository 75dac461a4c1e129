// Documents of about 1 MB for `npm run bench` (issue 12: each 1 MB document compiles in under 5 s):
// one made of many small blocks (short paragraphs, bullets, small tables and fences, the shapes the
// bad-input property test repeats) and one made of a single huge paragraph. Deterministic.
import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';

const ONE_MB = 1_000_000;

const SMALL_BLOCKS = [
  'A member can create a note and share it with a team.\n\n',
  '- Member: name, email\n- Note: title, body\n\n',
  '| field | type | notes |\n|---|---|---|\n| title | text | unique |\n\n',
  '```mermaid\nerDiagram\n  MEMBER ||--o{ NOTE : writes\n  MEMBER {\n    string name\n  }\n```\n\n',
  '```typescript\ninterface Member {\n  id: string;\n  name: string;\n}\n```\n\n',
  '```prisma\nmodel Member {\n  id Int @id\n}\n```\n\n',
  '```dbml\nTable members {\n  id int\n}\n```\n\n',
  '## Notes (a: b) [c]\n\n',
  '- Users must log in within 3 seconds; the API must answer in 200 ms.\n\n',
  "```sql\nCREATE TABLE note (id int PRIMARY KEY, title text NOT NULL CHECK (title <> ''));\n```\n\n",
];

/** Many small blocks, repeated in turn until about 1 MB. */
export function manySmallBlocks() {
  let out = '# Architecture\n\n## Data Model\n\n';
  for (let i = 0; out.length < ONE_MB; i++) out += SMALL_BLOCKS[i % SMALL_BLOCKS.length];
  return out;
}

/** Many small blocks that each name a different entity (tables, diagrams, bullets, prose), about 1 MB. */
export function manyEntities() {
  let out = '# Architecture\n\n## Data Model\n\n';
  for (let i = 0; out.length < ONE_MB; i++) {
    const name = `Item${i.toString(36)}`;
    switch (i % 5) {
      case 0:
        out += `\`\`\`sql\nCREATE TABLE ${name.toLowerCase()} (id uuid PRIMARY KEY, label text NOT NULL);\n\`\`\`\n\n`;
        break;
      case 1:
        out += `- ${name}: label, owner, created at\n\n`;
        break;
      case 2:
        out += `| ${name} field | type |\n|---|---|\n| label | text |\n\n`;
        break;
      case 3:
        out += `A ${name} belongs to one member and must be deleted after 30 days.\n\n`;
        break;
      default:
        out += `### ${name}\n\nThe ${name} is archived when its owner leaves.\n\n`;
    }
  }
  return out;
}

/** One paragraph of about 1 MB: prose words without a blank line. */
export function oneHugeParagraph() {
  const words = 'a member can create a note with a title, the team: (owner) [admin] must see it. ';
  return `# Architecture\n\n## Data Model\n\n${words.repeat(Math.ceil(ONE_MB / words.length))}\n`;
}

/** A project whose architecture document is `architecture` (a PRD with one requirement beside it). */
export function writeBigDocumentProject(dir, architecture) {
  mkdirSync(path.join(dir, 'docs/product'), { recursive: true });
  mkdirSync(path.join(dir, 'docs/technical'), { recursive: true });
  writeFileSync(
    path.join(dir, 'docs/product/PRD.md'),
    '# PRD\n\n## Functional Requirements\n\n- FR-1: A member can create a note.\n',
  );
  writeFileSync(path.join(dir, 'docs/technical/architecture.md'), architecture);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir, shape = 'blocks'] = process.argv.slice(2);
  const make = { blocks: manySmallBlocks, paragraph: oneHugeParagraph, entities: manyEntities }[shape];
  if (!dir || !make) {
    console.error('usage: node scripts/big-documents.mjs <output folder> [blocks|entities|paragraph]');
    process.exit(2);
  }
  writeBigDocumentProject(dir, make());
}
