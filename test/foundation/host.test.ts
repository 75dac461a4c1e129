import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { memoryHost, nodeHost } from '../../src/host.js';

const dir = mkdtempSync(path.join(tmpdir(), 'backend-spec-host-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('nodeHost', () => {
  it('writes atomically (no temporary file left) and creates folders', async () => {
    const host = nodeHost();
    const file = path.join(dir, 'a/b/out.md');
    await host.writeFile(file, 'one');
    await host.writeFile(file, 'two');
    expect(readFileSync(file, 'utf8')).toBe('two');
    expect(readdirSync(path.dirname(file))).toEqual(['out.md']);
  });

  it('reads missing files and folders as null, and follows symlinked folders', async () => {
    const host = nodeHost();
    expect(await host.readFile(path.join(dir, 'nope.md'))).toBeNull();
    expect(await host.readDir(path.join(dir, 'nope'))).toBeNull();
    mkdirSync(path.join(dir, 'shared'));
    writeFileSync(path.join(dir, 'shared/prd.md'), '# PRD');
    mkdirSync(path.join(dir, 'proj'));
    symlinkSync(path.join(dir, 'shared'), path.join(dir, 'proj/docs'));
    expect(await host.readDir(path.join(dir, 'proj'))).toEqual([{ name: 'docs', isDirectory: true }]);
  });
});

describe('memoryHost', () => {
  it('lists folders and files', async () => {
    const host = memoryHost({ '/p/docs/a.md': 'a', '/p/docs/x/b.md': 'b' });
    const entries = await host.readDir('/p/docs');
    expect(entries?.sort((a, b) => (a.name < b.name ? -1 : 1))).toEqual([
      { name: 'a.md', isDirectory: false },
      { name: 'x', isDirectory: true },
    ]);
    expect(await host.exists('/p/docs/x')).toBe(true);
    expect(await host.exists('/p/other')).toBe(false);
    expect(await host.exists('/p/doc')).toBe(false);
  });
});
