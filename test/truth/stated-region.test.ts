import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';

// The Italian trial (test/italian/projects/condohub) chose "Amazon S3 (eu-south-1)" beside "PostgreSQL
// 16 (Neon, regione eu-central-1)": the AWS_REGION setting's example said `eu-west-1`, a region the
// documents never name. The region on the line that names the integration is its example.
describe('a region setting shows the region the documents state', () => {
  it.each([
    [
      'en',
      '| Concern | Choice |\n|---|---|\n| Database | PostgreSQL 16 (Neon, region eu-central-1) |\n| Storage | Amazon S3 (eu-south-1) |',
    ],
    [
      'it',
      '| Ambito | Scelta |\n|---|---|\n| Database | PostgreSQL 16 (Neon, regione eu-central-1) |\n| Storage | Amazon S3 (eu-south-1) |',
    ],
  ])('%s', async (_lang, table) => {
    const r = await compile(
      { root: '/p', verify: { skip: true } },
      memoryHost({
        '/p/docs/prd.md': '# PRD\n\n- FR-1: A resident uploads a photo of a fault.\n',
        '/p/docs/architecture.md': `# Architecture\n\n## Stack\n\n${table}\n\n\`\`\`sql\nCREATE TABLE faults (id uuid PRIMARY KEY, photo_key text NOT NULL);\n\`\`\`\n`,
      }),
    );
    const region = r.spec!.deployment!.env.find((e) => e.name === 'AWS_REGION');
    expect(region?.example).toBe('eu-south-1');
  });
});
