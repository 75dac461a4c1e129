import { entityName } from '../../knowledge/names.js';
import type { CodeBlock } from '../../markdown/blocks.js';
import type { EntityFact } from '../../model/domain.js';
import type { CodeModels } from './code-text.js';
import { at, newEntity } from './facts.js';
import { applyModel, type ModelReading, railsModels } from './ruby-model.js';
import { readRailsSchema } from './ruby-schema.js';
import { railsPlural, rubyStatements, underscore } from './ruby-syntax.js';

/**
 * Ruby on Rails data models: the schema DSL of `db/schema.rb` and migrations (data/ruby-schema.ts)
 * and ActiveRecord models (data/ruby-model.ts), read together over all of a document's Ruby
 * fences. A model is joined to its table by `self.table_name`, by Rails' own table name for it
 * (`Pedido` → `pedidos`), or by the entity name both normalise to; the entity then takes the
 * model's class name, and the model's associations, enums and validations apply to the table's
 * columns. A model with no table in the document is an entity of its own, with the columns its
 * declarations state (`belongs_to` keys, enums).
 */
export function readRuby(blocks: readonly CodeBlock[], file: string): CodeModels {
  const statements = blocks.flatMap((b) => rubyStatements(b));
  const schema = readRailsSchema(statements, file);
  const models = railsModels(statements);
  const out: CodeModels = { entities: [], enums: [], relationships: [], indexes: schema.indexes };
  const reading: ModelReading = { enums: [], relationships: [] };
  const joined = new Map<EntityFact, string>();
  for (const model of models) {
    const table = tableOf(model.name, model.table, schema.tables);
    let e = table ? schema.tables.get(table) : undefined;
    const hasSchema = e !== undefined;
    if (e) {
      // The model's class is the entity's name; the table keeps the name it is written with.
      if (!joined.has(e)) {
        const named = newEntity(model.name, 'class', e.origin, table ?? undefined);
        e.name = named.name;
        e.writtenAs = model.name;
        joined.set(e, model.name);
      }
    } else {
      e = newEntity(model.name, 'class', at(file, model.line, model.quote), model.table);
      out.entities.push(e);
    }
    const own = schema.indexes.filter((i) => i.unique && i.entity === table && !i.where);
    const uniqueIndexed = (columns: readonly string[]) =>
      own.some((i) => i.columns.length === columns.length && columns.every((c) => i.columns.includes(c)));
    applyModel(model, e, hasSchema, uniqueIndexed, file, reading);
  }
  out.entities.unshift(...[...schema.tables.values()].filter((e) => e.fields.length > 0));
  for (const [name, en] of schema.enums)
    out.enums.push({ name, values: en.values, origin: at(file, en.line, en.quote) });
  out.enums.push(...reading.enums);
  out.relationships!.push(...reading.relationships);
  return out;
}

/** The written table a model maps to, if the document writes it. */
function tableOf(
  model: string,
  stated: string | undefined,
  tables: ReadonlyMap<string, EntityFact>,
): string | null {
  if (stated) return tables.has(stated) ? stated : null;
  const snake = underscore(model);
  for (const t of [railsPlural(snake), snake]) if (tables.has(t)) return t;
  const name = entityName(model);
  for (const t of tables.keys()) if (entityName(t) === name) return t;
  return null;
}
