import { requireHeavy } from '../heavy-require.js';

/**
 * SQL expressions taken from documents (CHECK bodies, DEFAULTs, partial-index predicates) are DATA:
 * they reach `schema.sql` and the verifying database only as the deparse of a PostgreSQL parse tree
 * (libpg-query, the server's own grammar) whose every node is on an allowlist of what a column
 * constraint needs — operators, literals, column references, casts, IN lists, boolean logic, NULL
 * tests, LIKE, CASE, COALESCE and a short list of side-effect-free functions. Anything else
 * (subqueries, pg_sleep, set-returning functions, statements, schema-qualified operators) is refused
 * with a reason, never passed through as text. OWASP ASVS 5.3.4 / CWE-89: no document text is
 * concatenated into SQL unparsed.
 *
 * Both parsers are loaded lazily (`loadSqlTools`, ~0.3 s for libpg-query's wasm, ~0.15 s for the
 * deparser) and only when a project carries an expression.
 */

// biome-ignore lint/suspicious/noExplicitAny: the raw parse tree is walked generically, node by node.
type PgNode = any;

export type ExpressionKind = 'check' | 'default' | 'predicate' | 'index-element';

export interface SqlTools {
  parse(sql: string): { stmts?: PgNode[] };
  deparse(node: PgNode): string;
}

export type Vetted = { ok: true; sql: string } | { ok: false; reason: string };

let tools: SqlTools | null = null;
let loading: Promise<SqlTools> | null = null;

/**
 * Loads libpg-query and pgsql-deparser once per process. Their CommonJS builds, through
 * `requireHeavy` (the deparser's 470 KB from the CLI's V8 code cache): the same wasm and the same
 * deparser as the ES builds, but the ES build of libpg-query took ~100 ms of CPU to start against
 * ~40 ms for the CommonJS one, and the deparser ~27 against ~16 ms (Node 20, issue 19).
 */
export function loadSqlTools(): Promise<SqlTools> {
  loading ??= (async () => {
    const pgq = requireHeavy<typeof import('libpg-query')>('libpg-query');
    const dep = requireHeavy<typeof import('pgsql-deparser')>('pgsql-deparser');
    await pgq.loadModule();
    tools = {
      parse: (sql) => pgq.parseSync(sql) as { stmts?: PgNode[] },
      deparse: (node) => dep.Deparser.deparse(node, { pretty: false }),
    };
    return tools;
  })();
  return loading;
}

/** The tools when `loadSqlTools` has finished, else null (callers that must stay synchronous). */
export function sqlToolsLoaded(): SqlTools | null {
  return tools;
}

/** Longest expression read from a document: a CHECK of a column constraint is a line, not a program. */
export const MAX_EXPRESSION_LENGTH = 4000;
const MAX_DEPTH = 48;

/**
 * Functions a constraint, default or predicate may call: immutable or stable, no side effects, no
 * I/O, no sleeping, no set results (PostgreSQL docs ch. 9). `now()`/`gen_random_uuid()` are
 * volatile but are what defaults are made of.
 */
export const ALLOWED_FUNCTIONS = new Set([
  'lower',
  'upper',
  'length',
  'char_length',
  'character_length',
  'octet_length',
  'bit_length',
  'btrim',
  'ltrim',
  'rtrim',
  'trim',
  'substring',
  'substr',
  'left',
  'right',
  'position',
  'strpos',
  'replace',
  'concat',
  'concat_ws',
  'starts_with',
  'initcap',
  'abs',
  'round',
  'trunc',
  'floor',
  'ceil',
  'ceiling',
  'mod',
  'sign',
  'now',
  'current_timestamp',
  'statement_timestamp',
  'transaction_timestamp',
  'clock_timestamp',
  'gen_random_uuid',
  'uuid_generate_v4',
  'date_trunc',
  'date_part',
  'extract',
  'timezone',
  'isfinite',
  'make_interval',
  'array_length',
  'cardinality',
  'array_position',
  'jsonb_typeof',
  'json_typeof',
  'jsonb_array_length',
  'json_array_length',
  'regexp_like',
  'num_nulls',
  'num_nonnulls',
  'similar_to_escape',
]);

/** Operators of A_Expr AEXPR_OP / ANY / ALL (docs §9.1-9.7): comparison, arithmetic, text, regex, JSON, array. */
const ALLOWED_OPERATORS = new Set([
  '=',
  '<>',
  '!=',
  '<',
  '>',
  '<=',
  '>=',
  '+',
  '-',
  '*',
  '/',
  '%',
  '^',
  '||',
  '~',
  '~*',
  '!~',
  '!~*',
  '~~',
  '~~*',
  '!~~',
  '!~~*',
  '?',
  '?|',
  '?&',
  '@>',
  '<@',
  '&&',
  '->',
  '->>',
]);

const A_EXPR_KINDS = new Set([
  'AEXPR_OP',
  'AEXPR_OP_ANY',
  'AEXPR_OP_ALL',
  'AEXPR_DISTINCT',
  'AEXPR_NOT_DISTINCT',
  'AEXPR_NULLIF',
  'AEXPR_IN',
  'AEXPR_LIKE',
  'AEXPR_ILIKE',
  'AEXPR_SIMILAR',
  'AEXPR_BETWEEN',
  'AEXPR_NOT_BETWEEN',
  'AEXPR_BETWEEN_SYM',
  'AEXPR_NOT_BETWEEN_SYM',
]);

const SQL_VALUE_FUNCTIONS = new Set([
  'SVFOP_CURRENT_DATE',
  'SVFOP_CURRENT_TIME',
  'SVFOP_CURRENT_TIME_N',
  'SVFOP_CURRENT_TIMESTAMP',
  'SVFOP_CURRENT_TIMESTAMP_N',
  'SVFOP_LOCALTIME',
  'SVFOP_LOCALTIME_N',
  'SVFOP_LOCALTIMESTAMP',
  'SVFOP_LOCALTIMESTAMP_N',
]);

const PLAIN_NAME = /^[A-Za-z_][A-Za-z0-9_$]*$/;
const sval = (n: PgNode): string | null => (typeof n?.String?.sval === 'string' ? n.String.sval : null);

class Refused extends Error {}

function refuse(reason: string): never {
  throw new Refused(reason);
}

/** `pg_catalog.lower` or `lower` → `lower`; anything else qualified is refused. */
function bareName(list: PgNode[] | undefined, what: string): string {
  const parts = (list ?? []).map(sval);
  if (parts.length === 0 || parts.some((p) => p === null)) refuse(`${what} has no plain name`);
  if (parts.length === 2 && parts[0] === 'pg_catalog') return parts[1]!;
  if (parts.length !== 1) refuse(`${what} ${parts.join('.')} is schema-qualified`);
  return parts[0]!;
}

function walkList(list: PgNode[] | undefined, kind: ExpressionKind, depth: number): void {
  for (const n of list ?? []) walk(n, kind, depth);
}

function vetTypeName(t: PgNode): void {
  const name = bareName(t?.names, 'a cast type');
  if (!PLAIN_NAME.test(name)) refuse(`cast type "${name}" is not a plain type name`);
  // Object-identifier types (regclass, regproc, ...) and pg_* types look things up in the catalog.
  if (/^(reg|pg_)/i.test(name)) refuse(`cast to ${name} is not allowed`);
  if (t.setof || t.pct_type) refuse(`cast type ${name} uses SETOF or %TYPE`);
  for (const m of t.typmods ?? [])
    if (!m?.A_Const || m.A_Const.ival === undefined) refuse(`cast type ${name} has a non-numeric modifier`);
}

/** Throws `Refused` at the first node that is not on the allowlist. */
function walk(node: PgNode, kind: ExpressionKind, depth: number): void {
  if (depth > MAX_DEPTH) refuse(`the expression nests deeper than ${MAX_DEPTH} levels`);
  if (node === null || typeof node !== 'object') refuse('the expression has an unexpected part');
  const keys = Object.keys(node);
  if (keys.length !== 1) refuse('the expression has an unexpected part');
  const type = keys[0]!;
  const n = node[type];
  const d = depth + 1;
  switch (type) {
    case 'A_Const':
      if (n.bsval !== undefined) refuse('bit-string literals are not allowed');
      return;
    case 'ColumnRef': {
      if (kind === 'default') refuse('a DEFAULT cannot refer to a column');
      const fields: PgNode[] = n.fields ?? [];
      if (fields.length !== 1 || sval(fields[0]) === null)
        refuse('only plain column names are allowed (no table prefixes or *)');
      return;
    }
    case 'A_Expr': {
      if (!A_EXPR_KINDS.has(n.kind)) refuse(`operator form ${n.kind} is not allowed`);
      const op = bareName(n.name, 'an operator');
      if (
        (n.kind === 'AEXPR_OP' || n.kind === 'AEXPR_OP_ANY' || n.kind === 'AEXPR_OP_ALL') &&
        !ALLOWED_OPERATORS.has(op)
      )
        refuse(`operator ${op} is not allowed`);
      if (n.lexpr) walk(n.lexpr, kind, d);
      if (n.rexpr) {
        if (n.rexpr.List) walkList(n.rexpr.List.items, kind, d);
        else walk(n.rexpr, kind, d);
      }
      return;
    }
    case 'BoolExpr':
      walkList(n.args, kind, d);
      return;
    case 'NullTest':
    case 'BooleanTest':
      walk(n.arg, kind, d);
      return;
    case 'TypeCast':
      vetTypeName(n.typeName);
      walk(n.arg, kind, d);
      return;
    case 'FuncCall': {
      const name = bareName(n.funcname, 'a function').toLowerCase();
      if (!ALLOWED_FUNCTIONS.has(name))
        refuse(`function ${name}() is not allowed in a ${kind === 'index-element' ? 'index' : kind}`);
      if (n.agg_order || n.agg_filter || n.over || n.agg_star || n.agg_distinct || n.func_variadic)
        refuse(`function ${name}() is called as an aggregate or window function`);
      walkList(n.args, kind, d);
      return;
    }
    case 'SQLValueFunction':
      if (!SQL_VALUE_FUNCTIONS.has(n.op)) refuse(`${n.op} is not allowed`);
      return;
    case 'A_ArrayExpr':
      walkList(n.elements, kind, d);
      return;
    case 'CoalesceExpr':
    case 'MinMaxExpr':
      walkList(n.args, kind, d);
      return;
    case 'CaseExpr':
      if (n.arg) walk(n.arg, kind, d);
      for (const w of n.args ?? []) {
        if (!w?.CaseWhen) refuse('CASE has an unexpected branch');
        walk(w.CaseWhen.expr, kind, d);
        walk(w.CaseWhen.result, kind, d);
      }
      if (n.defresult) walk(n.defresult, kind, d);
      return;
    case 'SubLink':
      refuse('subqueries are not allowed');
      break;
    default:
      refuse(`${type} is not allowed`);
  }
}

/** Checks a parse-tree expression against the allowlist and re-emits it through the deparser. */
export function vetNode(t: SqlTools, node: PgNode, kind: ExpressionKind): Vetted {
  try {
    walk(node, kind, 0);
    const sql = t.deparse(node).trim();
    // The deparse must itself read back as one allowed expression: no text survives unparsed.
    readsBack(t, sql, kind);
    return { ok: true, sql };
  } catch (e) {
    if (e instanceof Refused) return { ok: false, reason: e.message };
    return { ok: false, reason: `it does not parse as one expression (${(e as Error).message})` };
  }
}

/**
 * Whether a deparse reads back as one allowed expression: throws what parsing and walking it throws.
 * The outcome depends on the text and kind alone, and deparses repeat (`now()`, `0` on every table
 * of a large model), so it is remembered; the cache is emptied when it grows past a bound, as a
 * long-lived server would otherwise keep every expression it ever saw.
 */
const readBack = new Map<string, unknown>();
function readsBack(t: SqlTools, sql: string, kind: ExpressionKind): void {
  const key = `${kind}\u0000${sql}`;
  if (readBack.has(key)) {
    const thrown = readBack.get(key);
    if (thrown === undefined) return;
    throw thrown;
  }
  if (readBack.size >= 10_000) readBack.clear();
  try {
    walk(parseAlone(t, sql), kind, 0);
    readBack.set(key, undefined);
  } catch (e) {
    readBack.set(key, e);
    throw e;
  }
}

/** `SELECT <expr>` must be one statement that is nothing but one unnamed target. */
function parseAlone(t: SqlTools, text: string): PgNode {
  const stmts = t.parse(`SELECT ${text}`).stmts ?? [];
  if (stmts.length !== 1) refuse(`it holds ${stmts.length} statements, not one expression`);
  const select = stmts[0]?.stmt?.SelectStmt;
  if (!select) refuse('it is not an expression');
  const extra = Object.keys(select).filter(
    (k) => k !== 'targetList' && k !== 'limitOption' && k !== 'op' && !(k === 'all' && select.all === false),
  );
  if (extra.length > 0) refuse(`it is not a plain expression (it has ${extra.join(', ')})`);
  const targets: PgNode[] = select.targetList ?? [];
  if (targets.length !== 1 || !targets[0]?.ResTarget || targets[0].ResTarget.name)
    refuse('it is a list, not one expression');
  return targets[0].ResTarget.val;
}

/** An expression written as text (a table cell, a DBML note): parsed, vetted, re-emitted. */
export function vetText(t: SqlTools, text: string, kind: ExpressionKind): Vetted {
  if (text.length > MAX_EXPRESSION_LENGTH)
    return { ok: false, reason: `it is longer than ${MAX_EXPRESSION_LENGTH} characters` };
  try {
    return vetNode(t, parseAlone(t, text), kind);
  } catch (e) {
    if (e instanceof Refused) return { ok: false, reason: e.message };
    return { ok: false, reason: `it does not parse as one expression (${(e as Error).message})` };
  }
}

/** What to tell the author, one sentence, for every refusal. */
export const EXPRESSION_HINT =
  'write the constraint with columns, literals, operators, IN/LIKE/BETWEEN, IS NULL, CASE, casts and plain functions such as lower(), length() or now(); subqueries, other functions and statements are not copied into schema.sql';
