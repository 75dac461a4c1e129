import { isSecretField, sensitivity } from '../../knowledge/sensitive.js';
import type { JsonSchema } from '../../model/spec/api.js';
import type { SpecEntity, SpecField } from '../../model/spec/data.js';
import type { Spec } from '../../model/spec/index.js';
import { exampleValue, fieldSchema } from './field-schema.js';
import { isUserEntity, planResources, type Resource } from './resources.js';

/**
 * Component schemas derived from the data model, so the API can never drift from the schema:
 * `<Entity>` (a response: secrets left out, OWASP ASVS V8.3), `<Entity>Create` (what a client may
 * send: no system-managed, tenant, parent or owner fields), `<Entity>Update` (the same, all optional:
 * PATCH is a partial update, RFC 5789) and `<Entity>Page` (a list envelope).
 */

export const ref = (name: string): JsonSchema => ({ $ref: `#/components/schemas/${name}` });
export const schemaNames = (entity: string) => ({
  read: entity,
  create: `${entity}Create`,
  update: `${entity}Update`,
  page: `${entity}Page`,
});

/**
 * Fields a response never carries: credentials, and fields the data model marks sensitive unless they
 * are personal data the owner may read back (an email address is returned to its owner, a token never).
 */
export const hiddenInResponse = (f: SpecField): boolean =>
  isSecretField(f.name) || (f.sensitive && sensitivity(f.name) !== 'personal');

/** Columns a client does not send: the server sets them from the token or the path. */
const ACTOR_COLUMN = /^(user|owner|created_by|creator|author|updated_by)(_id)?$/;

/** The FK naming the acting user (`tasks.user_id`): set from the credential, never sent or filtered. */
export const isActorField = (f: SpecField, users: ReadonlySet<string>): boolean =>
  f.references !== null && users.has(f.references.entity) && ACTOR_COLUMN.test(f.column);

export function writableFields(
  e: SpecEntity,
  r: Resource | undefined,
  users: ReadonlySet<string>,
): SpecField[] {
  return e.fields.filter((f) => {
    if (f.readOnly || f.primaryKey || f.type.generated || isSecretField(f.name)) return false;
    if (e.tenantColumn && f.column === e.tenantColumn) return false;
    if (r?.parent && f.name === r.parent.field.name) return false;
    if (isActorField(f, users)) return false;
    return true;
  });
}

export function entitySchemas(
  spec: Readonly<Spec>,
  pagination: 'cursor' | 'offset',
): Record<string, JsonSchema> {
  const resources = new Map(planResources(spec.entities, '').map((r) => [r.entity.name, r]));
  const users = new Set(spec.entities.filter(isUserEntity).map((e) => e.name));
  const out: Record<string, JsonSchema> = {};
  for (const e of spec.entities) {
    const names = schemaNames(e.name);
    const shown = e.fields.filter((f) => !hiddenInResponse(f));
    out[names.read] = object(
      e,
      shown,
      shown.filter((f) => !f.nullable),
      e.description ?? undefined,
    );
    const writable = writableFields(e, resources.get(e.name), users);
    out[names.create] = object(
      e,
      writable,
      writable.filter((f) => !f.nullable && f.default === null),
      `Fields a client sends to create a ${e.name}.`,
    );
    const update = object(
      e,
      writable,
      [],
      `Fields a client may change on a ${e.name}; all optional (partial update).`,
    );
    if (writable.length > 0) update.minProperties = 1;
    out[names.update] = update;
    out[names.page] = page(e.name, out[names.read]!, pagination);
  }
  return out;
}

function object(e: SpecEntity, fields: SpecField[], required: SpecField[], description?: string): JsonSchema {
  const properties: Record<string, JsonSchema> = {};
  const example: Record<string, unknown> = {};
  fields.forEach((f, i) => {
    const s = fieldSchema(f);
    if (f.readOnly) s.readOnly = true;
    properties[f.name] = s;
    example[f.name] = exampleValue(f, i + 1);
  });
  const s: JsonSchema = { type: 'object' };
  if (description) s.description = description;
  s.properties = properties;
  if (required.length > 0) s.required = required.map((f) => f.name);
  s.additionalProperties = false;
  s.examples = [example];
  void e;
  return s;
}

function page(entity: string, item: JsonSchema, style: 'cursor' | 'offset'): JsonSchema {
  const first = (item.examples as unknown[] | undefined)?.[0] ?? {};
  if (style === 'cursor') {
    return {
      type: 'object',
      description: `A page of ${entity} records; pass \`nextCursor\` as \`cursor\` for the next page.`,
      properties: {
        items: { type: 'array', items: ref(entity) },
        nextCursor: { type: ['string', 'null'] },
      },
      required: ['items', 'nextCursor'],
      additionalProperties: false,
      examples: [{ items: [first], nextCursor: null }],
    };
  }
  return {
    type: 'object',
    description: `A page of ${entity} records with the total count.`,
    properties: {
      items: { type: 'array', items: ref(entity) },
      total: { type: 'integer', minimum: 0 },
      limit: { type: 'integer', minimum: 1 },
      offset: { type: 'integer', minimum: 0 },
    },
    required: ['items', 'total', 'limit', 'offset'],
    additionalProperties: false,
    examples: [{ items: [first], total: 1, limit: 20, offset: 0 }],
  };
}
