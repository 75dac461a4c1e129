import { describe, expect, it } from 'vitest';
import type { Artifact } from '../../src/render/types.js';
import { checkSchemas } from '../../src/verify/json-schema.js';

/**
 * Ajv compiles thousands of schemas on the main thread while the PostgreSQL verifier waits for the
 * verification worker's replies, which arrive as events: Ajv must let the event loop turn between
 * schemas, or the schema is applied only after the last compile (issue 19).
 */
describe('json-schema verifier and the event loop', () => {
  it('lets the event loop turn while it compiles many schemas, with the same verdicts', async () => {
    let ticks = 0;
    let running = true;
    const tick = () => {
      ticks++;
      if (running) setImmediate(tick);
    };
    setImmediate(tick);
    const seen: number[] = [];
    const files: Artifact[] = Array.from({ length: 300 }, (_, i) => {
      const text = JSON.stringify({
        $schema: 'https://json-schema.org/draft/2020-12/schema',
        $id: `E${i}.schema.json`,
        type: 'object',
        properties: {
          id: { type: 'string', format: 'uuid' },
          [`name${i}`]: { type: 'string', maxLength: 120 },
          count: { type: 'integer', minimum: 0 },
          notes: { type: ['string', 'null'] },
        },
        required: ['id', `name${i}`],
        additionalProperties: false,
        examples: [{ id: '3f2b8c1e-5d4a-4b7e-9c21-000000000001', [`name${i}`]: 'x', count: 1, notes: null }],
      });
      return {
        path: `backend-spec/schemas/E${i}.schema.json`,
        get text() {
          seen.push(ticks);
          return text;
        },
      } as Artifact;
    });
    const result = await checkSchemas(files, null);
    running = false;
    expect(result.problems).toEqual([]);
    expect(result.fileExamples).toBe(300);
    expect(seen).toHaveLength(300);
    // Without the pauses every file is read in one synchronous run: the same tick count throughout.
    expect(seen.at(-1)!).toBeGreaterThan(seen[0]!);
  });
});
