import { type Diagnostic, diag } from '../../diagnostics/diagnostic.js';
import {
  EXPRESSION_HINT,
  type ExpressionKind,
  loadSqlTools,
  type SqlTools,
  vetText,
} from '../../knowledge/sql-expression.js';
import type { Origin } from '../../model/origin.js';
import type { Spec } from '../../model/spec/index.js';
import { isOneExpression } from './identifiers.js';

const at = (o: Origin) => (o.kind === 'source' ? { at: { file: o.file, line: o.line } } : {});

/** Does the spec carry any SQL expression that a schema file would print? */
function hasExpressions(spec: Spec): boolean {
  return (
    spec.entities.some(
      (e) => e.checks.length > 0 || e.fields.some((f) => f.check || f.computed || f.default !== null),
    ) || spec.database.indexes.some((i) => i.where)
  );
}

/**
 * Every SQL expression of the spec — column and table CHECKs, DEFAULTs, partial-index predicates,
 * wherever a document wrote them (SQL, Prisma, DBML, a table cell, a sentence) — is parsed by
 * PostgreSQL's grammar, checked against the allowlist and replaced by its deparse. One that is
 * refused is removed, with an error at the document line that wrote it: a CHECK or DEFAULT is left
 * out, a partial index is left out whole (without its predicate it would mean something else).
 * Runs between derive and check, so the document, the artifacts and the verifier all see the same
 * vetted text. Mutates `spec`, which derive has just built for this run.
 */
export async function guardSqlExpressions(spec: Spec): Promise<Diagnostic[]> {
  if (!hasExpressions(spec)) return [];
  const t = await loadSqlTools();
  const out: Diagnostic[] = [];
  // Expressions repeat (`now()`, `0`, `'draft'` on every table): each distinct text is parsed,
  // vetted and deparsed once per kind (three trips through the parser each).
  const vetted = new Map<string, ReturnType<typeof vetText>>();
  const vet = (text: string, kind: ExpressionKind, what: string, path: string, origin: Origin) => {
    const key = `${kind}\u0000${text}`;
    let v = vetted.get(key);
    if (!v) {
      v = vetText(t, text, kind);
      vetted.set(key, v);
    }
    if (v.ok) return v.sql;
    out.push(
      diag(
        'render/sql-expression-refused',
        `${what} \`${preview(text)}\` is not copied into the schema: ${v.reason}`,
        { ...at(origin), path, hint: EXPRESSION_HINT },
      ),
    );
    return null;
  };
  for (const e of spec.entities) {
    for (const f of e.fields) {
      const path = `entities.${e.name}.fields.${f.column}`;
      if (f.check) f.check = vet(f.check, 'check', `CHECK of ${e.table}.${f.column}`, path, f.origin);
      if (f.computed) {
        const sql = vet(
          f.computed,
          'check',
          `GENERATED expression of ${e.table}.${f.column}`,
          path,
          f.origin,
        );
        if (sql === null) delete f.computed;
        else f.computed = sql;
      }
      // Defaults keep derive's portable spelling (`now()`, `current_date`, a literal) that each
      // dialect maps; it is kept only when it parses as one allowed expression and holds no comment.
      if (f.default !== null) {
        const sql = vet(f.default, 'default', `DEFAULT of ${e.table}.${f.column}`, path, f.origin);
        f.default = sql === null ? null : isOneExpression(f.default) ? f.default : sql;
      }
    }
    e.checks = e.checks.flatMap((c) => {
      const sql = vet(c.expression, 'check', `CHECK of ${e.table}`, `entities.${e.name}`, c.origin);
      return sql === null ? [] : [{ ...c, expression: sql }];
    });
  }
  spec.database.indexes = spec.database.indexes.filter((i) => {
    if (!i.where) return true;
    const sql = vet(i.where, 'predicate', `WHERE of index ${i.name}`, `database.indexes.${i.name}`, i.origin);
    if (sql === null) return false;
    i.where = sql;
    return true;
  });
  return out;
}

/** A refused expression is quoted in the message on one line, shortened. */
function preview(text: string): string {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length > 80 ? `${one.slice(0, 77)}...` : one;
}

export type { SqlTools };
