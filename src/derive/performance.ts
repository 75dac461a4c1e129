import type { Domain } from '../model/domain.js';
import { byDefault, fromRule } from '../model/origin.js';
import type { RateLimitClass } from '../model/spec/api.js';
import type { Practice } from '../model/spec/operations.js';
import { endpointsForLatency } from './operations/alerts.js';
import { refs, stated } from './operations/stack.js';
import type { DeriveStep } from './types.js';

/** How the stated data layer loads a relationship in one round trip instead of one query per row. */
function batchLoad(domain: Domain, parent: string, child: string, column: string): string {
  const orm = stated(domain, 'orm')?.value ?? '';
  const db = stated(domain, 'database')?.value ?? '';
  if (orm === 'Prisma')
    return `prisma.${lower(parent)}.findMany({ include: { ${lower(child)}s: true } }) — one batched query, never a findUnique per row`;
  if (orm === 'Drizzle ORM') return `db.query.${lower(parent)}.findMany({ with: { … } }) or one join`;
  if (orm === 'TypeORM') return `leftJoinAndSelect / relations: ['…'] in the repository query`;
  if (orm === 'Sequelize') return 'include: [{ model: … }] in findAll';
  if (orm === 'raw SQL' || orm === 'Kysely' || orm === 'Knex')
    return `one query: WHERE ${column} = ANY($1) over the page's ids (or a JOIN), parameterised`;
  if (orm === 'Mongoose' || db === 'MongoDB')
    return `one $in query on ${column} over the page's ids (or a $lookup), never a find per document`;
  return `one query over the page's ids (WHERE ${column} IN (…)) or a join`;
}

const lower = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/**
 * The endpoint classes a general limit keyed by its callers governs (extract/facts/quantity-rules.ts
 * keys "Authenticated users: 120 requests per minute" as `rate-limit.authenticated`): signed-in
 * callers use the read, write and expensive endpoints; anonymous callers the public ones.
 */
const CALLER_CLASSES: Record<string, RateLimitClass[]> = {
  'rate-limit.authenticated': ['read', 'write', 'expensive'],
  'rate-limit.anonymous': ['public'],
};

/** Requests per window by endpoint class when the documents state none (OWASP API4:2023). */
const DEFAULT_LIMITS: Record<RateLimitClass, string> = {
  auth: '5 per minute per IP and account',
  write: '60 per minute per user',
  read: '300 per minute per user',
  expensive: '10 per minute per user',
  webhook: '600 per minute per provider',
  public: '60 per minute per IP',
};

/**
 * Derive step `performance` (workflow step 11): an index and a batched load per relationship, the
 * pagination in force, rate limits per endpoint class (stated numbers first), and each stated latency
 * target tied to the routes it governs.
 */
export const performanceStep: DeriveStep = {
  name: 'performance',
  derive({ domain, spec }) {
    const out: Practice[] = [];
    // The first index leading with each entity's column, found once (a search of every index per
    // relationship grew with relationships × indexes, issue 19).
    const leading = new Map<string, (typeof spec.database.indexes)[number]>();
    for (const i of spec.database.indexes) {
      if (i.columns.length === 0) continue;
      const key = `${i.entity}\u0000${i.columns[0]}`;
      if (!leading.has(key)) leading.set(key, i);
    }
    const indexed = (entity: string, column: string) => leading.get(`${entity}\u0000${column}`) ?? null;
    for (const r of spec.relationships.filter((x) => x.foreignKey)) {
      const fk = r.foreignKey!;
      const idx = indexed(fk.entity, fk.column);
      out.push({
        topic: `${r.from} → ${r.to} (${fk.entity}.${fk.column})`,
        measure: `${idx ? `index ${idx.name}` : `index on ${fk.entity}.${fk.column} (missing: add it)`}; load with ${batchLoad(domain, r.from, r.to, fk.column)}`,
        origin: fromRule('derive/n-plus-one-per-relationship', refs([r])),
        ref: 'database',
      });
    }
    const paged = spec.endpoints.filter((e) => e.pagination);
    if (paged.length > 0) {
      const p = paged[0]!.pagination!;
      const stdDefault = domain.parameters.find((q) => q.key === 'pagination.default');
      out.push({
        topic: 'pagination',
        measure: `${paged.length} list endpoints paginate (${p.style}); default ${p.default}, max ${p.max}; larger limits are clamped, never rejected silently`,
        origin: stdDefault ? stdDefault.origin : byDefault('derive/pagination-20-100'),
        ref: 'api',
      });
    }
    const byClass = new Map<RateLimitClass, number>();
    for (const e of spec.endpoints) byClass.set(e.rateLimit, (byClass.get(e.rateLimit) ?? 0) + 1);
    for (const [cls, count] of [...byClass.entries()].sort()) {
      // A general limit counts the API's callers; a provider's webhook is called by the provider,
      // whom a limit "per user" or "per IP" of our callers does not count (rule rate-limit-per-class).
      const general = (key: string) =>
        cls !== 'webhook' && (key === 'rate-limit' || key.endsWith('.general') || key.endsWith('.api'));
      const statedLimit = domain.parameters.find(
        (q) =>
          q.key.startsWith('rate-limit') &&
          (q.key.includes(cls) || general(q.key) || CALLER_CLASSES[q.key]?.includes(cls)),
      );
      out.push({
        topic: `rate limit: ${cls} endpoints (${count})`,
        // Who the limit counts, as the sentence writes it ("por usuário"), beside the rate.
        measure: statedLimit
          ? `${statedLimit.text}${statedLimit.per && !statedLimit.text.toLowerCase().includes(statedLimit.per.toLowerCase()) ? ` (${statedLimit.per})` : ''} (stated)`
          : `${DEFAULT_LIMITS[cls]} (default); 429 with Retry-After beyond`,
        origin: statedLimit ? statedLimit.origin : byDefault('derive/rate-limit-per-class'),
        ref: 'api',
      });
    }
    // "Anonyme Katalogsuche: höchstens 30 Anfragen pro Minute": the anonymous callers' limit stands
    // on its own where no public class takes it (anonymous callers read the read endpoints too).
    const anonymous = domain.parameters.find((q) => q.key === 'rate-limit.anonymous');
    if (anonymous && !byClass.has('public'))
      out.push({
        topic: 'rate limit: anonymous callers',
        measure: `${anonymous.text}${anonymous.per ? ` (${anonymous.per})` : ''} (stated)`,
        origin: anonymous.origin,
        ref: 'api',
      });
    // Each limit the documents state for one operation, beside its class's ("10 bookings per minute").
    for (const e of spec.endpoints.filter((x) => x.statedRateLimit)) {
      const limit = e.statedRateLimit!;
      out.push({
        topic: `rate limit on ${e.method} ${e.path}`,
        measure:
          limit.per && !limit.text.toLowerCase().includes(limit.per.toLowerCase())
            ? `${limit.text} (${limit.per})`
            : limit.text,
        origin: limit.origin,
        ref: 'api',
      });
    }
    const seen = new Set<string>();
    for (const q of domain.parameters.filter((p) => p.key.startsWith('nfr.latency') && p.value !== null)) {
      if (seen.has(`${q.key}|${q.value}`)) continue;
      seen.add(`${q.key}|${q.value}`);
      const group = endpointsForLatency(q.key, spec.endpoints);
      out.push({
        topic: `latency target: ${q.label}`,
        measure: `${q.text}${
          group.length > 0
            ? ` for ${group
                .map((e) => `${e.method} ${e.path}`)
                .slice(0, 6)
                .join(', ')}`
            : ''
        }; measured as p95 (section 11 alert)`,
        origin: q.origin,
        ref: 'latency',
      });
    }
    const users = domain.parameters.find((q) => q.key === 'nfr.concurrent-users' && q.value !== null);
    if (users && spec.database.dialects.length > 0) {
      out.push({
        topic: 'connection pool',
        // The number, not the stated text: that already says "concurrent" or "simultaneous" ("200 concurrent").
        measure: `sized for the stated ${users.value} concurrent users: pool ≥ ${Math.min(users.value!, 20)} per instance, statement timeout below the slowest latency target`,
        origin: fromRule('derive/pool-from-concurrency', refs([users])),
        ref: 'database',
      });
    }
    return { spec: { performance: out }, diagnostics: [] };
  },
};
