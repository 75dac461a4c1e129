import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { corpusRoot } from '../corpus-path.js';
import { compiledProject } from '../helpers/compiled.js';

/**
 * schema/spec.schema.json describes every top-level key spec.json emits (stories, suppressed, rules,
 * lifecycles, principals, questions…), and those parts validate in Ajv strict mode; the foundation
 * test validates every corpus project's spec.json as a whole.
 */
const schema = JSON.parse(readFileSync(new URL('../../schema/spec.schema.json', import.meta.url), 'utf8'));

describe('spec.schema.json covers what spec.json emits', () => {
  it.each([
    ['clinic-booking', new URL('../../examples/clinic-booking', import.meta.url).pathname],
    ['labcore', corpusRoot('labcore')],
    ['billie-crm', corpusRoot('billie-crm')],
  ])(
    '%s: every top-level key is described and validates strictly',
    async (_name, root) => {
      const r = await compiledProject(root);
      const json = JSON.parse(r.artifacts.find((a) => a.path.endsWith('spec.json'))!.text);
      const described = Object.keys(schema.properties);
      expect(Object.keys(json).filter((k) => !described.includes(k))).toEqual([]);
      for (const key of ['stories', 'suppressed', 'rules', 'lifecycles', 'principals', 'flows'])
        expect(schema.properties[key], key).toBeDefined();
      const ajv = new Ajv2020.default({ strict: true, allErrors: true, allowUnionTypes: true });
      const validate = ajv.compile(schema);
      expect(validate(json) ? [] : validate.errors).toEqual([]);
      // The parts this test is about are present in these projects, so the check is not vacuous.
      expect(json.suppressed.length).toBeGreaterThan(0);
      expect(json.stories.length).toBeGreaterThan(0);
      if (_name !== 'billie-crm') expect(json.flows.length, 'flows').toBeGreaterThan(0);
    },
    120_000,
  );
});
