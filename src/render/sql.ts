import type { Spec } from '../model/spec/index.js';
import type { SqlDialectWriter } from './sql/dialect.js';
import { mongodbCollections } from './sql/mongodb.js';
import { mysql } from './sql/mysql.js';
import { postgresql } from './sql/postgresql.js';
import { renderSchema } from './sql/schema.js';
import { sqlite } from './sql/sqlite.js';
import type { Artifact, ArtifactRenderer } from './types.js';

/** SQL writers by dialect. A new dialect is one file implementing SqlDialectWriter plus one entry. */
export const SQL_WRITERS: Record<'postgresql' | 'mysql' | 'sqlite', SqlDialectWriter> = {
  postgresql,
  mysql,
  sqlite,
};

/**
 * Schema artifacts, one per dialect the spec names: `schema.sql` (PostgreSQL), `schema.mysql.sql`,
 * `schema.sqlite.sql`, and `mongodb-collections.js` for MongoDB. No database → no file.
 */
export const sqlSchemaArtifact: ArtifactRenderer = {
  name: 'sql',
  render(spec: Spec): Artifact[] {
    if (spec.entities.length === 0) return [];
    return spec.database.dialects.map((d) =>
      d === 'mongodb'
        ? { path: 'backend-spec/mongodb-collections.js', text: mongodbCollections(spec) }
        : { path: SQL_WRITERS[d].file, text: renderSchema(SQL_WRITERS[d], spec) },
    );
  },
};
