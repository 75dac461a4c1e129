import type { Column, Table, TablePartial, TablePartialInjection } from '@dbml/parse';

/**
 * A table with the partials it injects (`~base_template`) spliced in where they are written, as
 * the DBML docs define TablePartial (https://dbml.dbdiagram.io/docs/#tablepartial): the table's own
 * columns and note win over a partial's, a partial injected later wins over an earlier one, and the
 * partials' indexes and checks are added. The compiler's raw JSON leaves this to its consumers.
 */
export function withPartials(table: Table, partials: readonly TablePartial[]): Table {
  if (!table.partials?.length) return table;
  const items: (Column | TablePartialInjection)[] = [...table.fields];
  for (const p of [...table.partials].sort((a, b) => a.order - b.order)) items.splice(p.order, 0, p);
  const taken = new Set(table.fields.map((f) => f.name));
  const injected = new Map<TablePartialInjection, Column[]>();
  let note = table.note;
  const indexes = [...(table.indexes ?? [])];
  const checks = [...(table.checks ?? [])];
  for (const inj of [...table.partials].sort((a, b) => b.order - a.order)) {
    const partial = partials.find((p) => p.name === inj.name);
    if (!partial) continue;
    const fresh = partial.fields.filter((f) => !taken.has(f.name));
    for (const f of fresh) taken.add(f.name);
    injected.set(inj, fresh);
    note ??= partial.note;
    indexes.push(...(partial.indexes ?? []));
    checks.push(...(partial.checks ?? []));
  }
  const fields = items.flatMap((x) => ('order' in x ? (injected.get(x) ?? []) : [x]));
  const out: Table = { ...table, fields, indexes, checks };
  if (note) out.note = note;
  return out;
}
