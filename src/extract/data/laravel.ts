import type { CodeBlock } from '../../markdown/blocks.js';
import type { EntityFact, FieldFact, FieldType, ForeignKey, IndexFact } from '../../model/domain.js';
import type { Origin } from '../../model/origin.js';
import {
  type CodeModels,
  closingBracket,
  literalDefault,
  splitTopLevel,
  stringLiteral,
  withoutComments,
} from './code-text.js';
import { lineIndex } from './csharp-syntax.js';
import { phpFence, readEloquent } from './eloquent.js';
import { at, newEntity, newField } from './facts.js';

/**
 * Laravel migrations in php fences: `Schema::create('lotes', function (Blueprint $table) { … })`
 * and `Schema::table(…)`, each `$table->type('column', …)->modifier()…;` a column, a key or an
 * index. The schema builder states every column the table gets, so these are read like DDL (the
 * `migration` notation): `string` is VARCHAR(255) unless a length is given, `timestamps()` adds
 * nullable `created_at`/`updated_at`, `foreignId('x_id')->constrained()` references the table of
 * `x`, `unsigned*` columns never hold a negative number. Read with bracket and quote counters over
 * the fence (no backtracking pattern runs over document text, issue 12).
 */

/** One `->name(args)` of a chain. */
interface Call {
  name: string;
  args: string[];
}

/** Column types → the portable vocabulary (FieldType) and Laravel's default length where it has one. */
const COLUMN_TYPES: Record<string, FieldType> = {
  string: { scalar: 'string', length: 255 },
  char: { scalar: 'string', length: 255 },
  text: { scalar: 'text' },
  tinyText: { scalar: 'text' },
  mediumText: { scalar: 'text' },
  longText: { scalar: 'text' },
  integer: { scalar: 'integer' },
  tinyInteger: { scalar: 'integer' },
  smallInteger: { scalar: 'integer' },
  mediumInteger: { scalar: 'integer' },
  bigInteger: { scalar: 'bigint' },
  unsignedInteger: { scalar: 'integer' },
  unsignedTinyInteger: { scalar: 'integer' },
  unsignedSmallInteger: { scalar: 'integer' },
  unsignedMediumInteger: { scalar: 'integer' },
  unsignedBigInteger: { scalar: 'bigint' },
  decimal: { scalar: 'decimal', precision: 8, scale: 2 },
  unsignedDecimal: { scalar: 'decimal', precision: 8, scale: 2 },
  float: { scalar: 'float' },
  double: { scalar: 'float' },
  boolean: { scalar: 'boolean' },
  date: { scalar: 'date' },
  dateTime: { scalar: 'datetime' },
  dateTimeTz: { scalar: 'datetime' },
  timestamp: { scalar: 'datetime' },
  timestampTz: { scalar: 'datetime' },
  time: { scalar: 'time' },
  timeTz: { scalar: 'time' },
  year: { scalar: 'integer' },
  json: { scalar: 'json' },
  jsonb: { scalar: 'json' },
  binary: { scalar: 'binary' },
  uuid: { scalar: 'uuid' },
  ulid: { scalar: 'string', length: 26 },
  ipAddress: { scalar: 'string', length: 45 },
  macAddress: { scalar: 'string', length: 17 },
  enum: { scalar: 'enum' },
  foreignId: { scalar: 'bigint' },
  foreignUuid: { scalar: 'uuid' },
  foreignUlid: { scalar: 'string', length: 26 },
  id: { scalar: 'bigint', generated: true },
  bigIncrements: { scalar: 'bigint', generated: true },
  increments: { scalar: 'integer', generated: true },
  smallIncrements: { scalar: 'integer', generated: true },
  tinyIncrements: { scalar: 'integer', generated: true },
  mediumIncrements: { scalar: 'integer', generated: true },
};

const ON_DELETE: Record<string, ForeignKey['onDelete']> = {
  cascadeOnDelete: 'cascade',
  restrictOnDelete: 'restrict',
  nullOnDelete: 'set null',
  noActionOnDelete: 'no action',
};

/** The fences' tables, in the order the migrations create them; `Schema::table` adds to one. */
export function readLaravel(blocks: readonly CodeBlock[], file: string): CodeModels {
  const tables = new Map<string, EntityFact>();
  const indexes: IndexFact[] = [];
  for (const b of blocks) {
    const { code, origin } = phpFence(b, file);
    for (let i = code.indexOf('Schema::'); i >= 0; i = code.indexOf('Schema::', i + 1)) {
      const kind = code.startsWith('create', i + 8)
        ? 'create'
        : code.startsWith('table', i + 8)
          ? 'table'
          : null;
      const open = kind ? code.indexOf('(', i) : -1;
      const close = open >= 0 ? closingBracket(code, open) : -1;
      if (close < 0) continue;
      const inner = code.slice(open + 1, close - 1);
      const [first] = splitTopLevel(inner, ',', false);
      const table = stringLiteral(first);
      const brace = inner.indexOf('{');
      if (!table || brace < 0) continue;
      const end = closingBracket(inner, brace);
      if (end < 0) continue;
      let e = tables.get(table);
      if (!e) {
        if (kind === 'table') continue;
        e = newEntity(table, 'migration', origin(i), table);
        tables.set(table, e);
      }
      const bodyStart = open + 1 + brace + 1;
      let offset = bodyStart;
      for (const statement of splitTopLevel(inner.slice(brace + 1, end - 1), ';', false)) {
        const lead = statement.length - statement.trimStart().length;
        applyStatement(e, statement.trim(), origin(offset + lead), indexes);
        offset += statement.length + 1;
      }
      i = close - 1;
    }
  }
  const models = readEloquent(blocks, file, tables);
  return { entities: [...tables.values(), ...models], enums: [], indexes };
}

/** One `$table->…;` statement: a column with its modifiers, `timestamps()`, a key or an index. */
function applyStatement(e: EntityFact, statement: string, origin: Origin, indexes: IndexFact[]): void {
  const calls = chain(statement);
  const [head, ...mods] = calls;
  if (!head) return;
  const columns = (arg: string | undefined) => {
    const one = stringLiteral(arg);
    if (one !== null) return [one];
    const list = (arg ?? '').trim();
    if (!list.startsWith('[')) return [];
    return splitTopLevel(list.slice(1, -1), ',', false)
      .map((x) => stringLiteral(x))
      .filter((x): x is string => !!x);
  };
  switch (head.name) {
    case 'timestamps':
    case 'timestampsTz':
    case 'nullableTimestamps':
      for (const name of ['created_at', 'updated_at']) addField(e, timestampField(name, origin));
      return;
    case 'softDeletes':
    case 'softDeletesTz':
      addField(e, timestampField(stringLiteral(head.args[0]) ?? 'deleted_at', origin));
      return;
    case 'rememberToken': {
      const f = newField('remember_token', { scalar: 'string', length: 100, raw: 'rememberToken()' }, origin);
      f.nullable = true;
      addField(e, f);
      return;
    }
    case 'morphs':
    case 'nullableMorphs':
    case 'uuidMorphs':
    case 'nullableUuidMorphs': {
      const name = stringLiteral(head.args[0]);
      if (!name) return;
      const kind = newField(`${name}_type`, { scalar: 'string', length: 255, raw: `${head.name}()` }, origin);
      const id = newField(
        `${name}_id`,
        { scalar: head.name.includes('Uuid') ? 'uuid' : 'bigint', raw: `${head.name}()` },
        origin,
      );
      for (const f of [kind, id]) {
        f.nullable = head.name.startsWith('nullable');
        addField(e, f);
      }
      return;
    }
    case 'primary':
      e.primaryKey = columns(head.args[0]);
      for (const c of e.primaryKey) {
        const f = e.fields.find((x) => x.name === c);
        if (f) f.nullable = false;
      }
      return;
    case 'unique': {
      const cols = columns(head.args[0]);
      if (cols.length === 1) {
        const f = e.fields.find((x) => x.name === cols[0]);
        if (f) f.unique = true;
      } else if (cols.length > 1) {
        e.uniques.push(cols);
        const name = stringLiteral(head.args[1]);
        e.uniqueSources ??= [];
        e.uniqueSources.push({ columns: cols, ...(name ? { name } : {}), origin });
      }
      return;
    }
    case 'index': {
      const cols = columns(head.args[0]);
      if (cols.length === 0) return;
      const idx: IndexFact = { entity: e.table ?? e.writtenAs, columns: cols, unique: false, origin };
      const name = stringLiteral(head.args[1]);
      if (name) idx.name = name;
      indexes.push(idx);
      return;
    }
    case 'foreign': {
      // `$table->foreign('x_id')->references('id')->on('xs')->onDelete('cascade')`.
      const [col] = columns(head.args[0]);
      const f = col ? e.fields.find((x) => x.name === col) : undefined;
      const on = stringLiteral(mods.find((m) => m.name === 'on')?.args[0]);
      if (!f || !on) return;
      f.references = {
        entity: on,
        field: stringLiteral(mods.find((m) => m.name === 'references')?.args[0]) ?? 'id',
      };
      applyOnDelete(f.references, mods);
      return;
    }
  }
  const type = COLUMN_TYPES[head.name];
  if (!type) return;
  const name = stringLiteral(head.args[0]) ?? (head.name === 'id' ? 'id' : null);
  if (!name) return;
  const f = newField(name, { ...type, raw: `${head.name}(${head.args.join(', ')})` }, origin);
  sized(f, head);
  // The schema builder makes every column NOT NULL unless `nullable()` says otherwise.
  f.nullable = false;
  if (type.generated) f.primaryKey = true;
  if (head.name === 'enum') {
    const values = columns(head.args[1]);
    if (values.length > 0) f.enumValues = values;
  }
  if (head.name.startsWith('unsigned')) f.check = `${name} >= 0`;
  if (head.name.startsWith('foreign')) {
    const constrained = mods.find((m) => m.name === 'constrained');
    if (constrained) {
      // Without a table, Laravel takes the column's stem (`donante_id` → the donante table).
      const table = stringLiteral(constrained.args[0]) ?? name.replace(/_(?:id|uuid|ulid)$/, '');
      f.references = { entity: table, field: stringLiteral(constrained.args[1]) ?? 'id' };
      applyOnDelete(f.references, mods);
    }
  }
  applyModifiers(f, mods);
  addField(e, f);
}

/** `string('x', 120)`, `char('x', 18)`, `decimal('x', 10, 3)`: the stated sizes. */
function sized(f: FieldFact, head: Call): void {
  const n = (i: number) => {
    const t = head.args[i]?.trim();
    return t && /^\d+$/.test(t) ? Number(t) : undefined;
  };
  if (head.name === 'string' || head.name === 'char') {
    const length = n(1);
    if (length !== undefined) f.type.length = length;
  } else if (head.name === 'decimal' || head.name === 'unsignedDecimal') {
    const precision = n(1);
    const scale = n(2);
    if (precision !== undefined) f.type.precision = precision;
    if (scale !== undefined) f.type.scale = scale;
  }
}

function applyModifiers(f: FieldFact, mods: readonly Call[]): void {
  for (const m of mods) {
    switch (m.name) {
      case 'nullable':
        f.nullable = (m.args[0]?.trim() || 'true') !== 'false';
        break;
      case 'unique':
        f.unique = true;
        break;
      case 'primary':
        f.primaryKey = true;
        f.nullable = false;
        break;
      case 'default': {
        const v = m.args[0]?.trim() ?? '';
        const raw = /^DB::raw\(\s*(['"])(.*)\1\s*\)$/.exec(v);
        const d = raw ? raw[2] : v === 'null' ? 'null' : literalDefault(v);
        if (d !== undefined) f.default = d;
        break;
      }
      case 'useCurrent':
        f.default = 'now()';
        break;
      case 'comment': {
        const c = stringLiteral(m.args[0]);
        if (c) f.description = c;
        break;
      }
      case 'autoIncrement':
        f.type.generated = true;
        break;
      case 'unsigned':
        f.check ??= `${f.name} >= 0`;
        break;
    }
  }
}

function applyOnDelete(ref: ForeignKey, mods: readonly Call[]): void {
  for (const m of mods) {
    const on = ON_DELETE[m.name];
    if (on) ref.onDelete = on;
    else if (m.name === 'onDelete') {
      const v = stringLiteral(m.args[0])?.toLowerCase();
      if (v === 'cascade' || v === 'restrict' || v === 'set null' || v === 'no action') ref.onDelete = v;
    }
  }
}

function timestampField(name: string, origin: Origin): FieldFact {
  const f = newField(name, { scalar: 'datetime', raw: 'timestamp' }, origin);
  f.nullable = true;
  return f;
}

/** A later definition of a column (a `Schema::table` change) replaces the earlier one. */
function addField(e: EntityFact, f: FieldFact): void {
  const i = e.fields.findIndex((x) => x.name === f.name);
  if (i >= 0) e.fields[i] = f;
  else e.fields.push(f);
}

/** `$table->string('x', 120)->nullable()->unique()` → its calls, in order. */
function chain(statement: string): Call[] {
  const out: Call[] = [];
  let i = statement.indexOf('->');
  while (i >= 0) {
    let j = i + 2;
    while (j < statement.length && /\w/.test(statement[j]!)) j++;
    const name = statement.slice(i + 2, j);
    if (!name || statement[j] !== '(') break;
    const close = closingBracket(statement, j);
    if (close < 0) break;
    out.push({
      name,
      args: splitTopLevel(statement.slice(j + 1, close - 1), ',', false).map((a) => a.trim()),
    });
    i = statement.indexOf('->', close);
    if (i > close && statement.slice(close, i).trim() !== '') break;
  }
  return out;
}
