import { compactDuration } from '../knowledge/durations.js';
import type { StackConcern } from '../model/domain.js';
import { STATED_NONE } from '../model/domain.js';
import { byDefault, fromRule, type Origin } from '../model/origin.js';
import type { KeyDecision } from '../model/spec/index.js';
import { refs, stated } from './operations/stack.js';
import type { DeriveStep } from './types.js';

/**
 * Derive step `decisions`: the report's "Key Technical Decisions" — authentication, database and
 * schema approach, caching, background jobs (the four the workflow's report lists) — plus the other
 * stack choices the documents make, each with the origin of the choice.
 */
/** Strategies whose code is not their name ("SESSION" read as a shout, not a design). */
const STRATEGY_NAMES: Record<string, string> = {
  session: 'server-side sessions (cookie)',
  'api-key': 'API keys',
  'opaque-token': 'opaque bearer tokens',
};

export const decisionsStep: DeriveStep = {
  name: 'decisions',
  derive({ domain, spec }) {
    const out: KeyDecision[] = [];
    if (spec.auth) {
      const a = spec.auth;
      // A part the documents do not state is marked where it stands: the decision as a whole cites
      // the stated mechanism, so a default lifetime or hash would otherwise pass for stated.
      const mark = (text: string, o: Origin) => (o.kind === 'default' ? `${text} (proposed)` : text);
      const ttl = [
        a.accessTokenTtlSeconds
          ? mark(`access ${compactDuration(a.accessTokenTtlSeconds.value)}`, a.accessTokenTtlSeconds.origin)
          : null,
        a.refreshTokenTtlSeconds
          ? mark(
              `refresh ${compactDuration(a.refreshTokenTtlSeconds.value)}`,
              a.refreshTokenTtlSeconds.origin,
            )
          : null,
      ].filter(Boolean);
      const what = !a.provider
        ? (STRATEGY_NAMES[a.strategy.value] ?? a.strategy.value.toUpperCase())
        : a.strategy.value === 'oauth-provider'
          ? `sign-in delegated via ${a.provider.value} (OAuth 2.0 / OIDC)`
          : a.strategy.value === 'jwt' && a.tokenIssuer?.value === 'server'
            ? `sign-in via ${a.provider.value}, then the API's own JWTs`
            : a.strategy.value === 'opaque-token'
              ? `opaque bearer tokens via ${a.provider.value}`
              : `${a.strategy.value} via ${a.provider.value}`;
      // One clause per part (`JWT; access 15min; refresh 7d (proposed); bcrypt, cost 12`), each
      // translated on its own.
      out.push({
        topic: 'Authentication',
        choice: [
          what,
          // Hashed passwords beside the link: the link is one audience's way in (auth-endpoints.ts).
          ...(a.signInMethod?.value === 'magic-link'
            ? [
                a.passwordHashing
                  ? 'sign-in by password or a one-time e-mail link'
                  : 'sign-in by a one-time e-mail link',
              ]
            : []),
          ...ttl,
          ...(a.passwordHashing ? [mark(a.passwordHashing.value, a.passwordHashing.origin)] : []),
        ].join('; '),
        origin: a.strategy.origin,
      });
    }
    const db = stated(domain, 'database');
    // sqlc generates code from hand-written queries over the stated SQL schema: it defines no schema.
    const mapper = stated(domain, 'orm');
    const orm = mapper?.value === 'sqlc' ? null : mapper;
    // A stated migration tool beside the ORM runs the migrations ("Hibernate, `ddl-auto=validate`" and
    // "Flyway 10, SQL migrations"): the ORM does not. "Prisma Migrate" is Prisma's own.
    const migrations = stated(domain, 'migrations');
    if (db && spec.entities.length === 0) {
      out.push({ topic: 'Database', choice: `${db.value}; no data model is described`, origin: db.origin });
    } else if (db) {
      const approach = orm
        ? orm.value === 'raw SQL'
          ? 'raw SQL, versioned migrations'
          : migrations && !migrations.value.startsWith(orm.value)
            ? `${orm.value} schema, ${migrations.value} migrations`
            : `${orm.value} schema and migrations`
        : 'schema in section 2';
      out.push({
        topic: 'Database',
        choice: `${db.value}; ${approach}; ${spec.entities.length} entities, ${spec.database.indexes.length} indexes`,
        origin: db.origin,
      });
    } else if (spec.entities.length === 0) {
      out.push({
        topic: 'Database',
        choice: 'none: the documents describe no stored data',
        origin: byDefault('derive/no-database'),
      });
    }
    const c = spec.caching;
    // No stated store and nothing to cache: there is no caching decision to report or propose.
    if (c && (c.store || c.entries.length > 0)) {
      out.push(
        c.store
          ? {
              topic: 'Caching',
              choice:
                c.store.value === STATED_NONE
                  ? 'no cache (stated)'
                  : c.entries.length === 1
                    ? `${c.store.value} for 1 entry`
                    : `${c.store.value} for ${c.entries.length} entries`,
              origin: c.store.origin,
            }
          : {
              topic: 'Caching',
              choice: `no cache store is stated: ${c.fallback?.value ?? 'none'}, ${c.entries.length === 1 ? '1 entry' : `${c.entries.length} entries`}`,
              origin: c.fallback?.origin ?? byDefault('derive/in-process-cache-when-no-store'),
            },
      );
    }
    const runner = spec.jobs[0]?.runner;
    if (runner)
      out.push({
        topic: 'Background jobs',
        // A part no document states is marked where it stands (a stated queue, a proposed scheduler).
        choice: `${runner.queue}${runner.proposed?.includes('queue') ? ' (proposed)' : ''}; scheduled by ${runner.scheduler}${runner.proposed?.includes('scheduler') ? ' (proposed)' : ''}; ${spec.jobs.length} jobs`,
        origin: runner.origin,
      });
    const others: [StackConcern, string][] = [
      ['framework', 'Backend framework'],
      ['api-style', 'API style'],
      ['hosting', 'Hosting'],
      ['storage', 'File storage'],
      // The concern holds metrics, tracing and error tracking alike (Prometheus, Sentry): named for all.
      ['monitoring', 'Monitoring'],
    ];
    for (const [concern, topic] of others) {
      const s = stated(domain, concern);
      if (s) out.push({ topic, choice: s.written ?? s.value, origin: s.origin });
    }
    const active = spec.integrations.filter((i) => i.status === 'chosen');
    if (active.length > 0)
      out.push({
        topic: 'External integrations',
        choice: active.map((i) => i.name).join(', '),
        origin: fromRule('derive/integrations-in-use', refs(active)),
      });
    const language = serverLanguage(domain);
    return { spec: { decisions: out, ...(language ? { serverLanguage: language } : {}) }, diagnostics: [] };
  },
};

/** Languages that only run on a server: stated beside TypeScript, they are the backend's. */
const SERVER_ONLY = ['Kotlin', 'Java', 'Python', 'Go', 'C#', 'Ruby', 'PHP', 'Rust', 'Elixir'];
/** The language a stated backend framework is written in, when it has one. */
const FRAMEWORK_LANGUAGE: [RegExp, string][] = [
  [
    /^(?:NestJS|Express|Fastify|Hono|Koa|AdonisJS|tRPC|Next\.js|Payload(?: CMS)?|Remix|Nuxt|SvelteKit)$/i,
    'TypeScript',
  ],
  [/^(?:Django|FastAPI|Flask)/i, 'Python'],
  [/^(?:ASP\.NET)/i, 'C#'],
  [/^(?:Gin|Echo|Fiber)$/i, 'Go'],
  [/^(?:Ruby on Rails|Rails)$/i, 'Ruby'],
  [/^(?:Laravel|Symfony)/i, 'PHP'],
  [/^(?:Phoenix)$/i, 'Elixir'],
];

/**
 * The backend's language as the stack states it: the language of the chosen backend framework, else
 * a server-only language the documents choose (Kotlin beside a TypeScript front end).
 */
function serverLanguage(domain: Parameters<typeof stated>[0]): { value: string; origin: Origin } | null {
  const chosen = domain.stack.filter((s) => s.concern === 'language' && s.status === 'chosen');
  // The backend framework's own language first (a Next.js API beside a Python event processor).
  const framework = stated(domain, 'framework');
  const of = framework ? FRAMEWORK_LANGUAGE.find(([re]) => re.test(framework.value))?.[1] : undefined;
  if (framework && of) return { value: of, origin: framework.origin };
  const server = SERVER_ONLY.map((l) => chosen.find((c) => c.value === l)).find((c) => c !== undefined);
  if (server) return { value: server.value, origin: server.origin };
  const ts = chosen.find((c) => c.value === 'TypeScript');
  return ts ? { value: ts.value, origin: ts.origin } : null;
}
