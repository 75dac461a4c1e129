import { diag } from '../diagnostics/diagnostic.js';
import type { EntityFact, PayloadFact } from '../model/domain.js';
import { fromRule } from '../model/origin.js';
import type { Conflict } from '../model/spec/reconciliation.js';
import { type Detector, refOf } from './context.js';

/**
 * A JSON body stated for an endpoint whose field names are not the columns of the entity its path
 * names: `{"total": 42.5}` in the POST /orders example while the orders table has `amount_cents`,
 * `{"userName": "ana"}` while users has `display_name`. `userName` against a `user_name` column is
 * one name in two spellings and never reported.
 *
 * Names are compared without case and separators (`createdAt` = `created_at`), a field also matches
 * a foreign-key column without its `_id` (`customer` = `customer_id`), and only fields whose value
 * is a scalar count (an object or a list may embed another record). The body must be about the
 * entity: at least two of its scalar fields are columns, and at least half of them. Passwords,
 * tokens and paging words are never columns and never reported. The data model decides the schema:
 * the spec keeps the columns, and the finding names the closest column when one is close.
 */
export const payloadFieldsDetector: Detector = {
  name: 'payload-fields',
  detect(domain) {
    const conflicts: Conflict[] = [];
    const diagnostics = [];
    const seen = new Set<string>();
    for (const p of domain.payloads ?? []) {
      const entity = entityOf(p, domain.entities);
      if (!entity) continue;
      const columns = new Map<string, string>();
      for (const f of entity.fields) {
        columns.set(norm(f.name), f.name);
        if (/_?id$/i.test(f.name) && f.references) columns.set(norm(f.name.replace(/_?id$/i, '')), f.name);
      }
      const scalars = p.fields.filter((f) => f.scalar && !NEVER_COLUMNS.test(norm(f.name)));
      const matched = scalars.filter((f) => columns.has(norm(f.name)));
      if (matched.length < 2 || matched.length * 2 < scalars.length) continue;
      for (const f of scalars) {
        if (columns.has(norm(f.name))) continue;
        const at = refOf(f.origin);
        const entityAt = refOf(entity.origin);
        if (!at || !entityAt) continue;
        const id = `${entity.name}|${f.name}|${at.file}:${at.line}`;
        if (seen.has(id)) continue;
        seen.add(id);
        const close = closest(norm(f.name), [...new Set(columns.values())]);
        conflicts.push({
          code: 'reconcile/payload-field-mismatch',
          subject: `${entity.name}.${f.name}`,
          sides: [
            { value: `${p.method} ${p.path}: "${f.name}"`, at },
            { value: close ? `${entity.name}.${close}` : entity.name, at: entityAt },
          ],
          resolution: close ?? '—',
          params: { field: f.name, entity: entity.name, column: close ?? '' },
          resolvedBy: fromRule('reconcile/precedence/data-model-for-schema', [entityAt, at]),
        });
        diagnostics.push(
          diag(
            'reconcile/payload-field-mismatch',
            close
              ? `"${f.name}" in the ${p.method} ${p.path} body is not a column of ${entity.name} (${entityAt.file}:${entityAt.line}); the closest is ${close}`
              : `"${f.name}" in the ${p.method} ${p.path} body is not a column of ${entity.name} (${entityAt.file}:${entityAt.line})`,
            { at, hint: 'name the field as the data model does, or add the column' },
          ),
        );
      }
    }
    return { findings: conflicts.length > 0 ? { conflicts } : {}, diagnostics };
  },
};

/** Fields of a body that no table holds: credentials, tokens, paging and envelope words. */
const NEVER_COLUMNS =
  /^(?:id|password\w*|currentpassword|newpassword|confirmpassword|\w*token|expiresin|tokentype|page|pagesize|perpage|limit|offset|cursor|next|previous|total(?:count|items|pages)|count|data|items|meta|links|error|errors|message|success|code|detail|title|type|instance)$/;

const norm = (name: string) => name.toLowerCase().replace(/[^a-z0-9]/g, '');

/** The entity a path names: its last segment that is not a parameter, singular or plural. */
function entityOf(p: PayloadFact, entities: readonly EntityFact[]): EntityFact | null {
  const segment = p.path
    .split('/')
    .filter((s) => s && !/^[{:]/.test(s) && !/^(?:api|v\d+|me)$/i.test(s))
    .pop();
  if (!segment) return null;
  const n = norm(segment);
  const forms = new Set([n, n.replace(/ies$/, 'y'), n.replace(/es$/, ''), n.replace(/s$/, '')]);
  return (
    entities.find((e) => [e.name, e.writtenAs, e.table ?? ''].some((x) => x && forms.has(norm(x)))) ?? null
  );
}

/** The column whose normalised name is nearest (edit distance at most a third of the longer name). */
function closest(name: string, columns: readonly string[]): string | null {
  let best: { column: string; d: number } | null = null;
  for (const c of columns) {
    const n = norm(c);
    const d = n.includes(name) || name.includes(n) ? 1 : distance(name, n);
    if (d <= Math.floor(Math.max(name.length, n.length) / 3) && (!best || d < best.d))
      best = { column: c, d };
  }
  return best?.column ?? null;
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return row[b.length]!;
}
