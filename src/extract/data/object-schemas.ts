import type * as TS from 'typescript';
import type { FieldFact, FieldType } from '../../model/domain.js';
import type { Origin } from '../../model/origin.js';
import { newField } from './facts.js';

/**
 * Field builders for schema libraries written as JavaScript objects, read from the TypeScript AST:
 * - Mongoose (https://mongoosejs.com/docs/schematypes.html): `name: String`,
 *   `email: { type: String, required: true, unique: true, maxlength: 255 }`, `tags: [String]`,
 *   `org: { type: Schema.Types.ObjectId, ref: 'Org' }`, `enum: [...]`, `default: ...`;
 * - zod (https://zod.dev/api): `z.string().uuid().max(255).optional()`, `z.enum([...])`, `.default(x)`;
 * - Convex validators (https://docs.convex.dev/database/schemas): `v.string()`, `v.id('users')`,
 *   `v.optional(...)`, `v.union(v.literal('a'), ...)`, `v.array(...)`.
 */

export type Ctx = { ts: typeof TS; sf: TS.SourceFile; origin: (node: TS.Node) => Origin };

const MONGOOSE_TYPES: Record<string, FieldType['scalar']> = {
  String: 'string',
  Number: 'float',
  Boolean: 'boolean',
  Date: 'datetime',
  Buffer: 'binary',
  Mixed: 'json',
  Map: 'json',
  Object: 'json',
  ObjectId: 'string',
  Decimal128: 'decimal',
  UUID: 'uuid',
  BigInt: 'bigint',
  Int32: 'integer',
  Double: 'float',
};

const text = (c: Ctx, n: TS.Node) => n.getText(c.sf);
const literal = (c: Ctx, n: TS.Node | undefined): string | undefined => {
  if (!n) return undefined;
  if (c.ts.isStringLiteralLike(n)) return `'${n.text}'`;
  return text(c, n);
};
const strings = (c: Ctx, n: TS.Node | undefined): string[] =>
  n && c.ts.isArrayLiteralExpression(n) ? n.elements.filter(c.ts.isStringLiteralLike).map((e) => e.text) : [];

/** A JavaScript regular expression literal (`/^\\d+$/i`) → its source and flags. */
export function regexLiteral(c: Ctx, n: TS.Node): { source: string; flags: string } | null {
  if (n.kind !== c.ts.SyntaxKind.RegularExpressionLiteral) return null;
  const t = (n as TS.RegularExpressionLiteral).text;
  const end = t.lastIndexOf('/');
  return end > 0 ? { source: t.slice(1, end), flags: t.slice(end + 1) } : null;
}

function prop(c: Ctx, obj: TS.ObjectLiteralExpression, name: string): TS.Expression | undefined {
  for (const p of obj.properties) {
    if (c.ts.isPropertyAssignment(p) && p.name.getText(c.sf).replace(/['"]/g, '') === name)
      return p.initializer;
  }
  return undefined;
}

export function mongooseField(c: Ctx, name: string, value: TS.Expression, origin: Origin): FieldFact | null {
  const { ts } = c;
  if (ts.isArrayLiteralExpression(value)) {
    const inner = value.elements[0];
    const item = inner ? mongooseField(c, name, inner, origin) : null;
    return newField(
      name,
      { scalar: 'array', raw: text(c, value), items: item?.type.scalar ?? 'json' },
      origin,
    );
  }
  if (ts.isObjectLiteralExpression(value)) {
    const type = prop(c, value, 'type');
    if (!type) return newField(name, { scalar: 'json', raw: 'subdocument' }, origin);
    const f = mongooseField(c, name, type, origin);
    if (!f) return null;
    const required = prop(c, value, 'required');
    if (required) f.nullable = required.kind === ts.SyntaxKind.FalseKeyword;
    if (prop(c, value, 'unique')?.kind === ts.SyntaxKind.TrueKeyword) f.unique = true;
    const values = strings(c, prop(c, value, 'enum'));
    if (values.length > 0) {
      f.enumValues = values;
      f.type = { ...f.type, scalar: 'enum' };
    }
    const def = literal(c, prop(c, value, 'default'));
    if (def !== undefined && !/=>|function/.test(def)) f.default = def;
    const max = prop(c, value, 'maxlength') ?? prop(c, value, 'maxLength');
    if (max && ts.isNumericLiteral(max)) f.type.length = Number(max.text);
    // Mongoose's number validators (`min: 1, max: 20`) bound the value, as a CHECK would.
    const bound = (key: string) => {
      const v = prop(c, value, key);
      if (!v) return null;
      if (ts.isNumericLiteral(v)) return v.text;
      if (
        ts.isPrefixUnaryExpression(v) &&
        v.operator === ts.SyntaxKind.MinusToken &&
        ts.isNumericLiteral(v.operand)
      )
        return `-${v.operand.text}`;
      return null;
    };
    if (f.type.scalar !== 'datetime' && f.type.scalar !== 'date') {
      const bounds = [
        bound('min') === null ? null : `${name} >= ${bound('min')}`,
        bound('max') === null ? null : `${name} <= ${bound('max')}`,
      ].filter((b): b is string => b !== null);
      if (bounds.length > 0) f.check = bounds.join(' AND ');
    }
    const ref = prop(c, value, 'ref');
    if (ref && ts.isStringLiteralLike(ref)) f.references = { entity: ref.text, field: '_id' };
    // `match: /re/` or `match: [/re/, 'message']` (Mongoose SchemaString.prototype.match).
    const match = prop(c, value, 'match');
    const re = match && ts.isArrayLiteralExpression(match) ? match.elements[0] : match;
    const pattern = re ? regexLiteral(c, re) : null;
    if (pattern) f.pattern = { ...pattern, flavour: 'ecma', via: 'Mongoose match', origin: c.origin(re!) };
    return f;
  }
  const typeName = text(c, value).split('.').pop()!;
  const scalar = MONGOOSE_TYPES[typeName];
  if (!scalar) return null;
  const f = newField(name, { scalar, raw: text(c, value) }, origin);
  return f;
}

/** Walks a zod chain (`z.string().email().max(255).optional()`) from the outside in. */
export function zodField(c: Ctx, name: string, value: TS.Expression, origin: Origin): FieldFact | null {
  const { ts } = c;
  const calls: { method: string; args: readonly TS.Expression[] }[] = [];
  let node: TS.Expression = value;
  while (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
    calls.unshift({ method: node.expression.name.text, args: node.arguments });
    node = node.expression.expression;
  }
  if (!ts.isIdentifier(node) || node.text !== 'z' || calls.length === 0) return null;
  const [base, ...mods] = calls;
  const scalar: Record<string, FieldType['scalar']> = {
    string: 'string',
    number: 'float',
    bigint: 'bigint',
    boolean: 'boolean',
    date: 'datetime',
    enum: 'enum',
    nativeEnum: 'enum',
    array: 'array',
    object: 'json',
    record: 'json',
    any: 'json',
    unknown: 'json',
    uuid: 'uuid',
    email: 'email',
    url: 'url',
    literal: 'enum',
  };
  const s = scalar[base!.method];
  if (!s) return null;
  const f = newField(name, { scalar: s, raw: text(c, value) }, origin);
  f.nullable = false;
  if (base!.method === 'enum') f.enumValues = strings(c, base!.args[0]);
  if (base!.method === 'literal' && base!.args[0] && ts.isStringLiteralLike(base!.args[0]))
    f.enumValues = [base!.args[0].text];
  if (base!.method === 'array') {
    const inner = base!.args[0] ? zodField(c, name, base!.args[0], origin) : null;
    f.type.items = inner?.type.scalar ?? 'json';
  }
  for (const m of mods) {
    const arg = m.args[0];
    if (m.method === 'optional' || m.method === 'nullable' || m.method === 'nullish') f.nullable = true;
    else if (m.method === 'uuid' || m.method === 'cuid')
      f.type.scalar = m.method === 'uuid' ? 'uuid' : 'string';
    else if (m.method === 'email' || m.method === 'url') f.type.scalar = m.method;
    else if (m.method === 'int') f.type.scalar = 'integer';
    else if (m.method === 'datetime') f.type.scalar = 'datetime';
    else if (
      m.method === 'max' &&
      arg &&
      ts.isNumericLiteral(arg) &&
      f.type.scalar !== 'float' &&
      f.type.scalar !== 'integer'
    )
      f.type.length = Number(arg.text);
    else if (m.method === 'default' && arg) f.default = literal(c, arg)!;
    else if (m.method === 'regex' && arg) {
      // zod `.regex(/re/)` (https://zod.dev/api#strings).
      const pattern = regexLiteral(c, arg);
      if (pattern) f.pattern = { ...pattern, flavour: 'ecma', via: 'zod .regex', origin: c.origin(arg) };
    }
  }
  if (f.type.scalar === 'float') {
    const n = name.replace(/([a-z])([A-Z])/g, '$1_$2').toLowerCase();
    if (/(^|_)(id|count|age|position|quantity)$/.test(n)) f.type.scalar = 'integer';
  }
  return f;
}

/** Convex validators: `v.string()`, `v.id('users')`, `v.optional(v.number())`, `v.union(v.literal(...))`. */
export function convexField(c: Ctx, name: string, value: TS.Expression, origin: Origin): FieldFact | null {
  const { ts } = c;
  if (!ts.isCallExpression(value) || !ts.isPropertyAccessExpression(value.expression)) return null;
  const target = value.expression.expression;
  if (!ts.isIdentifier(target) || target.text !== 'v') return null;
  const method = value.expression.name.text;
  const arg = value.arguments[0];
  if (method === 'optional' && arg) {
    const inner = convexField(c, name, arg, origin);
    if (inner) inner.nullable = true;
    return inner;
  }
  const scalar: Record<string, FieldType['scalar']> = {
    string: 'string',
    number: 'float',
    float64: 'float',
    int64: 'bigint',
    boolean: 'boolean',
    bytes: 'binary',
    object: 'json',
    record: 'json',
    any: 'json',
    array: 'array',
    id: 'string',
    union: 'enum',
    literal: 'enum',
  };
  const s = scalar[method];
  if (!s) return null;
  const f = newField(name, { scalar: s, raw: text(c, value) }, origin);
  f.nullable = false;
  if (method === 'id' && arg && ts.isStringLiteralLike(arg))
    f.references = { entity: arg.text, field: '_id' };
  if (method === 'literal' && arg && ts.isStringLiteralLike(arg)) f.enumValues = [arg.text];
  if (method === 'union') {
    const values = value.arguments.map((a) =>
      ts.isCallExpression(a) &&
      a.arguments[0] &&
      ts.isStringLiteralLike(a.arguments[0]) &&
      /\.literal$/.test(text(c, a.expression))
        ? a.arguments[0].text
        : null,
    );
    if (values.every((x) => x !== null)) f.enumValues = values as string[];
    else f.type.scalar = 'json';
  }
  if (method === 'array') {
    const inner = arg ? convexField(c, name, arg, origin) : null;
    f.type.items = inner?.type.scalar ?? 'json';
  }
  return f;
}
