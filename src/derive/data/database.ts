import { type Diagnostic, diag } from '../../diagnostics/diagnostic.js';
import { chosen } from '../../knowledge/stack.js';
import type { Domain, StackChoice } from '../../model/domain.js';
import { byDefault, type Origin } from '../../model/origin.js';
import type { DatabaseSpec, Dialect, SpecEntity, SpecIndex } from '../../model/spec/data.js';
import { DATA_RULE } from './rules.js';

const at = (o: Origin) => (o.kind === 'source' ? { at: { file: o.file, line: o.line } } : {});

const DIALECTS: [RegExp, Dialect][] = [
  [/postgres|\bpg\b|supabase|neon|cockroach|timescale|aurora postgres/i, 'postgresql'],
  [/mysql|mariadb|planetscale|aurora mysql/i, 'mysql'],
  [/sqlite|libsql|turso|d1\b/i, 'sqlite'],
  [/mongo|documentdb|cosmos.*mongo/i, 'mongodb'],
];

export function dialectOf(value: string): Dialect | null {
  return DIALECTS.find(([re]) => re.test(value))?.[1] ?? null;
}

/**
 * Which schemas to emit: the database the tech stack chooses (first), then any other chosen
 * database with a dialect we write. No stated database but a data model → PostgreSQL, the
 * workflow's example stack, by a named default. No entities → no database at all.
 */
export function chooseDialects(
  domain: Domain,
  hasEntities: boolean,
  diagnostics: Diagnostic[],
): { dialects: Dialect[]; origin: Origin | null; version?: string } {
  if (!hasEntities) return { dialects: [], origin: null };
  const primary = chosen(domain, 'database');
  const dialects: Dialect[] = [];
  let origin: Origin | null = null;
  if (primary) {
    const d = dialectOf(primary.value);
    if (d) {
      dialects.push(d);
      origin = primary.origin;
      // The version the stack states ("PostgreSQL 16") is the one the schema is written for.
      // Below the version the schema needs (gen_random_uuid() from PostgreSQL 13, CHECK from MySQL
      // 8.0.16, RETURNING from SQLite 3.35) the stated one cannot run it: the minimum stays.
      const stated = statedVersion(domain, primary, d);
      if (stated && atLeast(stated.version, MINIMUM[d]))
        return withOthers(domain, dialects, stated.origin, stated.version);
    } else {
      diagnostics.push(
        diag(
          'data/unsupported-database',
          `the chosen database "${primary.value}" has no schema dialect here: no schema file is written for it`,
          {
            ...at(primary.origin),
            hint: 'PostgreSQL, MySQL, SQLite and MongoDB schemas are supported',
          },
        ),
      );
      return { dialects: [], origin: primary.origin };
    }
  }
  withOthers(domain, dialects, origin);
  if (dialects.length === 0) {
    dialects.push('postgresql');
    origin = byDefault(DATA_RULE.defaultDatabase);
  }
  return { dialects, origin };
}

/**
 * The version of the chosen database: the one its own line states, else the one the other lines
 * that name the same database state ("DB: Supabase (PostgreSQL)" beside "PostgreSQL 17" in the
 * schema guide), cited at that line. Lines that disagree ("17" and "15") state no version; a lower
 * bound ("14+") agrees with any release at or above it.
 */
function statedVersion(
  domain: Domain,
  primary: StackChoice,
  dialect: Dialect,
): { version: string; origin: Origin } | null {
  if (primary.version) return { version: primary.version, origin: primary.origin };
  const others = domain.stack.filter(
    (s) =>
      s.concern === 'database' &&
      (s.status === 'chosen' || s.status === 'mentioned') &&
      s.version &&
      dialectOf(s.value) === dialect,
  );
  const exact = [...new Set(others.filter((s) => !s.version!.endsWith('+')).map((s) => s.version!))];
  const bounds = others.filter((s) => s.version!.endsWith('+')).map((s) => s.version!.slice(0, -1));
  if (exact.length > 1) return null;
  const candidate = exact[0] ?? (bounds.length === 1 ? `${bounds[0]}+` : null);
  if (!candidate || (exact.length === 0 && bounds.length > 1)) return null;
  if (exact.length === 1 && !bounds.every((b) => atLeast(exact[0]!, b.split('.').map(Number)))) return null;
  const from = others.find((s) => s.version === candidate)!;
  return { version: candidate, origin: from.origin };
}

/** The oldest version of each database the schemas written here run on (see the dialect writers). */
const MINIMUM: Record<Dialect, number[]> = {
  postgresql: [13],
  mysql: [8, 0, 16],
  sqlite: [3, 35],
  mongodb: [],
};

/** `16` ≥ [13]; `8.0` is not ≥ [8, 0, 16] (an unstated part may be any lower release). */
function atLeast(version: string, minimum: number[]): boolean {
  const parts = version.replace(/\+$/, '').split('.').map(Number);
  for (let i = 0; i < minimum.length; i++) {
    const p = parts[i];
    if (p === undefined) return false;
    if (p !== minimum[i]) return p > minimum[i]!;
  }
  return true;
}

/** Adds every other chosen database with a dialect we write, beside the primary one. */
function withOthers(
  domain: Domain,
  dialects: Dialect[],
  origin: Origin | null,
  version?: string,
): { dialects: Dialect[]; origin: Origin | null; version?: string } {
  for (const s of domain.stack)
    if (s.concern === 'database' && s.status === 'chosen') {
      const d = dialectOf(s.value);
      if (d && !dialects.includes(d) && (d === 'mongodb') === (dialects[0] === 'mongodb')) dialects.push(d);
    }
  return { dialects, origin, ...(version ? { version } : {}) };
}

/**
 * Extensions the schema needs (PostgreSQL docs appendix F): pg_trgm for trigram operator classes,
 * citext for case-insensitive text. gen_random_uuid() is built in since PostgreSQL 13 (docs §9.14),
 * so pgcrypto is not needed for UUID keys.
 */
export function neededExtensions(entities: SpecEntity[], indexes: SpecIndex[]): DatabaseSpec['extensions'] {
  const out: DatabaseSpec['extensions'] = [];
  const trgm = indexes.filter((i) => Object.values(i.opclasses ?? {}).some((o) => o.includes('trgm')));
  if (trgm.length > 0)
    out.push({ name: 'pg_trgm', reason: `trigram operator class on ${trgm.map((i) => i.name).join(', ')}` });
  const citext = entities.flatMap((e) =>
    e.fields.filter((f) => /^citext/i.test(f.type.raw ?? '')).map((f) => `${e.table}.${f.column}`),
  );
  if (citext.length > 0)
    out.push({ name: 'citext', reason: `case-insensitive text in ${citext.join(', ')}` });
  return out;
}
