/**
 * What Ajv's generated validator of a JSON Schema depends on: the schema without the values of the
 * metadata keywords (JSON Schema 2020-12 Validation §9: `title`, `description`, `default`,
 * `deprecated`, `readOnly`, `writeOnly`, `examples`, and Core §8.3 `$comment`), which are
 * annotations that never produce a validation result. Ajv generates no code for them (its
 * `metadataVocabulary`; `default` only with `useDefaults`, `$comment` only with the `$comment`
 * option, both off in the verifier), so two schemas with the same shape compile to the same
 * checks with the same error messages. The json-schema verifier compiles one validator per shape
 * (1,000 entities: 4,752 compiles → ~2,900) and still has Ajv check every schema against its
 * meta-schema (the annotations' own values included), see `checkSchemas`.
 *
 * The walk knows where a schema holds subschemas (2020-12 Core §10, plus the older `definitions`,
 * `dependencies` and array `items`); any other value is kept as written, so an annotation word used
 * as a property name or inside `enum`, `const` or an unknown keyword never goes. A keyword the walk
 * does not know only makes two shapes differ, never the same.
 */

const METADATA = new Set([
  'title',
  'description',
  'default',
  'deprecated',
  'readOnly',
  'writeOnly',
  'examples',
  '$comment',
]);
/** Keywords whose value is one subschema. */
const ONE = new Set([
  'additionalProperties',
  'additionalItems',
  'contains',
  'else',
  'if',
  'items',
  'not',
  'propertyNames',
  'then',
  'unevaluatedItems',
  'unevaluatedProperties',
  'contentSchema',
]);
/** Keywords whose value is an array of subschemas. */
const LIST = new Set(['allOf', 'anyOf', 'oneOf', 'prefixItems']);
/** Keywords whose value maps names to subschemas. */
const MAP = new Set(['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas']);

/** The shape of a schema as one string (keys sorted: member order changes no check). */
export function schemaShape(schema: unknown): string {
  return JSON.stringify(shapeOf(schema));
}

function shapeOf(schema: unknown): unknown {
  if (!schema || typeof schema !== 'object' || Array.isArray(schema)) return schema;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(schema).sort()) {
    const value = (schema as Record<string, unknown>)[key];
    if (METADATA.has(key)) continue;
    if (ONE.has(key)) out[key] = Array.isArray(value) ? value.map(shapeOf) : shapeOf(value);
    else if (LIST.has(key) && Array.isArray(value)) out[key] = value.map(shapeOf);
    else if (MAP.has(key) && value && typeof value === 'object' && !Array.isArray(value))
      out[key] = Object.fromEntries(
        Object.keys(value)
          .sort()
          .map((name) => [name, shapeOf((value as Record<string, unknown>)[name])]),
      );
    // `dependencies` (draft 2019-09's predecessor): a subschema or a list of names per property.
    else if (key === 'dependencies' && value && typeof value === 'object' && !Array.isArray(value))
      out[key] = Object.fromEntries(
        Object.keys(value)
          .sort()
          .map((name) => [name, shapeOf((value as Record<string, unknown>)[name])]),
      );
    else out[key] = value;
  }
  return out;
}

/**
 * The shape under which a schema FILE may share a validator with another, or null when it must be
 * compiled itself. A file's own `$id` names it and is the base of its references (2020-12 Core
 * §8.2.1): it is left out only when nothing in the file resolves against it (no `$ref`,
 * `$dynamicRef` or `$recursiveRef`, no other `$id`), and then Ajv still registers the file under
 * it (`addSchema`, which refuses an id taken twice). A file without a string `$id` is compiled.
 */
export function fileShape(text: string, schema: Record<string, unknown>): string | null {
  if (typeof schema.$id !== 'string') return null;
  if (/"\$(?:ref|dynamicRef|recursiveRef)"/.test(text)) return null;
  if (text.indexOf('"$id"') !== text.lastIndexOf('"$id"')) return null;
  const { $id: _id, ...rest } = schema;
  return schemaShape(rest);
}
