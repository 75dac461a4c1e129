import { isMap, isScalar, isSeq, LineCounter, type Node, type Pair, parseDocument, type YAMLMap } from 'yaml';
import { scalarType } from '../../knowledge/scalar-types.js';
import type { CodeBlock } from '../../markdown/blocks.js';
import type { EntityFact, FieldFact, FieldType } from '../../model/domain.js';
import { at, newEntity, newField } from './facts.js';

/**
 * Object schemas in ```json / ```yaml fences: OpenAPI `components.schemas` (OpenAPI 3.0/3.1),
 * JSON Schema documents with a `title` (draft 2020-12) and their `$defs`/`definitions`. Read with
 * the `yaml` package (JSON is YAML) so every property keeps its file line. `type`/`format` give the
 * scalar (format `uuid`, `email`, `uri`, `date-time`, `date`), `required` gives nullability,
 * `enum`, `maxLength`, `default`, `nullable` (3.0) and `type: [x, "null"]` (3.1) are kept, `$ref`
 * stays a named type the merge resolves. Request/response shapes are API contracts and skipped.
 */

const NOT_ENTITY =
  /.(Request|Response|Input|Payload|Params|Query|Dto|DTO|Body|Error|Problem|Page|List|Envelope|Result)s?$|^(Error|Problem|Pagination)$/;

/** A write variant of another schema (`UserCreate`, `TaskUpdate`, `NotePatch`); `OrderDetail` is a record. */
const VARIANT = /^(\w+?)(Create|Update|Patch|Replace)$/;

const FORMATS: Record<string, FieldType['scalar']> = {
  uuid: 'uuid',
  email: 'email',
  uri: 'url',
  url: 'url',
  'date-time': 'datetime',
  date: 'date',
  time: 'time',
  int32: 'integer',
  int64: 'bigint',
  decimal: 'decimal',
  binary: 'binary',
  byte: 'binary',
  phone: 'phone',
};

/**
 * The YAML parser's error recovery costs about 0.1 ms per error, and a fence of 40,000 stray quotes
 * is 20,000 errors (2–3 s). A fence with a line longer than any schema is written with, or longer than
 * 64 KB, is parsed only when it is valid JSON (JSON.parse is linear): minified schemas still read, garbage does not cost.
 */
const LONG_LINE = 2_000;
const LONG_FENCE = 64_000;

function worthYaml(text: string): boolean {
  let start = 0;
  let long = false;
  while (start <= text.length) {
    const end = text.indexOf('\n', start);
    const stop = end < 0 ? text.length : end;
    if (stop - start > LONG_LINE) {
      long = true;
      break;
    }
    start = stop + 1;
  }
  if (!long && text.length <= LONG_FENCE) return true;
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

export function readJsonSchemas(block: CodeBlock, file: string, caption: string | null): EntityFact[] {
  if (!/"?(properties|schemas)"?\s*:/.test(block.content)) return [];
  if (!worthYaml(block.content)) return [];
  const lineCounter = new LineCounter();
  const doc = parseDocument(block.content, { lineCounter, uniqueKeys: false });
  if (doc.errors.length > 0 || !isMap(doc.contents)) return [];
  const lineOf = (n: Node | null | undefined) =>
    block.contentLine + lineCounter.linePos(n?.range?.[0] ?? 0).line - 1;
  const lines = block.content.split('\n');
  const quote = (line: number) => lines[line - block.contentLine] ?? '';
  const root = doc.contents as YAMLMap;
  const named: [string, YAMLMap, Node | null][] = [];
  const schemas =
    mapAt(root, ['components', 'schemas']) ?? mapAt(root, ['$defs']) ?? mapAt(root, ['definitions']);
  if (schemas) {
    for (const p of schemas.items as Pair<Node, Node>[]) {
      if (isScalar(p.key) && isMap(p.value)) named.push([String(p.key.value), p.value, p.key]);
    }
  }
  const title = root.get('title');
  if (isMap(root.get('properties', true)) && (typeof title === 'string' || caption)) {
    named.push([typeof title === 'string' ? title : caption!, root, root]);
  }
  const out: EntityFact[] = [];
  const names = new Set(named.map(([n]) => n));
  for (const [name, schema, keyNode] of named) {
    if (NOT_ENTITY.test(name) || !/^[A-Za-z_][\w]*$/.test(name.replace(/\s+/g, ''))) continue;
    // `UserConfigUpdate` beside `UserConfig`: the write shape of that schema, not a stored record.
    const variant = VARIANT.exec(name);
    if (variant && names.has(variant[1]!)) continue;
    const props = schema.get('properties', true);
    if (!isMap(props)) continue;
    const line = lineOf(keyNode);
    const e = newEntity(name.replace(/\s+/g, ''), 'json-schema', at(file, line, quote(line)));
    const description = schema.get('description');
    if (typeof description === 'string') e.description = description;
    const required = new Set(seqStrings(schema.get('required', true)));
    for (const p of props.items as Pair<Node, Node>[]) {
      if (!isScalar(p.key) || !isMap(p.value)) continue;
      const fl = lineOf(p.key);
      e.fields.push(
        readProperty(
          String(p.key.value),
          p.value,
          required.has(String(p.key.value)),
          at(file, fl, quote(fl)),
        ),
      );
    }
    if (e.fields.length > 0) out.push(e);
  }
  return out;
}

function mapAt(root: YAMLMap, path: string[]): YAMLMap | null {
  const n = root.getIn(path, true);
  return isMap(n) ? n : null;
}

function seqStrings(n: unknown): string[] {
  return isSeq(n) ? n.items.filter(isScalar).map((s) => String(s.value)) : [];
}

function readProperty(name: string, p: YAMLMap, required: boolean, origin: FieldFact['origin']): FieldFact {
  let type = p.get('type');
  let nullable = !required;
  if (isSeq(type)) {
    const types = seqStrings(type);
    if (types.includes('null')) nullable = true;
    type = types.find((t) => t !== 'null');
  }
  if (p.get('nullable') === true) nullable = true;
  const ref = p.get('$ref');
  const format = p.get('format');
  const field = newField(name, { scalar: 'json', raw: String(type ?? ref ?? 'object') }, origin);
  if (typeof ref === 'string') {
    field.type = { scalar: 'enum', raw: ref };
    field.enumName = ref.split('/').pop()!;
  } else if (type === 'string')
    field.type = { scalar: (typeof format === 'string' && FORMATS[format]) || 'string', raw: 'string' };
  else if (type === 'integer')
    field.type = { scalar: format === 'int64' ? 'bigint' : 'integer', raw: 'integer' };
  else if (type === 'number')
    field.type = {
      scalar: format === 'decimal' ? 'decimal' : (scalarType('number', name)?.scalar ?? 'float'),
      raw: 'number',
    };
  else if (type === 'boolean') field.type = { scalar: 'boolean', raw: 'boolean' };
  else if (type === 'array') {
    const items = p.get('items', true);
    const itemType = isMap(items) ? items.get('type') : undefined;
    const itemFormat = isMap(items) ? items.get('format') : undefined;
    const scalar =
      typeof itemFormat === 'string' && FORMATS[itemFormat]
        ? FORMATS[itemFormat]!
        : itemType === 'string'
          ? 'string'
          : itemType === 'integer'
            ? 'integer'
            : itemType === 'number'
              ? 'float'
              : itemType === 'boolean'
                ? 'boolean'
                : 'json';
    field.type = { scalar: 'array', raw: 'array', items: scalar };
  }
  if (typeof format === 'string') field.type.raw = `${field.type.raw} (${format})`;
  field.nullable = nullable;
  const values = seqStrings(p.get('enum', true));
  if (values.length > 0) {
    field.enumValues = values;
    field.type = { ...field.type, scalar: 'enum' };
  }
  const max = p.get('maxLength');
  if (typeof max === 'number') field.type.length = max;
  // JSON Schema 2020-12 §6.3.3 / OpenAPI 3.1: an ECMA-262 pattern.
  const pattern = p.get('pattern');
  if (typeof pattern === 'string' && pattern !== '')
    field.pattern = { source: pattern, flags: '', flavour: 'ecma', via: 'JSON Schema pattern', origin };
  const def = p.get('default', true);
  if (isScalar(def)) field.default = typeof def.value === 'string' ? `'${def.value}'` : String(def.value);
  const description = p.get('description');
  if (typeof description === 'string') field.description = description;
  if (name === 'id' && p.get('readOnly') === true) {
    field.primaryKey = true;
    field.nullable = false;
  }
  if (p.get('uniqueItems') === true && field.type.scalar !== 'array') field.unique = true;
  return field;
}
