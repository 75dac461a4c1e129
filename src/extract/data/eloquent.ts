import { snakeCase } from '../../knowledge/names.js';
import type { CodeBlock } from '../../markdown/blocks.js';
import type { EntityFact, FieldFact, FieldType } from '../../model/domain.js';
import type { Origin } from '../../model/origin.js';
import { closingBracket, splitTopLevel, stringLiteral, withoutComments } from './code-text.js';
import { enumList } from './constraint-words.js';
import { lineIndex } from './csharp-syntax.js';
import { at, newEntity, newField } from './facts.js';

/**
 * Laravel Eloquent models in php fences: `class AdoptionApplication extends Model { … }`. A model
 * states part of its table: `$table`, the mass-assignable columns of `$fillable`, the typed columns
 * of `$casts` (or Laravel 11's `casts()` method), and the foreign key of each `belongsTo` (its
 * second argument, or the relation method's name + `_id`, as Laravel derives it). A column only in
 * `$fillable` states no type. The comment after an enum cast that is nothing but a list of values
 * (`// submitted, in_review, approved`) states the enum's cases. Read with bracket and quote counters
 * (no backtracking pattern over document text, issue 12).
 */

/** Eloquent cast names → the portable vocabulary. */
const CASTS: Record<string, FieldType> = {
  bool: { scalar: 'boolean' },
  boolean: { scalar: 'boolean' },
  int: { scalar: 'integer' },
  integer: { scalar: 'integer' },
  float: { scalar: 'float' },
  double: { scalar: 'float' },
  real: { scalar: 'float' },
  decimal: { scalar: 'decimal' },
  string: { scalar: 'string' },
  array: { scalar: 'json' },
  json: { scalar: 'json' },
  object: { scalar: 'json' },
  collection: { scalar: 'json' },
  date: { scalar: 'date' },
  immutable_date: { scalar: 'date' },
  datetime: { scalar: 'datetime' },
  immutable_datetime: { scalar: 'datetime' },
  timestamp: { scalar: 'datetime' },
  encrypted: { scalar: 'text' },
  hashed: { scalar: 'string' },
};

const MODEL_BASES = new Set(['Model', 'Authenticatable', 'Pivot', 'User']);

/** The models of a document's php fences; `tables` are the migrations' tables, which a model joins. */
export function readEloquent(
  blocks: readonly CodeBlock[],
  file: string,
  tables: ReadonlyMap<string, EntityFact>,
): EntityFact[] {
  const out: EntityFact[] = [];
  for (const b of blocks) {
    // Comments become blanks (offsets kept): a comma in `// a, b` is no array item.
    const { code, lines, lineOf, origin } = phpFence(b, file);
    for (let i = code.indexOf('class '); i >= 0; i = code.indexOf('class ', i + 6)) {
      if (i > 0 && /[\w$]/.test(code[i - 1]!)) continue;
      const head = /^class\s+(\w+)\s+extends\s+\\?(?:[\w\\]*\\)?(\w+)/.exec(code.slice(i, i + 200));
      if (!head || !MODEL_BASES.has(head[2]!)) continue;
      const open = code.indexOf('{', i);
      const close = open >= 0 ? closingBracket(code, open) : -1;
      if (close < 0) continue;
      const body = code.slice(open + 1, close - 1);
      const model = readModel(head[1]!, body, open + 1, origin, lines, lineOf);
      const table = model.table ?? `${snakeCase(head[1]!)}s`;
      const migrated = tables.get(table);
      if (migrated) {
        // The migration states every column; the model adds its class name and enum casts.
        migrated.name = model.entity.name;
        for (const f of model.entity.fields) {
          const column = migrated.fields.find((c) => c.name === f.name);
          if (column && f.type.scalar === 'enum' && column.type.scalar !== 'enum') {
            column.type = f.type;
            if (f.enumValues) column.enumValues = f.enumValues;
          }
        }
      } else {
        if (model.table) model.entity.table = model.table;
        out.push(model.entity);
      }
      i = close - 1;
    }
  }
  return out;
}

function readModel(
  name: string,
  body: string,
  base: number,
  origin: (offset: number) => Origin,
  lines: readonly string[],
  lineOf: (offset: number) => number,
): { entity: EntityFact; table?: string } {
  const entity = newEntity(name, 'class', origin(base - 1));
  const byName = new Map<string, FieldFact>();
  const field = (column: string, at: number): FieldFact => {
    let f = byName.get(column);
    if (!f) {
      f = newField(column, { scalar: 'string', raw: '' }, origin(at));
      byName.set(column, f);
      entity.fields.push(f);
    }
    return f;
  };
  let table: string | undefined;
  const tableAt = body.indexOf('$table');
  if (tableAt >= 0) {
    const eq = body.indexOf('=', tableAt);
    const end = body.indexOf(';', eq);
    if (eq >= 0 && end > eq && !body.slice(tableAt + 6, eq).trim())
      table = stringLiteral(body.slice(eq + 1, end)) ?? undefined;
  }
  for (const [at, item] of arrayItems(body, '$fillable')) {
    const column = stringLiteral(item);
    if (column) field(column, base + at);
  }
  const castsAt = body.indexOf('$casts') >= 0 ? '$casts' : 'function casts';
  for (const [at, item] of arrayItems(body, castsAt)) {
    const [key, value] = splitTopLevel(item, '=>', false).map((s) => s.trim());
    const column = stringLiteral(key);
    if (!column || !value) continue;
    const f = field(column, base + at);
    const cast = stringLiteral(value);
    const known = cast ? CASTS[cast.split(':')[0]!] : undefined;
    if (known) {
      f.type = { ...known, raw: cast! };
      const scale = /^decimal:(\d+)$/.exec(cast!)?.[1];
      if (scale) f.type = { scalar: 'decimal', scale: Number(scale), raw: cast! };
    } else if (/^\\?[\w\\]*\w::class$/.test(value)) {
      const enumName = value
        .replace(/::class$/, '')
        .split('\\')
        .pop()!;
      f.type = { scalar: 'enum', raw: value };
      f.enumName = enumName;
      const comment = lines[lineOf(base + at)]!.split('//')[1];
      const values = comment && /^[\s\w,]+$/.test(comment) ? enumList(comment.trim()) : null;
      if (values && values.length >= 2) f.enumValues = values;
    }
  }
  for (let i = body.indexOf('belongsTo('); i >= 0; i = body.indexOf('belongsTo(', i + 10)) {
    const open = i + 'belongsTo'.length;
    const close = closingBracket(body, open);
    if (close < 0) continue;
    const [target, key] = splitTopLevel(body.slice(open + 1, close - 1), ',', false).map((s) => s.trim());
    const targetName = /^\\?(?:[\w\\]*\\)?(\w+)::class$/.exec(target ?? '')?.[1];
    if (!targetName) continue;
    const method = /function\s+(\w+)\s*\([^)]*\)[^{]*\{[^{}]*$/.exec(
      body.slice(Math.max(0, i - 200), i),
    )?.[1];
    const column = stringLiteral(key) ?? (method ? `${snakeCase(method)}_id` : null);
    if (!column) continue;
    const f = field(column, base + i);
    f.type = { scalar: 'uuid', raw: 'reference' };
    f.references = { entity: targetName, field: 'id' };
  }
  return table === undefined ? { entity } : { entity, table };
}

/** The items of the array assigned to `$name` (or returned by `function name`), with their offsets. */
function arrayItems(body: string, name: string): [number, string][] {
  const at = body.indexOf(name);
  if (at < 0) return [];
  const open = body.indexOf('[', at);
  const close = open >= 0 ? closingBracket(body, open) : -1;
  if (close < 0 || body.slice(at, open).includes(';')) return [];
  const out: [number, string][] = [];
  let offset = open + 1;
  for (const item of splitTopLevel(body.slice(open + 1, close - 1), ',', false)) {
    const lead = item.length - item.trimStart().length;
    if (item.trim()) out.push([offset + lead, item.trim()]);
    offset += item.length + 1;
  }
  return out;
}

/**
 * A php fence as its readers scan it: the code with comments blanked (offsets kept), its lines as
 * written, the line of an offset, and the origin of an offset (the document line and its text).
 */
export function phpFence(
  b: CodeBlock,
  file: string,
): {
  code: string;
  lines: string[];
  lineOf: (offset: number) => number;
  origin: (offset: number) => Origin;
} {
  const code = withoutComments(b.content);
  const lineOf = lineIndex(code);
  const lines = b.content.split('\n');
  return {
    code,
    lines,
    lineOf,
    origin: (offset) => at(file, b.contentLine + lineOf(offset), lines[lineOf(offset)]),
  };
}
