import type * as TS from 'typescript';
import { type Diagnostic, diag } from '../diagnostics/diagnostic.js';
import { requireHeavy } from '../heavy-require.js';
import type { CodeBlock } from '../markdown/blocks.js';
import type { EntityFact, EnumFact, IndexFact, RelationshipFact } from '../model/domain.js';
import { longestLine, MAX_CODE_LINE } from './data/bounded.js';
import { captionName } from './data/captions.js';
import { at, newEntity } from './data/facts.js';
import { ParseMemo } from './data/parse-memo.js';
import { commentsOf, lineOf, readProperty, type TsContext } from './data/ts-fields.js';
import { isTypeOrmClass, readTypeOrmClass } from './data/typeorm.js';
import type { Extractor } from './types.js';

/**
 * Extractor `typescript`: interfaces, object type aliases, string-literal unions and enums in
 * ```ts fences, read with the TypeScript compiler's own parser (createSourceFile, no type check).
 * Also data classes (ORM-decorated, or properties only) and an anonymous object shape when the
 * caption above names a stored document (`**Conversation MongoDB Document Shape:**`).
 * API shapes (`...Request`, `...Response`, `...Props`, `...Dto`) and service interfaces (with
 * methods) are not entities and are skipped.
 */

const TS_LANGS = new Set(['ts', 'typescript', 'tsx']);
/** Cheap test before paying ~160 ms for the typescript import. */
// Linear: `\s*(<…>)?\s*=` shared a run of spaces (quadratic), and `^\s*(\/\/…\n\s*)*\{` under /m
// rescanned every following comment line from each line start; a line that starts with `{` is the
// same test.
export const DECLARES =
  /\binterface\s+[A-Z]\w*|\btype\s+[A-Z]\w*(?:\s*<[^>]*>)?\s*=|\benum\s+[A-Z]\w*\s*\{|\bclass\s+[A-Z]\w*|^[ \t]*\{/m;
const NOT_ENTITY =
  /.(Props|Request|Response|Dto|DTO|Params|Query|Input|Payload|State|Config|Options|Context|Args|Filters?|Variables|Handler|Service|Repository|Controller|Store|Hook|Api|Client|Body|Form|Error|Exception|Summary|Envelope|Meta|Pagination|Paginated)$/;
const ENTITY_DECORATOR = /^(Entity|Table|Schema|Model|Document|ObjectType|Collection)$/;
/** The decorators that map a class to a table: such a class is an entity even when its name reads
 * like an API shape (`@Entity('aid_requests') class AidRequest`, `@Table class LeaveRequest`). */
const TABLE_DECORATOR = /^(Entity|Table)$/;
const TABLE_DECORATOR_TEXT = /@(?:Entity|Table)\b/;
const STORED = /\b(document|collection|table|schema|model|entity|record|row)\b/i;
const API = /\b(api|response|request|payload|query key|props)\b/i;

/**
 * Whether a fence may hold an entity, decided without the parser: some declaration whose name is not
 * an API shape or a service (`class YTJService`, `interface SearchRequest` alone never load it), or an
 * anonymous object shape.
 */
function mayDeclareEntity(code: string): boolean {
  if (!DECLARES.test(code)) return false;
  if (startsWithObject(code)) return true;
  // A class the ORM maps to a table is stored whatever its name ends with (`@Entity() class AidRequest`).
  if (TABLE_DECORATOR_TEXT.test(code)) return true;
  for (const m of code.matchAll(/\b(?:interface|type|enum|class)\s+([A-Z]\w*)/g)) {
    if (!NOT_ENTITY.test(m[1]!)) return true;
  }
  return false;
}

/** Whether the code, after blank lines and `//` comment lines, starts with `{` (a linear scan). */
export function startsWithObject(code: string): boolean {
  for (const line of code.split('\n')) {
    const t = line.trim();
    if (t === '' || t.startsWith('//')) continue;
    return t.startsWith('{');
  }
  return false;
}

let ts: typeof TS | undefined;
function typescript(): typeof TS {
  ts ??= requireHeavy<typeof TS>('typescript');
  return ts;
}

export const typescriptExtractor: Extractor = {
  name: 'typescript',
  extract: ({ doc, md }) => {
    const diagnostics: Diagnostic[] = [];
    const entities: EntityFact[] = [];
    const enums: EnumFact[] = [];
    const relationships: RelationshipFact[] = [];
    const indexes: IndexFact[] = [];
    const sink = { relationships, indexes };
    md.blocks.forEach((b, index) => {
      if (b.kind !== 'code' || !TS_LANGS.has(b.lang) || !mayDeclareEntity(b.content)) return;
      const anonymous = startsWithObject(b.content);
      if (anonymous) {
        const caption = captionName(md.blocks, index);
        const prev = md.blocks[index - 1];
        const captionText =
          prev && prev.kind !== 'code' && prev.kind !== 'table' ? ('text' in prev ? prev.text : '') : '';
        if (!caption || !STORED.test(captionText) || API.test(captionText)) return;
        readBlock(b, doc.path, `type ${caption.name} = `, caption.name, entities, enums, sink, diagnostics);
        return;
      }
      readBlock(b, doc.path, '', null, entities, enums, sink, diagnostics);
    });
    const fragment: {
      entities?: EntityFact[];
      enums?: EnumFact[];
      relationships?: RelationshipFact[];
      indexes?: IndexFact[];
    } = {};
    if (entities.length) fragment.entities = entities;
    if (indexes.length) fragment.indexes = indexes;
    if (relationships.length) fragment.relationships = relationships;
    if (enums.length) fragment.enums = enums;
    return { fragment, diagnostics };
  },
};

function readBlock(
  block: CodeBlock,
  file: string,
  prefix: string,
  anonymousName: string | null,
  entities: EntityFact[],
  enums: EnumFact[],
  sink: ClassSink,
  out: Diagnostic[],
): void {
  const t = typescript();
  // The prefix goes on the first line so line numbers stay file lines.
  const source = prefix + block.content;
  const longest = longestLine(source);
  if (longest > MAX_CODE_LINE) {
    out.push(
      diag(
        'extract/syntax-error',
        `TypeScript fence has a line of ${longest} characters, too long to be a declaration; skipped`,
        {
          at: { file, line: block.contentLine },
          hint: 'break the line, or mark the fence as another language if it is not TypeScript',
        },
      ),
    );
    return;
  }
  const parsed = fences.get(source, (text) => parseFence(t, text));
  if (!parsed) {
    // The compiler's parser recurses per nesting level: thousands of `[`, `(` or `**` overflow the
    // stack. One such fence is a diagnostic, never an aborted run.
    out.push(
      diag('extract/syntax-error', 'TypeScript fence is nested too deeply to parse; skipped', {
        at: { file, line: block.contentLine },
        hint: 'split the declaration, or mark the fence as another language if it is not TypeScript',
      }),
    );
    return;
  }
  const { sf, parseErrors } = parsed;
  if (anonymousName && parseErrors.length > 0) return;
  const declared = new Set<string>();
  for (const s of sf.statements) {
    if ((t.isInterfaceDeclaration(s) || t.isTypeAliasDeclaration(s) || t.isClassDeclaration(s)) && s.name)
      declared.add(s.name.text);
  }
  const ctx: TsContext = {
    ts: t,
    sf,
    file,
    firstLine: block.contentLine,
    declared,
    lines: source.split('\n'),
  };
  const before = entities.length;
  for (const s of sf.statements) readStatement(ctx, s, entities, enums, anonymousName, sink);
  const entityLike = new Set(
    sf.statements
      .filter(
        (s) =>
          t.isInterfaceDeclaration(s) ||
          t.isClassDeclaration(s) ||
          (t.isTypeAliasDeclaration(s) && t.isTypeLiteralNode(s.type)),
      )
      .map((s) => (s as TS.InterfaceDeclaration).name?.text ?? ''),
  );
  for (const e of entities.slice(before)) sink.relationships.push(...listsOfEntities(e, entityLike));
  if (
    parseErrors.length > 0 &&
    (entities.length > before || /\binterface\b|\btype\s+\w+\s*=/.test(block.content))
  ) {
    const first = parseErrors[0]!;
    const line = sf.getLineAndCharacterOfPosition(first.start ?? 0).line + block.contentLine;
    const message = t.flattenDiagnosticMessageText(first.messageText, ' ');
    out.push(
      diag(
        'extract/syntax-error',
        `TypeScript does not parse: ${message}; declarations that parsed were read`,
        {
          at: { file, line },
        },
      ),
    );
  }
}

const fences = new ParseMemo<ReturnType<typeof parseFence>>();

/** Deeper bracket nesting than any data model needs; deeper fences are not handed to the parser. */
export const MAX_NESTING = 200;

function parseFence(
  t: typeof TS,
  source: string,
): { sf: TS.SourceFile; parseErrors: TS.Diagnostic[] } | null {
  if (nesting(source) > MAX_NESTING) return null;
  try {
    let sf = t.createSourceFile('block.ts', source, t.ScriptTarget.Latest, true, t.ScriptKind.TS);
    let parseErrors = errorsOf(sf);
    if (parseErrors.length > 0) {
      // Fences labelled `typescript` often hold TSX components.
      const tsx = t.createSourceFile('block.tsx', source, t.ScriptTarget.Latest, true, t.ScriptKind.TSX);
      if (errorsOf(tsx).length < parseErrors.length) {
        sf = tsx;
        parseErrors = errorsOf(tsx);
      }
    }
    return { sf, parseErrors };
  } catch (e) {
    if (e instanceof RangeError) return null; // Maximum call stack size exceeded
    throw e;
  }
}

/** The deepest bracket nesting in the text (`(`, `[`, `{`, `<`), counted in one pass. */
export function nesting(source: string): number {
  let depth = 0;
  let max = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (c === 40 || c === 91 || c === 123 || c === 60) max = Math.max(max, ++depth);
    else if (c === 41 || c === 93 || c === 125 || c === 62) depth = Math.max(0, depth - 1);
  }
  return max;
}

const errorsOf = (sf: TS.SourceFile): TS.Diagnostic[] =>
  (sf as unknown as { parseDiagnostics?: TS.Diagnostic[] }).parseDiagnostics ?? [];

function readStatement(
  ctx: TsContext,
  s: TS.Statement,
  entities: EntityFact[],
  enums: EnumFact[],
  anonymousName: string | null,
  sink: ClassSink,
): void {
  const t = ctx.ts;
  const origin = () => at(ctx.file, lineOf(ctx, s), ctx.lines[lineOf(ctx, s) - ctx.firstLine]);
  if (t.isInterfaceDeclaration(s)) {
    const name = s.name.text;
    if (NOT_ENTITY.test(name)) return;
    if (s.members.some((m) => t.isMethodSignature(m) || t.isCallSignatureDeclaration(m))) return;
    const e = newEntity(name, 'typescript', origin());
    for (const m of s.members) {
      if (t.isPropertySignature(m) && m.name)
        e.fields.push(readProperty(ctx, m, propName(ctx, m.name), m.type, !!m.questionToken));
    }
    describe(ctx, s, e);
    if (e.fields.length > 0) entities.push(e);
  } else if (t.isTypeAliasDeclaration(s)) {
    const name = s.name.text;
    const type = s.type;
    if (t.isTypeLiteralNode(type)) {
      if (NOT_ENTITY.test(name) && name !== anonymousName) return;
      if (type.members.some((m) => t.isMethodSignature(m))) return;
      const e = newEntity(name, 'typescript', origin());
      for (const m of type.members) {
        if (t.isPropertySignature(m) && m.name)
          e.fields.push(readProperty(ctx, m, propName(ctx, m.name), m.type, !!m.questionToken));
      }
      describe(ctx, s, e);
      if (e.fields.length > 0) entities.push(e);
    } else if (
      t.isUnionTypeNode(type) &&
      type.types.every((x) => t.isLiteralTypeNode(x) && t.isStringLiteral(x.literal))
    ) {
      const values = type.types.map((x) => ((x as TS.LiteralTypeNode).literal as TS.StringLiteral).text);
      enums.push({ name, values, origin: origin() });
    }
  } else if (t.isEnumDeclaration(s)) {
    const values = s.members.map((m) =>
      m.initializer && t.isStringLiteral(m.initializer) ? m.initializer.text : propName(ctx, m.name),
    );
    enums.push({ name: s.name.text, values, origin: origin() });
  } else if (t.isClassDeclaration(s) && s.name) {
    readClass(ctx, s, entities, origin(), sink);
  }
}

/** What a class adds beside its entity: relationships without a column, and TypeORM indexes. */
interface ClassSink {
  relationships: RelationshipFact[];
  indexes: IndexFact[];
}

function readClass(
  ctx: TsContext,
  s: TS.ClassDeclaration,
  entities: EntityFact[],
  origin: ReturnType<typeof at>,
  sink: ClassSink,
): void {
  const t = ctx.ts;
  const name = s.name!.text;
  const decorators = (t.getDecorators?.(s) ?? []).map((d) =>
    d.expression.getText(ctx.sf).replace(/\(.*$/s, ''),
  );
  const orm = decorators.some((d) => ENTITY_DECORATOR.test(d));
  const hasMethods = s.members.some(
    (m) => t.isMethodDeclaration(m) || t.isConstructorDeclaration(m) || t.isGetAccessor(m),
  );
  const table = decorators.some((d) => TABLE_DECORATOR.test(d));
  if ((NOT_ENTITY.test(name) && !table) || (!orm && hasMethods)) return;
  const e = newEntity(name, 'class', origin);
  if (orm && isTypeOrmClass(ctx, s)) {
    readTypeOrmClass(ctx, s, e, sink.indexes, sink.relationships);
    describe(ctx, s, e);
    if (e.fields.length > 0) entities.push(e);
    return;
  }
  for (const m of s.members) {
    if (!t.isPropertyDeclaration(m) || !m.name) continue;
    const f = readProperty(ctx, m, propName(ctx, m.name), m.type, !!m.questionToken);
    const decos = (t.getDecorators?.(m) ?? []).map((d) => d.getText(ctx.sf)).join(' ');
    if (/@PrimaryGeneratedColumn|@PrimaryColumn|@PrimaryKey|@Id\b/.test(decos)) {
      f.primaryKey = true;
      f.nullable = false;
      if (/@PrimaryGeneratedColumn\(\s*['"]uuid['"]/.test(decos)) f.type = { ...f.type, scalar: 'uuid' };
      else if (/@PrimaryGeneratedColumn/.test(decos)) f.type.generated = true;
    }
    if (/unique:\s*true|@Unique/.test(decos)) f.unique = true;
    if (/nullable:\s*true/.test(decos)) f.nullable = true;
    const def = /default:\s*('[^']*'|"[^"]*"|[\w.]+)/.exec(decos);
    if (def) f.default = def[1]!.replace(/^"(.*)"$/, "'$1'");
    // TypeORM / MikroORM `@Column({ type: 'enum', enum: ['a', 'b'] })`: the values are the column's
    // enum even when the property is typed `string` (bounded: one decorator's literal list).
    const values = /\benum:\s*\[([^\]]{1,2000})\]/.exec(decos);
    if (values && f.type.scalar !== 'enum') {
      const list = [...values[1]!.matchAll(/'([^']{1,80})'|"([^"]{1,80})"/g)].map((m) => m[1] ?? m[2]!);
      if (list.length > 0) {
        f.type = { scalar: 'enum', raw: f.type.raw ?? 'string' };
        f.enumValues = list;
      }
    }
    e.fields.push(f);
  }
  if (e.fields.length > 0) entities.push(e);
}

function propName(ctx: TsContext, n: TS.PropertyName): string {
  const t = ctx.ts;
  return t.isIdentifier(n) || t.isStringLiteral(n) || t.isNumericLiteral(n) ? n.text : n.getText(ctx.sf);
}

function describe(ctx: TsContext, s: TS.Node, e: EntityFact): void {
  const c = commentsOf(ctx, s);
  if (c) e.description = c;
}

/**
 * `posts: Post[]` where `Post` is another entity of the block is the "many" side of a relationship,
 * not a column: it becomes a one-to-many relationship and leaves the field list.
 */
function listsOfEntities(e: EntityFact, entityLike: ReadonlySet<string>): RelationshipFact[] {
  const out: RelationshipFact[] = [];
  e.fields = e.fields.filter((f) => {
    const m = /^(?:readonly\s+)?(\w+)\[\]$|^(?:Readonly)?Array<(\w+)>$/.exec(f.type.raw ?? '');
    const target = m ? (m[1] ?? m[2])! : null;
    if (f.type.scalar !== 'array' || !target || !entityLike.has(target)) return true;
    out.push({
      from: e.writtenAs,
      to: target,
      kind: 'one-to-many',
      label: f.name,
      notation: 'typescript',
      origin: f.origin,
    });
    return false;
  });
  return out;
}
