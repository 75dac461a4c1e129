import type { SpecEntity } from '../../model/spec/data.js';

/**
 * The tenant itself (`Lab` for `lab_id`): the entity the tenant column of the tenant-scoped tables
 * references. Its rows are tenant data too: a member of one lab reads their own lab, not every lab.
 */
export function tenantRoot(entities: readonly SpecEntity[]): string | null {
  const counts = new Map<string, number>();
  for (const e of entities) {
    if (!e.tenantColumn) continue;
    const target = e.fields.find((f) => f.column === e.tenantColumn)?.references?.entity;
    if (target && target !== e.name) counts.set(target, (counts.get(target) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? null;
}
