import { snakeCase } from '../../knowledge/names.js';
import { scalarType } from '../../knowledge/scalar-types.js';
import type { EntityFact, EnumFact, FieldFact, RelationshipFact } from '../../model/domain.js';
import { WORKER_NAME } from './code-text.js';
import { at, enumNameFor, newField } from './facts.js';
import {
  callOf,
  camelize,
  isTrue,
  nameOf,
  namesOf,
  numberOf,
  type RubyStatement,
  type RubyValue,
  rubyArgs,
} from './ruby-syntax.js';

/**
 * ActiveRecord models: `class Pedido < ApplicationRecord` with `self.table_name`, associations
 * (`belongs_to`, `has_many`, `has_one`, `has_and_belongs_to_many`, with `class_name:`,
 * `foreign_key:`, `optional:`, `through:`), `enum` (the Rails 7 `enum :status, {…}` and the older
 * `enum status: {…}`, hashes or lists) and validations (`validates :a, presence:, uniqueness:,
 * length:, inclusion:, numericality:, format:` and the `validates_*_of` forms).
 * A validation is the application's rule, not the database's: its limits become field checks that
 * derive keeps as API validation, and only what the schema does not already state is added.
 */

export interface RailsModel {
  name: string;
  table?: string;
  line: number;
  quote: string;
  body: RubyStatement[];
}

const MODEL_BASES = /^(?:ApplicationRecord|ActiveRecord::Base|(?:\w+::)*ApplicationRecord)$/;

export function railsModels(statements: readonly RubyStatement[]): RailsModel[] {
  const heads: { name: string; base: string; s: RubyStatement; body: RubyStatement[] }[] = [];
  const open: { depth: number; head: (typeof heads)[number] }[] = [];
  for (const s of statements) {
    while (open.length > 0 && s.depth <= open[open.length - 1]!.depth) open.pop();
    const top = open[open.length - 1];
    if (top && s.depth === top.depth + 1) top.head.body.push(s);
    const m = /^class\s+((?:\w+::)*[A-Z]\w*)\s*<\s*((?:\w+::)*\w+)/.exec(s.text);
    if (m) {
      const head = { name: m[1]!.split('::').pop()!, base: m[2]!, s, body: [] };
      heads.push(head);
      open.push({ depth: s.depth, head });
    }
  }
  const byName = new Map(heads.map((h) => [h.name, h]));
  const isModel = (h: (typeof heads)[number], depth = 0): boolean => {
    if (MODEL_BASES.test(h.base)) return true;
    const parent = byName.get(h.base.split('::').pop()!);
    return depth < 8 && parent !== undefined && parent !== h && isModel(parent, depth + 1);
  };
  const out: RailsModel[] = [];
  for (const h of heads) {
    if (!isModel(h) || h.name === 'ApplicationRecord' || WORKER_NAME.test(h.name)) continue;
    if (h.body.some((s) => /^self\.abstract_class\s*=\s*true\b/.test(s.text))) continue;
    const model: RailsModel = { name: h.name, line: h.s.line, quote: h.s.quote, body: h.body };
    for (const s of h.body) {
      const t = /^self\.table_name\s*=\s*(.+)$/.exec(s.text);
      const name = t ? nameOf(rubyArgs(t[1]!).positional[0]) : null;
      if (name) model.table = name;
    }
    out.push(model);
  }
  return out;
}

export interface ModelReading {
  enums: EnumFact[];
  relationships: RelationshipFact[];
}

/**
 * Applies a model's declarations to its entity (the schema's table, or an entity of the model's own
 * when no schema is written): `belongs_to` keys, enums, validations.
 * `hasSchema` says whether the table's columns are stated; without them a validated attribute is a
 * field whose type only the validation hints at.
 */
export function applyModel(
  model: RailsModel,
  e: EntityFact,
  hasSchema: boolean,
  uniqueIndexed: (columns: readonly string[]) => boolean,
  file: string,
  out: ModelReading,
): void {
  for (const s of model.body) {
    const call = callOf(s.text);
    if (!call || call.receiver) continue;
    const args = rubyArgs(call.args);
    const origin = at(file, s.line, s.quote);
    switch (call.name) {
      case 'belongs_to': {
        const name = nameOf(args.positional[0]);
        if (!name) break;
        const target = nameOf(args.options.get('class_name'))?.split('::').pop() ?? camelize(name);
        const column = nameOf(args.options.get('foreign_key')) ?? `${name}_id`;
        let f = e.fields.find((x) => x.name === column);
        if (isTrue(args.options.get('polymorphic'))) break;
        if (!f) {
          if (hasSchema) break;
          f = newField(column, { ...scalarType('bigint')!, raw: `belongs_to :${name}` }, origin);
          // Rails 5+: a belongs_to is required unless `optional: true`.
          f.nullable = isTrue(args.options.get('optional'));
          e.fields.push(f);
        }
        if (!f.references) f.references = { entity: target, field: 'id' };
        break;
      }
      case 'has_many':
      case 'has_one':
      case 'has_and_belongs_to_many': {
        const name = nameOf(args.positional[0]);
        if (!name || args.options.has('through')) break;
        // Without `class_name:` a plural association is named as its table is (`has_many :pedidos`);
        // merge resolves a table name, so no English singular is guessed for a Portuguese word.
        const target =
          nameOf(args.options.get('class_name'))?.split('::').pop() ??
          (call.name === 'has_one' ? camelize(name) : name);
        out.relationships.push({
          from: model.name,
          to: target,
          kind:
            call.name === 'has_many'
              ? 'one-to-many'
              : call.name === 'has_one'
                ? 'one-to-one'
                : 'many-to-many',
          label: name,
          notation: 'class',
          origin,
        });
        break;
      }
      case 'enum':
        readEnum(model, e, args, hasSchema, origin, out);
        break;
      case 'validates':
      case 'validates!': {
        const attrs = namesOf({ kind: 'list', items: args.positional });
        for (const a of attrs) validate(e, a, args.options, hasSchema, uniqueIndexed, origin);
        break;
      }
      default: {
        // `validates_presence_of :a, :b`, `validates_length_of :a, maximum: 10`.
        const old = /^validates_(\w+?)_of$/.exec(call.name);
        if (!old) break;
        const option: RubyValue =
          args.options.size > 0 ? { kind: 'hash', entries: args.options } : { kind: 'boolean', value: true };
        const attrs = namesOf({ kind: 'list', items: args.positional });
        for (const a of attrs) validate(e, a, new Map([[old[1]!, option]]), hasSchema, uniqueIndexed, origin);
      }
    }
  }
}

function readEnum(
  model: RailsModel,
  e: EntityFact,
  args: ReturnType<typeof rubyArgs>,
  hasSchema: boolean,
  origin: ReturnType<typeof at>,
  out: ModelReading,
): void {
  // Rails 7: `enum :status, { a: 0 }, prefix: true`; before: `enum status: { a: 0 }, _prefix: true`.
  let attr = nameOf(args.positional[0]);
  let mapping = args.positional[1];
  if (!attr) {
    for (const [k, v] of args.options)
      if (!k.startsWith('_') && (v.kind === 'hash' || v.kind === 'list')) {
        attr = k;
        mapping = v;
        break;
      }
  }
  if (!attr || !mapping) return;
  const pairs: [string, RubyValue | null][] =
    mapping.kind === 'hash'
      ? [...mapping.entries]
      : mapping.kind === 'list'
        ? namesOf(mapping).map((n) => [n, null])
        : [];
  if (pairs.length === 0) return;
  const values = pairs.map(([k]) => k);
  const stored = pairs.map(
    ([k, v]) => [k, v && (v.kind === 'number' || v.kind === 'string') ? v.text : null] as const,
  );
  const written = stored.map(([k, v]) => (v === null || v === k ? k : `${k}=${v}`)).join(', ');
  let f = e.fields.find((x) => x.name === attr);
  if (f) {
    // The schema states the column: it keeps its type. A string column takes the names as its
    // allowed values; an integer one stores each name's number, written beside it, so the stated
    // integer column (and any index or check that compares it with numbers) stays as written.
    const integer = f.type.scalar === 'integer' || f.type.scalar === 'bigint';
    if (!integer && stored.every(([k, v]) => v === null || v === k)) f.enumValues = values;
    f.description = `${f.description ? `${f.description}; ` : ''}Rails enum: ${written}`;
    return;
  }
  if (hasSchema) return;
  // No schema: the enum is the attribute's only stated type.
  const name = enumNameFor(model.name, attr);
  out.enums.push({ name, values, origin });
  f = newField(attr, { scalar: 'enum', raw: `enum :${attr}` }, origin);
  f.enumName = name;
  const def = nameOf(args.options.get('default')) ?? nameOf(args.options.get('_default'));
  if (def && values.includes(def)) f.default = `'${def}'`;
  if (written !== values.join(', ')) f.description = `Rails enum: ${written}`;
  e.fields.push(f);
}

/** One attribute's validations. */
function validate(
  e: EntityFact,
  attr: string,
  options: Map<string, RubyValue>,
  hasSchema: boolean,
  uniqueIndexed: (columns: readonly string[]) => boolean,
  origin: ReturnType<typeof at>,
): void {
  let f = e.fields.find((x) => x.name === attr);
  if (!f) {
    // An association's validation (`validates :itens, length: { maximum: 4 }`) is no column.
    if (hasSchema) return;
    const type = hintedType(options);
    if (!type) return;
    f = newField(attr, type, origin);
    e.fields.push(f);
  }
  const col = snakeCase(f.name);
  const text = f.type.scalar === 'string' || f.type.scalar === 'text' || f.type.scalar === 'email';
  const checks: string[] = [];
  for (const [kind, v] of options) {
    const opts = v.kind === 'hash' ? v.entries : new Map<string, RubyValue>();
    switch (kind) {
      case 'presence':
        if (isTrue(v) && f.nullable !== false) f.nullable = false;
        break;
      case 'uniqueness': {
        if (!isTrue(v) && v.kind !== 'hash') break;
        // A unique index of the schema already states it: the validation is its application check.
        const columns = [f.name, ...namesOf(opts.get('scope'))];
        if (uniqueIndexed(columns)) break;
        if (columns.length > 1) e.uniques.push(columns);
        else f.unique = true;
        break;
      }
      case 'length': {
        if (!text) break;
        const is = numberOf(opts.get('is'));
        const range = opts.get('in') ?? opts.get('within');
        const max = numberOf(opts.get('maximum')) ?? (range?.kind === 'range' ? range.to : null);
        const min = numberOf(opts.get('minimum')) ?? (range?.kind === 'range' ? range.from : null);
        if (is !== null) checks.push(`char_length(${col}) = ${is}`);
        if (max !== null && f.type.length === undefined) f.type = { ...f.type, length: Number(max) };
        if (min !== null && Number(min) > 0) checks.push(`char_length(${col}) >= ${min}`);
        break;
      }
      case 'inclusion': {
        const values = namesOf(opts.get('in'));
        if (values.length > 0 && text && !f.enumValues && !f.enumName) f.enumValues = values;
        const range = opts.get('in');
        if (range?.kind === 'range')
          checks.push(`${col} >= ${range.from} AND ${col} ${range.exclusive ? '<' : '<='} ${range.to}`);
        break;
      }
      case 'numericality':
        checks.push(...numericChecks(col, opts));
        break;
      case 'format': {
        const w = opts.get('with');
        if (w?.kind === 'code' && /EMAIL_REGEXP|EMAIL_FORMAT|email/i.test(w.text) && text)
          f.type = { ...f.type, scalar: 'email' };
        // `format: { with: /\A…\z/ }` (Rails FormatValidator): the Ruby pattern as written.
        const re = w?.kind === 'code' ? /^\/(.*)\/([a-z]*)$/s.exec(w.text) : null;
        if (re && text && !opts.has('without'))
          f.pattern = { source: re[1]!, flags: re[2]!, flavour: 'ruby', via: 'Rails format', origin };
        break;
      }
    }
  }
  if (checks.length > 0 && !f.check) f.check = checks.join(' AND ');
}

const COMPARISONS: Record<string, string> = {
  greater_than: '>',
  greater_than_or_equal_to: '>=',
  less_than: '<',
  less_than_or_equal_to: '<=',
  equal_to: '=',
  other_than: '<>',
};

function numericChecks(col: string, opts: Map<string, RubyValue>): string[] {
  const out: string[] = [];
  for (const [k, op] of Object.entries(COMPARISONS)) {
    const n = numberOf(opts.get(k));
    if (n !== null) out.push(`${col} ${op} ${n}`);
  }
  const range = opts.get('in');
  if (range?.kind === 'range')
    out.push(`${col} >= ${range.from} AND ${col} ${range.exclusive ? '<' : '<='} ${range.to}`);
  return out;
}

/** A model without a written schema: the type a validation implies, or none (no type is guessed). */
function hintedType(options: Map<string, RubyValue>): FieldFact['type'] | null {
  const num = options.get('numericality');
  if (num) {
    const integer = num.kind === 'hash' && isTrue(num.entries.get('only_integer'));
    return { ...scalarType(integer ? 'integer' : 'decimal')!, raw: 'validates numericality' };
  }
  const format = options.get('format');
  if (format?.kind === 'hash') {
    const w = format.entries.get('with');
    if (w?.kind === 'code' && /EMAIL/i.test(w.text))
      return { ...scalarType('email')!, raw: 'validates format' };
  }
  if (options.has('length') || options.has('inclusion'))
    return { ...scalarType('varchar')!, raw: 'validates (type not stated)' };
  return null;
}
