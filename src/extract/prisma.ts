import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type Diagnostic, diag } from '../diagnostics/diagnostic.js';
import { requireHeavy } from '../heavy-require.js';
import { scalarType } from '../knowledge/scalar-types.js';
import type { CodeBlock } from '../markdown/blocks.js';
import type { EntityFact, EnumFact, FieldFact, ForeignKey, IndexFact } from '../model/domain.js';
import { collapseSpaceRuns } from './data/bounded.js';
import { at, newEntity, newField } from './data/facts.js';
import { ParseMemo } from './data/parse-memo.js';
import type { Extractor } from './types.js';

/**
 * Extractor `prisma`: `model` and `enum` blocks in ```prisma fences, parsed by @mrleebo/prisma-ast
 * (loaded only when such a fence exists). Semantics follow the Prisma schema reference
 * (https://www.prisma.io/docs/orm/reference/prisma-schema-reference): `@id`, `@unique`, `@default`,
 * `@relation(fields, references, onDelete)`, `@@id`, `@@unique`, `@@index`, `@@map`, `@map`, `@db.*`
 * native types, `?` optional, `[]` lists (a list of another model is the other side of a relation,
 * not a column).
 */

// biome-ignore lint/suspicious/noExplicitAny: prisma-ast's node union is walked generically.
type Node = any;

let prismaAst: { getSchema(text: string): { list: Node[] } } | undefined;
const load = () => {
  prismaAst ??= requireHeavy<typeof prismaAst>(prismaAstModule());
  return prismaAst!;
};

/**
 * The built CLI's one-file copy of prisma-ast (`dist/prisma-ast.cjs`, see tsup.config.ts: the
 * package's parser library is hundreds of ES module files, about 0.9 s of CPU to load), else the
 * package itself (tests, which run the sources).
 */
function prismaAstModule(): string {
  try {
    const bundled = fileURLToPath(new URL('./prisma-ast.cjs', import.meta.url));
    if (existsSync(bundled)) return bundled;
  } catch {
    // not a file URL (a bundler's own module scheme): the package
  }
  return '@mrleebo/prisma-ast';
}

const PRISMA_SCALARS: Record<string, string> = {
  String: 'string',
  Int: 'integer',
  BigInt: 'bigint',
  Float: 'float',
  Decimal: 'decimal',
  Boolean: 'boolean',
  DateTime: 'datetime',
  Json: 'json',
  Bytes: 'bytes',
};

const ON_DELETE: Record<string, ForeignKey['onDelete']> = {
  Cascade: 'cascade',
  Restrict: 'restrict',
  SetNull: 'set null',
  NoAction: 'no action',
  SetDefault: 'set default',
};

export const prismaExtractor: Extractor = {
  name: 'prisma',
  extract: ({ doc, md }) => {
    const diagnostics: Diagnostic[] = [];
    const entities: EntityFact[] = [];
    const enums: EnumFact[] = [];
    const indexes: IndexFact[] = [];
    for (const b of md.blocks) {
      if (
        b.kind !== 'code' ||
        (b.lang !== 'prisma' &&
          !(b.lang === '' && /^[ \t]*(model|enum|datasource|generator)\s+\w+\s*\{/m.test(b.content)))
      )
        continue;
      if (!/^[ \t]*(model|enum)\s+\w+/m.test(b.content)) continue;
      readBlock(b, doc.path, { entities, enums, indexes }, diagnostics);
    }
    const fragment: { entities?: EntityFact[]; enums?: EnumFact[]; indexes?: IndexFact[] } = {};
    if (entities.length) fragment.entities = entities;
    if (enums.length) fragment.enums = enums;
    if (indexes.length) fragment.indexes = indexes;
    return { fragment, diagnostics };
  },
};

type Into = { entities: EntityFact[]; enums: EnumFact[]; indexes: IndexFact[] };

const schemas = new ParseMemo<Node[]>();

function readBlock(block: CodeBlock, file: string, into: Into, out: Diagnostic[]): void {
  const lines = block.content.split('\n');
  // Split into top-level blocks so one broken model does not lose the others.
  const chunks: { text: string; first: number }[] = [];
  let start = -1;
  lines.forEach((l, i) => {
    if (/^\s*(model|enum|type|view|datasource|generator)\s+\w+\s*\{/.test(l)) {
      if (start >= 0) chunks.push({ text: lines.slice(start, i).join('\n'), first: start });
      start = i;
    }
  });
  if (start >= 0) chunks.push({ text: lines.slice(start).join('\n'), first: start });
  // Every model the block declares: a field typed with one of them is a relation, never a column.
  const models = new Set([...block.content.matchAll(/^\s*model\s+(\w+)/gm)].map((m) => m[1]!));
  for (const chunk of chunks) {
    let list: Node[];
    try {
      list = schemas.get(collapseSpaceRuns(chunk.text), (text) => load().getSchema(text).list);
    } catch (e) {
      const tokenLine = (e as { token?: { startLine?: number } }).token?.startLine;
      // At end of input chevrotain reports no line (NaN): point at the chunk's last line.
      const within = Number.isFinite(tokenLine)
        ? tokenLine! - 1
        : chunk.text.trimEnd().split('\n').length - 1;
      const line = within + chunk.first + block.contentLine;
      out.push(
        diag(
          'extract/syntax-error',
          `Prisma schema does not parse: ${(e as Error).message.split('\n')[0]}; this block was skipped`,
          { at: { file, line } },
        ),
      );
      continue;
    }
    const chunkLines = chunk.text.split('\n');
    const lineOf = (re: RegExp) => {
      const i = chunkLines.findIndex((l) => re.test(l));
      return block.contentLine + chunk.first + Math.max(0, i);
    };
    for (const node of list) {
      if (node.type === 'enum') {
        const values = (node.enumerators ?? [])
          .filter((x: Node) => x.type === 'enumerator')
          .map((x: Node) => x.name as string);
        const line = lineOf(new RegExp(`^\\s*enum\\s+${node.name}\\b`));
        into.enums.push({
          name: node.name,
          values,
          origin: at(file, line, chunkLines[line - block.contentLine - chunk.first]),
        });
      } else if (node.type === 'model')
        readModel(
          node,
          file,
          lineOf,
          (l) => chunkLines[l - block.contentLine - chunk.first] ?? '',
          into,
          models,
        );
    }
  }
}

const argsOf = (attr: Node): Node[] => (attr?.args ?? []).map((a: Node) => a.value);
const unquote = (s: unknown) => String(s).replace(/^"(.*)"$/, '$1');
const arrayArg = (v: Node): string[] =>
  v?.type === 'array' ? v.args.map(String) : typeof v === 'string' ? [v] : [];
const keyValue = (attr: Node, key: string): Node =>
  argsOf(attr).find((v) => v?.type === 'keyValue' && v.key === key)?.value;

function readModel(
  node: Node,
  file: string,
  lineOf: (re: RegExp) => number,
  textOf: (line: number) => string,
  into: Into,
  models: ReadonlySet<string> = new Set(),
): void {
  const props: Node[] = node.properties ?? [];
  const modelLine = lineOf(new RegExp(`^\\s*model\\s+${node.name}\\b`));
  const mapped = props.find((p) => p.type === 'attribute' && p.name === 'map');
  const table = mapped ? unquote(argsOf(mapped)[0]) : undefined;
  const entity = newEntity(node.name, 'prisma', at(file, modelLine, textOf(modelLine)), table);
  const modelNames = new Set<string>();
  const fields = props.filter((p) => p.type === 'field');
  const relations: { field: string[]; refs: string[]; target: string; onDelete?: ForeignKey['onDelete'] }[] =
    [];
  for (const p of fields) {
    const attrs: Node[] = p.attributes ?? [];
    const relation = attrs.find((a) => a.name === 'relation');
    const type = String(p.fieldType);
    if (!PRISMA_SCALARS[type] && (relation || p.array || /^[A-Z]/.test(type))) {
      // A relation field: the columns are the `fields:` of @relation; a bare list is the other side.
      if (relation && keyValue(relation, 'fields')) {
        const rel: (typeof relations)[number] = {
          field: arrayArg(keyValue(relation, 'fields')),
          refs: arrayArg(keyValue(relation, 'references')),
          target: type,
        };
        const od = ON_DELETE[String(keyValue(relation, 'onDelete'))];
        if (od) rel.onDelete = od;
        relations.push(rel);
        continue;
      }
      // The other side of a relation: a list (`posts Post[]`) or a single back-reference
      // (`profile Profile?` of a one-to-one) names a model and holds no column.
      if (p.array || relation || models.has(type)) {
        modelNames.add(type);
        continue;
      }
    }
    const line = lineOf(new RegExp(`^\\s*${p.name}\\s`));
    entity.fields.push(readField(p, attrs, type, file, line, textOf(line)));
  }
  for (const r of relations) {
    r.field.forEach((col, i) => {
      const f = entity.fields.find((x) => x.name === col);
      if (!f) return;
      const fk: ForeignKey = { entity: r.target, field: r.refs[i] ?? 'id' };
      if (r.onDelete) fk.onDelete = r.onDelete;
      f.references = fk;
    });
  }
  for (const a of props.filter((p) => p.type === 'attribute')) {
    const cols = arrayArg(argsOf(a)[0]);
    if (a.name === 'id' && cols.length > 0) {
      if (cols.length === 1) {
        const f = entity.fields.find((x) => x.name === cols[0]);
        if (f) f.primaryKey = true;
      } else entity.primaryKey = cols;
      for (const c of cols) {
        const f = entity.fields.find((x) => x.name === c);
        if (f) f.nullable = false;
      }
    } else if (a.name === 'unique' && cols.length > 0) {
      if (cols.length === 1) {
        const f = entity.fields.find((x) => x.name === cols[0]);
        if (f) f.unique = true;
      } else entity.uniques.push(cols);
    } else if (a.name === 'index' && cols.length > 0) {
      const idx: IndexFact = {
        entity: node.name,
        columns: cols,
        unique: false,
        origin: at(file, lineOf(/^\s*@@index/), textOf(lineOf(/^\s*@@index/))),
      };
      const name = keyValue(a, 'map') ?? keyValue(a, 'name');
      if (name) idx.name = unquote(name);
      into.indexes.push(idx);
    }
  }
  into.entities.push(entity);
}

function readField(
  p: Node,
  attrs: Node[],
  type: string,
  file: string,
  line: number,
  quote: string,
): FieldFact {
  const native = attrs.find((a) => a.group === 'db');
  const nativeText = native
    ? `${native.name}${argsOf(native).length ? `(${argsOf(native).join(', ')})` : ''}`
    : '';
  const base =
    scalarType(nativeText || PRISMA_SCALARS[type] || type, p.name) ??
    scalarType(PRISMA_SCALARS[type] ?? '', p.name);
  const raw = `${type}${p.optional ? '?' : ''}${p.array ? '[]' : ''}${nativeText ? ` @db.${nativeText}` : ''}`;
  const field = newField(p.name, base ? { ...base, raw } : { scalar: 'enum', raw }, at(file, line, quote));
  if (!base) field.enumName = type;
  if (p.array) field.type = { scalar: 'array', raw, items: base?.scalar ?? 'string' };
  field.nullable = p.optional === true;
  for (const a of attrs) {
    if (a.name === 'id' && !a.group) {
      field.primaryKey = true;
      field.nullable = false;
    } else if (a.name === 'unique' && !a.group) field.unique = true;
    else if (a.name === 'default') {
      const v = argsOf(a)[0];
      if (v?.type === 'function') {
        if (v.name === 'autoincrement') field.type.generated = true;
        else
          field.default =
            v.name === 'now'
              ? 'now()'
              : v.name === 'uuid' || v.name === 'cuid'
                ? `${v.name}()`
                : `${v.name}()`;
      } else if (v !== undefined)
        field.default = /^".*"$/.test(String(v))
          ? `'${unquote(v)}'`
          : field.enumName
            ? `'${String(v)}'`
            : String(v);
    } else if (a.name === 'updatedAt') field.description = 'set on every update (@updatedAt)';
  }
  return field;
}
