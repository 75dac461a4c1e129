import { fieldSchema } from '../derive/api/field-schema.js';
import { isSecretField } from '../knowledge/sensitive.js';
import type { SpecEntity } from '../model/spec/data.js';
import type { Spec } from '../model/spec/index.js';
import { statedFieldFacts } from './openapi/bounds.js';
import { entityExample } from './openapi/examples.js';
import type { ArtifactRenderer } from './types.js';

export const SCHEMAS_DIR = 'backend-spec/schemas';
export const JSON_SCHEMA_DIALECT = 'https://json-schema.org/draft/2020-12/schema';

/**
 * Artifact `json-schema`: one JSON Schema (draft 2020-12) per entity, describing the stored record
 * (every field; credentials are `writeOnly`, system-managed fields `readOnly`, per 2020-12's
 * meta-data vocabulary), with one example that validates. The same field mapping as openapi.yaml.
 */
export const jsonSchemasArtifact: ArtifactRenderer = {
  name: 'json-schema',
  render: (spec) =>
    [...spec.entities]
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
      .map((e) => ({
        path: `${SCHEMAS_DIR}/${e.name}.schema.json`,
        text: `${JSON.stringify(entityJsonSchema(e, spec), null, 2)}\n`,
      })),
};

export function entityJsonSchema(e: SpecEntity, spec: Spec | null = null): Record<string, unknown> {
  const properties: Record<string, unknown> = {};
  const example = entityExample(spec, e);
  for (const f of e.fields) {
    const s = fieldSchema(f);
    if (spec) statedFieldFacts(spec, e, f, s);
    const notes = [
      typeof s.description === 'string' ? s.description : null,
      f.references
        ? `References ${f.references.entity}.${f.references.field} (ON DELETE ${f.references.onDelete.toUpperCase()}).`
        : null,
      `Column ${e.table}.${f.column}.`,
    ].filter(Boolean);
    s.description = notes.join(' ');
    if (f.readOnly) s.readOnly = true;
    if (isSecretField(f.name)) s.writeOnly = true;
    if (f.default !== null && /^(true|false|-?\d+(\.\d+)?)$/.test(f.default) && s.type !== 'string')
      s.default = JSON.parse(f.default);
    properties[f.name] = s;
  }
  const required = e.fields.filter((f) => !f.nullable).map((f) => f.name);
  const out: Record<string, unknown> = {
    $schema: JSON_SCHEMA_DIALECT,
    $id: `${e.name}.schema.json`,
    title: e.name,
  };
  if (e.description) out.description = e.description;
  out.type = 'object';
  out.properties = properties;
  if (required.length > 0) out.required = required;
  out.additionalProperties = false;
  out.examples = [example];
  return out;
}
