import { scalarType } from '../../knowledge/scalar-types.js';
import type { CodeBlock } from '../../markdown/blocks.js';
import type { FieldFact, FieldType, ForeignKey, RelationshipFact } from '../../model/domain.js';
import {
  applyComment,
  bracketPairs,
  type CodeLine,
  type CodeModels,
  callArgs,
  closingBracket,
  codeLines,
  literalDefault,
  splitTopLevel,
  stringLiteral,
  WORKER_NAME,
} from './code-text.js';
import { CONTRACT_NAME, NOT_ENTITY } from './contract-names.js';
import { djangoTableFacts } from './django-meta.js';
import { at, newEntity, newField } from './facts.js';
import {
  isTortoiseMember,
  sizedType,
  TORTOISE_RELATION_ANNOTATION,
  tortoiseField,
  tortoiseImplicitId,
} from './tortoise.js';

/**
 * Python data models, read line by line (indentation is the class body):
 * - SQLAlchemy 1.x `id = Column(Integer, primary_key=True)` and 2.0
 *   `id: Mapped[int] = mapped_column(primary_key=True)`, `__tablename__`, `ForeignKey("users.id")`;
 *   `relationship(...)` is the other side of a foreign key, not a column;
 * - Django `models.CharField(max_length=120)`, `models.ForeignKey(User, on_delete=...)` (column
 *   `<name>_id`), `class Meta: db_table`;
 * - SQLModel `class Hero(SQLModel, table=True)` with `Field(primary_key=True, foreign_key="team.id")`;
 * - `@dataclass` classes and Pydantic `BaseModel` classes: a Pydantic class is read only when its name
 *   is no API shape (`UserCreate`, `UserResponse`) and the document has no ORM model, whose
 *   classes are then the data model and the Pydantic ones its API's shapes;
 * - enums (`class Status(str, Enum)`, Django `TextChoices`): their values.
 * Each framework's documented nullability is what its notation states: SQLAlchemy `Column` is
 * nullable unless `nullable=False` or a key, `Mapped[T]` is not (`Mapped[Optional[T]]` is),
 * Django fields are NOT NULL unless `null=True`, annotated fields follow `Optional`/`| None`.
 */

interface PyStatement {
  text: string;
  line: CodeLine;
}

interface PyClass {
  name: string;
  bases: string[];
  keywords: Map<string, string>;
  decorators: string[];
  line: CodeLine;
  members: PyStatement[];
  meta: Map<string, string>;
  methods: number;
  /** The class this one is declared in (Django `class Status(models.TextChoices)` inside a model). */
  owner?: string;
}

const ENUM_BASES = new Set([
  'Enum',
  'StrEnum',
  'IntEnum',
  'Flag',
  'IntFlag',
  'TextChoices',
  'IntegerChoices',
  'Choices',
]);
const PYDANTIC_BASES = new Set(['BaseModel', 'RootModel', 'GenericModel']);
const ORM_BASES = /^(?:models\.Model|db\.Model|Model|DeclarativeBase|AsyncAttrs)$/;
const DATACLASS = /^@(?:dataclasses\.)?dataclass\b|^@(?:attr\.s|attr\.attrs|attrs\.define|define|frozen)\b/;
const NOT_COLUMN =
  /^(?:relationship|Relationship|backref|association_proxy|column_property|synonym|hybrid_property|composite|ManyToManyField|GenericRelation|GenericForeignKey|property|ClassVar)$/;

/** Python, SQLAlchemy, Django and Pydantic type names → the portable vocabulary of scalar-types.ts. */
const PY_TYPES: Record<string, string> = {
  str: 'string',
  int: 'integer',
  float: 'float',
  bool: 'boolean',
  Decimal: 'decimal',
  datetime: 'timestamptz',
  date: 'date',
  time: 'time',
  timedelta: 'interval',
  UUID: 'uuid',
  UUID4: 'uuid',
  bytes: 'bytea',
  dict: 'json',
  Dict: 'json',
  Any: 'json',
  Json: 'json',
  JsonValue: 'json',
  EmailStr: 'email',
  HttpUrl: 'url',
  AnyUrl: 'url',
  AnyHttpUrl: 'url',
  // SQLAlchemy (sqlalchemy.types)
  Integer: 'integer',
  SmallInteger: 'integer',
  BigInteger: 'bigint',
  String: 'varchar',
  Unicode: 'varchar',
  VARCHAR: 'varchar',
  CHAR: 'char',
  Text: 'text',
  UnicodeText: 'text',
  TEXT: 'text',
  Boolean: 'boolean',
  DateTime: 'timestamptz',
  TIMESTAMP: 'timestamptz',
  Date: 'date',
  Time: 'time',
  Interval: 'interval',
  Numeric: 'numeric',
  DECIMAL: 'numeric',
  Float: 'float',
  REAL: 'float',
  Double: 'float',
  Uuid: 'uuid',
  JSON: 'json',
  JSONB: 'jsonb',
  LargeBinary: 'bytea',
  INET: 'inet',
  // Django (django.db.models)
  CharField: 'varchar',
  SlugField: 'varchar',
  TextField: 'text',
  IntegerField: 'integer',
  SmallIntegerField: 'integer',
  PositiveIntegerField: 'integer',
  PositiveSmallIntegerField: 'integer',
  BigIntegerField: 'bigint',
  PositiveBigIntegerField: 'bigint',
  AutoField: 'serial',
  BigAutoField: 'bigserial',
  BooleanField: 'boolean',
  DateTimeField: 'timestamptz',
  DateField: 'date',
  TimeField: 'time',
  DurationField: 'interval',
  DecimalField: 'numeric',
  FloatField: 'float',
  UUIDField: 'uuid',
  EmailField: 'email',
  URLField: 'url',
  JSONField: 'json',
  BinaryField: 'bytea',
  GenericIPAddressField: 'inet',
  FileField: 'varchar',
  ImageField: 'varchar',
};

const ON_DELETE: Record<string, ForeignKey['onDelete']> = {
  CASCADE: 'cascade',
  SET_NULL: 'set null',
  'SET NULL': 'set null',
  PROTECT: 'restrict',
  RESTRICT: 'restrict',
  DO_NOTHING: 'no action',
  'NO ACTION': 'no action',
  SET_DEFAULT: 'set default',
  'SET DEFAULT': 'set default',
};

/** `Mapped[...]`, `Optional[...]`, `Annotated[T, ...]`, `Union[...]`, with or without a module prefix. */
const WRAPPER = /^(?:[\w.]+\.)?(Mapped|Annotated|Optional|Union)\s*\[/;
const NOW =
  /^(?:func\.now\(\)|(?:datetime\.)?(?:datetime\.)?(?:utcnow|now)(?:\(\))?|timezone\.now|text\(["']now\(\)["']\))$/;

const MAX_MEMBERS = 500;

const last = (dotted: string) => dotted.trim().split('.').pop()!;
const isTrue = (v: string | undefined) => v === 'True';

export function readPython(blocks: readonly CodeBlock[], file: string): CodeModels {
  const classes: PyClass[] = [];
  const bases = new Set<string>();
  const constants = new Map<string, string>();
  for (const b of blocks) readClasses(codeLines(b, '#'), classes, bases, constants);
  const byName = new Map(classes.map((c) => [c.name, c]));
  const out: CodeModels = { entities: [], enums: [], relationships: [], indexes: [] };
  type Kind = 'enum' | 'orm' | 'pydantic' | 'dataclass' | null;
  const memo = new Map<PyClass, Kind>();
  const kind = (c: PyClass, depth = 0): Kind => {
    const hit = memo.get(c);
    if (hit !== undefined) return hit;
    // Provisional answer while the parents are read: a cycle of bases ends here.
    memo.set(c, null);
    const k = kindOf(c, depth);
    memo.set(c, k);
    return k;
  };
  const kindOf = (c: PyClass, depth: number): Kind => {
    if (c.bases.some((b) => ENUM_BASES.has(last(b)))) return 'enum';
    if (isOrm(c, bases)) return 'orm';
    if (c.decorators.some((d) => DATACLASS.test(d))) return 'dataclass';
    if (c.bases.some((b) => PYDANTIC_BASES.has(last(b)) || last(b) === 'SQLModel')) return 'pydantic';
    if (depth > 8) return null;
    for (const b of c.bases) {
      const parent = byName.get(last(b));
      const k = parent && parent !== c ? kind(parent, depth + 1) : null;
      if (k && k !== 'enum') return k;
    }
    return null;
  };
  const kinds = new Map(classes.map((c) => [c, kind(c)]));
  const ormNamed = classes.some((c) => kinds.get(c) === 'orm' && c.members.length > 0);
  const enums = enumNames(classes, kinds);
  for (const c of classes) {
    const k = kinds.get(c);
    const origin = at(file, c.line.line, c.line.text);
    if (k === 'enum') {
      const en = enums.get(c)!;
      // IntegerChoices store numbers: the column stays an integer with its values as a CHECK.
      if (en.values.length > 0 && !en.numeric) out.enums.push({ name: en.name, values: en.values, origin });
      continue;
    }
    // A class declared inside a model is its choices, its Meta or a helper: never a table.
    if (k === null || k === undefined || c.owner) continue;
    if (/Mixin$/.test(c.name) || isTrue(c.meta.get('abstract')) || isTrue(c.keywords.get('abstract')))
      continue;
    if (c.members.some((m) => /^__abstract__\s*=\s*True/.test(m.text))) continue;
    // A model that names its table (`__tablename__`, Meta `db_table`) is stored whatever its name
    // ends with (`class LeaveRequest(Base)`).
    const tortoise = c.members.some((m) => isTortoiseMember(m.text));
    // Tortoise names its table in `Meta.table`, Django in `Meta.db_table`.
    const named =
      stringLiteral(c.meta.get('db_table')) ??
      (tortoise ? stringLiteral(c.meta.get('table')) : null) ??
      tableOf(c);
    if ((NOT_ENTITY.test(c.name) && !named) || WORKER_NAME.test(c.name)) continue;
    if (k === 'pydantic' && (ormNamed || CONTRACT_NAME.test(c.name) || readsOrm(c))) continue;
    if (k === 'dataclass' && CONTRACT_NAME.test(c.name)) continue;
    const e = newEntity(c.name, 'class', origin);
    if (named) e.table = named;
    const fields = new Map<string, FieldFact>();
    const members = inherited(c, byName, 0);
    // Django `choices=STATUS` names a list of pairs in the class or the module.
    const own = new Map(constants);
    for (const m of members) {
      const a = /^([A-Z][A-Z0-9_]*)\s*=\s*(.+)$/.exec(m.text);
      if (a) own.set(a[1]!, a[2]!);
    }
    const indexed: string[] = [];
    const memberDefaults = new Map<FieldFact, string>();
    for (const member of members) {
      const f = readMember(member, k, c.name, file, own, tortoise);
      if (f) {
        fields.set(f.name, f);
        if ((tortoise ? /\bindex\s*=\s*True\b/ : /\bdb_index\s*=\s*True\b/).test(member.text))
          indexed.push(f.name);
        const named = /\bdefault\s*=\s*([A-Za-z_][\w.]*)/.exec(member.text);
        if (named) memberDefaults.set(f, named[1]!);
      }
      const m2m = manyToMany(member, c.name, file);
      if (m2m) out.relationships!.push(m2m);
    }
    const visible = localEnums(c, byName, classes, enums, kinds);
    for (const f of fields.values()) choicesOf(f, visible, memberDefaults.get(f));
    e.fields.push(...fields.values());
    const django = members.some((m) => /^\w+\s*=\s*models\.\w+\(/.test(m.text));
    if (django && e.fields.length > 0 && !e.fields.some((f) => f.primaryKey || f.name === 'id')) {
      // Django gives a model without a primary key `id = BigAutoField(primary_key=True)`
      // (DEFAULT_AUTO_FIELD, Django 3.2+): the notation states it, as gorm.Model states its ID.
      const id = newField(
        'id',
        { ...scalarType('bigserial')!, raw: 'models.BigAutoField (implicit)' },
        origin,
      );
      id.primaryKey = true;
      id.nullable = false;
      e.fields.unshift(id);
    }
    if (tortoise && !e.fields.some((f) => f.primaryKey)) e.fields.unshift(tortoiseImplicitId(origin));
    for (const m of members) e.uniques.push(...uniqueConstraints(m.text));
    // Django names fields in `Meta`, and a foreign key's column is `<field>_id`.
    const column = (name: string) =>
      e.fields.some((f) => f.name === name) ? name : e.fields.find((f) => f.name === `${name}_id`)?.name;
    for (const names of stringGroups(c.meta.get('unique_together') ?? '')) {
      const cols = names.map(column);
      if (cols.every((x): x is string => x !== undefined) && cols.length > 1) e.uniques.push(cols);
    }
    const meta = djangoTableFacts(c.name, c.meta, column, origin);
    e.uniques.push(...meta.uniques);
    e.checks.push(...meta.checks);
    for (const name of meta.uniqueFields) {
      const f = e.fields.find((x) => x.name === name);
      if (f) f.unique = true;
    }
    out.indexes!.push(...meta.indexes);
    // Tortoise `Meta.indexes = (("a", "b"),)` lists field names; Django's are `Index(...)` calls.
    if (tortoise)
      for (const names of stringGroups(c.meta.get('indexes') ?? '')) {
        const cols = names.map(column);
        if (cols.every((x): x is string => x !== undefined))
          out.indexes!.push({ entity: c.name, columns: cols, unique: false, origin });
      }
    for (const name of indexed)
      if (!e.fields.find((f) => f.name === name)?.unique)
        out.indexes!.push({ entity: c.name, columns: [name], unique: false, origin });
    if (e.fields.length > 0) out.entities.push(e);
  }
  return out;
}

function isOrm(c: PyClass, declaredBases: ReadonlySet<string>): boolean {
  // SQLModel: `table=True` makes a table, on SQLModel itself or on a class of the document extending it.
  if (isTrue(c.keywords.get('table'))) return true;
  if (c.bases.some((b) => last(b) === 'SQLModel')) return false;
  if (c.bases.some((b) => ORM_BASES.test(b.trim()) || declaredBases.has(b.trim()))) return true;
  return c.members.some(
    (m) =>
      /^__tablename__\b/.test(m.text) ||
      /\b(?:Column|mapped_column|Mapped)\b|\bmodels\.\w+\(/.test(m.text) ||
      isTortoiseMember(m.text),
  );
}

/** `model_config = ConfigDict(from_attributes=True)` / `orm_mode = True`: a shape read from an ORM row. */
const readsOrm = (c: PyClass) =>
  c.members.some((m) => /from_attributes\s*=\s*True|orm_mode\s*=\s*True/.test(m.text));

function tableOf(c: PyClass): string | null {
  const m = c.members.find((x) => /^__tablename__\s*=/.test(x.text));
  return m ? stringLiteral(m.text.slice(m.text.indexOf('=') + 1)) : null;
}

/** Members of the document's classes this one extends (parents first), then its own. */
function inherited(
  c: PyClass,
  byName: ReadonlyMap<string, PyClass>,
  depth: number,
  seen: Set<PyClass> = new Set([c]),
): PyStatement[] {
  if (depth > 8) return c.members;
  const out: PyStatement[] = [];
  for (const b of c.bases) {
    const parent = byName.get(last(b));
    if (parent && !seen.has(parent)) {
      seen.add(parent);
      out.push(...inherited(parent, byName, depth + 1, seen));
    }
  }
  // A model has tens of columns; the bound keeps a pathological hierarchy from multiplying them.
  return [...out, ...c.members].slice(0, MAX_MEMBERS);
}

/** Classes of one fence, with their direct body statements (continuation lines joined). */
function readClasses(
  lines: readonly CodeLine[],
  out: PyClass[],
  ormBases: Set<string>,
  constants: Map<string, string>,
): void {
  let decorators: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    const t = l.code.trim();
    if (t === '') continue;
    const indent = indentOf(l.code);
    if (t.startsWith('@')) {
      decorators.push(t);
      continue;
    }
    // `Base = declarative_base()` (SQLAlchemy 1.4) names the ORM's base class.
    const assigned = /^([A-Za-z_]\w*)\s*=\s*(?:[\w.]+\.)?declarative_base\s*\(/.exec(t);
    if (assigned && indent === 0) ormBases.add(assigned[1]!);
    const head = /^class\s+([A-Za-z_]\w*)/.exec(t);
    if (!head) {
      decorators = [];
      // `STATUS_CHOICES = [("open", "Open"), ...]` at module level, for `choices=STATUS_CHOICES`.
      const constant = indent === 0 ? /^([A-Z][A-Z0-9_]*)\s*=\s*[[({]/.exec(t) : null;
      if (constant) {
        const stmt = joined(lines, i);
        constants.set(constant[1]!, stmt.text.slice(stmt.text.indexOf('=') + 1).trim());
        i = stmt.end;
      }
      continue;
    }
    const header = joined(lines, i);
    const c: PyClass = {
      name: head[1]!,
      bases: [],
      keywords: new Map(),
      decorators,
      line: l,
      members: [],
      meta: new Map(),
      methods: 0,
    };
    decorators = [];
    readBases(c, header.text, head[0].length);
    if (/\bDeclarativeBase\b|declarative_base/.test(header.text)) ormBases.add(c.name);
    out.push(c);
    i = readBody(lines, header.end + 1, indent, c, out);
  }
}

const indentOf = (code: string) => code.length - code.trimStart().length;

/** The statement starting at line `i`, joined across lines while a bracket is open. */
function joined(lines: readonly CodeLine[], i: number): { text: string; end: number } {
  let text = lines[i]!.code.trim();
  let depth = depthOf(text, 0);
  const indent = indentOf(lines[i]!.code);
  let end = i;
  while (depth > 0 && end + 1 < lines.length && end - i < 200) {
    const next = lines[end + 1]!.code;
    // An unclosed bracket does not swallow the next declaration at the statement's own level.
    if (indentOf(next) <= indent && /^(?:class|def|async|@)/.test(next.trim())) break;
    end++;
    depth = depthOf(next.trim(), depth);
    text += ` ${next.trim()}`;
  }
  return { text, end };
}

/** Bracket depth after `text`, from `start`; a string literal ends with its line. */
function depthOf(text: string, start: number): number {
  let depth = start;
  let quote = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '(' || c === '[' || c === '{') depth++;
    else if ((c === ')' || c === ']' || c === '}') && depth > 0) depth--;
  }
  return depth;
}

/** Reads the body after a class header; returns the index of the body's last line. */
function readBody(
  lines: readonly CodeLine[],
  from: number,
  classIndent: number,
  c: PyClass,
  out: PyClass[],
): number {
  let bodyIndent = -1;
  let i = from;
  for (; i < lines.length; i++) {
    const l = lines[i]!;
    const t = l.code.trim();
    if (t === '') continue;
    const indent = indentOf(l.code);
    if (indent <= classIndent) break;
    if (bodyIndent < 0) bodyIndent = indent;
    if (indent > bodyIndent) continue;
    if (/^(?:"""|''')/.test(t)) {
      i = docstringEnd(lines, i, t.slice(0, 3));
      continue;
    }
    const start = i;
    const stmt = joined(lines, i);
    i = stmt.end;
    if (/^(?:async\s+)?def\s/.test(stmt.text)) c.methods++;
    else if (/^class\s+(?:Meta|Config)\b/.test(stmt.text)) i = readMeta(lines, i + 1, indent, c);
    else if (/^class\s/.test(stmt.text)) i = readNested(lines, start, indent, c, out);
    else if (!t.startsWith('@') && t !== 'pass' && t !== '...') c.members.push({ text: stmt.text, line: l });
  }
  return i - 1;
}

/**
 * A class declared in a class body (Django's `class Status(models.TextChoices)` inside the model that
 * uses it as `choices=Status.choices`): read as a class of its own, with the class it sits in.
 */
function readNested(
  lines: readonly CodeLine[],
  i: number,
  indent: number,
  owner: PyClass,
  out: PyClass[],
): number {
  const header = joined(lines, i);
  const head = /^class\s+([A-Za-z_]\w*)/.exec(header.text)!;
  const c: PyClass = {
    name: head[1]!,
    bases: [],
    keywords: new Map(),
    decorators: [],
    line: lines[i]!,
    members: [],
    meta: new Map(),
    methods: 0,
    owner: owner.name,
  };
  readBases(c, header.text, head[0].length);
  out.push(c);
  return readBody(lines, header.end + 1, indent, c, out);
}

function docstringEnd(lines: readonly CodeLine[], i: number, quote: string): number {
  const first = lines[i]!.text.trim();
  if (first.length > 3 && first.indexOf(quote, 3) >= 0) return i;
  for (let j = i + 1; j < lines.length; j++) if (lines[j]!.text.includes(quote)) return j;
  return lines.length - 1;
}

/** `class Meta: db_table = "x"; abstract = True` (Django) and `class Config: orm_mode = True`. */
function readMeta(lines: readonly CodeLine[], from: number, metaIndent: number, c: PyClass): number {
  let i = from;
  for (; i < lines.length; i++) {
    const t = lines[i]!.code.trim();
    if (t === '') continue;
    if (indentOf(lines[i]!.code) <= metaIndent) break;
    // `constraints = [` runs over several lines: the statement is read whole.
    const stmt = joined(lines, i);
    const m = /^([A-Za-z_]\w*)\s*=(.*)$/.exec(stmt.text);
    if (m) c.meta.set(m[1]!, m[2]!.trim());
    i = stmt.end;
    if (/orm_mode\s*=\s*True|from_attributes\s*=\s*True/.test(t))
      c.members.push({ text: t, line: lines[i]! });
  }
  return i - 1;
}

interface PyEnum {
  /** The name the enum is emitted under: `Status`, or `AusleiheStatus` when two classes declare a `Status`. */
  name: string;
  values: string[];
  /** Member name → stored value, for `default=Status.ACTIVE`. */
  members: Map<string, string>;
  /** IntegerChoices and `IntEnum`s of numbers: the column stores the number. */
  numeric: boolean;
  labels: string[];
}

function enumValues(c: PyClass): Omit<PyEnum, 'name'> {
  const pairs: { name: string; value: string | null; number: string | null; label: string | null }[] = [];
  for (const m of c.members) {
    const a = /^([A-Za-z_]\w*)\s*=(.*)$/.exec(m.text);
    if (!a || a[1]!.startsWith('_')) continue;
    // Django choices: `HELD = "held", "Held"` stores the first element, the second is its label.
    const [first = '', second] = splitTopLevel(a[2]!, ',', false);
    const number = /^-?\d+$/.test(first.trim()) ? first.trim() : null;
    pairs.push({ name: a[1]!, value: stringLiteral(first), number, label: stringLiteral(second) });
  }
  const allText = pairs.every((p) => p.value !== null);
  const numeric = pairs.length > 0 && pairs.every((p) => p.number !== null);
  const values = pairs.map((p) => (allText ? p.value! : numeric ? p.number! : p.name));
  return {
    values,
    members: new Map(pairs.map((p, i) => [p.name, values[i]!])),
    numeric,
    labels: pairs.map((p, i) => (p.label ? `${values[i]} = ${p.label}` : values[i]!)),
  };
}

/**
 * Each enum class with the name it is emitted under: a class declared inside a model keeps its
 * name unless another class of the documents has the same one (two models each with a nested
 * `Status`), then it is prefixed with its model (`AusleiheStatus`).
 */
function enumNames(
  classes: readonly PyClass[],
  kinds: ReadonlyMap<PyClass, string | null>,
): Map<PyClass, PyEnum> {
  const count = new Map<string, number>();
  for (const c of classes) count.set(c.name, (count.get(c.name) ?? 0) + 1);
  const out = new Map<PyClass, PyEnum>();
  for (const c of classes) {
    if (kinds.get(c) !== 'enum') continue;
    const name = c.owner && count.get(c.name)! > 1 ? `${c.owner}${c.name}` : c.name;
    out.set(c, { name, ...enumValues(c) });
  }
  return out;
}

/** The enums a model's fields can name: its own nested ones and its parents', then the module's. */
function localEnums(
  c: PyClass,
  byName: ReadonlyMap<string, PyClass>,
  classes: readonly PyClass[],
  enums: ReadonlyMap<PyClass, PyEnum>,
  kinds: ReadonlyMap<PyClass, string | null>,
): Map<string, PyEnum> {
  const out = new Map<string, PyEnum>();
  for (const x of classes) if (kinds.get(x) === 'enum' && !x.owner) out.set(x.name, enums.get(x)!);
  const chain: PyClass[] = [];
  for (let k: PyClass | undefined = c, d = 0; k && d < 8; d++) {
    chain.unshift(k);
    k = k.bases.map((b) => byName.get(last(b))).find((p) => p && p !== k);
  }
  for (const k of chain)
    for (const x of classes)
      if (x.owner === k.name && kinds.get(x) === 'enum') out.set(x.name, enums.get(x)!);
  return out;
}

/** `choices=Status.choices` and `default=Status.ACTIVE` against the enum the model can see. */
function choicesOf(f: FieldFact, enums: ReadonlyMap<string, PyEnum>, given: string | undefined): void {
  const en = f.enumName ? enums.get(f.enumName) : undefined;
  if (!en) return;
  const member = f.default === undefined ? /^(?:\w+\.)*(\w+)\.(\w+)$/.exec(given ?? '') : null;
  if (member && member[1] === f.enumName && en.members.has(member[2]!)) {
    const v = en.members.get(member[2]!)!;
    f.default = en.numeric ? v : `'${v.replace(/'/g, "''")}'`;
  }
  if (en.numeric) {
    f.type = { ...scalarType('integer')!, raw: f.type.raw };
    delete f.enumName;
    f.check = `${f.name} IN (${en.values.join(', ')})`;
    if (!f.description) f.description = en.labels.join(', ');
  } else f.enumName = en.name;
}

function uniqueConstraints(text: string): string[][] {
  const out: string[][] = [];
  const closeOf = bracketPairs(text);
  for (let k = text.indexOf('UniqueConstraint('); k >= 0; ) {
    const open = k + 'UniqueConstraint'.length;
    const close = closeOf(open);
    if (close < 0) break;
    k = text.indexOf('UniqueConstraint(', close);
    const args = callArgs(text.slice(open + 1, close - 1), '=');
    // SQLAlchemy lists the columns; Django names them: `UniqueConstraint(fields=["a", "b"])`.
    const fields = args.named.get('fields');
    const cols = (fields ? (stringGroups(fields)[0] ?? []) : args.positional.map(stringLiteral)).filter(
      (x): x is string => x !== null,
    );
    if (cols.length > 1) out.push(cols);
  }
  return out;
}

/**
 * The groups of string literals in a Python literal: `[("shift", "volunteer")]` and
 * `("shift", "volunteer")` → [["shift", "volunteer"]]; `["a", "b"]` → [["a", "b"]].
 */
function stringGroups(text: string): string[][] {
  const out: string[][] = [];
  for (const g of text.matchAll(/[([]\s*((?:(?:"[^"\n]*"|'[^'\n]*')\s*,?\s*)+)[)\]]/g)) {
    const items = [...g[1]!.matchAll(/"([^"\n]*)"|'([^'\n]*)'/g)].map((x) => (x[1] ?? x[2])!);
    if (items.length > 0) out.push(items);
  }
  return out;
}

/**
 * The stored values of Django `choices`: a list of pairs (`[("draft", "Draft"), ...]`), a mapping
 * (`{"draft": "Draft"}`) or a name of one in the class or the module; null when unreadable.
 */
function choiceValues(given: string, constants: ReadonlyMap<string, string>): string[] | null {
  const named = /^(?:[A-Za-z_]\w*\.)?([A-Z][A-Z0-9_]*)$/.exec(given.trim());
  const text = named ? constants.get(named[1]!) : given;
  if (!text) return null;
  const body = text.trim();
  if (body.startsWith('{'))
    return [...body.matchAll(/(?:"([^"\n]*)"|'([^'\n]*)')\s*:/g)].map((x) => (x[1] ?? x[2])!);
  const pairs = stringGroups(body.replace(/^[[(]/, '').replace(/[\])]$/, ''));
  const values = pairs.map((p) => p[0]!);
  return values.length > 0 ? values : null;
}

/** Django `validators=[MinValueValidator(1), MaxValueValidator(40)]` as a CHECK over the column. */
function validatorCheck(column: string, validators: string): string | null {
  const min = /MinValueValidator\(\s*(-?\d+(?:\.\d+)?)\s*\)/.exec(validators)?.[1];
  const max = /MaxValueValidator\(\s*(-?\d+(?:\.\d+)?)\s*\)/.exec(validators)?.[1];
  const parts = [min ? `${column} >= ${min}` : null, max ? `${column} <= ${max}` : null].filter(Boolean);
  return parts.length > 0 ? parts.join(' AND ') : null;
}

/** Django `tags = models.ManyToManyField(Tag, through="Tagging")`: a many-to-many relationship. */
function manyToMany(m: PyStatement, owner: string, file: string): RelationshipFact | null {
  const head = /^([A-Za-z_]\w*)\s*=\s*(.+)$/.exec(m.text);
  const call = head ? callOf(head[2]!) : null;
  if (!call || last(call.callee) !== 'ManyToManyField') return null;
  const written = call.args.positional[0] ?? call.args.named.get('to');
  const target = written ? (stringLiteral(written) ?? written).split('.').pop()! : '';
  if (!/^[A-Za-z_]\w*$/.test(target)) return null;
  const through = stringLiteral(call.args.named.get('through')) ?? call.args.named.get('through');
  return {
    from: owner,
    to: target === 'self' ? owner : target,
    kind: 'many-to-many',
    ...(through && /^[A-Za-z_][\w.]*$/.test(through) ? { through: through.split('.').pop()! } : {}),
    label: head![1]!,
    notation: 'class',
    origin: at(file, m.line.line, m.line.text),
  };
}

/** An annotation → its type, whether it admits None, and the class it names when not a scalar. */
function annotationType(annotation: string): {
  type: FieldType | null;
  nullable: boolean;
  relation: boolean;
  named?: string;
  values?: string[];
} {
  let t = annotation.trim();
  let nullable = false;
  for (let guard = 0; guard < 6; guard++) {
    const wrap = WRAPPER.exec(t);
    if (wrap && t.endsWith(']')) {
      const inner = t.slice(wrap[0].length, -1).trim();
      const parts = splitTopLevel(inner, ',', false).map((p) => p.trim());
      if (wrap[1] === 'Optional') nullable = true;
      if (wrap[1] !== 'Union') t = parts[0]!;
      else {
        if (parts.includes('None')) nullable = true;
        const rest = parts.filter((p) => p !== 'None');
        if (rest.length !== 1)
          return { type: { scalar: 'json', raw: annotation.trim() }, nullable, relation: false };
        t = rest[0]!;
      }
      continue;
    }
    const alts = splitTopLevel(t, '|', false).map((p) => p.trim());
    if (alts.length > 1) {
      if (alts.includes('None')) nullable = true;
      const rest = alts.filter((p) => p !== 'None');
      if (rest.length !== 1)
        return { type: { scalar: 'json', raw: annotation.trim() }, nullable, relation: false };
      t = rest[0]!;
      continue;
    }
    break;
  }
  const literal = /^(?:typing\.)?Literal\s*\[(.*)\]$/.exec(t);
  if (literal) {
    const values = splitTopLevel(literal[1]!, ',', false).map(stringLiteral);
    if (values.length > 0 && values.every((v) => v !== null))
      return {
        type: { scalar: 'enum', raw: annotation.trim() },
        nullable,
        relation: false,
        values: values as string[],
      };
  }
  t = stringLiteral(t) ?? t;
  const list = /^(?:typing\.)?(?:List|list|Set|set|Sequence|tuple|Tuple)\s*\[(.*)\]$/.exec(t);
  if (list) {
    const item = PY_TYPES[last(stringLiteral(list[1]!.trim()) ?? list[1]!.trim())];
    // A list of another class is the other side of a relationship, not a column.
    if (!item) return { type: null, nullable, relation: true };
    return {
      type: { scalar: 'array', raw: annotation.trim(), items: scalarType(item)?.scalar ?? 'string' },
      nullable,
      relation: false,
    };
  }
  if (/^(?:typing\.)?(?:Dict|dict|Mapping)\s*\[/.test(t))
    return { type: { scalar: 'json', raw: annotation.trim() }, nullable, relation: false };
  const word = PY_TYPES[last(t)];
  if (word) return { type: { ...scalarType(word)!, raw: annotation.trim() }, nullable, relation: false };
  const constrained = /^(constr|conint|condecimal|confloat)\s*\(/.exec(t);
  if (constrained) {
    const base = { constr: 'string', conint: 'integer', condecimal: 'decimal', confloat: 'float' }[
      constrained[1]!
    ]!;
    return { type: { ...scalarType(base)!, raw: annotation.trim() }, nullable, relation: false };
  }
  if (/^[A-Za-z_][\w.]*$/.test(t)) return { type: null, nullable, relation: false, named: last(t) };
  return { type: { scalar: 'json', raw: annotation.trim() }, nullable, relation: false };
}

/** `String(255)`, `Numeric(10, 2)`, `Enum(Status)`, `ARRAY(String)` → a field type. */
function sqlType(
  text: string,
  nested = false,
): { type: FieldType; enumName?: string; values?: string[] } | null {
  const t = text.trim();
  const open = t.indexOf('(');
  const name = last(open >= 0 ? t.slice(0, open) : t);
  const args = open >= 0 && t.endsWith(')') ? callArgs(t.slice(open + 1, -1), '=') : null;
  if (name === 'Enum') {
    const values = (args?.positional ?? []).map(stringLiteral).filter((x): x is string => x !== null);
    if (values.length > 0) return { type: { scalar: 'enum', raw: t }, values };
    const cls = args?.positional[0];
    return cls ? { type: { scalar: 'enum', raw: t }, enumName: last(cls) } : null;
  }
  if (name === 'ARRAY' && args?.positional[0] && !nested) {
    const item = sqlType(args.positional[0], true);
    return item ? { type: { scalar: 'array', raw: t, items: item.type.scalar } } : null;
  }
  const word = PY_TYPES[name];
  if (!word) return null;
  const nums = (args?.positional ?? []).filter((a) => /^\d+$/.test(a.trim()));
  const length = args?.named.get('length') ?? args?.named.get('max_length');
  const sized = length && /^\d+$/.test(length) ? [length] : nums;
  const type = scalarType(sized.length > 0 ? `${word}(${sized.join(',')})` : word);
  return type ? { type: { ...type, raw: t } } : null;
}

/** `Column(...)`, `mapped_column(...)`, `models.CharField(...)`, `Field(...)` → callee and arguments. */
function callOf(value: string): { callee: string; args: ReturnType<typeof callArgs> } | null {
  const m = /^([A-Za-z_][\w.]*)\s*\(/.exec(value.trim());
  if (!m) return null;
  const text = value.trim();
  const close = closingBracket(text, m[0].length - 1);
  if (close < 0) return null;
  return { callee: m[1]!, args: callArgs(text.slice(m[0].length, close - 1), '=') };
}

function reference(target: string, onDelete: string | undefined): ForeignKey | null {
  const dotted = stringLiteral(target) ?? target.trim();
  if (/AUTH_USER_MODEL$/.test(dotted)) return { entity: 'User', field: 'id' };
  const parts = dotted.split('.');
  // `ForeignKey("users.id")` names table and column; Django's `"app.User"` names app and model.
  const ref: ForeignKey =
    parts.length >= 2 && /^[a-z_]\w*$/.test(parts[parts.length - 1]!)
      ? { entity: parts[parts.length - 2]!, field: parts[parts.length - 1]! }
      : { entity: parts[parts.length - 1]!, field: 'id' };
  const action = onDelete ? ON_DELETE[last(stringLiteral(onDelete) ?? onDelete).toUpperCase()] : undefined;
  if (action) ref.onDelete = action;
  return ref;
}

function readMember(
  m: PyStatement,
  kind: 'orm' | 'pydantic' | 'dataclass',
  owner: string,
  file: string,
  constants: ReadonlyMap<string, string> = new Map(),
  tortoise = false,
): FieldFact | null {
  const head = /^([A-Za-z_]\w*)\s*(:|=)/.exec(m.text);
  if (!head || head[1]!.startsWith('_') || /^(?:model_config|objects|Meta|Config)$/.test(head[1]!))
    return null;
  let annotation = '';
  let value = '';
  if (head[2] === ':') {
    const [a = '', ...rest] = splitTopLevel(m.text.slice(head[0].length), '=', false);
    annotation = a.trim();
    value = rest.join('=').trim();
  } else value = m.text.slice(head[0].length).trim();
  if (/^(?:typing\.)?ClassVar\b/.test(annotation)) return null;
  const call = value ? callOf(value) : null;
  const callee = call ? last(call.callee) : '';
  if (NOT_COLUMN.test(callee)) return null;
  if (tortoise && call && isTortoiseMember(`${head[1]} = ${value}`)) {
    const f = tortoiseField(head[1]!, callee, call.args, at(file, m.line.line, m.line.text));
    if (f) applyComment(f, m.line.comment);
    return f;
  }
  // Tortoise's typed relation sides (`events: fields.ReverseRelation["Event"]`) hold no column.
  if (TORTOISE_RELATION_ANNOTATION.test(annotation)) return null;
  const ann = annotation ? annotationType(annotation) : null;
  if (ann?.relation) return null;
  let name = head[1]!;
  const origin = at(file, m.line.line, m.line.text);
  let f: FieldFact;
  if (call && (callee === 'Column' || callee === 'mapped_column')) {
    const pos = [...call.args.positional];
    const named = stringLiteral(pos[0]);
    if (named !== null) {
      name = named;
      pos.shift();
    }
    const fk = pos.map((p) => callOf(p)).find((c) => c && last(c.callee) === 'ForeignKey');
    const typed = pos.map((p) => sqlType(p)).find((x) => x !== null) ?? null;
    const type = typed?.type ?? ann?.type ?? (fk ? { scalar: 'string' as const, raw: 'reference' } : null);
    if (!type && !ann?.named) return null;
    f = newField(name, type ?? { scalar: 'enum', raw: annotation }, origin);
    if (typed?.enumName) f.enumName = typed.enumName;
    else if (!type && ann?.named) f.enumName = ann.named;
    if (typed?.values) f.enumValues = typed.values;
    const pk = isTrue(call.args.named.get('primary_key'));
    // SQLAlchemy: a Column is nullable unless a key; `Mapped[T]` without Optional is NOT NULL.
    f.nullable = ann ? ann.nullable : !pk;
    const nullable = call.args.named.get('nullable');
    if (nullable === 'True' || nullable === 'False') f.nullable = nullable === 'True';
    if (pk) {
      f.primaryKey = true;
      f.nullable = false;
      if (
        call.args.named.get('autoincrement') !== 'False' &&
        (f.type.scalar === 'integer' || f.type.scalar === 'bigint')
      )
        f.type.generated = true;
    }
    if (isTrue(call.args.named.get('unique'))) f.unique = true;
    if (fk?.args.positional[0]) {
      const ref = reference(fk.args.positional[0], fk.args.named.get('ondelete'));
      if (ref) f.references = ref;
    }
    const given = call.args.named.get('server_default') ?? call.args.named.get('default') ?? '';
    const def = NOW.test(given) ? 'now()' : literalDefault(given);
    if (def !== undefined) f.default = def;
    const comment = stringLiteral(call.args.named.get('comment') ?? call.args.named.get('doc'));
    if (comment) f.description = comment;
  } else if (call && /^(?:\w+Field|ForeignKey|OneToOneField)$/.test(callee) && call.callee !== 'Field') {
    f = djangoField(name, call, origin, constants) as FieldFact;
    if (!f) return null;
  } else {
    // Annotated fields: dataclasses, Pydantic, SQLModel (`Field(...)`), or `Mapped[T]` alone.
    if (!ann) return null;
    f = newField(name, ann.type ?? { scalar: 'enum', raw: annotation }, origin);
    if (!ann.type && ann.named) f.enumName = ann.named;
    if (ann.values) f.enumValues = ann.values;
    f.nullable = ann.nullable;
    const args = call && (callee === 'Field' || callee === 'field') ? call.args : null;
    const def = args ? (args.named.get('default') ?? args.positional[0]) : value;
    const lit = def && def !== '...' && def !== 'None' ? literalDefault(def) : undefined;
    if (lit !== undefined) f.default = lit;
    if (args) fieldArgs(f, args, kind);
  }
  // Django's `"self"` names the model the field is declared in.
  if (f.references?.entity === 'self') f.references.entity = owner;
  const pattern = pythonPattern(call, callee, annotation, origin);
  if (pattern) f.pattern = pattern;
  applyComment(f, m.line.comment);
  return f;
}

/** A Python string literal's value: raw (`r"\\d+"`) as written, else with `\\\\` and quote escapes undone. */
function pyString(text: string | undefined): string | null {
  const m = /^([rRuUbB]{0,2})(["'])(.*)\2$/s.exec((text ?? '').trim());
  if (!m || m[3]!.startsWith(m[2]!.repeat(2))) return null;
  return /r/i.test(m[1]!) ? m[3]! : m[3]!.replace(/\\([\\'"])/g, '$1');
}

/**
 * A format pattern a Python model states: Pydantic `Field(pattern=…)` (v1 `regex=`), `constr(pattern=…)`
 * in the annotation, Django `validators=[RegexValidator(r'…', flags=re.I)]`. Python `re` syntax.
 */
function pythonPattern(
  call: ReturnType<typeof callOf>,
  callee: string,
  annotation: string,
  origin: FieldFact['origin'],
): FieldFact['pattern'] | null {
  const make = (written: string | undefined, via: string, flags = '') => {
    const source = pyString(written);
    return source ? { source, flags, flavour: 'python' as const, via, origin } : null;
  };
  if (call && (callee === 'Field' || callee === 'field')) {
    const n = call.args.named;
    const p = make(n.get('pattern') ?? n.get('regex'), 'Pydantic Field');
    if (p) return p;
  }
  const con = /\bconstr\s*\(/.exec(annotation);
  const constr = con ? callOf(annotation.slice(con.index)) : null;
  if (constr) {
    const p = make(constr.args.named.get('pattern') ?? constr.args.named.get('regex'), 'Pydantic constr');
    if (p) return p;
  }
  const validators = call?.args.named.get('validators') ?? '';
  const rv = /\bRegexValidator\s*\(/.exec(validators);
  const regex = rv ? callOf(validators.slice(rv.index)) : null;
  if (regex) {
    // `inverse_match=True` rejects what matches: no allow-list pattern.
    if (regex.args.named.get('inverse_match') === 'True') return null;
    const flags = regex.args.named.get('flags') ?? '';
    return make(
      regex.args.positional[0] ?? regex.args.named.get('regex'),
      'Django RegexValidator',
      /\b(?:re\.)?(?:I|IGNORECASE)\b/.test(flags) ? 'i' : flags ? 'x' : '',
    );
  }
  return null;
}

/** Pydantic and SQLModel `Field(...)` arguments (Pydantic 2 `Field`, SQLModel `Field`). */
function fieldArgs(f: FieldFact, args: ReturnType<typeof callArgs>, kind: string): void {
  const n = args.named;
  const len = n.get('max_length');
  if (len && /^\d+$/.test(len) && (f.type.scalar === 'string' || f.type.scalar === 'text')) {
    f.type.length = Number(len);
    f.type.scalar = f.type.scalar === 'text' ? 'string' : f.type.scalar;
  }
  if (isTrue(n.get('primary_key'))) {
    f.primaryKey = true;
    f.nullable = false;
    // SQLModel: an integer key defaulting to None is generated by the database.
    if (kind === 'orm' && f.type.scalar === 'integer') f.type.generated = true;
  }
  if (isTrue(n.get('unique'))) f.unique = true;
  const nullable = n.get('nullable');
  if (nullable === 'True' || nullable === 'False') f.nullable = nullable === 'True';
  const fk = stringLiteral(n.get('foreign_key'));
  if (fk) {
    const ref = reference(`"${fk}"`, n.get('ondelete'));
    if (ref) f.references = ref;
  }
  for (const [key, op] of [
    ['ge', '>='],
    ['gt', '>'],
    ['le', '<='],
    ['lt', '<'],
  ] as const) {
    const v = n.get(key);
    if (v && /^-?\d+(?:\.\d+)?$/.test(v) && !f.check) f.check = `${f.name} ${op} ${v}`;
  }
  const description = stringLiteral(n.get('description'));
  if (description) f.description = description;
}

/** Django model fields (Django 5 model field reference): NOT NULL unless `null=True`. */
function djangoField(
  name: string,
  call: NonNullable<ReturnType<typeof callOf>>,
  origin: FieldFact['origin'],
  constants: ReadonlyMap<string, string>,
): FieldFact | null {
  const callee = last(call.callee);
  const n = call.args.named;
  let f: FieldFact;
  if (callee === 'ForeignKey' || callee === 'OneToOneField') {
    const target = call.args.positional[0] ?? n.get('to');
    if (!target) return null;
    // Django stores the key in `<name>_id` unless `db_column` says otherwise.
    f = newField(
      stringLiteral(n.get('db_column')) ?? `${name}_id`,
      { scalar: 'string', raw: 'reference' },
      origin,
    );
    const ref = reference(target, n.get('on_delete'));
    if (ref) f.references = ref;
    if (callee === 'OneToOneField') f.unique = true;
  } else {
    const word = PY_TYPES[callee];
    if (!word) return null;
    const len = n.get('max_length');
    const type = scalarType(sizedType(word, n));
    if (!type) return null;
    f = newField(stringLiteral(n.get('db_column')) ?? name, { ...type, raw: `${call.callee}(...)` }, origin);
    if (len && /^\d+$/.test(len) && (type.scalar === 'email' || type.scalar === 'url'))
      f.type.length = Number(len);
    if (/^Positive/.test(callee)) f.check = `${f.name} >= 0`;
    const bounds = validatorCheck(f.name, n.get('validators') ?? '');
    if (bounds) f.check = bounds;
    const choices = /^([A-Za-z_]\w*)\.choices$/.exec(n.get('choices') ?? '');
    const listed = choices || !n.get('choices') ? null : choiceValues(n.get('choices')!, constants);
    if (choices) {
      f.type = { ...f.type, scalar: 'enum' };
      f.enumName = choices[1]!;
    } else if (listed) {
      f.type = { ...f.type, scalar: 'enum' };
      f.enumValues = listed;
    }
  }
  f.nullable = isTrue(n.get('null'));
  if (isTrue(n.get('primary_key'))) {
    f.primaryKey = true;
    f.nullable = false;
  }
  if (isTrue(n.get('unique'))) f.unique = true;
  const def =
    isTrue(n.get('auto_now_add')) || NOW.test(n.get('default') ?? '')
      ? 'now()'
      : literalDefault(n.get('default') ?? '');
  if (def !== undefined) f.default = def;
  // Django sets an `auto_now_add`/`auto_now` field itself and makes it `editable=False` (Django docs,
  // DateField.auto_now_add): the line that declares it says the server sets it (issue 13).
  if ((isTrue(n.get('auto_now_add')) || isTrue(n.get('auto_now'))) && f.origin.kind === 'source')
    f.serverSet = { file: f.origin.file, line: f.origin.line };
  const help = stringLiteral(n.get('help_text') ?? n.get('verbose_name'));
  if (help) f.description = help;
  return f;
}

/** `class Loan(models.Model, metaclass=X):` — the bases and keywords right after the class name. */
function readBases(c: PyClass, text: string, from: number): void {
  const open = text.indexOf('(', from);
  if (open < 0 || text.slice(from, open).trim() !== '') return;
  const close = closingBracket(text, open);
  if (close <= 0) return;
  const args = callArgs(text.slice(open + 1, close - 1), '=');
  c.bases = args.positional.map((b) => b.trim());
  c.keywords = args.named;
}
