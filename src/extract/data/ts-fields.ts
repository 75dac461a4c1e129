import type * as TS from 'typescript';
import { scalarType } from '../../knowledge/scalar-types.js';
import type { FieldFact, FieldType } from '../../model/domain.js';
import { applyPipedValues, applyWords, enumList, readConstraintWords } from './constraint-words.js';
import { at, newField } from './facts.js';

/**
 * One TypeScript property (interface member, type-literal member, class property) → FieldFact.
 * `?` and `| null` make it nullable; a union of string literals is an enum; arrays keep their item
 * type; a name of another type stays a named type (`enumName`) that the merge resolves to an enum
 * or a reference; comments (`// UUID, primary key`, `// FK -> users.id`, JSDoc) add constraints.
 */

export interface TsContext {
  ts: typeof TS;
  sf: TS.SourceFile;
  file: string;
  /** File line of the source file's first line. */
  firstLine: number;
  /** The source split into lines, for quotes. */
  lines: readonly string[];
  /** Names of the types declared in the block (for `xxxId` → Xxx foreign keys). */
  declared: ReadonlySet<string>;
}

const NAMED_SCALARS: Record<string, FieldType> = {
  Date: { scalar: 'datetime', raw: 'Date' },
  ObjectId: { scalar: 'string', raw: 'ObjectId' },
  Buffer: { scalar: 'binary', raw: 'Buffer' },
  Decimal: { scalar: 'decimal', raw: 'Decimal' },
  Decimal128: { scalar: 'decimal', raw: 'Decimal128' },
  UUID: { scalar: 'uuid', raw: 'UUID' },
};

export function lineOf(ctx: TsContext, node: TS.Node): number {
  return ctx.sf.getLineAndCharacterOfPosition(node.getStart(ctx.sf)).line + ctx.firstLine;
}

/** Leading JSDoc/line comments and the trailing comment on the member's line. */
/**
 * The comment after a declaration on its line (`// text` or `/* text *\/`), found with indexOf:
 * the regex `\/\*(.*?)\*\/` rescanned the rest of the line from every `/*` (quadratic).
 */
export function trailingComment(rest: string): string | null {
  const line = rest.indexOf('//');
  const block = rest.indexOf('/*');
  if (line >= 0 && (block < 0 || line < block)) return rest.slice(line + 2);
  if (block < 0) return null;
  const close = rest.indexOf('*/', block + 2);
  if (close >= 0) return rest.slice(block + 2, close);
  // An unclosed `/*` before a later `//`: the line comment is the comment, as the regex had it.
  return line >= 0 ? rest.slice(line + 2) : null;
}

export function commentsOf(ctx: TsContext, node: TS.Node): string {
  const text = ctx.sf.text;
  const parts: string[] = [];
  for (const r of ctx.ts.getLeadingCommentRanges(text, node.getFullStart()) ?? [])
    parts.push(text.slice(r.pos, r.end));
  const end = node.getEnd();
  const lineEnd = text.indexOf('\n', end);
  const rest = text.slice(end, lineEnd < 0 ? undefined : lineEnd);
  const trailing = trailingComment(rest);
  if (trailing !== null) parts.push(trailing);
  return parts
    .map((p) =>
      p
        .replace(/^\/\*\*?|\*\/$/g, '')
        .replace(/^[ \t]*\*[ \t]?/gm, '')
        .replace(/^\/\/\s?/gm, '')
        .trim(),
    )
    .filter((p) => p.length > 0)
    .join('; ');
}

export function readProperty(
  ctx: TsContext,
  member: TS.Node,
  name: string,
  typeNode: TS.TypeNode | undefined,
  optional: boolean,
): FieldFact {
  const { ts } = ctx;
  const line = lineOf(ctx, member);
  const quote = ctx.lines[line - ctx.firstLine] ?? '';
  const field = newField(name, { scalar: 'json', raw: 'unknown' }, at(ctx.file, line, quote));
  let nullable = optional;
  let node = typeNode;
  let members: TS.TypeNode[] = node ? [node] : [];
  if (node && ts.isUnionTypeNode(node)) members = [...node.types];
  const isNullish = (t: TS.TypeNode) =>
    t.kind === ts.SyntaxKind.UndefinedKeyword ||
    (ts.isLiteralTypeNode(t) && t.literal.kind === ts.SyntaxKind.NullKeyword);
  if (members.some(isNullish)) nullable = true;
  members = members.filter((t) => !isNullish(t));
  field.nullable = nullable;
  const raw = node ? node.getText(ctx.sf) : 'unknown';
  const literals = members.filter(ts.isLiteralTypeNode).filter((t) => ts.isStringLiteral(t.literal));
  if (literals.length >= 1 && literals.length === members.length) {
    field.type = { scalar: 'enum', raw };
    field.enumValues = literals.map((t) => (t.literal as TS.StringLiteral).text);
  } else if (members.length === 1) {
    node = members[0]!;
    field.type = { ...typeOf(ctx, node, name, field), raw };
  } else field.type = { scalar: 'json', raw };
  const comment = commentsOf(ctx, member);
  if (comment) {
    field.description = comment;
    if (/\buuid\b/i.test(comment) && FAMILY_TEXT.has(field.type.scalar)) field.type.scalar = 'uuid';
    else if (/\bemail\b/i.test(comment) && field.type.scalar === 'string') field.type.scalar = 'email';
    else if (/\burl\b/i.test(comment) && field.type.scalar === 'string') field.type.scalar = 'url';
    const words = readConstraintWords(comment);
    // A comment's "optional"/"required" does not override what the type itself says.
    delete words.nullable;
    if (words.enumValues && field.type.scalar !== 'string' && field.type.scalar !== 'enum')
      delete words.enumValues;
    applyWords(field, words);
    const values = /'[^']+'(\s*\|\s*'[^']+')+/.exec(comment);
    if (values && !field.enumValues && field.type.scalar === 'string') {
      const list = enumList(values[0]);
      if (list) field.enumValues = list;
    }
    applyPipedValues(field, comment);
  }
  if (
    !field.references &&
    !field.primaryKey &&
    (field.type.scalar === 'string' || field.type.scalar === 'uuid' || field.type.scalar === 'integer')
  ) {
    const m = /^(.+?)_?I[dD]$/.exec(name);
    const target = m ? m[1]![0]!.toUpperCase() + m[1]!.slice(1) : null;
    if (target && ctx.declared.has(target)) field.references = { entity: target, field: 'id' };
  }
  if (name === 'id' && field.type.scalar !== 'json' && !field.references) {
    // `id` is the conventional primary key in every TypeScript data model.
    field.primaryKey = true;
    field.nullable = false;
  }
  return field;
}

const FAMILY_TEXT = new Set(['string', 'text']);

function typeOf(ctx: TsContext, node: TS.TypeNode, name: string, field: FieldFact): FieldType {
  const { ts } = ctx;
  switch (node.kind) {
    case ts.SyntaxKind.StringKeyword:
      return { scalar: 'string' };
    case ts.SyntaxKind.NumberKeyword:
      return scalarType('number', name) ?? { scalar: 'float' };
    case ts.SyntaxKind.BooleanKeyword:
      return { scalar: 'boolean' };
    case ts.SyntaxKind.BigIntKeyword:
      return { scalar: 'bigint' };
    case ts.SyntaxKind.ObjectKeyword:
    case ts.SyntaxKind.AnyKeyword:
    case ts.SyntaxKind.UnknownKeyword:
      return { scalar: 'json' };
    default:
      break;
  }
  if (ts.isLiteralTypeNode(node)) {
    if (ts.isStringLiteral(node.literal)) {
      field.enumValues = [node.literal.text];
      return { scalar: 'enum' };
    }
    return { scalar: node.literal.kind === ts.SyntaxKind.NumericLiteral ? 'integer' : 'boolean' };
  }
  if (ts.isArrayTypeNode(node)) {
    const item = typeOf(ctx, node.elementType, name, { ...field });
    return { scalar: 'array', items: item.scalar === 'enum' ? 'json' : item.scalar };
  }
  if (ts.isTypeReferenceNode(node)) {
    const ref = node.typeName.getText(ctx.sf);
    const args = node.typeArguments ?? [];
    if ((ref === 'Array' || ref === 'ReadonlyArray') && args[0]) {
      const item = typeOf(ctx, args[0], name, { ...field });
      return { scalar: 'array', items: item.scalar === 'enum' ? 'json' : item.scalar };
    }
    const known = NAMED_SCALARS[ref];
    if (known) return { ...known };
    if (/^(Record|Map|Partial|Pick|Omit)$/.test(ref)) return { scalar: 'json' };
    // Another declared type: an enum or an entity; the merge decides.
    field.enumName = ref;
    return { scalar: 'enum' };
  }
  if (ts.isTypeLiteralNode(node) || ts.isTupleTypeNode(node)) return { scalar: 'json' };
  return { scalar: 'json' };
}
