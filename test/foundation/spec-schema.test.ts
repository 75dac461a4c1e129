import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { compiledProject } from '../helpers/compiled.js';
import { CORPUS, corpusProject, EXAMPLE, REPO } from './corpus.js';

const schema = JSON.parse(readFileSync(path.join(REPO, 'schema/spec.schema.json'), 'utf8'));

function validator() {
  // Strict mode catches a schema that says less than it seems to (unknown keywords, loose types).
  const ajv = new Ajv2020.default({ strict: true, allErrors: true, allowUnionTypes: true });
  return ajv.compile(schema);
}

const projects: [string, string][] = [
  ...CORPUS.map((p): [string, string] => [p, corpusProject(p)]),
  ['clinic-booking (example)', EXAMPLE],
];

describe('schema/spec.schema.json', () => {
  it('compiles under Ajv 2020-12 strict mode', () => {
    expect(() => validator()).not.toThrow();
  });

  it('rejects a spec.json without its required top-level keys', () => {
    const validate = validator();
    expect(validate({ specVersion: 1, project: { name: 'x', language: 'en' } })).toBe(false);
    expect(validate.errors?.some((e) => e.message?.includes('sources'))).toBe(true);
  });

  it.each(projects)('the spec.json generated for %s validates', async (_name, root) => {
    expect(existsSync(root)).toBe(true);
    const result = await compiledProject(root);
    const file = result.artifacts.find((a) => a.path.endsWith('spec.json'));
    expect(file).toBeDefined();
    const validate = validator();
    const ok = validate(JSON.parse(file!.text));
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });
});
