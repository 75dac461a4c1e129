/**
 * Every rule the data-model derivation applies, by id. An item designed by a rule carries
 * `fromRule(<id>)` as its origin, so the spec says which rule made it and the report can count
 * stated versus inferred items.
 */
export const DATA_RULE = {
  defaultDatabase: 'derive/default-database-postgresql',
  addPrimaryKey: 'derive/add-primary-key',
  idIsPrimaryKey: 'derive/id-is-primary-key',
  joinTableKey: 'derive/join-table-composite-key',
  mongoObjectId: 'derive/mongodb-object-id',
  nullableUnstated: 'derive/nullable-when-unstated',
  notNullKey: 'derive/not-null-key',
  foreignKeyType: 'derive/foreign-key-type-follows-key',
  foreignKeyByName: 'derive/foreign-key-by-name',
  foreignKeyFromRelationship: 'derive/foreign-key-from-relationship',
  joinTableForManyToMany: 'derive/join-table-for-many-to-many',
  onDeleteJoinTable: 'derive/on-delete-cascade-join-table',
  onDeleteOwnedChild: 'derive/on-delete-cascade-owned-child',
  onDeleteOptional: 'derive/on-delete-set-null-optional',
  onDeleteShared: 'derive/on-delete-restrict-shared',
  createdAt: 'derive/add-created-at',
  updatedAt: 'derive/add-updated-at',
  softDelete: 'derive/soft-delete-stated',
  systemDefault: 'derive/system-default',
  tenantColumn: 'derive/tenant-column',
  appendOnly: 'derive/append-only-record',
  joinTable: 'derive/join-table',
  enumName: 'derive/name-enum-type',
  sensitive: 'derive/sensitive-field',
  indexForeignKey: 'derive/index-every-foreign-key',
  indexUnique: 'derive/index-unique-field',
  indexTenantStatus: 'derive/index-tenant-status',
  indexTenantCreated: 'derive/index-tenant-created-at',
  indexLookup: 'derive/index-lookup-field',
  relationshipFromForeignKey: 'derive/relationship-from-foreign-key',
  manyToManyFromJoinTable: 'derive/many-to-many-from-join-table',
  validateByType: 'derive/validate-by-type',
  patternCheck: 'derive/pattern-check',
  validateByName: 'derive/validate-format-by-name',
  validateRequired: 'derive/validate-required',
  extensionTrigram: 'derive/extension-pg-trgm',
  extensionCitext: 'derive/extension-citext',
  mongodbCollections: 'derive/mongodb-collections',
} as const;

/** Column names the timestamp rules own. */
export const TIMESTAMP_COLUMNS = new Set(['created_at', 'updated_at', 'deleted_at']);
