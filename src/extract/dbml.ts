import { type Diagnostic, diag } from '../diagnostics/diagnostic.js';
import { requireHeavy } from '../heavy-require.js';
import { scalarType } from '../knowledge/scalar-types.js';
import type { CodeBlock } from '../markdown/blocks.js';
import type {
  EntityFact,
  EnumFact,
  FieldFact,
  ForeignKey,
  IndexFact,
  RelationshipFact,
} from '../model/domain.js';
import { collapseSpaceRuns } from './data/bounded.js';
import { at, newEntity, newField } from './data/facts.js';
import type { Extractor } from './types.js';

/**
 * Extractor `dbml`: ```dbml fences parsed by @dbml/core (https://dbml.dbdiagram.io/docs): tables
 * with column settings (`pk`, `increment`, `unique`, `not null`, `null`, `default`, `note`, inline
 * `ref`), `Indexes` blocks, `Ref:` lines with `>`, `<`, `-`, `<>` and `delete:` actions, and enums.
 * @dbml/core costs about a second to import, so it is required only when a dbml fence exists. When
 * a block fails to parse, the failing top-level element is reported and blanked (lines kept) and the
 * rest is parsed again.
 */

// biome-ignore lint/suspicious/noExplicitAny: @dbml/core's model classes are walked generically.
type Node = any;

let dbml: { Parser: { parse(text: string, format: 'dbml'): Node } } | undefined;
const load = () => {
  dbml ??= requireHeavy<typeof dbml>('@dbml/core');
  return dbml!;
};

const ON_DELETE: Record<string, ForeignKey['onDelete']> = {
  cascade: 'cascade',
  restrict: 'restrict',
  'set null': 'set null',
  'no action': 'no action',
  'set default': 'set default',
};

type Into = {
  entities: EntityFact[];
  enums: EnumFact[];
  indexes: IndexFact[];
  relationships: RelationshipFact[];
};

export const dbmlExtractor: Extractor = {
  name: 'dbml',
  extract: ({ doc, md }) => {
    const diagnostics: Diagnostic[] = [];
    const into: Into = { entities: [], enums: [], indexes: [], relationships: [] };
    for (const b of md.blocks) {
      if (b.kind === 'code' && b.lang === 'dbml' && /^[ \t]*table\s+/im.test(b.content))
        readBlock(b, doc.path, into, diagnostics);
    }
    const fragment: Partial<Into> = {};
    for (const k of Object.keys(into) as (keyof Into)[])
      if (into[k].length) (fragment[k] as unknown[]) = into[k];
    return { fragment, diagnostics };
  },
};

function readBlock(block: CodeBlock, file: string, into: Into, out: Diagnostic[]): void {
  const lines = block.content.split('\n');
  for (let attempt = 0; attempt < 50; attempt++) {
    try {
      const db = load().Parser.parse(collapseSpaceRuns(lines.join('\n')), 'dbml');
      readDatabase(db, block, lines, file, into);
      return;
    } catch (e) {
      const first = (e as { diags?: { location?: { start?: { line?: number } }; message?: string }[] })
        .diags?.[0];
      const errLine = (first?.location?.start?.line ?? 1) - 1;
      out.push(
        diag(
          'extract/syntax-error',
          `DBML does not parse: ${first?.message ?? (e as Error).message}; that element was skipped`,
          {
            at: { file, line: block.contentLine + errLine },
          },
        ),
      );
      // Blank the top-level element holding the error and parse the rest again.
      const top = (l: string | undefined) =>
        /^\s*(table|ref|enum|tablegroup|project|note|records|tablepartial)\b/i.test(l ?? '');
      let start = Math.min(errLine, lines.length - 1);
      while (start > 0 && !top(lines[start])) start--;
      let end = start + 1;
      while (end < lines.length && !top(lines[end])) end++;
      if (lines.slice(start, end).every((l) => l === '')) return;
      for (let i = start; i < end; i++) lines[i] = '';
    }
  }
}

function readDatabase(db: Node, block: CodeBlock, lines: string[], file: string, into: Into): void {
  const lineOf = (token: Node) => block.contentLine + (token?.start?.line ?? 1) - 1;
  const quote = (token: Node) => lines[(token?.start?.line ?? 1) - 1] ?? '';
  const byTable = new Map<string, EntityFact>();
  for (const schema of db.schemas ?? []) {
    for (const en of schema.enums ?? []) {
      into.enums.push({
        name: en.name,
        values: en.values.map((v: Node) => v.name),
        origin: at(file, lineOf(en.token), quote(en.token)),
      });
    }
    const enumNames = new Set<string>((schema.enums ?? []).map((e: Node) => e.name as string));
    for (const t of schema.tables ?? []) {
      const e = newEntity(t.name, 'dbml', at(file, lineOf(t.token), quote(t.token)), t.name);
      if (t.note) e.description = t.note;
      for (const f of t.fields ?? [])
        e.fields.push(readField(f, enumNames, file, lineOf(f.token), quote(f.token)));
      for (const idx of t.indexes ?? []) {
        const columns = (idx.columns ?? []).map(
          (c: Node) => (c.type === 'expression' ? `(${c.value})` : c.value) as string,
        );
        if (idx.pk) {
          if (columns.length > 1) e.primaryKey = columns;
          continue;
        }
        const fact: IndexFact = {
          entity: t.name,
          columns,
          unique: idx.unique === true,
          origin: at(file, lineOf(idx.token), quote(idx.token)),
        };
        if (idx.name) fact.name = idx.name;
        if (idx.type) fact.method = String(idx.type);
        into.indexes.push(fact);
      }
      byTable.set(t.name, e);
      into.entities.push(e);
    }
    for (const ref of schema.refs ?? [])
      readRef(ref, byTable, file, lineOf(ref.token), quote(ref.token), into);
  }
}

function readField(f: Node, enumNames: Set<string>, file: string, line: number, quote: string): FieldFact {
  const written = String(f.type?.type_name ?? 'text');
  const known = scalarType(written, f.name);
  const field = newField(f.name, known ?? { scalar: 'enum', raw: written }, at(file, line, quote));
  if (!known) field.enumName = written;
  if (enumNames.has(written)) field.type = { scalar: 'enum', raw: written };
  if (f.pk) {
    field.primaryKey = true;
    field.nullable = false;
  }
  if (f.unique) field.unique = true;
  if (f.not_null === true) field.nullable = false;
  else if (f.not_null === false && !f.pk) field.nullable = true;
  if (f.increment) field.type.generated = true;
  if (f.note) field.description = f.note;
  const d = f.dbdefault;
  if (d) field.default = d.type === 'string' ? `'${d.value}'` : String(d.value);
  return field;
}

function readRef(
  ref: Node,
  byTable: Map<string, EntityFact>,
  file: string,
  line: number,
  quote: string,
  into: Into,
): void {
  const [a, b] = ref.endpoints ?? [];
  if (!a || !b) return;
  const origin = at(file, line, quote);
  if (a.relation === '*' && b.relation === '*') {
    into.relationships.push({
      from: a.tableName,
      to: b.tableName,
      kind: 'many-to-many',
      notation: 'dbml',
      origin,
    });
    return;
  }
  // The "*" end holds the foreign key; in a one-to-one (`-`) the first endpoint written does.
  const [holder, target] = b.relation === '*' ? [b, a] : a.relation === '*' ? [a, b] : [a, b];
  const e = byTable.get(holder.tableName);
  (holder.fieldNames ?? []).forEach((col: string, i: number) => {
    const f = e?.fields.find((x) => x.name === col);
    if (!f) return;
    const fk: ForeignKey = { entity: target.tableName, field: target.fieldNames?.[i] ?? 'id' };
    const od = ON_DELETE[String(ref.onDelete ?? '').toLowerCase()];
    if (od) fk.onDelete = od;
    f.references = fk;
    if (a.relation === '1' && b.relation === '1') f.unique = true;
  });
}
