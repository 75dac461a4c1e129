import { type Diagnostic, diag } from '../../diagnostics/diagnostic.js';
import { translatePattern } from '../../knowledge/regex-pattern.js';
import type { StatedPattern } from '../../model/domain.js';
import { fromRule, type Origin } from '../../model/origin.js';
import type { Dialect, SpecEntity, SpecFieldPattern } from '../../model/spec/data.js';
import { noteInferred } from './fields.js';
import { DATA_RULE } from './rules.js';

const at = (o: Origin) => (o.kind === 'source' ? { at: { file: o.file, line: o.line } } : {});
const ref = (o: Origin) => (o.kind === 'source' ? [{ file: o.file, line: o.line }] : undefined);

const TEXT = new Set(['string', 'text', 'email', 'url', 'phone']);

/** A stated pattern with its two translations (knowledge/regex-pattern.ts), each null with its reason. */
export function specPattern(p: StatedPattern): SpecFieldPattern {
  const t = translatePattern(p.source, p.flavour, p.flags);
  return {
    written: p.source,
    flags: p.flags,
    flavour: p.flavour,
    via: p.via,
    jsonSchema: t.ecma.pattern,
    ...(t.ecma.reason ? { jsonSchemaReason: t.ecma.reason } : {}),
    // A pattern read from a stated SQL CHECK is already in the schema: no second CHECK.
    postgres: p.flavour === 'postgres' ? null : t.postgres.pattern,
    ...(p.flavour !== 'postgres' && t.postgres.reason ? { postgresReason: t.postgres.reason } : {}),
    ...(t.postgres.caseInsensitive || (p.flavour === 'postgres' && p.flags.includes('i'))
      ? { caseInsensitive: true }
      : {}),
    origin: p.origin,
  };
}

/** `code ~ '^[A-Z]{3}$'` (or `~*`) in a conjunction: the ARE and its flag; null in a disjunction. */
function sqlPattern(column: string, check: string): { source: string; flags: string } | null {
  if (/\bor\b/i.test(check.replace(/'(?:[^']|'')*'/g, "''"))) return null;
  const col = column.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const m = new RegExp(`(?:^|[\\s(])"?${col}"?(?:::\\w+)?\\s*(~\\*?)\\s*'((?:[^']|'')*)'`, 'i').exec(check);
  if (!m) return null;
  return { source: m[2]!.replace(/''/g, "'"), flags: m[1] === '~*' ? 'i' : '' };
}

/**
 * Finishes the stated patterns of the designed entities: a field whose stated SQL CHECK compares it
 * with a pattern (`col ~ '…'`) carries that pattern for the JSON Schemas; a pattern another notation
 * states becomes a PostgreSQL CHECK by the rule `derive/pattern-check` when the database is
 * PostgreSQL and it translates. Each translation that is not possible is reported with its reason.
 */
export function finishPatterns(
  entities: SpecEntity[],
  dialects: readonly Dialect[],
  out: Diagnostic[],
): void {
  const postgresql = dialects.includes('postgresql');
  for (const e of entities)
    for (const f of e.fields) {
      if (!f.pattern) {
        const stated = [
          { sql: f.check, origin: f.origin },
          ...e.checks.map((c) => ({ sql: c.expression, origin: c.origin })),
        ]
          .map((c) => ({ p: c.sql ? sqlPattern(f.column, c.sql) : null, origin: c.origin }))
          .find((c) => c.p !== null);
        if (stated?.p)
          f.pattern = specPattern({
            ...stated.p,
            flavour: 'postgres',
            via: 'SQL CHECK',
            origin: stated.origin,
          });
      }
      const p = f.pattern;
      if (!p) continue;
      // `~` and JSON Schema `pattern` apply to text only: an enum, a number or a uuid column has neither.
      if (!TEXT.has(f.type.scalar) || (f.enum && f.enum.length > 0)) {
        const reason = `${f.name} is ${f.enum ? 'an enum' : `a ${f.type.scalar}`}, not free text`;
        if (p.jsonSchema !== null) Object.assign(p, { jsonSchema: null, jsonSchemaReason: reason });
        if (p.postgres !== null) Object.assign(p, { postgres: null, postgresReason: reason });
      }
      const path = `entities.${e.name}.fields.${f.column}`;
      const shown = `\`${p.written}\`${p.flags ? ` (flags ${p.flags})` : ''}`;
      if (p.jsonSchema === null)
        out.push(
          diag(
            'data/pattern-not-portable',
            `pattern ${shown} of ${e.name}.${f.name} (${p.via}) is left out of the JSON Schemas and OpenAPI: ${p.jsonSchemaReason}`,
            {
              ...at(p.origin),
              path,
              hint: 'state it as an ECMA-262 pattern without flags, or validate it in code',
            },
          ),
        );
      if (!postgresql || p.flavour === 'postgres') continue;
      if (p.postgres === null)
        out.push(
          diag(
            'data/pattern-not-portable',
            `pattern ${shown} of ${e.name}.${f.name} (${p.via}) gets no PostgreSQL CHECK: ${p.postgresReason}`,
            {
              ...at(p.origin),
              path,
              hint: 'the API validates it; state a CHECK in SQL if the database must too',
            },
          ),
        );
      else noteInferred(f, 'pattern', fromRule(DATA_RULE.patternCheck, ref(p.origin)));
    }
}

/** The validation a stated pattern asks for, as written (`/…/i` when it has flags). */
export function patternText(p: SpecFieldPattern): string {
  return p.flags ? `/${p.written}/${p.flags}` : p.written;
}
