import { type Diagnostic, diag } from '../../diagnostics/diagnostic.js';
import { sensitivity } from '../../knowledge/sensitive.js';
import type { FieldFact, FieldType } from '../../model/domain.js';
import { fromRule, type Origin } from '../../model/origin.js';
import type { FieldValidation, SpecField } from '../../model/spec/data.js';
import { defaultText, parseDefault } from './defaults.js';
import { boundedName, camel, snake } from './names.js';
import { patternText, specPattern } from './patterns.js';
import { DATA_RULE, TIMESTAMP_COLUMNS } from './rules.js';

const at = (o: Origin) => (o.kind === 'source' ? { at: { file: o.file, line: o.line } } : {});

/**
 * One stated field → a designed field. Nullability, keys and references are finished later by
 * keys.ts (they need every entity); here: names, type, default, enum values, sensitivity.
 */
export function fieldFromFact(
  fact: FieldFact,
  entityPath: string,
  diagnostics: Diagnostic[],
  nullableByDefault = false,
): SpecField {
  const column = boundedName(snake(fact.name));
  const type: FieldType = { ...fact.type };
  let def: string | null = null;
  if (fact.default !== undefined) {
    const parsed = parseDefault(fact.default, type);
    if (parsed.kind === 'identity') type.generated = true;
    else if (parsed.kind === 'unsupported')
      diagnostics.push(
        diag(
          'data/default-not-portable',
          `default \`${fact.default}\` of ${entityPath}.${column} is not a literal or a known function for a ${type.scalar} column: left out of the schema`,
          {
            ...at(fact.origin),
            path: `entities.${entityPath}.fields.${column}`,
            hint: "state it as a literal (`0`, `'draft'`, `true`) or `now()`",
          },
        ),
      );
    else if (parsed.kind === 'application')
      diagnostics.push(
        diag(
          'data/default-by-application',
          `default \`${fact.default}\` of ${entityPath}.${column} is made by the application (the ORM client), not by the database: the column has no database default`,
          { ...at(fact.origin), path: `entities.${entityPath}.fields.${column}` },
        ),
      );
    else def = defaultText(parsed);
  }
  const inferred: SpecField['inferred'] = [];
  // In SQL DDL and DBML a column without NOT NULL is nullable: the notation states it.
  if (fact.nullable === null && !nullableByDefault)
    inferred.push({ aspect: 'nullable', origin: fromRule(DATA_RULE.nullableUnstated) });
  const field: SpecField = {
    name: camel(fact.name),
    column,
    type,
    nullable: fact.nullable ?? true,
    unique: fact.unique,
    primaryKey: fact.primaryKey,
    default: def,
    enum: fact.enumValues && fact.enumValues.length > 0 ? [...fact.enumValues] : null,
    enumName: fact.enumName ?? null,
    references: null,
    check: fact.check ?? null,
    ...(fact.pattern ? { pattern: specPattern(fact.pattern) } : {}),
    ...(fact.computed ? { computed: fact.computed } : {}),
    ...(fact.serverSet ? { serverSet: fact.serverSet } : {}),
    sensitive: sensitivity(fact.name) === 'secret',
    readOnly: fact.primaryKey || TIMESTAMP_COLUMNS.has(column) || type.generated === true || !!fact.computed,
    description: fact.description ?? null,
    validation: [],
    inferred,
    origin: fact.origin,
  };
  return field;
}

/** A field designed by a rule (a key, a timestamp, a foreign key). */
export function ruleField(
  name: string,
  type: FieldType,
  opts: Partial<Pick<SpecField, 'nullable' | 'default' | 'primaryKey' | 'readOnly' | 'description'>>,
  origin: Origin,
): SpecField {
  return {
    name: camel(name),
    column: snake(name),
    type,
    nullable: opts.nullable ?? false,
    unique: false,
    primaryKey: opts.primaryKey ?? false,
    default: opts.default ?? null,
    enum: null,
    enumName: null,
    references: null,
    check: null,
    sensitive: false,
    readOnly: opts.readOnly ?? false,
    description: opts.description ?? null,
    validation: [],
    inferred: [],
    origin,
  };
}

const EMAIL_NAME = /(^|_)e?mail(_address)?$/;
const URL_NAME = /(^|_)(url|uri|website|homepage|link)$/;
const PHONE_NAME = /(^|_)(phone|mobile|telephone|tel|phone_number|mobile_number|whatsapp)(_no|_number)?$/;
const STRINGY = new Set(['string', 'text', 'email', 'url', 'phone']);

/**
 * Validation implied by a field's type and constraints (OWASP ASVS V5.1 input validation: type,
 * length, range and allow-list per field). Read by section 6 and the request schemas.
 */
export function impliedValidation(field: SpecField): FieldValidation[] {
  const out: FieldValidation[] = [];
  const byType = fromRule(DATA_RULE.validateByType);
  const byName = fromRule(DATA_RULE.validateByName);
  const t = field.type;
  if (!field.nullable && field.default === null && !field.readOnly && !t.generated)
    out.push({
      rule: 'required',
      detail: 'must be present and not null',
      origin: fromRule(DATA_RULE.validateRequired),
    });
  const format =
    t.scalar === 'email' || t.scalar === 'url' || t.scalar === 'phone'
      ? { kind: t.scalar, origin: byType }
      : STRINGY.has(t.scalar) && EMAIL_NAME.test(field.column)
        ? { kind: 'email', origin: byName }
        : STRINGY.has(t.scalar) && URL_NAME.test(field.column)
          ? { kind: 'url', origin: byName }
          : STRINGY.has(t.scalar) && PHONE_NAME.test(field.column)
            ? { kind: 'phone', origin: byName }
            : null;
  if (format) {
    const detail =
      format.kind === 'email'
        ? 'RFC 5321 mailbox (addr-spec), case-insensitive'
        : format.kind === 'url'
          ? 'absolute URL (RFC 3986), http or https'
          : 'E.164 telephone number (`+` and up to 15 digits)';
    out.push({ rule: `format:${format.kind}`, detail, origin: format.origin });
  }
  if (t.scalar === 'uuid') out.push({ rule: 'format:uuid', detail: 'RFC 9562 UUID', origin: byType });
  if (t.length !== undefined && STRINGY.has(t.scalar))
    out.push({ rule: `maxLength:${t.length}`, detail: `at most ${t.length} characters`, origin: byType });
  if (t.scalar === 'decimal' && t.precision !== undefined) {
    const scale = t.scale ?? 0;
    const max = `${'9'.repeat(Math.max(t.precision - scale, 0)) || '0'}${scale > 0 ? `.${'9'.repeat(scale)}` : ''}`;
    out.push({
      rule: 'range',
      detail: `|value| ≤ ${max}, at most ${scale} decimal places`,
      origin: byType,
    });
  }
  if (t.scalar === 'integer' && !t.generated)
    out.push({ rule: 'range', detail: 'integer from -2147483648 to 2147483647', origin: byType });
  if (t.scalar === 'date') out.push({ rule: 'format:date', detail: 'RFC 3339 full-date', origin: byType });
  if (t.scalar === 'datetime' && !field.readOnly)
    out.push({ rule: 'format:date-time', detail: 'RFC 3339 date-time with offset', origin: byType });
  if (field.enum)
    out.push({
      rule: 'enum',
      detail: `one of ${field.enum.map((v) => `\`${v}\``).join(', ')}`,
      origin: byType,
    });
  if (field.check) out.push({ rule: 'check', detail: field.check, origin: field.origin });
  if (field.pattern)
    out.push({ rule: 'pattern', detail: patternText(field.pattern), origin: field.pattern.origin });
  return out;
}

/** Records that an aspect of a field was decided by a rule (shown in section 2's Notes). */
export function noteInferred(field: SpecField, aspect: string, origin: Origin): void {
  field.inferred = [...(field.inferred ?? []), { aspect, origin }];
}
