import { sensitivity } from '../../knowledge/sensitive.js';
import { fromRule, type Origin } from '../../model/origin.js';
import type { SpecEntity, SpecField } from '../../model/spec/data.js';
import type { AuthSpec, ValidationRule } from '../../model/spec/security.js';
import { patternText } from '../data/patterns.js';

const ref = (o: Origin) => (o.kind === 'source' ? [{ file: o.file, line: o.line }] : undefined);

/** JSON Schema / RFC 3339 formats by scalar type. */
const FORMAT: Partial<Record<SpecField['type']['scalar'], string>> = {
  email: 'email',
  url: 'uri',
  phone: 'phone',
  uuid: 'uuid',
  date: 'date',
  datetime: 'date-time',
  time: 'time',
};

/** Formats implied by a field's name when the type is a plain string (`email VARCHAR(255)`). */
const NAMED_FORMAT: [RegExp, string][] = [
  [/(^|_)e?_?mail(_address)?$/, 'email'],
  [/(^|_)(url|website|homepage|link|uri)$/, 'uri'],
  [/(^|_)(phone|mobile|telephone|phone_number|mobile_number)$/, 'phone'],
];

/** `amount >= 0`, `discount BETWEEN 0 AND 100`, `char_length(title) <= 200`, `code ~ '^[A-Z]+$'`. */
function checkRules(e: SpecEntity, f: SpecField, check: string, origin: Origin): ValidationRule[] {
  const out: ValidationRule[] = [];
  const col = f.column.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const between = new RegExp(`\\b${col}\\b\\s+BETWEEN\\s+(-?[\\d.]+)\\s+AND\\s+(-?[\\d.]+)`, 'i').exec(check);
  if (between)
    out.push({
      entity: e.name,
      field: f.name,
      rule: 'range',
      detail: `${between[1]} ≤ ${f.name} ≤ ${between[2]}`,
      origin,
    });
  for (const m of check.matchAll(
    new RegExp(`(?:char_)?length\\s*\\(\\s*${col}\\s*\\)\\s*(>=|>|<=|<|=)\\s*(\\d+)`, 'gi'),
  ))
    out.push({
      entity: e.name,
      field: f.name,
      rule: `length:${m[1]}${m[2]}`,
      detail: `length ${m[1]} ${m[2]}`,
      origin,
    });
  for (const m of check.matchAll(new RegExp(`(?<![(\\w])${col}\\s*(>=|>|<=|<)\\s*(-?[\\d.]+)`, 'gi')))
    out.push({ entity: e.name, field: f.name, rule: 'range', detail: `${f.name} ${m[1]} ${m[2]}`, origin });
  const pattern = new RegExp(`\\b${col}\\b\\s*~\\*?\\s*'([^']+)'`, 'i').exec(check);
  if (pattern) out.push({ entity: e.name, field: f.name, rule: 'pattern', detail: pattern[1]!, origin });
  const list = new RegExp(`\\b${col}\\b\\s+IN\\s*\\(([^)]*)\\)`, 'i').exec(check);
  if (list && !f.enum)
    out.push({ entity: e.name, field: f.name, rule: 'enum', detail: list[1]!.replace(/\s+/g, ' '), origin });
  return out;
}

/**
 * Validation rules per field, each with the field's origin (stated) or a named rule: required, type,
 * format, length, range, enum, pattern, uniqueness and reference existence (OWASP ASVS V5.1: validate
 * every input server-side against a positive allow-list).
 */
export function fieldRules(
  entities: readonly SpecEntity[],
  auth: AuthSpec | null,
  userEntity: string | null,
): ValidationRule[] {
  const rules: ValidationRule[] = [];
  for (const e of entities) {
    for (const f of e.fields) {
      // Stored digests are computed by the server from an input, never accepted from a client.
      if (f.readOnly || /(^|_)(hash|salt|digest)(_|$)/.test(f.column)) continue;
      const push = (rule: string, detail: string, origin: Origin = f.origin) =>
        rules.push({ entity: e.name, field: f.name, rule, detail, origin });
      if (!f.nullable && f.default === null && !f.primaryKey) push('required', 'not null, no default');
      push('type', f.type.raw ?? f.type.scalar);
      const format = FORMAT[f.type.scalar] ?? NAMED_FORMAT.find(([re]) => re.test(f.column))?.[1];
      if (format)
        push(
          `format:${format}`,
          format === 'phone' ? 'E.164 (+ and 8-15 digits)' : format,
          FORMAT[f.type.scalar] ? f.origin : fromRule('derive/format-from-field-name', ref(f.origin)),
        );
      if (f.type.length) push(`maxLength:${f.type.length}`, `${f.type.length}`);
      if (f.type.scalar === 'decimal' && f.type.precision !== undefined)
        push(
          `precision:${f.type.precision},${f.type.scale ?? 0}`,
          `precision ${f.type.precision}, scale ${f.type.scale ?? 0}`,
        );
      if (f.enum && f.enum.length > 0) push('enum', f.enum.join(', '));
      if (f.unique) push('unique', '409 on duplicate');
      if (f.references) push('reference', `${f.references.entity}.${f.references.field} must exist`);
      if (f.check) rules.push(...checkRules(e, f, f.check, f.origin));
      // A pattern another notation states (Mongoose `match`, Rails `format`), at its own line; one
      // read from an SQL CHECK is listed by checkRules.
      if (f.pattern && f.pattern.flavour !== 'postgres')
        push('pattern', patternText(f.pattern), f.pattern.origin);
      // A bound a code notation states (Django validators, Pydantic `ge`) is validated by the API
      // though the database does not enforce it.
      for (const v of f.validation ?? [])
        if (v.rule === 'business') rules.push(...checkRules(e, f, v.detail, v.origin));
    }
    for (const c of e.checks)
      for (const f of e.fields)
        if (new RegExp(`\\b${f.column}\\b`).test(c.expression))
          rules.push(...checkRules(e, f, c.expression, c.origin));
    for (const u of e.uniques)
      rules.push({
        entity: e.name,
        field: u.columns.join(' + '),
        rule: 'unique',
        detail: '409 on duplicate',
        origin: u.origin,
      });
  }
  // The password a client sends is validated before hashing; the stored hash never is an input.
  const policy = auth?.passwordPolicy;
  if (userEntity && policy) {
    if (policy.minLength)
      rules.push({
        entity: userEntity,
        field: 'password',
        rule: `minLength:${policy.minLength.value}`,
        detail: `${policy.minLength.value}`,
        origin: policy.minLength.origin,
      });
    // OWASP ASVS V2.1.2: allow at least 64 characters; 128 bounds the hashing cost.
    rules.push({
      entity: userEntity,
      field: 'password',
      rule: 'maxLength:128',
      detail: '128',
      origin: fromRule('derive/password-max-length-128'),
    });
    if (policy.requires)
      rules.push({
        entity: userEntity,
        field: 'password',
        rule: 'pattern',
        detail: passwordPattern(policy.requires.value),
        origin: policy.requires.origin,
      });
  }
  return rules;
}

export function passwordPattern(requires: readonly string[]): string {
  const parts: Record<string, string> = {
    uppercase: '(?=.*[A-Z])',
    lowercase: '(?=.*[a-z])',
    number: '(?=.*\\d)',
    symbol: '(?=.*[^A-Za-z0-9])',
  };
  return `^${requires.map((r) => parts[r] ?? '').join('')}.*$`;
}

/** Fields classified sensitive: secrets never leave the API; personal data is redacted from logs. */
export function sensitiveFields(
  entities: readonly SpecEntity[],
): { entity: string; field: string; reason: string; origin: Origin }[] {
  const out: { entity: string; field: string; reason: string; origin: Origin }[] = [];
  for (const e of entities)
    for (const f of e.fields) {
      const s = sensitivity(f.column) ?? sensitivity(f.name) ?? (f.sensitive ? 'secret' : null);
      if (s)
        out.push({
          entity: e.name,
          field: f.name,
          reason: s,
          origin: fromRule(
            s === 'secret' ? 'derive/sensitive-secret' : 'derive/sensitive-personal',
            ref(f.origin),
          ),
        });
    }
  return out;
}
