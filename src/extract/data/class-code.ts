import { scalarType } from '../../knowledge/scalar-types.js';
import type { CodeBlock } from '../../markdown/blocks.js';
import type { EntityFact } from '../../model/domain.js';
import { callArgs, jvmString, stringLiteral } from './code-text.js';
import { at, newClassEntity, newEntity, newField } from './facts.js';
import { annotationsOf, joinColumn, jpa } from './kotlin.js';

/**
 * Java data classes: `@Entity` classes with fields (`@Id private Long id;`,
 * `@Column(unique = true) private String email;`) and records (`public record Order(UUID id, String
 * name)`). Only classes whose members are all fields (an ORM annotation allows methods) are read; a
 * service class is not an entity. C# has its own reader (data/csharp.ts).
 */

const LANG_TYPES: Record<string, string> = {
  guid: 'uuid',
  uuid: 'uuid',
  string: 'string',
  int: 'integer',
  integer: 'integer',
  int32: 'integer',
  short: 'integer',
  long: 'bigint',
  int64: 'bigint',
  decimal: 'decimal',
  bigdecimal: 'decimal',
  double: 'float',
  float: 'float',
  bool: 'boolean',
  boolean: 'boolean',
  datetime: 'datetime',
  datetimeoffset: 'datetime',
  instant: 'datetime',
  localdatetime: 'datetime',
  offsetdatetime: 'datetime',
  zoneddatetime: 'datetime',
  localdate: 'date',
  dateonly: 'date',
  date: 'date',
  timeonly: 'time',
  localtime: 'time',
  'byte[]': 'binary',
};

const CLASS =
  /(?:(@\w+(?:\([^)]*\))?\s*)*)(?:public\s+|internal\s+|data\s+)*(class|record)\s+([A-Z]\w*)\s*(?:\(([^)]*)\))?[^{;]*[{;]/g;
// A generic type may be written with spaces after its commas (`Map<String, Object>`).
const JAVA_FIELD =
  /^\s*((?:@\w+(?:\([^)]*\))?\s*)*)(?:private|protected|public)?\s*(?:final\s+)?([\w[\]]+(?:<[\w<>[\],?. ]*>)?(?:\[\])?)\s+([a-z]\w*)\s*(?:=\s*([^;]+))?;/;
const METHOD =
  /^\s*(?:public|private|protected|internal)?\s*(?:static\s+)?(?:async\s+)?[\w<>[\],?]+\s+\w+\s*\([^)]*\)\s*(?:\{|=>|throws)/;
const ORM = /@(Entity|Table|Document|Embeddable)\b/;

function typeOf(written: string, name: string) {
  const raw = written.trim();
  const nullable = raw.endsWith('?');
  const base = raw.replace(/\?$/, '');
  const list = /^(?:List|IList|ICollection|IEnumerable|Set|HashSet)<(.+)>$/.exec(base);
  const key = (list ? list[1]! : base).toLowerCase();
  // A map (`Map<String, Object>`, Jackson's `JsonNode`) is a JSON document, never another class.
  const mapped = /^(?:(?:hash|linkedhash|tree)?map\s*<.*>|jsonnode|objectnode)$/.test(key)
    ? 'json'
    : LANG_TYPES[key];
  const scalar = mapped ? scalarType(mapped, name) : null;
  return { scalar, list: list !== null, nullable, raw, named: mapped ? null : list ? list[1]! : base };
}

export function readClassCode(block: CodeBlock, file: string): EntityFact[] {
  const out: EntityFact[] = [];
  const text = block.content;
  const lineAt = (offset: number) => block.contentLine + text.slice(0, offset).split('\n').length - 1;
  for (const m of text.matchAll(CLASS)) {
    const [all, annotations = '', kind, name, recordParams] = m;
    const start = m.index!;
    const origin = at(file, lineAt(start + all.search(/class|record/)), all.split('\n').pop());
    const e = newClassEntity(name!, origin);
    // `@Table(name = "szervizek")` names the table (Jakarta Persistence 3.1 §11.1.53); the pattern
    // keeps only the last annotation, so the annotations are read from the text before the class.
    const classNotes = annotationsOf(
      all
        .slice(0, all.search(/\b(?:class|record)\b/))
        .replace(/\b(?:public|internal|data|final|abstract)\b/g, ' '),
    ).notes;
    const table = classNotes.map((a) => /^@Table\s*\((.*)\)$/s.exec(a)?.[1]).find((x) => x !== undefined);
    const tableName = table ? stringLiteral(callArgs(table, '=').named.get('name')) : null;
    if (tableName) e.table = tableName;
    if (kind === 'record' && recordParams) {
      for (const p of recordParams.split(',')) {
        const pm = /^\s*(?:@\w+\s+)?([\w<>[\]?]+)\s+(\w+)\s*$/.exec(p);
        if (!pm) continue;
        const t = typeOf(pm[1]!, pm[2]!);
        const f = newField(pm[2]!, t.scalar ?? { scalar: 'enum', raw: t.raw }, origin);
        if (!t.scalar && t.named) f.enumName = t.named;
        e.fields.push(f);
      }
      if (e.fields.length > 0) out.push(e);
      continue;
    }
    const body = bodyOf(text, start + all.length - 1);
    if (body === null) continue;
    const orm = ORM.test(annotations) || classNotes.some((a) => ORM.test(a));
    const lines = body.split('\n');
    let methods = 0;
    lines.forEach((l, i) => {
      const line = lineAt(start + all.length) + i;
      const java = JAVA_FIELD.exec(l);
      if (!java) {
        if (METHOD.test(l) && !/\b(get|set|is)[A-Z]\w*\s*\(/.test(l)) methods++;
        return;
      }
      const [typeText, fieldName, def] = [java[2]!, java[3]!, java[4]];
      const t = typeOf(typeText, fieldName);
      // A list of another class is the other side of a relationship, not a column.
      if (t.list && !t.scalar) return;
      // The written type is Java's ("BigDecimal", "Long"), never an SQL type kept as written.
      const f = newField(
        fieldName,
        t.scalar ? { ...t.scalar, raw: t.raw } : { scalar: 'enum', raw: t.raw },
        at(file, line, l),
      );
      if (t.list && t.scalar) f.type = { scalar: 'array', raw: t.raw, items: t.scalar.scalar };
      if (!t.scalar && t.named) f.enumName = t.named;
      // Java primitives cannot be null.
      if (/^(int|long|short|double|float|boolean|byte|char)$/.test(typeText)) f.nullable = false;
      // The annotations of a field stand in its line and on the lines right above it, one or more
      // ("@ManyToOne(optional = false)" over "@JoinColumn(name = \"jarmu_id\")").
      const above: string[] = [];
      for (let j = i - 1; j >= Math.max(0, i - 8); j--) {
        const t = lines[j]!.trim();
        if (!t.startsWith('@')) break;
        above.unshift(t);
      }
      const notes = `${java[1] ?? ''} ${above.join(' ')}`;
      const annotated = annotationsOf(notes).notes;
      if (/@Id\b/.test(notes)) {
        f.primaryKey = true;
        f.nullable = false;
      }
      if (/unique\s*=\s*true/.test(notes)) f.unique = true;
      if (/nullable\s*=\s*false|@NotNull/.test(notes)) f.nullable = false;
      const len = /length\s*=\s*(\d+)|@Size\(\s*max\s*=\s*(\d+)/.exec(notes);
      if (len) f.type.length = Number(len[1] ?? len[2]);
      // Bean Validation `@Pattern(regexp = "…")`: java.util.regex against the whole value.
      const pattern = /@Pattern\s*\(\s*(?:regexp\s*=\s*)?("(?:[^"\\]|\\.)*")([^)]*)\)/.exec(notes);
      const source = pattern ? jvmString(pattern[1]) : null;
      if (source)
        f.pattern = {
          source,
          flags: /CASE_INSENSITIVE/.test(pattern![2]!) ? 'i' : /flags/.test(pattern![2]!) ? 'x' : '',
          flavour: 'java',
          via: '@Pattern',
          origin: f.origin,
        };
      if (def && !/new\s|\(/.test(def)) f.default = def.trim();
      // JPA's own annotations: precision and scale, generated keys, a required reference and the
      // column a reference is held in (`@JoinColumn(name = "ugyfel_id")`).
      jpa(f, annotated);
      const column = joinColumn(annotated);
      if (column) f.name = column;
      e.fields.push(f);
    });
    if (e.fields.length > 0 && (orm || methods === 0)) out.push(e);
  }
  return out;
}

/** The text between the brace at `open` and its matching close. */
function bodyOf(text: string, open: number): string | null {
  if (text[open] !== '{') return null;
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) return text.slice(open + 1, i);
  }
  return null;
}
