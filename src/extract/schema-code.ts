import type * as TS from 'typescript';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { requireHeavy } from '../heavy-require.js';
import { isDataFile } from '../load/contract-file.js';
import type { CodeBlock } from '../markdown/blocks.js';
import type {
  EntityFact,
  EnumFact,
  FieldFact,
  IndexFact,
  Notation,
  RelationshipFact,
} from '../model/domain.js';
import { annotateFromProse } from './data/block-notes.js';
import { longestLine, MAX_CODE_LINE } from './data/bounded.js';
import { captionName } from './data/captions.js';
import { readClassCode } from './data/class-code.js';
import type { CodeModels } from './data/code-text.js';
import { NOT_ENTITY } from './data/contract-names.js';
import { readCsharp } from './data/csharp.js';
import {
  DRIZZLE_MARKER,
  type DrizzleNames,
  drizzleNames,
  readDrizzle,
  resolveDrizzleReferences,
} from './data/drizzle.js';
import { readEcto } from './data/ecto.js';
import { readEnt } from './data/ent.js';
import { at, newEntity, newField } from './data/facts.js';
import { readGo } from './data/go.js';
import { readJsonSchemas } from './data/json-schemas.js';
import { readKotlin } from './data/kotlin.js';
import { readLaravel } from './data/laravel.js';
import { type Ctx, convexField, mongooseField, zodField } from './data/object-schemas.js';
import { readPython } from './data/python.js';
import { readRuby } from './data/ruby.js';
import { readSequelize, SEQUELIZE_MARKER } from './data/sequelize.js';
import type { Extractor } from './types.js';
import { MAX_NESTING, nesting } from './typescript.js';

/**
 * Extractor `schema-code`: schema libraries in code fences, where a parser reads them reliably —
 * Mongoose `new Schema({...})`, zod `z.object({...})`, Convex `defineTable({...})`, Drizzle
 * `pgTable('users', {...})` (data/drizzle.ts), Sequelize `Model.init` / `sequelize.define` models
 * (data/sequelize.ts; all through the
 * TypeScript parser, which reads JavaScript object literals exactly), Java data classes
 * (data/class-code.ts), C# with EF Core, Kotlin, Python and Go models (data/csharp.ts,
 * data/kotlin.ts, data/python.ts, data/go.ts), Laravel migrations (data/laravel.ts), Rails schemas
 * and ActiveRecord models (data/ruby.ts), Elixir's Ecto schemas and migrations (data/ecto.ts),
 * and JSON Schema / OpenAPI component schemas in json and yaml fences (data/json-schemas.ts).
 */

const SCHEMA_LANGS = new Set(['json', 'jsonc', 'json5', 'yaml', 'yml', 'openapi', 'jsonschema']);
const JS_LANGS = new Set(['ts', 'typescript', 'tsx', 'js', 'javascript', 'jsx', 'mjs', 'cjs']);
const MARKERS = /\bnew\s+(?:mongoose\.)?Schema\s*\(|\bz\.object\s*\(|\bdefineTable\s*\(/;

let ts: typeof TS | undefined;
const typescript = () => {
  ts ??= requireHeavy<typeof TS>('typescript');
  return ts;
};

type Into = {
  entities: EntityFact[];
  indexes: IndexFact[];
  enums: EnumFact[];
  relationships: RelationshipFact[];
};

type Family = 'kotlin' | 'python' | 'go' | 'csharp' | 'php' | 'ruby' | 'elixir';
const CODE_FAMILIES: Record<string, Family> = {
  kotlin: 'kotlin',
  kt: 'kotlin',
  python: 'python',
  py: 'python',
  go: 'go',
  golang: 'go',
  csharp: 'csharp',
  cs: 'csharp',
  'c#': 'csharp',
  php: 'php',
  ruby: 'ruby',
  rb: 'ruby',
  rails: 'ruby',
  elixir: 'elixir',
  ex: 'elixir',
  exs: 'elixir',
};
const READERS: Record<Family, (blocks: readonly CodeBlock[], file: string) => CodeModels> = {
  kotlin: readKotlin,
  python: readPython,
  go: readGoModels,
  csharp: readCsharp,
  php: readLaravel,
  ruby: readRuby,
  elixir: readEcto,
};

/** Go fences: ent schemas (data/ent.ts) and plain structs (data/go.ts; an `ent.Schema` struct has no columns there). */
function readGoModels(blocks: readonly CodeBlock[], file: string): CodeModels {
  const ent = readEnt(blocks, file);
  if (ent.entities.length === 0) return readGo(blocks, file);
  const go = readGo(blocks, file);
  const names = new Set(ent.entities.map((e) => e.name));
  return {
    entities: [...ent.entities, ...go.entities.filter((e) => !names.has(e.name))],
    enums: [...ent.enums, ...go.enums],
    relationships: [...(ent.relationships ?? []), ...(go.relationships ?? [])],
    indexes: [...(ent.indexes ?? []), ...(go.indexes ?? [])],
  };
}

export const schemaCodeExtractor: Extractor = {
  name: 'schema-code',
  extract: ({ doc, md }) => {
    const diagnostics: Diagnostic[] = [];
    const into: Into = { entities: [], indexes: [], enums: [], relationships: [] };
    const byFamily: Record<Family, CodeBlock[]> = {
      kotlin: [],
      python: [],
      go: [],
      csharp: [],
      php: [],
      ruby: [],
      elixir: [],
    };
    const drizzle = drizzleNames();
    md.blocks.forEach((b, index) => {
      if (b.kind !== 'code') return;
      if (
        JS_LANGS.has(b.lang) &&
        (MARKERS.test(b.content) || DRIZZLE_MARKER.test(b.content) || SEQUELIZE_MARKER.test(b.content))
      ) {
        // The same bounds as the typescript extractor: no parser run on lines or nesting no schema has.
        if (longestLine(b.content) <= MAX_CODE_LINE && nesting(b.content) <= MAX_NESTING)
          readJs(b, doc.path, into, drizzle);
      } else if (SCHEMA_LANGS.has(b.lang)) {
        // A contract file's component schemas are the API's request/response shapes (spec-kit keeps
        // the entities in data-model.md): its operations are read by extract/contracts.ts instead.
        if (isDataFile(doc.path)) return;
        into.entities.push(...readJsonSchemas(b, doc.path, captionName(md.blocks, index)?.name ?? null));
      } else if (b.lang === 'java') {
        into.entities.push(...readClassCode(b, doc.path));
      } else {
        const family = CODE_FAMILIES[b.lang];
        if (family) byFamily[family].push(b);
      }
    });
    resolveDrizzleReferences(into.entities, drizzle.tables);
    // One reader per language family, given all of the document's fences of that family: a Python
    // model may extend a class of another fence, and a Pydantic class is read only beside no ORM model.
    for (const family of Object.keys(READERS) as Family[]) {
      if (byFamily[family].length === 0) continue;
      const read = READERS[family](byFamily[family], doc.path);
      into.entities.push(...read.entities);
      into.enums.push(...read.enums);
      into.relationships.push(...(read.relationships ?? []));
      into.indexes.push(...(read.indexes ?? []));
    }
    // "`Protokolleintrag` wird nur vom System geschrieben, nie über die API geändert" after a
    // models fence describes the class it names.
    md.blocks.forEach((b, index) => {
      if (b.kind !== 'code' || into.entities.length === 0) return;
      const end = b.line + b.content.split('\n').length + 1;
      const inBlock = into.entities.filter(
        (e) =>
          e.origin.kind === 'source' &&
          e.origin.file === doc.path &&
          e.origin.line >= b.line &&
          e.origin.line <= end,
      );
      annotateFromProse(md.blocks, index, inBlock, true);
    });
    const fragment: Partial<Into> = {};
    if (into.entities.length) fragment.entities = into.entities;
    if (into.indexes.length) fragment.indexes = into.indexes;
    if (into.enums.length) fragment.enums = into.enums;
    if (into.relationships.length) fragment.relationships = into.relationships;
    return { fragment, diagnostics };
  },
};

function readJs(block: CodeBlock, file: string, into: Into, drizzle: DrizzleNames): void {
  const t = typescript();
  const sf = t.createSourceFile('block.tsx', block.content, t.ScriptTarget.Latest, true, t.ScriptKind.TSX);
  const lines = block.content.split('\n');
  const origin = (n: TS.Node) => {
    const line = sf.getLineAndCharacterOfPosition(n.getStart(sf)).line;
    return at(file, block.contentLine + line, lines[line]);
  };
  const c: Ctx = { ts: t, sf, origin };
  if (DRIZZLE_MARKER.test(block.content)) readDrizzle(t, sf, origin, drizzle, into);
  if (SEQUELIZE_MARKER.test(block.content)) readSequelize(t, sf, origin, into);
  // mongoose.model('User', userSchema) names the schema held in `userSchema`.
  const modelNames = new Map<string, string>();
  const visitModels = (n: TS.Node): void => {
    if (t.isCallExpression(n) && /(^|\.)model$/.test(n.expression.getText(sf)) && n.arguments.length >= 2) {
      const [name, schema] = n.arguments;
      if (name && t.isStringLiteralLike(name) && schema && t.isIdentifier(schema))
        modelNames.set(schema.text, name.text);
    }
    t.forEachChild(n, visitModels);
  };
  visitModels(sf);
  const visit = (n: TS.Node): void => {
    if (t.isVariableDeclaration(n) && t.isIdentifier(n.name) && n.initializer) {
      const init = unwrapChain(t, n.initializer);
      const varName = n.name.text;
      if (t.isNewExpression(init) && /(^|\.)Schema$/.test(init.expression.getText(sf))) {
        const obj = init.arguments?.[0];
        if (obj && t.isObjectLiteralExpression(obj)) {
          const name = modelNames.get(varName) ?? strip(varName);
          const e = entityFrom(c, name, 'mongoose', obj, n, mongooseField);
          addMongoId(e, n, c);
          const opts = init.arguments?.[1];
          if (opts && t.isObjectLiteralExpression(opts) && /timestamps\s*:\s*true/.test(opts.getText(sf))) {
            for (const ts of ['createdAt', 'updatedAt']) {
              const f = newField(ts, { scalar: 'datetime', raw: 'timestamps: true' }, origin(opts));
              f.nullable = false;
              e.fields.push(f);
            }
          }
          if (!NOT_ENTITY.test(name)) into.entities.push(e);
        }
      } else if (isCall(t, init, 'z.object')) {
        const obj = (init as TS.CallExpression).arguments[0];
        const name = strip(varName);
        if (
          obj &&
          t.isObjectLiteralExpression(obj) &&
          !NOT_ENTITY.test(name) &&
          /^[A-Z]|schema$/i.test(varName)
        ) {
          into.entities.push(entityFrom(c, name, 'zod', obj, n, zodField));
        }
      }
    }
    if (t.isPropertyAssignment(n)) {
      const table = chainRoot(t, n.initializer);
      if (table && isCall(t, table, 'defineTable')) {
        const obj = (table as TS.CallExpression).arguments[0];
        const name = n.name.getText(sf).replace(/['"]/g, '');
        if (obj && t.isObjectLiteralExpression(obj)) {
          const e = entityFrom(c, name, 'mongoose', obj, n, convexField);
          e.table = name;
          addMongoId(e, n, c);
          into.entities.push(e);
          for (const idx of convexIndexes(t, sf, n.initializer, name, origin)) into.indexes.push(idx);
        }
      }
    }
    t.forEachChild(n, visit);
  };
  visit(sf);
}

const strip = (name: string) => name.replace(/Schema$|_schema$|Model$/i, '') || name;

function isCall(t: typeof TS, n: TS.Node, callee: string): boolean {
  return t.isCallExpression(n) && n.expression.getText() === callee;
}

/** `z.object({...}).strict()` → the `z.object(...)` call. */
function unwrapChain(t: typeof TS, n: TS.Expression): TS.Expression {
  let cur = n;
  while (
    t.isCallExpression(cur) &&
    t.isPropertyAccessExpression(cur.expression) &&
    t.isCallExpression(cur.expression.expression)
  ) {
    if (cur.expression.getText().startsWith('z.object')) break;
    cur = cur.expression.expression;
  }
  return cur;
}

function chainRoot(t: typeof TS, n: TS.Expression): TS.Expression | null {
  let cur = n;
  while (t.isCallExpression(cur) && t.isPropertyAccessExpression(cur.expression))
    cur = cur.expression.expression;
  return t.isCallExpression(cur) ? cur : null;
}

function entityFrom(
  c: Ctx,
  name: string,
  notation: Notation,
  obj: TS.ObjectLiteralExpression,
  decl: TS.Node,
  read: (c: Ctx, name: string, value: TS.Expression, origin: ReturnType<Ctx['origin']>) => FieldFact | null,
): EntityFact {
  const e = newEntity(name, notation, c.origin(decl));
  for (const p of obj.properties) {
    if (!c.ts.isPropertyAssignment(p)) continue;
    const field = read(c, p.name.getText(c.sf).replace(/['"]/g, ''), p.initializer, c.origin(p));
    if (field) e.fields.push(field);
  }
  return e;
}

/** MongoDB and Convex give every document an `_id` primary key. */
function addMongoId(e: EntityFact, decl: TS.Node, c: Ctx): void {
  if (e.fields.some((f) => f.name === '_id')) return;
  const id = newField('_id', { scalar: 'string', raw: 'ObjectId' }, c.origin(decl));
  id.primaryKey = true;
  id.nullable = false;
  e.fields.unshift(id);
}

function convexIndexes(
  t: typeof TS,
  sf: TS.SourceFile,
  n: TS.Expression,
  table: string,
  origin: Ctx['origin'],
): IndexFact[] {
  const out: IndexFact[] = [];
  let cur = n;
  while (t.isCallExpression(cur) && t.isPropertyAccessExpression(cur.expression)) {
    const method = cur.expression.name.text;
    const [name, cols] = cur.arguments;
    if ((method === 'index' || method === 'searchIndex') && cols) {
      const columns = t.isArrayLiteralExpression(cols)
        ? cols.elements.filter(t.isStringLiteralLike).map((e) => e.text)
        : (/searchField\s*:\s*['"](\w+)['"]/.exec(cols.getText(sf))?.slice(1) ?? []);
      const idx: IndexFact = { entity: table, columns, unique: false, origin: origin(cur.expression.name) };
      if (name && t.isStringLiteralLike(name)) idx.name = name.text;
      if (method === 'searchIndex') idx.method = 'search';
      if (columns.length > 0) out.unshift(idx);
    }
    cur = cur.expression.expression;
  }
  return out;
}
