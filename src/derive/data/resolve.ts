import type { SpecEntity, SpecField } from '../../model/spec/data.js';
import { nameKey, snake } from './names.js';

/**
 * Finds an entity by any name a document may use for it: `User`, `users`, `user`, `app_users`
 * as its table, or the name it was first written as.
 */
export class EntityIndex {
  private readonly byKey = new Map<string, SpecEntity>();

  constructor(entities: readonly SpecEntity[], writtenAs: ReadonlyMap<SpecEntity, string> = new Map()) {
    for (const e of entities) {
      for (const n of [e.name, e.table, writtenAs.get(e) ?? e.name]) {
        const k = nameKey(n);
        if (!this.byKey.has(k)) this.byKey.set(k, e);
      }
    }
  }

  find(name: string): SpecEntity | null {
    return this.byKey.get(nameKey(name)) ?? null;
  }
}

export function fieldByName(entity: SpecEntity, name: string): SpecField | null {
  const col = snake(name);
  return entity.fields.find((f) => f.column === col || f.name === name) ?? null;
}

/** The single primary-key field, or null for composite keys. */
export function primaryKeyField(entity: SpecEntity): SpecField | null {
  if (entity.primaryKey.length !== 1) return null;
  return entity.fields.find((f) => f.column === entity.primaryKey[0]) ?? null;
}
