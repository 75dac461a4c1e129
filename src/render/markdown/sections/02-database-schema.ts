import { cite } from '../../../model/origin.js';
import type { SpecEntity, SpecField } from '../../../model/spec/data.js';
import type { Spec } from '../../../model/spec/index.js';
import { entityNamed } from '../../entity-named.js';
import type { Messages } from '../../i18n/index.js';
import type { Statement } from '../../sql/dialect.js';
import { collectionSchema, documentKey } from '../../sql/mongodb.js';
import { schemaStatements, statedDatabase } from '../../sql/schema.js';
import { SQL_WRITERS } from '../../sql.js';
import type { RenderContext, Section } from '../../types.js';
import { blocks, fence, heading, source, table } from '../format.js';

const FILES = {
  postgresql: 'schema.sql',
  mysql: 'schema.mysql.sql',
  sqlite: 'schema.sqlite.sql',
  mongodb: 'mongodb-collections.js',
} as const;

function notes(f: SpecField, t: Messages['data']['schema']): string {
  const parts = [source(f.origin)];
  for (const i of f.inferred ?? [])
    parts.push(
      i.origin.kind === 'rule' || i.origin.kind === 'default'
        ? t.aspect(i.aspect, i.origin.rule)
        : // A stated aspect ("a `lab_id` column on every tenant-scoped table") cites its line.
          `${i.aspect}: ${cite(i.origin)}`,
    );
  if (f.description) parts.push(f.description);
  return parts.join('; ');
}

function constraints(e: SpecEntity, f: SpecField, spec: Spec, t: Messages['data']['schema']): string {
  const c: string[] = [];
  if (e.primaryKey.length === 1 && e.primaryKey[0] === f.column) c.push(t.constraint.pk);
  else if (!f.nullable) c.push(t.constraint.notNull);
  if (f.unique && !f.primaryKey) c.push(t.constraint.unique);
  if (f.references) {
    const target = entityNamed(spec, f.references.entity);
    c.push(
      t.constraint.references(
        `${target?.table ?? f.references.entity}.${f.references.field}`,
        f.references.onDelete,
      ),
    );
  }
  if (f.check) c.push(t.constraint.check(f.check));
  if (f.type.generated) c.push(t.constraint.identity);
  return c.join(', ');
}

/**
 * The entity's DDL with each column's origin as an SQL comment on its line: the column, its type,
 * constraints and default are printed once (in the statement), and where each came from beside it.
 */
function sqlTable(e: SpecEntity, ctx: RenderContext, own: Statement[]): string[] {
  const t = ctx.t.data.schema;
  const byColumn = new Map(e.fields.map((f) => [f.column, f]));
  const sql = own.map((s) =>
    s.kind !== 'table'
      ? s.sql
      : ruleRuns(
          s.sql.split('\n').map((line) => {
            const col = /^\s+["`]?([^\s"`]+)["`]?\s/.exec(line)?.[1];
            const f = col ? byColumn.get(col) : undefined;
            return {
              line,
              f,
              note: f
                ? notes(f, t)
                    .replace(/`/g, '')
                    .replace(/\s*\n\s*/g, ' ')
                : '',
            };
          }),
        ).join('\n'),
  );
  return sql;
}

/**
 * Adjacent columns that a rule added (the `created_at`/`updated_at` pair on nearly every table)
 * share one line and one comment: the same two lines under each of 35 tables were a third of
 * bmadserver's repeated lines. Still one valid statement; every column keeps its rule.
 */
function ruleRuns(cols: { line: string; f: SpecField | undefined; note: string }[]): string[] {
  const out: string[] = [];
  const byRule = (c: (typeof cols)[number]) =>
    c.f !== undefined && c.f.origin.kind === 'rule' && (c.f.inferred ?? []).length === 0 && !c.f.description;
  for (let i = 0; i < cols.length; i++) {
    const c = cols[i]!;
    if (!c.f) {
      out.push(c.line);
      continue;
    }
    const run = [c];
    while (byRule(c) && i + 1 < cols.length && byRule(cols[i + 1]!)) run.push(cols[++i]!);
    out.push(
      `${run.map((r, k) => (k === 0 ? r.line : r.line.trim())).join(' ')} -- ${run.map((r) => r.note).join('; ')}`,
    );
  }
  return out;
}

function collection(e: SpecEntity, ctx: RenderContext): string {
  const { spec } = ctx;
  const t = ctx.t.data.schema;
  const props = collectionSchema(e).properties as Record<string, { bsonType: unknown }>;
  const rows = e.fields.map((f) => [
    `\`${documentKey(f)}\``,
    `\`${JSON.stringify(props[documentKey(f)]?.bsonType)}\``,
    constraints(e, f, spec, t),
    f.default === null ? null : `\`${f.default}\``,
    notes(f, t),
  ]);
  return blocks(
    heading(3, `\`${e.table}\``),
    table(
      [
        t.fieldColumns.column,
        t.fieldColumns.type,
        t.fieldColumns.constraints,
        t.fieldColumns.default,
        t.fieldColumns.notes,
      ],
      rows,
    ),
  );
}

/** Section 2: per table its DDL, each column's origin as a comment on its line. */
export const databaseSchemaSection: Section = {
  id: 'databaseSchema',
  render: (ctx) => {
    const { spec } = ctx;
    const t = ctx.t.data.schema;
    const primary = spec.database.dialects[0];
    if (spec.entities.length === 0 || !primary) return null;
    const origin = spec.database.origin ? source(spec.database.origin) : '';
    const files = spec.database.dialects.map((d) => `\`backend-spec/${FILES[d]}\``).join(', ');
    const verification = ctx.verifications.find((v) => v.tool === 'postgresql');
    const head = [
      heading(2, ctx.t.common.sections.databaseSchema),
      t.dialect(statedDatabase(spec, primary) ?? t.dialectNames[primary], origin),
      t.files(files),
    ];
    if (primary === 'mongodb')
      return blocks(...head, t.mongoCollections, ...spec.entities.map((e) => collection(e, ctx)));
    const w = SQL_WRITERS[primary];
    const statements = schemaStatements(w, spec);
    const preamble = statements.filter((s) => s.entity === null);
    // Each entity's statements, grouped once in schema order (a filter of every statement per
    // entity was entities × statements).
    const byEntity = new Map<string, Statement[]>();
    for (const s of statements)
      if (s.entity !== null) {
        const list = byEntity.get(s.entity);
        if (list) list.push(s);
        else byEntity.set(s.entity, [s]);
      }
    return blocks(
      ...head,
      primary === 'postgresql' && t.uuidBuiltIn,
      primary === 'postgresql' && (verification ? t.verified(verification.summary) : t.notVerified),
      preamble.length > 0 && heading(3, t.extensionsHeading),
      preamble.length > 0 && fence('sql', preamble.map((s) => s.sql).join('\n\n')),
      // One script for every table, in dependency order, as schema.sql runs it: a fence per table
      // repeated the fences and separated statements a reader reads together.
      heading(3, ctx.t.api.compact.tablesHeading),
      fence('sql', spec.entities.flatMap((e) => sqlTable(e, ctx, byEntity.get(e.name) ?? [])).join('\n\n')),
    );
  },
};
