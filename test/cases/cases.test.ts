import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compiledProject } from '../helpers/compiled.js';

/**
 * Golden cases: test/cases/<case>/input (a project; or `case.json` {"input": "<repo path>"}) and
 * test/cases/<case>/expected (every file `generate` writes, relative to its output directory,
 * verification skipped). `UPDATE=1 npx vitest run test/cases` re-records. An expected file that is
 * no longer produced fails the run, as does a produced file that was never recorded.
 */
const HERE = path.dirname(fileURLToPath(import.meta.url));
const REPO = path.resolve(HERE, '../..');
const UPDATE = process.env.UPDATE === '1';

interface CaseOptions {
  input?: string;
  projectName?: string;
}

function listFiles(dir: string, prefix = ''): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) =>
      e.isDirectory() ? listFiles(path.join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`],
    )
    .sort();
}

const cases = readdirSync(HERE, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort();

describe('golden cases', () => {
  it('has cases', () => expect(cases.length).toBeGreaterThanOrEqual(5));

  it.each(cases)('%s', async (name) => {
    const dir = path.join(HERE, name);
    const optionsFile = path.join(dir, 'case.json');
    const options: CaseOptions = existsSync(optionsFile) ? JSON.parse(readFileSync(optionsFile, 'utf8')) : {};
    const root = options.input ? path.resolve(REPO, options.input) : path.join(dir, 'input');
    const result = await compiledProject(
      root,
      options.projectName ? { projectName: options.projectName } : {},
    );
    expect(result.ok).toBe(true);
    const expectedDir = path.join(dir, 'expected');
    const produced = new Map(result.artifacts.map((a) => [a.path, a.text]));
    if (UPDATE) {
      rmSync(expectedDir, { recursive: true, force: true });
      for (const [file, text] of produced) {
        mkdirSync(path.dirname(path.join(expectedDir, file)), { recursive: true });
        writeFileSync(path.join(expectedDir, file), text);
      }
      return;
    }
    const expected = listFiles(expectedDir);
    expect(expected.length, `no expected files: run UPDATE=1 npx vitest run test/cases`).toBeGreaterThan(0);
    expect([...produced.keys()].sort(), 'the set of produced files changed').toEqual(expected);
    for (const file of expected)
      expect(produced.get(file), `${name}/expected/${file} differs`).toBe(
        readFileSync(path.join(expectedDir, file), 'utf8'),
      );
  });
});
