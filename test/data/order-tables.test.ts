import { describe, expect, it } from 'vitest';
import type { SpecEntity, SpecField } from '../../src/model/spec/data.js';
import type { Spec } from '../../src/model/spec/index.js';
import { orderTables } from '../../src/render/sql/schema.js';

// orderTables (src/render/sql/schema.ts) keeps its rule — at each step the first remaining table
// whose referenced tables all exist, else the first remaining one with its missing references
// deferred — without rescanning the remaining tables per step (issue 19). The reference below is
// that rule written as a scan; both must agree on every model, cycles and dangling references too.

function reference(entities: SpecEntity[]): { order: string[]; deferred: SpecField[] } {
  const remaining = [...entities];
  const created = new Set<string>();
  const order: string[] = [];
  const deferred: SpecField[] = [];
  const targets = (e: SpecEntity) => e.fields.filter((f) => f.references && f.references.entity !== e.name);
  while (remaining.length > 0) {
    let i = remaining.findIndex((e) => targets(e).every((f) => created.has(f.references!.entity)));
    if (i < 0) {
      i = 0;
      for (const f of targets(remaining[0]!)) if (!created.has(f.references!.entity)) deferred.push(f);
    }
    const [e] = remaining.splice(i, 1);
    order.push(e!.name);
    created.add(e!.name);
  }
  return { order, deferred };
}

/** A deterministic pseudo-random model: references forward, backward, to itself, to nothing. */
function model(seed: number, size: number): SpecEntity[] {
  let x = seed;
  const next = (n: number) => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return x % n;
  };
  const names = Array.from({ length: size }, (_, i) => `E${i % Math.max(1, size - 2)}`);
  return names.map((name) => {
    const fields = Array.from({ length: next(4) }, (_, j) => {
      const pick = next(size + 2);
      const target = pick < size ? names[pick]! : `Missing${pick}`;
      return {
        name: `f${j}`,
        column: `f${j}`,
        references: { entity: target, field: 'id' },
      } as unknown as SpecField;
    });
    return { name, fields } as unknown as SpecEntity;
  });
}

describe('table order', () => {
  it('matches the first-ready-table rule on 300 models with cycles, self and dangling references', () => {
    let deferredSeen = 0;
    for (let seed = 1; seed <= 300; seed++) {
      const entities = model(seed, 1 + (seed % 40));
      const got = orderTables({ entities } as unknown as Spec);
      const want = reference(entities);
      expect(got.order.map((e) => e.name)).toEqual(want.order);
      expect([...got.deferred]).toEqual(want.deferred);
      deferredSeen += want.deferred.length;
    }
    // The models do break cycles: the test is not vacuous.
    expect(deferredSeen).toBeGreaterThan(50);
  });

  it('orders a chain given backwards without deferring anything', () => {
    const entities = Array.from({ length: 2_000 }, (_, i) => ({
      name: `T${i}`,
      fields:
        i < 1_999 ? [{ name: 'next', column: 'next', references: { entity: `T${i + 1}`, field: 'id' } }] : [],
    })) as unknown as SpecEntity[];
    const got = orderTables({ entities } as unknown as Spec);
    expect(got.order.map((e) => e.name)).toEqual(entities.map((e) => e.name).reverse());
    expect(got.deferred.size).toBe(0);
  });
});
