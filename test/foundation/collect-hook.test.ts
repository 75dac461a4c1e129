import { describe, expect, it } from 'vitest';
import { fullCollector } from '../../src/cli/collect.js';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';

// The CLI collects the heap once, between the artifacts and backend-spec.md, so a large run's heap
// does not grow with rendering's garbage (issue 19); the output is the same with or without it.
describe('the collect hook', () => {
  const host = memoryHost({
    '/p/docs/prd.md': '# PRD\n\n- FR-1: A user can create, list and delete notes.\n',
    '/p/docs/architecture.md':
      '# Architecture\n\n```sql\nCREATE TABLE notes (id UUID PRIMARY KEY, title TEXT NOT NULL);\n```\n',
  });

  it('is called once, after the artifacts are rendered, and changes no output', async () => {
    const calls: number[] = [];
    const withHook = await compile(
      { root: '/p', verify: { skip: true }, collect: () => calls.push(1) },
      host,
    );
    const without = await compile({ root: '/p', verify: { skip: true } }, host);
    expect(calls).toHaveLength(1);
    expect(withHook.artifacts.map((a) => [a.path, a.text])).toEqual(
      without.artifacts.map((a) => [a.path, a.text]),
    );
    expect(withHook.artifacts.some((a) => a.path.endsWith('openapi.yaml'))).toBe(true);
  });

  it("the CLI's collector does nothing on a small heap and runs without --expose-gc", () => {
    const collect = fullCollector();
    expect(() => collect()).not.toThrow();
    expect(typeof (globalThis as { gc?: unknown }).gc).not.toBe('function');
  });
});
