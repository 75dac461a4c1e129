import type { Spec } from '../../model/spec/index.js';
import { postgresql } from '../sql/postgresql.js';
import { orderTables, renderSchema } from '../sql/schema.js';

/**
 * The initial migration: up is schema.sql itself (the same statements, so the verified schema and
 * the first migration cannot drift); down drops the tables in reverse dependency order, then the
 * enum types. Extensions stay: other schemas in the database may use them.
 */
export function initialMigration(spec: Spec): { up: string; down: string } {
  const up = renderSchema(postgresql, spec);
  const { order } = orderTables(spec);
  const down = [
    `-- ${spec.project.name}: undo the initial migration (drops every table and enum type it created).`,
    ...[...order].reverse().map((e) => `DROP TABLE IF EXISTS ${postgresql.quote(e.table)} CASCADE;`),
    ...[...spec.database.enums].reverse().map((en) => `DROP TYPE IF EXISTS ${postgresql.quote(en.name)};`),
  ];
  return { up, down: `${down.join('\n')}\n` };
}
