import { byDefault, type Origin } from '../model/origin.js';
import type { Spec } from '../model/spec/index.js';
import type { DeploymentSpec, EnvVar } from '../model/spec/operations.js';
import { envNamesIn, exampleFor, isSecret } from './operations/env.js';
import { cacheStore, onRedis, stated } from './operations/stack.js';
import type { DeriveStep } from './types.js';

/** Migration workflow per stated ORM / migration tool (each tool's own documented commands). */
const MIGRATIONS: Record<string, string[]> = {
  Prisma: [
    'schema.prisma is the source of truth; `prisma migrate dev --name <change>` creates a timestamped SQL migration locally',
    'commit prisma/migrations/*; CI runs `prisma migrate deploy` against the target database before the new release starts',
    'never `prisma db push` against shared databases',
  ],
  'raw SQL': [
    'versioned SQL files (001_init.sql, 002_…) applied in order by a migration runner',
    'the runner records each applied file in a migrations table and applies only new ones, each in a transaction',
    'run before the new release starts; files are never edited after they have been applied anywhere',
  ],
  'Drizzle ORM': [
    '`drizzle-kit generate` writes SQL migrations from the schema',
    '`drizzle-kit migrate` (or migrate() at deploy) applies them in order',
  ],
  TypeORM: [
    '`typeorm migration:generate` from entity changes',
    '`typeorm migration:run` at deploy; synchronize: false in every shared environment',
  ],
  Sequelize: ['`sequelize-cli migration:generate`, then `db:migrate` at deploy'],
  Knex: ['`knex migrate:make <name>`, then `knex migrate:latest` at deploy'],
  Kysely: ['Kysely Migrator with FileMigrationProvider; migrateToLatest() at deploy'],
  Mongoose: [
    'no schema migrations: new fields are optional; data backfills and index builds run as versioned scripts',
  ],
  MongoDB: [
    'no schema migrations: new fields are optional (backward compatible readers); index creation and backfills as versioned scripts run at deploy',
  ],
  Alembic: ['`alembic revision --autogenerate`, then `alembic upgrade head` at deploy'],
  Flyway: ['V<n>__<name>.sql files; `flyway migrate` at deploy'],
  // https://github.com/pressly/goose: `goose create`, `goose up`, the goose_db_version table.
  goose: [
    'SQL files with `-- +goose Up` and `-- +goose Down` sections (`goose create <name> sql`)',
    '`goose up` at deploy applies the new files in order and records each in the goose_db_version table',
  ],
};

/** How a release is undone on the stated hosting platform (each platform's documented command). */
const ROLLBACK: Record<string, string> = {
  Vercel:
    'promote the previous production deployment (Vercel dashboard "Instant Rollback" or `vercel rollback`)',
  'Fly.io': 'redeploy the previous image (`fly releases`, then `fly deploy --image <previous>`)',
  'Docker Compose': 'set the image tag back to the previous release and `docker compose up -d`',
  Docker: 'run the previous image tag',
  Kubernetes: '`kubectl rollout undo deployment/<api>`',
  Heroku: '`heroku rollback`',
  Netlify: 'publish the previous deploy from the Deploys list',
  Render: 'roll back to the previous deploy from the service’s Events',
  Railway: 'redeploy the previous deployment',
};

/**
 * Derive step `deployment` (workflow step 14): every environment variable the spec uses (collected
 * from the spec itself, so the list and the uses cannot drift), the migration workflow of the stated
 * tool, a rollback procedure for the stated host, and prerequisites.
 */
export const deploymentStep: DeriveStep = {
  name: 'deployment',
  derive({ domain, spec }) {
    // Every name in the spec but its deployment, errors and reconciliation, read from its strings
    // rather than from its whole JSON text (envNamesIn).
    const used = new Set(envNamesIn(spec as Spec, new Set(['deployment', 'errors', 'reconciliation'])));
    const dialect = spec.database.dialects[0] ?? null;
    // "Amazon S3 (eu-south-1)": the one AWS region the documents name on a line that names the
    // integration reading the setting, else the one they name at all; none where they name several.
    const named = domain.statedRegions ?? [];
    const only = (list: typeof named) => {
      const codes = [...new Set(list.map((r) => r.code))];
      return codes.length === 1 ? codes[0]! : null;
    };
    const regionOf = (name: string): string | null => {
      const integration = spec.integrations.find((i) => i.env.includes(name));
      const quoted = integration
        ? named.filter((r) => r.origin.kind === 'source' && (r.origin.quote ?? '').includes(integration.name))
        : [];
      return only(quoted) ?? only(named);
    };
    const describe = (name: string): { description: string; origin: Origin } => {
      const integration = spec.integrations.find((i) => i.env.includes(name));
      if (integration)
        return { description: `${integration.name} (${integration.category})`, origin: integration.origin };
      if (name === 'DATABASE_URL')
        return {
          description: `${dialect ?? 'database'} connection string (with credentials)`,
          origin: spec.database.origin ?? byDefault('derive/env-database-url'),
        };
      if (name === 'REDIS_URL')
        return {
          description: 'Redis connection (cache / queue)',
          origin:
            (cacheStore(domain) ?? stated(domain, 'queue'))?.origin ?? byDefault('derive/env-redis-url'),
        };
      if (/^JWT_/.test(name) && spec.auth)
        return { description: 'JWT signing secret (HS256, ≥ 256 bits)', origin: spec.auth.strategy.origin };
      if (name === 'LOG_LEVEL')
        return {
          description: 'minimum log level (info in production, debug locally)',
          origin: byDefault('derive/env-log-level'),
        };
      return { description: 'referenced by the spec', origin: byDefault('derive/env-referenced') };
    };
    const env: EnvVar[] = [...used].sort().map((name) => ({
      name,
      ...describe(name),
      example: exampleFor(name, dialect, regionOf(name)),
      secret: isSecret(name),
      required: !/^(LOG_LEVEL|PORT|NODE_ENV)$/.test(name),
    }));

    // A stated migration tool runs the migrations, whatever the ORM ("Hibernate" with "Flyway").
    const db = stated(domain, 'database');
    const tool =
      [stated(domain, 'migrations'), stated(domain, 'orm'), db].find((t) => t && MIGRATIONS[t.value]) ?? null;
    const migration: DeploymentSpec['migration'] = tool
      ? { tool: tool.value, steps: MIGRATIONS[tool.value]!, origin: tool.origin }
      : dialect
        ? {
            tool: 'versioned SQL files',
            steps: MIGRATIONS['raw SQL']!,
            origin: byDefault('derive/migrations-versioned-sql'),
          }
        : null;

    const hosting = stated(domain, 'hosting');
    const rollback = [
      hosting && ROLLBACK[hosting.value]
        ? `application: ${ROLLBACK[hosting.value]}`
        : 'application: redeploy the previous release artifact',
      ...(migration
        ? [
            'schema: migrations are expand/contract — a release only adds (columns nullable or defaulted, new tables); removals ship one release later — so the previous application version runs on the new schema and rolling back the application needs no schema rollback',
            `a faulty migration is fixed by a new forward migration${migration.tool === 'Prisma' ? ' (Prisma has no down migrations)' : ''}; restore from the pre-deploy backup only for data loss`,
          ]
        : []),
    ];

    const prerequisites: DeploymentSpec['prerequisites'] = [];
    const runtime = stated(domain, 'runtime');
    if (runtime) prerequisites.push({ item: `${runtime.value} runtime`, origin: runtime.origin });
    if (db)
      prerequisites.push({
        item: `${db.value} database reachable through DATABASE_URL; backup taken before migrating`,
        origin: db.origin,
      });
    // "Backups are kept 30 days": the stated backup period, an operations fact of the database.
    const backups = domain.parameters?.find((q) => q.key === 'backup.retention');
    if (backups)
      prerequisites.push({ item: `backups kept ${backups.text} (stated)`, origin: backups.origin });
    for (const c of ['cache', 'queue'] as const) {
      const s = c === 'cache' ? cacheStore(domain) : stated(domain, c);
      if (s && !(db && s.value === db.value))
        prerequisites.push({
          item: `${s.value} (${c})${onRedis(domain, s) ? ' reachable through REDIS_URL' : ''}`,
          origin: s.origin,
        });
    }
    for (const i of spec.integrations.filter((x) => x.status === 'chosen' && x.env.length > 0)) {
      prerequisites.push({
        item: `${i.name} account and credentials (${i.env.join(', ')})${i.notes[0] ? `; ${i.notes[0]}` : ''}`,
        origin: i.origin,
      });
    }
    const ci = stated(domain, 'ci');
    if (ci)
      prerequisites.push({
        item: `${ci.value} pipeline: lint, type-check, tests, migrations, deploy`,
        origin: ci.origin,
      });
    if (hosting)
      prerequisites.push({
        item: `${hosting.written ?? hosting.value} project with the environment variables above set per environment`,
        origin: hosting.origin,
      });

    if (env.length === 0 && !migration && prerequisites.length === 0)
      return { spec: { deployment: null }, diagnostics: [] };
    const deployment: DeploymentSpec = {
      env,
      migration,
      rollback,
      prerequisites,
      environments: [],
    };
    return { spec: { deployment }, diagnostics: [] };
  },
};
