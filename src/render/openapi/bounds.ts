import type { JsonSchema } from '../../model/spec/api.js';
import type { SpecEntity, SpecField } from '../../model/spec/data.js';
import type { Spec } from '../../model/spec/index.js';
import type { ValidationRule } from '../../model/spec/security.js';

/**
 * Bounds on every schema of openapi.yaml, so a client and a gateway can reject oversized input
 * (OWASP API4:2023 Unrestricted Resource Consumption). In order of precedence:
 *
 * 1. what the documents state: validation rules (`format:email`, `maxLength:120`, E.164 phones),
 *    CHECK bounds (already in the field schema) and the column type (VARCHAR(n), INTEGER, BIGINT,
 *    INET, SERIAL ids start at 1);
 * 2. what a standard fixes: the length of a UUID (RFC 9562), a date or date-time (RFC 3339), an
 *    email address (RFC 5321 §4.5.3.1.3: 254), an IP address (RFC 4291), the range of int32 and of
 *    an interoperable JSON integer for int64 (I-JSON, RFC 7493 §2.2), a password (OWASP ASVS
 *    V2.1.2: at most 128), a cookie-sized token (RFC 6265 §6.1: 4096);
 * 3. a proposal where the documents are silent (free text, URLs, arrays): listed once in the
 *    document's `x-proposed-bounds`, so a reader sees which limits are design choices to confirm.
 */

/** Proposed limits where nothing is stated; rendered as `x-proposed-bounds`. */
export const PROPOSED_BOUNDS = {
  textMaxLength: 10000,
  uriMaxLength: 2048,
  binaryMaxLength: 10485760,
  arrayMaxItems: 1000,
} as const;

const INT32 = { min: -2147483648, max: 2147483647 };
/** RFC 7493 §2.2: integers outside ±(2^53 − 1) are not interoperable in JSON. */
const INT64_JSON = { min: -9007199254740991, max: 9007199254740991 };

/** Lengths fixed by the format's standard. */
const FORMAT_MAX: Record<string, number> = {
  uuid: 36,
  date: 10,
  // RFC 3339 full-date "T" full-time with nanoseconds and a numeric offset: 19 + 10 + 6.
  'date-time': 35,
  time: 24,
  email: 254,
  ipv4: 15,
  ipv6: 45,
  uri: PROPOSED_BOUNDS.uriMaxLength,
  'uri-reference': PROPOSED_BOUNDS.uriMaxLength,
  hostname: 253,
};

/** E.164: a plus and 8 to 15 digits (ITU-T E.164 §6.1). */
const E164 = '^\\+[1-9][0-9]{7,14}$';

/** Names of credential-like strings and their standard bound. */
function namedBound(name: string | null): number | null {
  if (!name) return null;
  if (/password/i.test(name)) return 128;
  if (/token|secret|signature|cursor/i.test(name)) return 4096;
  return null;
}

const hasType = (s: JsonSchema, t: string): boolean =>
  s.type === t || (Array.isArray(s.type) && (s.type as unknown[]).includes(t));

/** Adds the missing bounds to one schema node (not its children). */
export function boundNode(s: JsonSchema, name: string | null, itemsMax: number | null = null): void {
  if (typeof s.$ref === 'string') return;
  if (hasType(s, 'string') && s.maxLength === undefined && s.enum === undefined && s.const === undefined) {
    const format = typeof s.format === 'string' ? s.format : null;
    s.maxLength =
      (format && FORMAT_MAX[format]) ??
      namedBound(name) ??
      (s.contentEncoding === 'base64' ? PROPOSED_BOUNDS.binaryMaxLength : PROPOSED_BOUNDS.textMaxLength);
  }
  if (hasType(s, 'integer')) {
    if (s.format === undefined) s.format = 'int32';
    const range = s.format === 'int64' ? INT64_JSON : INT32;
    if (s.minimum === undefined && s.exclusiveMinimum === undefined) s.minimum = range.min;
    if (s.maximum === undefined && s.exclusiveMaximum === undefined) s.maximum = range.max;
  }
  // OpenAPI 3.1 tools require `items` beside `type: array`; an unstated item shape is any value.
  if (hasType(s, 'array') && s.items === undefined && s.prefixItems === undefined) s.items = {};
  if (hasType(s, 'array') && s.maxItems === undefined) s.maxItems = itemsMax ?? PROPOSED_BOUNDS.arrayMaxItems;
}

/** Bounds a schema and every schema inside it (properties, items, combinators). */
export function boundTree(s: unknown, name: string | null = null, itemsMax: number | null = null): void {
  if (!s || typeof s !== 'object' || Array.isArray(s)) return;
  const node = s as JsonSchema;
  boundNode(node, name, itemsMax);
  const props = node.properties as Record<string, unknown> | undefined;
  if (props) for (const [k, v] of Object.entries(props)) boundTree(v, k);
  if (node.items) boundTree(node.items, name);
  for (const key of ['anyOf', 'oneOf', 'allOf'] as const)
    if (Array.isArray(node[key])) for (const sub of node[key] as unknown[]) boundTree(sub, name);
  if (node.additionalProperties && typeof node.additionalProperties === 'object')
    boundTree(node.additionalProperties, name);
}

/**
 * The validation rules of one field, in the spec's order: indexed once per rule list, since the
 * schemas and examples ask per field and a scan of every rule each time grew with fields × rules
 * (issue 19). Rebuilt when the list is replaced or grows.
 */
const ruleIndexes = new WeakMap<
  readonly ValidationRule[],
  { size: number; byField: Map<string, Map<string, ValidationRule[]>> }
>();
export function fieldRules(
  spec: Pick<Spec, 'validation'> | null,
  entity: string,
  field: string,
): ValidationRule[] {
  const rules = spec?.validation?.rules;
  if (!rules || rules.length === 0) return [];
  let x = ruleIndexes.get(rules);
  if (!x || x.size !== rules.length) {
    const byField = new Map<string, Map<string, ValidationRule[]>>();
    for (const r of rules) {
      const fields = byField.get(r.entity) ?? new Map<string, ValidationRule[]>();
      byField.set(r.entity, fields);
      const list = fields.get(r.field);
      if (list) list.push(r);
      else fields.set(r.field, [r]);
    }
    x = { size: rules.length, byField };
    ruleIndexes.set(rules, x);
  }
  return x.byField.get(entity)?.get(field) ?? [];
}

/** PostgreSQL `inet`/`cidr` hold IPv4 or IPv6 addresses (PostgreSQL docs §8.9.1). */
const isInet = (f: SpecField): boolean => /^\s*(inet|cidr)\b/i.test(f.type.raw ?? '');

/**
 * Facts from the documents about one field that the field schema does not yet carry: the format
 * a validation rule states (email, uri, uuid, date, date-time, E.164 phone), an `inet` column's
 * address formats, and SERIAL/IDENTITY ids starting at 1.
 */
export function statedFieldFacts(spec: Spec, e: SpecEntity, f: SpecField, s: JsonSchema): void {
  const rules = fieldRules(spec, e.name, f.name);
  for (const r of rules) {
    const format = /^format:(.+)$/.exec(r.rule)?.[1];
    if (!format || !hasType(s, 'string') || s.enum !== undefined) continue;
    if (format === 'phone') {
      if (s.pattern === undefined) s.pattern = E164;
    } else if (s.format === undefined && FORMAT_MAX[format] !== undefined) s.format = format;
    const len = /^maxLength:(\d+)$/.exec(r.rule)?.[1];
    if (len && s.maxLength === undefined) s.maxLength = Number(len);
  }
  if (isInet(f) && hasType(s, 'string') && s.anyOf === undefined) {
    if (!/^\s*cidr/i.test(f.type.raw ?? '')) s.anyOf = [{ format: 'ipv4' }, { format: 'ipv6' }];
    // An IPv6 address with an IPv4 tail and a /128 prefix length fits in 49 characters.
    s.maxLength = 49;
  }
  if (f.type.generated && hasType(s, 'integer') && s.minimum === undefined) s.minimum = 1;
}
