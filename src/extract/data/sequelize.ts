import type * as TS from 'typescript';
import type {
  EntityFact,
  FieldFact,
  FieldType,
  ForeignKey,
  IndexFact,
  RelationshipFact,
} from '../../model/domain.js';
import type { Origin } from '../../model/origin.js';
import { newClassEntity, newField } from './facts.js';
import { option, propertyName, stringOption } from './ts-object.js';

/**
 * Sequelize models (https://sequelize.org/docs/v6/core-concepts/model-basics/), read from the
 * JavaScript/TypeScript tree as Sequelize reads them: `User.init({ … }, { sequelize, tableName })`
 * on a class that extends `Model`, and `sequelize.define('Invoice', { … }, { … })`. An attribute is
 * `DataTypes.X` or `{ type, allowNull, primaryKey, unique, defaultValue, field, references,
 * onDelete, validate }`. Sequelize's own defaults are facts of the notation, as Ecto's are: an
 * attribute is nullable unless `allowNull: false`; `underscored: true` names columns in snake_case;
 * `timestamps` (on unless `false`) adds `createdAt`/`updatedAt` and `paranoid` adds `deletedAt`;
 * `A.belongsTo(B, { foreignKey })` puts the key on A, `A.hasMany(B, { foreignKey })` and `hasOne`
 * on B, `belongsToMany(B, { through })` names the join table.
 */

export const SEQUELIZE_MARKER =
  /\b(?:DataTypes|Sequelize)\.(?:STRING|TEXT|INTEGER|BIGINT|UUID|BOOLEAN|DATE|DECIMAL|ENUM|JSONB?)\b/;

/** DataTypes → the portable vocabulary (Sequelize's PostgreSQL dialect). */
const TYPES: Record<string, FieldType['scalar']> = {
  STRING: 'string',
  CHAR: 'string',
  TEXT: 'text',
  CITEXT: 'text',
  INTEGER: 'integer',
  SMALLINT: 'integer',
  MEDIUMINT: 'integer',
  TINYINT: 'integer',
  BIGINT: 'bigint',
  FLOAT: 'float',
  REAL: 'float',
  DOUBLE: 'float',
  DECIMAL: 'decimal',
  NUMERIC: 'decimal',
  BOOLEAN: 'boolean',
  DATE: 'datetime',
  DATEONLY: 'date',
  TIME: 'time',
  UUID: 'uuid',
  JSON: 'json',
  JSONB: 'json',
  BLOB: 'binary',
  INET: 'string',
  CIDR: 'string',
  MACADDR: 'string',
};

const ON_DELETE: Record<string, ForeignKey['onDelete']> = {
  CASCADE: 'cascade',
  RESTRICT: 'restrict',
  'SET NULL': 'set null',
  'NO ACTION': 'no action',
  'SET DEFAULT': 'set default',
};

export type SequelizeInto = {
  entities: EntityFact[];
  indexes: IndexFact[];
  relationships: RelationshipFact[];
};

type Ctx = { ts: typeof TS; sf: TS.SourceFile; origin: (n: TS.Node) => Origin };

/** What a model's options say about column naming, read before its associations are. */
type Model = { entity: EntityFact; underscored: boolean };

/** Every model and association of one fence (a model file is one fence). */
export function readSequelize(
  t: typeof TS,
  sf: TS.SourceFile,
  origin: (n: TS.Node) => Origin,
  into: SequelizeInto,
): void {
  const c: Ctx = { ts: t, sf, origin };
  const models = new Map<string, Model>();
  const associations: TS.CallExpression[] = [];
  const visit = (n: TS.Node): void => {
    if (t.isCallExpression(n) && t.isPropertyAccessExpression(n.expression)) {
      const method = n.expression.name.text;
      const target = n.expression.expression;
      if (method === 'init' && t.isIdentifier(target)) {
        const model = readModel(c, target.text, n.arguments[0], n.arguments[1], n, into.indexes);
        if (model) models.set(target.text, model);
      } else if (method === 'define' && n.arguments[0] && t.isStringLiteralLike(n.arguments[0])) {
        const model = readModel(c, n.arguments[0].text, n.arguments[1], n.arguments[2], n, into.indexes);
        if (model) {
          models.set(n.arguments[0].text, model);
          // `const Invoice = sequelize.define('Invoice', …)`: associations use the variable.
          const holder = n.parent;
          if (holder && t.isVariableDeclaration(holder) && t.isIdentifier(holder.name))
            models.set(holder.name.text, model);
        }
      } else if (ASSOCIATIONS.has(method)) associations.push(n);
    }
    t.forEachChild(n, visit);
  };
  visit(sf);
  for (const m of new Set(models.values())) into.entities.push(m.entity);
  for (const call of associations) readAssociation(c, call, models, into);
}

const ASSOCIATIONS = new Set(['belongsTo', 'hasMany', 'hasOne', 'belongsToMany']);

function readModel(
  c: Ctx,
  name: string,
  attributes: TS.Expression | undefined,
  options: TS.Expression | undefined,
  call: TS.CallExpression,
  indexes: IndexFact[],
): Model | null {
  const t = c.ts;
  if (!attributes || !t.isObjectLiteralExpression(attributes)) return null;
  const opts = options && t.isObjectLiteralExpression(options) ? options : undefined;
  const modelName = stringOption(t, opts, 'modelName') ?? name;
  const table =
    stringOption(t, opts, 'tableName') ?? (isTrue(t, opts, 'freezeTableName') ? modelName : undefined);
  const entity = newClassEntity(modelName, c.origin(call), table);
  const underscored = isTrue(t, opts, 'underscored');
  const columnOf = new Map<string, string>();
  for (const p of attributes.properties) {
    if (!t.isPropertyAssignment(p)) continue;
    const key = propertyName(t, p);
    const field = readAttribute(c, key, p.initializer, underscored, c.origin(p));
    if (!field) continue;
    columnOf.set(key, field.name);
    entity.fields.push(field);
  }
  if (entity.fields.length === 0) return null;
  if (opts) {
    timestampFields(c, entity, opts, underscored);
    readIndexes(c, entity, opts, columnOf, indexes);
  }
  return { entity, underscored };
}

function readAttribute(
  c: Ctx,
  key: string,
  value: TS.Expression,
  underscored: boolean,
  origin: Origin,
): FieldFact | null {
  const t = c.ts;
  const spec = t.isObjectLiteralExpression(value) ? value : undefined;
  const typeNode = spec ? option(t, spec, 'type') : value;
  const type = typeNode && dataType(c, typeNode);
  if (!type) return null;
  const column = stringOption(t, spec, 'field') ?? (underscored ? snake(key) : key);
  const f = newField(column, type.type, origin);
  if (type.enumValues) f.enumValues = type.enumValues;
  f.primaryKey = isTrue(t, spec, 'primaryKey');
  // Sequelize's default: an attribute accepts NULL unless `allowNull: false` (a primary key never does).
  f.nullable = !(f.primaryKey || option(t, spec, 'allowNull')?.kind === t.SyntaxKind.FalseKeyword);
  const unique = option(t, spec, 'unique');
  if (unique && (unique.kind === t.SyntaxKind.TrueKeyword || t.isStringLiteralLike(unique))) f.unique = true;
  if (isTrue(t, spec, 'autoIncrement')) f.type = { ...f.type, generated: true };
  const dflt = option(t, spec, 'defaultValue');
  if (dflt) f.default = defaultText(c, dflt);
  const comment = stringOption(t, spec, 'comment');
  if (comment) f.description = comment;
  const references = option(t, spec, 'references');
  if (references && t.isObjectLiteralExpression(references)) {
    const model = option(t, references, 'model');
    const target =
      model && (t.isStringLiteralLike(model) ? model.text : t.isIdentifier(model) ? model.text : null);
    if (target) {
      f.references = { entity: target, field: stringOption(t, references, 'key') ?? 'id' };
      const action = ON_DELETE[(stringOption(t, spec, 'onDelete') ?? '').toUpperCase()];
      if (action) f.references.onDelete = action;
    }
  }
  const validate = option(t, spec, 'validate');
  if (validate && t.isObjectLiteralExpression(validate)) readValidate(c, f, validate, origin);
  return f;
}

/** `DataTypes.STRING(120)`, `DataTypes.DECIMAL(10, 2)`, `DataTypes.ENUM('a', 'b')`, `DataTypes.ARRAY(DataTypes.STRING)`. */
function dataType(c: Ctx, n: TS.Expression): { type: FieldType; enumValues?: string[] } | null {
  const t = c.ts;
  const call = t.isCallExpression(n) ? n : undefined;
  const callee = call ? call.expression : n;
  if (!t.isPropertyAccessExpression(callee)) return null;
  const name = callee.name.text;
  const args = call ? [...call.arguments] : [];
  if (name === 'ENUM') {
    const listed =
      args.length === 1 && t.isObjectLiteralExpression(args[0]!) ? option(t, args[0], 'values') : undefined;
    const values = listed && t.isArrayLiteralExpression(listed) ? [...listed.elements] : args;
    const strings = values.filter(t.isStringLiteralLike).map((v) => v.text);
    return strings.length > 0
      ? { type: { scalar: 'enum', raw: n.getText(c.sf) }, enumValues: strings }
      : null;
  }
  if (name === 'ARRAY') {
    const item = args[0] && dataType(c, args[0]);
    return item ? { type: { scalar: 'array', raw: n.getText(c.sf), items: item.type.scalar } } : null;
  }
  const scalar = TYPES[name];
  if (!scalar) return null;
  const type: FieldType = { scalar, raw: n.getText(c.sf) };
  const numbers = args.filter(t.isNumericLiteral).map((a) => Number(a.text));
  if (scalar === 'decimal') {
    if (numbers[0] !== undefined) type.precision = numbers[0];
    if (numbers[1] !== undefined) type.scale = numbers[1];
  } else if (scalar === 'string') type.length = numbers[0] ?? (name === 'STRING' ? 255 : 1);
  return { type };
}

/** `validate: { min: 1, max: 7, len: [2, 80], is: /re/, isIn: [['a', 'b']] }` as checks, a pattern and values. */
function readValidate(c: Ctx, f: FieldFact, validate: TS.ObjectLiteralExpression, origin: Origin): void {
  const t = c.ts;
  const checks: string[] = [];
  const num = (n: TS.Expression | undefined) => (n && t.isNumericLiteral(n) ? n.text : null);
  const min = num(option(t, validate, 'min'));
  const max = num(option(t, validate, 'max'));
  if (min !== null) checks.push(`${f.name} >= ${min}`);
  if (max !== null) checks.push(`${f.name} <= ${max}`);
  const len = option(t, validate, 'len');
  if (len && t.isArrayLiteralExpression(len)) {
    const [lo, hi] = len.elements.map((e) => num(e));
    if (lo && Number(lo) > 0) checks.push(`char_length(${f.name}) >= ${lo}`);
    if (hi && f.type.length === undefined) f.type = { ...f.type, length: Number(hi) };
  }
  if (checks.length > 0 && !f.check) f.check = checks.join(' AND ');
  const is = option(t, validate, 'is');
  if (is && t.isRegularExpressionLiteral(is)) {
    const text = is.text;
    const end = text.lastIndexOf('/');
    f.pattern = {
      source: text.slice(1, end),
      flags: text.slice(end + 1),
      flavour: 'ecma',
      via: 'Sequelize validate.is',
      origin,
    };
  }
  const isIn = option(t, validate, 'isIn');
  const list = isIn && t.isArrayLiteralExpression(isIn) ? isIn.elements[0] : undefined;
  if (list && t.isArrayLiteralExpression(list) && !f.enumValues) {
    const values = list.elements.filter(t.isStringLiteralLike).map((v) => v.text);
    if (values.length > 0) f.enumValues = values;
  }
}

/** `createdAt`/`updatedAt` unless `timestamps: false` (each renamed or dropped), `deletedAt` with `paranoid`. */
function timestampFields(
  c: Ctx,
  e: EntityFact,
  opts: TS.ObjectLiteralExpression,
  underscored: boolean,
): void {
  const t = c.ts;
  const origin = c.origin(opts);
  if (option(t, opts, 'timestamps')?.kind === t.SyntaxKind.FalseKeyword) {
    e.noTimestamps = origin;
    return;
  }
  const stamps: [string, boolean][] = [
    ['createdAt', true],
    ['updatedAt', true],
  ];
  if (isTrue(t, opts, 'paranoid')) stamps.push(['deletedAt', false]);
  for (const [key, required] of stamps) {
    const renamed = option(t, opts, key);
    if (renamed?.kind === t.SyntaxKind.FalseKeyword) continue;
    const name = renamed && t.isStringLiteralLike(renamed) ? renamed.text : underscored ? snake(key) : key;
    if (e.fields.some((f) => f.name === name)) continue;
    const f = newField(name, { scalar: 'datetime', raw: 'DataTypes.DATE' }, origin);
    f.nullable = !required;
    e.fields.push(f);
  }
}

/** `indexes: [{ unique: true, fields: ['space_id', 'starts_at'], name, using, where }]`. */
function readIndexes(
  c: Ctx,
  e: EntityFact,
  opts: TS.ObjectLiteralExpression,
  columnOf: Map<string, string>,
  indexes: IndexFact[],
): void {
  const t = c.ts;
  const list = option(t, opts, 'indexes');
  if (!list || !t.isArrayLiteralExpression(list)) return;
  for (const item of list.elements) {
    if (!t.isObjectLiteralExpression(item)) continue;
    const fields = option(t, item, 'fields');
    if (!fields || !t.isArrayLiteralExpression(fields)) continue;
    const columns = fields.elements.flatMap((x) => {
      const name = t.isStringLiteralLike(x)
        ? x.text
        : t.isObjectLiteralExpression(x)
          ? stringOption(t, x, 'name')
          : undefined;
      return name ? [columnOf.get(name) ?? name] : [];
    });
    if (columns.length === 0) continue;
    const idx: IndexFact = {
      entity: e.table ?? e.writtenAs,
      columns,
      unique: isTrue(t, item, 'unique'),
      origin: c.origin(item),
    };
    const name = stringOption(t, item, 'name');
    if (name) idx.name = name;
    const using = stringOption(t, item, 'using');
    if (using) idx.method = using.toLowerCase();
    const where = option(t, item, 'where');
    if (where && t.isObjectLiteralExpression(where)) {
      const predicate = wherePredicate(t, where, columnOf);
      if (predicate) idx.where = predicate;
    }
    indexes.push(idx);
  }
}

/** `{ status: 'confirmed', deletedAt: null }` → `status = 'confirmed' AND deleted_at IS NULL`. */
function wherePredicate(
  t: typeof TS,
  where: TS.ObjectLiteralExpression,
  columnOf: Map<string, string>,
): string | null {
  const parts: string[] = [];
  for (const p of where.properties) {
    if (!t.isPropertyAssignment(p)) return null;
    const key = propertyName(t, p);
    const column = columnOf.get(key) ?? key;
    const v = p.initializer;
    if (t.isStringLiteralLike(v)) parts.push(`${column} = '${v.text.replace(/'/g, "''")}'`);
    else if (t.isNumericLiteral(v)) parts.push(`${column} = ${v.text}`);
    else if (v.kind === t.SyntaxKind.NullKeyword) parts.push(`${column} IS NULL`);
    else if (v.kind === t.SyntaxKind.TrueKeyword || v.kind === t.SyntaxKind.FalseKeyword)
      parts.push(`${column} = ${v.getText()}`);
    else return null;
  }
  return parts.length > 0 ? parts.join(' AND ') : null;
}

/**
 * `Booking.belongsTo(models.User, { foreignKey: 'userId', onDelete: 'CASCADE' })`: the key column on
 * the model the call is made on; `hasMany`/`hasOne` put it on the target, which is usually another
 * file's model and is stated there by its own `belongsTo` or attribute, so only the relationship is
 * kept; `belongsToMany(B, { through: 'x' })` names its join table.
 */
function readAssociation(
  c: Ctx,
  call: TS.CallExpression,
  models: Map<string, Model>,
  into: SequelizeInto,
): void {
  const t = c.ts;
  const access = call.expression as TS.PropertyAccessExpression;
  const method = access.name.text;
  const source = access.expression;
  const model = t.isIdentifier(source) ? models.get(source.text) : undefined;
  const [targetNode, optionsNode] = call.arguments;
  if (!model || !targetNode) return;
  const target = t.isPropertyAccessExpression(targetNode)
    ? targetNode.name.text
    : t.isIdentifier(targetNode)
      ? (models.get(targetNode.text)?.entity.writtenAs ?? targetNode.text)
      : null;
  if (!target) return;
  const opts = optionsNode && t.isObjectLiteralExpression(optionsNode) ? optionsNode : undefined;
  const origin = c.origin(call);
  const from = model.entity.writtenAs;
  if (method === 'belongsTo') {
    const as = stringOption(t, opts, 'as');
    const key = foreignKeyName(t, opts) ?? `${lowerFirst(as ?? target)}Id`;
    const column = model.underscored ? snake(key) : key;
    let f = model.entity.fields.find((x) => x.name === column || x.name === key);
    if (!f) {
      f = newField(column, { scalar: 'uuid', raw: `belongsTo(${target})` }, origin);
      f.type = keyTypeOf(model.entity);
      f.nullable = true;
      model.entity.fields.push(f);
    }
    if (!f.references) {
      f.references = { entity: target, field: stringOption(t, opts, 'targetKey') ?? 'id' };
      const action = ON_DELETE[(stringOption(t, opts, 'onDelete') ?? '').toUpperCase()];
      if (action) f.references.onDelete = action;
    }
    return;
  }
  const through = option(t, opts, 'through');
  const rel: RelationshipFact = {
    from,
    to: target,
    kind: method === 'hasOne' ? 'one-to-one' : method === 'hasMany' ? 'one-to-many' : 'many-to-many',
    notation: 'class',
    origin,
  };
  if (through && t.isStringLiteralLike(through)) rel.through = through.text;
  const as = stringOption(t, opts, 'as');
  if (as) rel.label = as;
  into.relationships.push(rel);
}

/** A key added by `belongsTo` has the type of the model's own primary key (Sequelize's rule). */
function keyTypeOf(e: EntityFact): FieldType {
  const pk = e.fields.find((f) => f.primaryKey);
  return pk ? { ...pk.type, generated: false } : { scalar: 'integer', raw: 'INTEGER' };
}

function foreignKeyName(t: typeof TS, opts: TS.ObjectLiteralExpression | undefined): string | undefined {
  const fk = option(t, opts, 'foreignKey');
  if (!fk) return undefined;
  if (t.isStringLiteralLike(fk)) return fk.text;
  return t.isObjectLiteralExpression(fk) ? stringOption(t, fk, 'name') : undefined;
}

function isTrue(t: typeof TS, obj: TS.ObjectLiteralExpression | undefined, key: string): boolean {
  return option(t, obj, key)?.kind === t.SyntaxKind.TrueKeyword;
}

/** A default as SQL-ish text: `DataTypes.UUIDV4` → `gen_random_uuid()`, `DataTypes.NOW` → `now()`, literals as written. */
function defaultText(c: Ctx, n: TS.Expression): string {
  const t = c.ts;
  if (t.isStringLiteralLike(n)) return `'${n.text.replace(/'/g, "''")}'`;
  if (t.isPropertyAccessExpression(n)) {
    if (n.name.text === 'UUIDV4' || n.name.text === 'UUIDV1') return 'gen_random_uuid()';
    if (n.name.text === 'NOW') return 'now()';
  }
  if (t.isArrayLiteralExpression(n) && n.elements.length === 0) return "'{}'";
  return n.getText(c.sf);
}

const snake = (s: string): string => s.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
const lowerFirst = (s: string): string => s.charAt(0).toLowerCase() + s.slice(1);
