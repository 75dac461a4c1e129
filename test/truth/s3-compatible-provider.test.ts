import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';

// The Czech golden sberka-cs stores photos in "CESNET S3" (an S3-compatible store of a Czech
// provider): the spec called it Amazon S3 and asked for AWS_REGION. S3 is the store's API, not its
// provider: the stated provider keeps its name and the settings are the S3 API's (endpoint, bucket,
// keys), never an AWS region the documents do not state. Amazon S3 stays Amazon.
async function storage(row: string, heading = '| Concern | Choice |') {
  const r = await compile(
    { root: '/p', verify: { skip: true } },
    memoryHost({
      '/p/docs/prd.md': '# PRD\n\n- FR-1: A resident uploads a photo of a fault.\n',
      '/p/docs/architecture.md': `# Architecture\n\n## Stack\n\n${heading}\n|---|---|\n${row}\n\n\`\`\`sql\nCREATE TABLE faults (id uuid PRIMARY KEY, photo_key text NOT NULL);\n\`\`\`\n`,
    }),
  );
  const spec = r.spec!;
  return {
    integrations: spec.integrations.map((i) => i.name).sort(),
    env: (spec.deployment?.env ?? []).map((e) => e.name).sort(),
  };
}

describe('an S3-compatible store keeps its stated provider', () => {
  it.each([
    ['cs', '| Úložiště fotografií | CESNET S3 |', '| Oblast | Volba |', 'CESNET S3'],
    ['en', '| File storage | Hetzner Object Storage (S3 API) |', undefined, 'Hetzner Object Storage'],
    [
      'es',
      '| Almacenamiento | Scaleway Object Storage |',
      '| Ámbito | Elección |',
      'Scaleway Object Storage',
    ],
    ['de', '| Dateispeicher | Backblaze B2 |', '| Bereich | Wahl |', 'Backblaze B2'],
  ])('%s', async (_lang, row, heading, name) => {
    const { integrations, env } = await storage(row, heading);
    expect(integrations).toContain(name);
    expect(integrations).not.toContain('Amazon S3');
    expect(env).not.toContain('AWS_REGION');
    expect(env).toEqual(expect.arrayContaining(['S3_ENDPOINT', 'S3_BUCKET']));
  });

  it('Amazon S3 stays Amazon', async () => {
    const { integrations, env } = await storage('| File storage | Amazon S3 |');
    expect(integrations).toContain('Amazon S3');
    expect(env).toContain('AWS_REGION');
  });
});
