import type { EntityFact, IndexFact } from '../../model/domain.js';
import type { Origin } from '../../model/origin.js';
import { bracketPairs, callArgs, splitTopLevel, stringLiteral } from './code-text.js';

/**
 * What a Django model's `class Meta` states about its table beyond the fields (Django 5 "Model Meta
 * options", "Constraints reference", "Model index reference"):
 * - `constraints = [UniqueConstraint(fields=[...], condition=Q(...)), CheckConstraint(check=Q(...))]`
 *   (`condition=` for checks since Django 5.1): a conditional unique is a partial unique index, never
 *   a unique over the whole table;
 * - `indexes = [Index(fields=[...], name=..., condition=Q(...)), GinIndex(...)]`, `index_together`.
 * A `Q` the reader cannot put into SQL drops its constraint rather than stating a wider one.
 */
export interface DjangoTableFacts {
  uniques: string[][];
  /** Single-column `UniqueConstraint(fields=["x"])`: the field is unique. */
  uniqueFields: string[];
  indexes: IndexFact[];
  checks: EntityFact['checks'];
}

/** Column of a field name as the model's fields were read (`leser` → `leser_id`); undefined when none. */
export type ColumnOf = (field: string) => string | undefined;

const INDEX_METHOD: Record<string, string> = {
  Index: 'btree',
  BTreeIndex: 'btree',
  GinIndex: 'gin',
  GistIndex: 'gist',
  BrinIndex: 'brin',
  HashIndex: 'hash',
  SpGistIndex: 'spgist',
  BloomIndex: 'bloom',
};

export function djangoTableFacts(
  entity: string,
  meta: ReadonlyMap<string, string>,
  column: ColumnOf,
  origin: Origin,
): DjangoTableFacts {
  const out: DjangoTableFacts = { uniques: [], uniqueFields: [], indexes: [], checks: [] };
  const columns = (text: string | undefined): string[] | null => {
    const names = fieldNames(text);
    if (!names || names.length === 0) return null;
    const cols = names.map((n) => column(n.replace(/^-/, '')));
    return cols.every((c): c is string => c !== undefined) ? cols : null;
  };
  for (const call of calls(meta.get('constraints') ?? '')) {
    const name = stringLiteral(call.args.named.get('name')) ?? undefined;
    if (call.callee === 'UniqueConstraint') {
      const cols = columns(call.args.named.get('fields'));
      if (!cols) continue;
      const condition = call.args.named.get('condition');
      if (condition) {
        const where = qToSql(condition, column);
        if (where)
          out.indexes.push({ entity, columns: cols, unique: true, where, origin, ...(name ? { name } : {}) });
      } else if (cols.length === 1) out.uniqueFields.push(cols[0]!);
      else out.uniques.push(cols);
    } else if (call.callee === 'CheckConstraint') {
      const q = call.args.named.get('condition') ?? call.args.named.get('check');
      const expression = q ? qToSql(q, column) : null;
      // Django creates the constraint in the database (a migration `AddConstraint`): an SQL CHECK.
      if (expression) out.checks.push({ expression, origin, sql: true, ...(name ? { name } : {}) });
    }
  }
  for (const call of calls(meta.get('indexes') ?? '')) {
    const method = INDEX_METHOD[call.callee];
    const cols = method ? columns(call.args.named.get('fields')) : null;
    if (!cols) continue;
    const name = stringLiteral(call.args.named.get('name'));
    const condition = call.args.named.get('condition');
    const where = condition ? qToSql(condition, column) : null;
    if (condition && !where) continue;
    out.indexes.push({
      entity,
      columns: cols,
      unique: false,
      ...(method !== 'btree' ? { method } : {}),
      ...(name ? { name } : {}),
      ...(where ? { where } : {}),
      origin,
    });
  }
  for (const group of groups(meta.get('index_together') ?? '')) {
    const cols = group.map(column);
    if (cols.every((c): c is string => c !== undefined))
      out.indexes.push({ entity, columns: cols, unique: false, origin });
  }
  return out;
}

/** The calls `Name(...)` / `models.Name(...)` listed in a Meta value, with their arguments. */
function calls(text: string): { callee: string; args: ReturnType<typeof callArgs> }[] {
  const out: { callee: string; args: ReturnType<typeof callArgs> }[] = [];
  const closeOf = bracketPairs(text);
  const head = /(?:\b[A-Za-z_]\w*\.)*\b([A-Z]\w*)\s*\(/g;
  for (let m = head.exec(text); m; m = head.exec(text)) {
    const open = m.index + m[0].length - 1;
    const close = closeOf(open);
    if (close < 0) break;
    if (!/(?:Constraint|Index)$/.test(m[1]!)) continue;
    out.push({ callee: m[1]!, args: callArgs(text.slice(open + 1, close - 1), '=') });
    head.lastIndex = close;
  }
  return out;
}

/** `["a", "-b"]` / `("a",)` → the names; null when an item is not a string literal. */
function fieldNames(text: string | undefined): string[] | null {
  const t = (text ?? '').trim();
  if (!/^[[(].*[\])]$/.test(t)) return null;
  const items = splitTopLevel(t.slice(1, -1), ',', false)
    .map((x) => x.trim())
    .filter(Boolean);
  const names = items.map(stringLiteral);
  return names.every((n): n is string => n !== null) ? names : null;
}

/** `[("a", "b"), ("c", "d")]` or `("a", "b")` → the groups of names. */
function groups(text: string): string[][] {
  const t = text.trim();
  if (!t) return [];
  const inner = /^[[(]\s*[[(]/.test(t) ? splitTopLevel(t.slice(1, -1), ',', false) : [t];
  return inner.map((g) => fieldNames(g.trim())).filter((g): g is string[] => g !== null && g.length > 0);
}

const OPERATOR: Record<string, string> = { gte: '>=', gt: '>', lte: '<=', lt: '<', exact: '=' };

/**
 * A Django `Q(...)` expression as SQL: lookups `field`, `field__in`, `__gte/__gt/__lte/__lt`,
 * `__isnull`, joined by `,` and `&` (AND), `|` (OR) and `~` (NOT); values are literals, lists of
 * literals or `F("field")`. Null when any part is not one of these (a lookup across a relation).
 */
export function qToSql(text: string, column: ColumnOf): string | null {
  let t = text.trim();
  while (t.startsWith('(') && t.endsWith(')') && bracketPairs(t)(0) === t.length) t = t.slice(1, -1).trim();
  const or = splitTopLevel(t, '|', false);
  if (or.length > 1) return joined(or, ' OR ', column);
  const and = splitTopLevel(t, '&', false);
  if (and.length > 1) return joined(and, ' AND ', column);
  if (t.startsWith('~')) {
    const inner = qToSql(t.slice(1), column);
    return inner ? `NOT (${inner})` : null;
  }
  const q = /^(?:models\.)?Q\s*\(/.exec(t);
  if (!q || bracketPairs(t)(q[0].length - 1) !== t.length) return null;
  const args = callArgs(t.slice(q[0].length, -1), '=');
  const parts: string[] = [];
  for (const p of args.positional) {
    const inner = qToSql(p, column);
    if (!inner) return null;
    parts.push(parts.length > 0 || args.named.size > 0 ? `(${inner})` : inner);
  }
  for (const [key, value] of args.named) {
    const cond = lookup(key, value, column);
    if (!cond) return null;
    parts.push(cond);
  }
  return parts.length > 0 ? parts.join(' AND ') : null;
}

function joined(parts: string[], op: string, column: ColumnOf): string | null {
  const sql = parts.map((p) => qToSql(p, column));
  if (sql.some((s) => s === null)) return null;
  return sql.map((s) => (/ (?:AND|OR) /.test(s!) ? `(${s})` : s)).join(op);
}

function lookup(key: string, value: string, column: ColumnOf): string | null {
  const parts = key.split('__');
  const op =
    parts.length > 1 && (parts[parts.length - 1]! in OPERATOR || /^(?:in|isnull)$/.test(parts.at(-1)!))
      ? parts.pop()!
      : 'exact';
  if (parts.length !== 1) return null;
  const col = column(parts[0]!);
  if (!col) return null;
  if (op === 'isnull')
    return value === 'True' ? `${col} IS NULL` : value === 'False' ? `${col} IS NOT NULL` : null;
  if (op === 'in') {
    const t = value.trim();
    if (!/^[[(].*[\])]$/.test(t)) return null;
    const items = splitTopLevel(t.slice(1, -1), ',', false)
      .map((x) => x.trim())
      .filter(Boolean)
      .map((x) => sqlValue(x, column));
    return items.length > 0 && items.every((x) => x !== null) ? `${col} IN (${items.join(', ')})` : null;
  }
  const v = sqlValue(value, column);
  if (v === null) return null;
  if (v === 'NULL') return op === 'exact' ? `${col} IS NULL` : null;
  return `${col} ${OPERATOR[op]} ${v}`;
}

function sqlValue(text: string, column: ColumnOf): string | null {
  const t = text.trim();
  const s = stringLiteral(t);
  if (s !== null) return `'${s.replace(/'/g, "''")}'`;
  if (/^-?\d+(?:\.\d+)?$/.test(t)) return t;
  if (t === 'True' || t === 'False') return t.toUpperCase();
  if (t === 'None') return 'NULL';
  const f = /^(?:models\.)?F\s*\(\s*(["'])(\w+)\1\s*\)$/.exec(t);
  return f ? (column(f[2]!) ?? null) : null;
}
