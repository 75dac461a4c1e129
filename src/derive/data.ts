import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { chooseDialects, neededExtensions } from './data/database.js';
import { designEntities } from './data/entities.js';
import { designEnums } from './data/enums.js';
import { impliedValidation } from './data/fields.js';
import { designIndexes } from './data/indexes.js';
import { finishPatterns } from './data/patterns.js';
import { designRelationships } from './data/relationships.js';
import { EntityIndex } from './data/resolve.js';
import type { DeriveStep } from './types.js';

/**
 * Step 1 of the workflow: the data model and its database schema. Entities come only from the
 * documents (never invented); keys, ON DELETE, timestamps, enum names and indexes are designed by
 * the named rules in ./data/rules.ts. No entities → no database, and sections 1 and 2 are missing.
 */
export const dataStep: DeriveStep = {
  name: 'data',
  derive: ({ domain }) => {
    const diagnostics: Diagnostic[] = [];
    const { dialects, origin, version } = chooseDialects(domain, domain.entities.length > 0, diagnostics);
    const mongodb = dialects[0] === 'mongodb';
    const entities = designEntities(domain, mongodb, diagnostics);
    const enums = designEnums(entities, domain.enums, diagnostics);
    finishPatterns(entities, dialects, diagnostics);
    for (const e of entities)
      for (const f of e.fields) f.validation = [...(f.validation ?? []), ...impliedValidation(f)];
    const index = new EntityIndex(entities);
    const reserved = new Set([...entities.map((e) => e.table), ...enums.map((e) => e.name)]);
    const indexes = designIndexes(entities, domain.indexes, index, reserved, diagnostics, mongodb);
    const relationships = designRelationships(entities, domain.relationships, index);
    return {
      spec: {
        entities,
        relationships,
        database: {
          dialects,
          enums,
          indexes,
          extensions: dialects.includes('postgresql') ? neededExtensions(entities, indexes) : [],
          origin,
          ...(version ? { version } : {}),
        },
      },
      diagnostics,
    };
  },
};
