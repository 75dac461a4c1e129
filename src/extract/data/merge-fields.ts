import { type Diagnostic, diag } from '../../diagnostics/diagnostic.js';
import { fieldKey } from '../../knowledge/names.js';
import type { EntityFact, FieldFact, Notation, ScalarType } from '../../model/domain.js';
import { cite, type Origin } from '../../model/origin.js';

/**
 * Folding one entity seen in several notations. Precedence, most precise first (the order of the
 * `Notation` union in src/model/domain.ts):
 *
 *   sql > prisma > drizzle > migration > dbml > typescript > zod > json-schema > mongoose > class > table > mermaid > bullets > prose
 *
 * A DDL statement or an ORM schema states every column and every constraint; a TypeScript interface
 * states fields and optionality but not keys; a markdown table states what its author chose to
 * list; a mermaid ER diagram usually lists a few attributes; bullets and prose are the loosest. The
 * most precise description is the base; a less precise one only fills what the base leaves unknown
 * (null nullability, no default, no enum values, no foreign key, no description). Disagreements are
 * reported with both positions, never silently resolved.
 */
export const PRECEDENCE: readonly Notation[] = [
  'sql',
  'prisma',
  'drizzle',
  'migration',
  'dbml',
  'typescript',
  'zod',
  'json-schema',
  'mongoose',
  'class',
  'table',
  'mermaid',
  'bullets',
  'prose',
];

/** Notations that state every constraint: a `false` there (not unique, not a key) is a fact, not silence. */
const COMPLETE: ReadonlySet<Notation> = new Set(['sql', 'prisma', 'drizzle', 'migration', 'dbml']);

export const rank = (n: Notation): number => PRECEDENCE.indexOf(n);

/** Broad families: types within one family are different precisions of the same thing, not a conflict. */
const FAMILY: Record<ScalarType, string> = {
  uuid: 'text',
  string: 'text',
  text: 'text',
  email: 'text',
  url: 'text',
  phone: 'text',
  enum: 'text',
  date: 'temporal',
  datetime: 'temporal',
  time: 'temporal',
  integer: 'number',
  bigint: 'number',
  decimal: 'number',
  float: 'number',
  boolean: 'boolean',
  json: 'json',
  binary: 'binary',
  array: 'array',
};

/** Scalars whose values are text in loose notations (TypeScript `string` for a timestamp or an enum). */
const LOOSE: ReadonlySet<Notation> = new Set([
  'typescript',
  'zod',
  'json-schema',
  'mongoose',
  'class',
  'mermaid',
  'bullets',
  'prose',
]);

export function compatible(a: FieldFact, an: Notation, b: FieldFact, bn: Notation): boolean {
  const fa = FAMILY[a.type.scalar];
  const fb = FAMILY[b.type.scalar];
  if (fa === fb) return true;
  // JSON documents carry dates as ISO strings and JSON blobs as objects or arrays.
  const loose = LOOSE.has(an) || LOOSE.has(bn);
  if (loose && new Set([fa, fb]).size === 2 && fa !== undefined && fb !== undefined) {
    const pair = [fa, fb].sort().join('+');
    if (pair === 'temporal+text' || pair === 'array+json' || pair === 'json+text') return true;
  }
  return false;
}

const where = (o: Origin) => (o.kind === 'source' ? { file: o.file, line: o.line } : undefined);

function atOf(o: Origin): { at?: { file: string; line: number } } {
  const w = where(o);
  return w ? { at: w } : {};
}

/**
 * Folds `other` (less or equally precise) into `base`, both already the same entity. `seen` holds the
 * citations of `base.seenIn`; a caller folding many descriptions into one base passes the same set
 * each time, so a name repeated thousands of times is folded in linear time (issue 12).
 */
export function foldEntity(
  base: EntityFact,
  other: EntityFact,
  out: Diagnostic[],
  seen: Set<string> = new Set(base.seenIn.map(cite)),
): void {
  for (const o of other.seenIn) {
    const at = cite(o);
    if (seen.has(at)) continue;
    seen.add(at);
    base.seenIn.push(o);
  }
  if (base.table === undefined && other.table !== undefined) base.table = other.table;
  if (base.description === undefined && other.description !== undefined) base.description = other.description;
  if (!base.primaryKey && other.primaryKey) base.primaryKey = other.primaryKey;
  if (!base.noTimestamps && other.noTimestamps) base.noTimestamps = other.noTimestamps;
  for (const u of other.uniques) {
    const key = u.map(fieldKey).join(',');
    if (!base.uniques.some((x) => x.map(fieldKey).join(',') === key)) {
      base.uniques.push(u);
      const stated = other.uniqueSources?.find((x) => x.columns.map(fieldKey).join(',') === key);
      if (stated) base.uniqueSources = [...(base.uniqueSources ?? []), stated];
    }
  }
  for (const c of other.checks) {
    if (!base.checks.some((x) => x.expression === c.expression)) base.checks.push(c);
  }
  if (base.notation === other.notation && other.fields.length > 0 && base.fields.length > 0) {
    out.push(
      diag(
        'extract/duplicate-entity',
        `${base.name} is defined twice in ${base.notation} (also at ${cite(base.origin)}); the definitions were merged`,
        { ...atOf(other.origin), path: `entities.${base.name}` },
      ),
    );
  }
  const missing: FieldFact[] = [];
  for (const f of other.fields) {
    const mine = base.fields.find((x) => fieldKey(x.name) === fieldKey(f.name));
    if (!mine) {
      base.fields.push(f);
      missing.push(f);
      continue;
    }
    foldField(base, mine, other, f, out);
  }
  if (
    missing.length > 0 &&
    base.fields.length > missing.length &&
    rank(base.notation) < rank(other.notation)
  ) {
    const names = missing.map((f) => f.name).join(', ');
    out.push(
      diag(
        'extract/field-missing-in-notation',
        `${base.name}: ${names} ${missing.length === 1 ? 'is' : 'are'} described in ${other.notation} (${cite(missing[0]!.origin)}) but not in ${base.notation} (${cite(base.origin)})`,
        {
          ...atOf(missing[0]!.origin),
          path: `entities.${base.name}`,
          hint: `add ${names} to the ${base.notation} definition, or remove ${missing.length === 1 ? 'it' : 'them'} from the ${other.notation}`,
        },
      ),
    );
  }
}

function foldField(
  entity: EntityFact,
  mine: FieldFact,
  owner: EntityFact,
  f: FieldFact,
  out: Diagnostic[],
): void {
  const path = `entities.${entity.name}.fields.${mine.name}`;
  if (!compatible(mine, entity.notation, f, owner.notation)) {
    out.push(
      diag(
        'extract/conflicting-type',
        `${entity.name}.${mine.name} is ${mine.type.raw ?? mine.type.scalar} in ${entity.notation} (${cite(mine.origin)}) but ${f.type.raw ?? f.type.scalar} in ${owner.notation} (${cite(f.origin)}); ${entity.notation} wins`,
        { ...atOf(f.origin), path },
      ),
    );
  } else if (
    (mine.type.scalar === 'string' || mine.type.scalar === 'text') &&
    ['email', 'url', 'phone'].includes(f.type.scalar)
  ) {
    // The looser notation says what the text is (an email address): keep the stored length, add the meaning.
    mine.type = { ...mine.type, scalar: f.type.scalar };
  }
  if (mine.type.length === undefined && f.type.length !== undefined && mine.type.scalar === f.type.scalar) {
    mine.type.length = f.type.length;
  }
  if (mine.nullable === null) mine.nullable = f.nullable;
  else if (f.nullable !== null && f.nullable !== mine.nullable && !f.primaryKey) {
    out.push(
      diag(
        'extract/conflicting-constraint',
        `${entity.name}.${mine.name} is ${mine.nullable ? 'nullable' : 'required'} in ${entity.notation} (${cite(mine.origin)}) but ${f.nullable ? 'nullable' : 'required'} in ${owner.notation} (${cite(f.origin)}); ${entity.notation} wins`,
        { ...atOf(f.origin), path },
      ),
    );
  }
  if (!COMPLETE.has(entity.notation)) {
    if (f.unique) mine.unique = true;
    if (f.primaryKey) mine.primaryKey = true;
  }
  if (mine.default === undefined && f.default !== undefined) mine.default = f.default;
  if (!mine.enumValues && f.enumValues) mine.enumValues = f.enumValues;
  if (!mine.enumName && f.enumName && mine.type.scalar === 'enum') mine.enumName = f.enumName;
  if (!mine.check && f.check) mine.check = f.check;
  if (!mine.pattern && f.pattern) mine.pattern = f.pattern;
  else if (mine.pattern && f.pattern && mine.pattern.source !== f.pattern.source)
    out.push(
      diag(
        'extract/conflicting-constraint',
        `${entity.name}.${mine.name} must match \`${mine.pattern.source}\` in ${entity.notation} (${cite(mine.pattern.origin)}) but \`${f.pattern.source}\` in ${owner.notation} (${cite(f.pattern.origin)}); ${entity.notation} wins`,
        { ...atOf(f.pattern.origin), path },
      ),
    );
  if (!mine.computed && f.computed) mine.computed = f.computed;
  if (!mine.description && f.description) mine.description = f.description;
  if (!mine.references && f.references) mine.references = f.references;
  else if (
    mine.references &&
    f.references &&
    mine.references.entity.toLowerCase() !== f.references.entity.toLowerCase()
  ) {
    const same =
      fieldKey(mine.references.entity).replace(/s$/, '') === fieldKey(f.references.entity).replace(/s$/, '');
    if (!same) {
      out.push(
        diag(
          'extract/conflicting-constraint',
          `${entity.name}.${mine.name} references ${mine.references.entity} in ${entity.notation} (${cite(mine.origin)}) but ${f.references.entity} in ${owner.notation} (${cite(f.origin)}); ${entity.notation} wins`,
          { ...atOf(f.origin), path },
        ),
      );
    }
  }
}
