import { describe, expect, it } from 'vitest';
import { writeOutputs } from '../../src/cli/write.js';
import { memoryHost } from '../../src/host.js';
import { stamp, stampStatus } from '../../src/render/markdown/stamp.js';

describe('hand-edit stamp', () => {
  it('a stamped file is generated; any change makes it edited', () => {
    const text = stamp('# Spec\n\nBody\n');
    expect(stampStatus(text)).toBe('generated');
    expect(stampStatus(text.replace('Body', 'Body!'))).toBe('edited');
    expect(stampStatus('# Someone else\n')).toBe('edited');
  });
});

describe('writeOutputs', () => {
  const files = [
    { path: 'backend-spec.md', text: stamp('# New\n') },
    { path: 'backend-spec/spec.json', text: '{}\n' },
  ];

  it('writes every file under root/outDir', async () => {
    const host = memoryHost();
    const plan = await writeOutputs(host, '/p', 'docs/technical', files, { force: false, dryRun: false });
    expect(plan.refused).toEqual([]);
    expect([...host.files.keys()].sort()).toEqual([
      '/p/docs/technical/backend-spec.md',
      '/p/docs/technical/backend-spec/spec.json',
    ]);
  });

  it('dry run plans but writes nothing', async () => {
    const host = memoryHost();
    const plan = await writeOutputs(host, '/p', 'out', files, { force: false, dryRun: true });
    expect(plan.written).toHaveLength(2);
    expect(host.files.size).toBe(0);
  });

  it('replaces its own earlier output, refuses a hand-edited one, and force overrides', async () => {
    const own = memoryHost({ '/p/out/backend-spec.md': stamp('# Old\n') });
    expect((await writeOutputs(own, '/p', 'out', files, { force: false, dryRun: false })).refused).toEqual(
      [],
    );
    expect(own.files.get('/p/out/backend-spec.md')).toBe(stamp('# New\n'));

    const edited = `${stamp('# Old\n')}extra\n`;
    const host = memoryHost({ '/p/out/backend-spec.md': edited });
    const plan = await writeOutputs(host, '/p', 'out', files, { force: false, dryRun: false });
    expect(plan.refused).toEqual(['/p/out/backend-spec.md']);
    expect(host.files.get('/p/out/backend-spec.md')).toBe(edited);
    expect(host.files.has('/p/out/backend-spec/spec.json')).toBe(false);

    await writeOutputs(host, '/p', 'out', files, { force: true, dryRun: false });
    expect(host.files.get('/p/out/backend-spec.md')).toBe(stamp('# New\n'));
  });
});
