import type { StackConcern } from '../model/domain.js';
import { nameMatcher, needle, protocolOnly } from './name-matcher.js';

/**
 * Canonical technology names with the spellings documents use for them, and the concern each one
 * answers. The stack extractor matches these in tables, labelled lines and headings; the derive steps
 * read the canonical name (`chosen(domain, 'database')?.value === 'PostgreSQL'`).
 *
 * An alias is a regular-expression source matched case-insensitively on word boundaries, unless the
 * entry sets `caseSensitive` (names that are also English words: Express, Render, Temporal).
 */
export interface Technology {
  name: string;
  concern: StackConcern;
  /** Other concerns it can answer when a document puts it in that slot (Next.js as `frontend`). */
  also?: StackConcern[];
  aliases: string[];
  caseSensitive?: boolean;
  /** Only counts as a choice in a slot labelled with its concern (REST, gRPC are said in passing). */
  needsLabel?: boolean /** A queue's own scheduler for recurring jobs, when it has one (BullMQ's repeatable jobs). */;
  schedules?: string;
}

const t = (
  name: string,
  concern: StackConcern,
  aliases: string[],
  extra: Partial<Pick<Technology, 'also' | 'caseSensitive' | 'needsLabel' | 'schedules'>> = {},
): Technology => ({ name, concern, aliases, ...extra });

export const TECHNOLOGIES: readonly Technology[] = [
  // languages and runtimes
  t('TypeScript', 'language', ['typescript']),
  t('JavaScript', 'language', ['javascript']),
  t('Python', 'language', ['python']),
  // A cell that is only "Go" (`| Language | Go | 1.23 |`): the word alone in prose is English.
  t('Go', 'language', ['golang', 'Go \\d\\.\\d+', '^Go$'], { caseSensitive: true }),
  t('Java', 'language', ['Java(?!Script)'], { caseSensitive: true }),
  t('Kotlin', 'language', ['kotlin']),
  t('C#', 'language', ['C#', '\\.NET'], { caseSensitive: true }),
  t('Ruby', 'language', ['Ruby'], { caseSensitive: true }),
  t('PHP', 'language', ['PHP'], { caseSensitive: true }),
  t('Rust', 'language', ['Rust'], { caseSensitive: true }),
  t('Elixir', 'language', ['elixir']),
  t('Node.js', 'runtime', ['node\\.js', 'nodejs', 'Node \\d{2}']),
  t('Deno', 'runtime', ['deno']),
  t('Bun', 'runtime', ['Bun'], { caseSensitive: true }),
  // backend frameworks
  t('NestJS', 'framework', ['nest\\.?js']),
  t('Express', 'framework', ['Express(?:\\.js)?', 'expressjs'], { caseSensitive: true }),
  t('Fastify', 'framework', ['fastify']),
  t('Koa', 'framework', ['Koa(?:\\.js)?'], { caseSensitive: true }),
  t('Hono', 'framework', ['Hono'], { caseSensitive: true }),
  t('Hapi', 'framework', ['hapi(?:\\.js)?'], { caseSensitive: true }),
  t('AdonisJS', 'framework', ['adonis(?:\\.?js)?']),
  t('Next.js', 'framework', ['next\\.?js', 'Next\\.js API routes'], { also: ['frontend'] }),
  t('Nuxt', 'framework', ['nuxt(?:\\.?js)?'], { also: ['frontend'] }),
  t('Remix', 'framework', ['Remix'], { also: ['frontend'], caseSensitive: true }),
  t('SvelteKit', 'framework', ['sveltekit'], { also: ['frontend'] }),
  // Python frameworks that serve their own web UI (a browser client of the same backend).
  t('Chainlit', 'framework', ['chainlit'], { also: ['frontend'] }),
  t('Streamlit', 'framework', ['streamlit'], { also: ['frontend'] }),
  t('Gradio', 'framework', ['gradio'], { also: ['frontend'] }),
  t(
    'Payload CMS',
    'framework',
    ['Payload CMS', 'payloadcms', 'Payload(?= (?:admin|collections?|config|RBAC|auth|local API|v?\\d))'],
    {
      caseSensitive: true,
    },
  ),
  t('Strapi', 'framework', ['strapi']),
  t('Django', 'framework', ['django']),
  t('FastAPI', 'framework', ['fastapi']),
  t('Flask', 'framework', ['Flask'], { caseSensitive: true }),
  t('Ruby on Rails', 'framework', ['Ruby on Rails', 'Rails'], { caseSensitive: true }),
  t('Laravel', 'framework', ['laravel'], { schedules: 'Laravel scheduler (`php artisan schedule:run`)' }),
  t('Spring Boot', 'framework', ['spring boot'], { schedules: 'Spring `@Scheduled`' }),
  t('ASP.NET Core', 'framework', ['asp\\.net(?: core)?']),
  t('Phoenix', 'framework', ['Phoenix'], { caseSensitive: true }),
  // Go routers: "chi" and "Gin" alone are words too, so only as a whole cell or by import path.
  t('chi', 'framework', ['^chi$', 'go-chi(?:/chi)?'], { caseSensitive: true }),
  t('Gin', 'framework', ['^Gin$', 'gin-gonic(?:/gin)?'], { caseSensitive: true }),
  // API styles
  t('REST', 'api-style', ['REST(?:ful)?(?= API| endpoints?| interface| service)', 'RESTful'], {
    needsLabel: true,
    caseSensitive: true,
  }),
  t('GraphQL', 'api-style', ['graphql'], { needsLabel: true }),
  t('gRPC', 'api-style', ['grpc'], { needsLabel: true }),
  t('tRPC', 'api-style', ['trpc'], { needsLabel: true }),
  t('WebSocket', 'api-style', ['websockets?'], { needsLabel: true }),
  // databases
  // A driver names its database: `github.com/jackc/pgx/v5`, asyncpg, psycopg, Npgsql, mysql2, PyMySQL.
  t('PostgreSQL', 'database', [
    'postgres(?:ql)?',
    '(?<![\\w-])pg(?![\\w-])',
    'psql',
    'pgx',
    'github\\.com/jackc/pgx',
    'asyncpg',
    'psycopg\\d?',
    'npgsql',
  ]),
  t('MySQL', 'database', ['mysql\\d?', 'pymysql', 'mysqlclient', 'github\\.com/go-sql-driver/mysql']),
  t('MariaDB', 'database', ['mariadb']),
  t('SQLite', 'database', ['sqlite\\d?']),
  t('MongoDB', 'database', ['mongo(?:db)?(?! ?ose)', 'mongodb atlas']),
  t('Microsoft SQL Server', 'database', ['sql server', 'mssql']),
  t('Oracle Database', 'database', ['oracle database', 'oracle db']),
  t('DynamoDB', 'database', ['dynamodb']),
  t('Cloud Firestore', 'database', ['firestore']),
  t('CockroachDB', 'database', ['cockroachdb']),
  t('Cassandra', 'database', ['cassandra']),
  t('Supabase', 'hosting', ['supabase(?! ?(?:storage|auth))'], { also: ['database'] }),
  t('Neon', 'database', ['neon(?:\\.tech| postgres)'], {}),
  t('PlanetScale', 'database', ['planetscale']),
  // ORMs and query layers
  t('Prisma', 'orm', ['prisma(?! migrate)']),
  t('Drizzle ORM', 'orm', ['drizzle(?: orm)?']),
  t('TypeORM', 'orm', ['typeorm']),
  t('Sequelize', 'orm', ['sequelize']),
  t('Kysely', 'orm', ['kysely']),
  t('Knex', 'orm', ['knex(?:\\.js)?']),
  t('MikroORM', 'orm', ['mikro-?orm']),
  t('Mongoose', 'orm', ['mongoose']),
  t('SQLAlchemy', 'orm', ['sqlalchemy']),
  t('Django ORM', 'orm', ['django orm']),
  t('GORM', 'orm', ['gorm']),
  t('Active Record', 'orm', ['active ?record']),
  t('Hibernate', 'orm', ['hibernate', 'jpa']),
  t('Entity Framework Core', 'orm', ['entity framework(?: core)?', 'ef core']),
  t('raw SQL', 'orm', ['raw sql', 'plain sql', 'hand-written sql', 'no orm']),
  // sqlc generates typed Go code from hand-written SQL queries (`-- name: GetOrder :one`).
  t('sqlc', 'orm', ['sqlc']),
  // migrations
  t('Prisma Migrate', 'migrations', ['prisma migrate']),
  t('Flyway', 'migrations', ['flyway']),
  t('Liquibase', 'migrations', ['liquibase']),
  t('Alembic', 'migrations', ['alembic']),
  t('dbmate', 'migrations', ['dbmate']),
  t('golang-migrate', 'migrations', ['golang-migrate']),
  // pressly/goose: SQL files with `-- +goose Up` / `-- +goose Down` sections.
  t('goose', 'migrations', ['goose']),
  // caches
  t('Redis', 'cache', ['redis(?! ?streams?)', 'upstash redis', 'elasticache']),
  t('Valkey', 'cache', ['valkey']),
  t('Memcached', 'cache', ['memcached?']),
  // Upstash alone is a Redis host ("Redis 7 (Upstash)"), not Vercel's product built on it.
  t('Vercel KV', 'cache', ['vercel kv']),
  t('Cloudflare KV', 'cache', ['workers kv', 'cloudflare kv']),
  // queues and job runners
  t('BullMQ', 'queue', ['bullmq'], { schedules: 'BullMQ repeatable jobs' }),
  t('Bull', 'queue', ['bull(?=\\s+queue|js)'], { schedules: 'Bull repeatable jobs' }),
  t('Redis Streams', 'queue', ['redis streams?']),
  t('Amazon SQS', 'queue', ['sqs', 'simple queue service']),
  t('RabbitMQ', 'queue', ['rabbitmq', 'amqp']),
  t('Apache Kafka', 'queue', ['kafka']),
  t('NATS', 'queue', ['NATS(?: JetStream)?'], { caseSensitive: true }),
  t('Google Cloud Pub/Sub', 'queue', ['(?:google |gcp )?cloud pub/sub', 'google pub/sub']),
  t('Celery', 'queue', ['celery'], { schedules: 'Celery beat' }),
  t('Sidekiq', 'queue', ['sidekiq']),
  t('pg-boss', 'queue', ['pg-?boss'], { schedules: 'pg-boss schedules (cron)' }),
  t('Graphile Worker', 'queue', ['graphile worker'], { schedules: 'Graphile Worker crontab' }),
  t('Inngest', 'queue', ['inngest'], { schedules: 'Inngest cron triggers' }),
  t('Trigger.dev', 'queue', ['trigger\\.dev'], { schedules: 'Trigger.dev scheduled tasks' }),
  t('Temporal', 'queue', ['temporal\\.io', 'Temporal workflows?'], {
    caseSensitive: false,
    schedules: 'Temporal schedules',
  }),
  t('QStash', 'queue', ['qstash'], { schedules: 'QStash schedules' }),
  t('Laravel Horizon', 'queue', ['Laravel Horizon', 'Horizon', 'laravel/horizon'], { caseSensitive: true }),
  t('Laravel queues', 'queue', ['laravel queues?', 'queue:work']),
  t('Hangfire', 'queue', ['hangfire'], { schedules: 'Hangfire recurring jobs' }),
  t('Oban', 'queue', ['Oban'], { caseSensitive: true, schedules: 'Oban cron plugin' }),
  // Elixir's Redis-backed job queue (Sidekiq-compatible).
  t('Exq', 'queue', ['Exq'], { caseSensitive: true }),
  t('Dramatiq', 'queue', ['dramatiq']),
  // Go, Ruby, Python and Node runners: River and GoodJob/Solid Queue keep their jobs in PostgreSQL.
  t('River', 'queue', ['River', 'riverqueue'], {
    caseSensitive: true,
    needsLabel: true,
    schedules: 'River periodic jobs',
  }),
  t('Asynq', 'queue', ['asynq'], { schedules: 'Asynq scheduler' }),
  t('Faktory', 'queue', ['faktory']),
  t('GoodJob', 'queue', ['good_?job'], { schedules: 'GoodJob cron' }),
  t('Solid Queue', 'queue', ['solid ?queue'], { schedules: 'Solid Queue recurring tasks' }),
  t('Resque', 'queue', ['resque']),
  t('Delayed Job', 'queue', ['delayed_job', 'delayed job']),
  t('RQ', 'queue', ['RQ', 'python-rq'], { caseSensitive: true, needsLabel: true }),
  t('Huey', 'queue', ['huey'], { schedules: 'Huey periodic tasks' }),
  // ARQ (asyncio jobs on Redis): written in capitals as often as not, and "ARQ" is also a network
  // acronym, so the capital name counts as the queue only in a queue's slot.
  t('arq', 'queue', ['[Aa][Rr][Qq](?= (?:worker|queue|job))', 'ARQ'], {
    caseSensitive: true,
    needsLabel: true,
    schedules: 'arq cron jobs',
  }),
  t('JobRunr', 'queue', ['jobrunr'], { schedules: 'JobRunr recurring jobs' }),
  t('Agenda', 'queue', ['agenda(?:\\.js|js)'], { schedules: 'Agenda repeating jobs' }),
  t('Bree', 'scheduler', ['bree(?:\\.js|js)']),
  t('gocron', 'scheduler', ['go-?cron']),
  t('robfig/cron', 'scheduler', ['robfig/cron']),
  t('Amazon SNS', 'queue', ['SNS', 'Amazon SNS', 'AWS SNS'], { caseSensitive: true }),
  t('Azure Service Bus', 'queue', ['azure service bus']),
  // schedulers
  t('node-cron', 'scheduler', ['node-cron']),
  t('Vercel Cron', 'scheduler', ['vercel cron(?: jobs)?']),
  t('Amazon EventBridge Scheduler', 'scheduler', ['eventbridge(?: scheduler)?']),
  t('Google Cloud Scheduler', 'scheduler', ['cloud scheduler']),
  t('Kubernetes CronJob', 'scheduler', ['cronjob']),
  t('pg_cron', 'scheduler', ['pg_cron']),
  t('system crontab', 'scheduler', ['crontab', 'system cron']),
  t('Laravel Scheduler', 'scheduler', [
    'laravel schedul(?:er|ing)',
    'task scheduling \\(laravel\\)',
    'schedule:run',
  ]),
  t('Celery Beat', 'scheduler', ['celery beat']),
  t('APScheduler', 'scheduler', ['apscheduler']),
  t('Quartz', 'scheduler', ['quartz(?:\\.net| scheduler)']),
  t('Spring Scheduling', 'scheduler', ['spring (?:`?@scheduled`?|scheduler|scheduling|task scheduling)']),
  t('ShedLock', 'scheduler', ['shedlock']),
  t('Spring Batch', 'queue', ['spring batch']),
  t('Hangfire recurring jobs', 'scheduler', ['hangfire recurring jobs?']),
  t('Sidekiq-Cron', 'scheduler', ['sidekiq-cron', 'sidekiq-scheduler']),
  t('Whenever', 'scheduler', ['whenever gem']),
  // authentication
  t('JWT', 'auth', ['jwt', 'json web tokens?']),
  t('Passport', 'auth', ['passport(?:\\.js)?']),
  t('Auth0', 'auth', ['auth0']),
  t('Clerk', 'auth', ['Clerk'], { caseSensitive: true }),
  t('Amazon Cognito', 'auth', ['cognito']),
  t('Firebase Authentication', 'auth', ['firebase auth(?:entication)?']),
  t('Supabase Auth', 'auth', ['supabase auth']),
  t('Auth.js', 'auth', ['next-?auth(?:\\.js)?', 'auth\\.js']),
  t('Keycloak', 'auth', ['keycloak']),
  t('Okta', 'auth', ['okta']),
  t('Lucia', 'auth', ['lucia(?: auth)?'], {}),
  t('Better Auth', 'auth', ['better[- ]auth']),
  t('Laravel Sanctum', 'auth', ['(?:laravel[ /])?sanctum']),
  t('Laravel Breeze', 'auth', ['Laravel Breeze', 'Breeze', 'laravel/breeze'], { caseSensitive: true }),
  t('Laravel Fortify', 'auth', ['(?:laravel )?fortify']),
  // "JetStream" (capital S) is NATS's persistence layer, never Laravel's starter kit.
  t('Laravel Jetstream', 'auth', ['Laravel Jetstream', 'Jetstream', 'laravel/jetstream'], {
    caseSensitive: true,
  }),
  t('Laravel Passport', 'auth', ['laravel passport', 'laravel/passport']),
  t('Django authentication', 'auth', [
    'django(?:\\.contrib)?\\.auth',
    'django auth(?:entication)?',
    'django-allauth',
  ]),
  // devise-jwt issues a signed JWT per sign-in (a `jti` revocation column, no session): Devise with
  // it is token authentication, written as "Devise + devise-jwt" or the gem alone.
  t('Devise JWT', 'auth', [
    'Devise\\s*(?:\\+|with|com|con|avec|mit|e|y|et|und)\\s*devise[-_]jwt',
    'devise[-_]jwt',
  ]),
  t('Devise', 'auth', ['Devise'], { caseSensitive: true }),
  t('ASP.NET Core Identity', 'auth', ['asp\\.net(?: core)? identity']),
  t('Spring Security', 'auth', ['spring security']),
  // Azure AD B2C (customer sign-in) is another product than the workforce directory: "Azure AD
  // B2C" keeps its name, never "Microsoft Entra ID".
  t('Microsoft Entra ID', 'auth', ['azure ad(?! b2c)', 'azure active directory(?! b2c)', 'entra id']),
  t('Azure AD B2C', 'auth', ['azure ad b2c', 'azure active directory b2c']),
  t('Google OAuth', 'auth', ['google oauth(?: 2\\.0)?', 'sign in with google', 'google sign-in']),
  // hosting and runtime platforms
  t('Vercel', 'hosting', ['vercel(?! (?:kv|blob|cron))']),
  t('Netlify', 'hosting', ['netlify']),
  t('Fly.io', 'hosting', ['fly\\.io']),
  t('Render', 'hosting', ['render\\.com'], {}),
  t('Railway', 'hosting', ['Railway'], { caseSensitive: true }),
  t('Heroku', 'hosting', ['heroku']),
  t('AWS', 'hosting', ['aws(?! ?(?:s3|ses|sqs|lambda))', 'amazon web services']),
  t('AWS Lambda', 'hosting', ['aws lambda', 'lambda functions?']),
  t('Google Cloud Run', 'hosting', ['cloud run']),
  t('Azure App Service', 'hosting', ['azure app service']),
  t('DigitalOcean', 'hosting', ['digitalocean', 'digital ocean']),
  t('Cloudflare Workers', 'hosting', ['cloudflare workers']),
  t('Firebase Hosting', 'hosting', ['firebase hosting']),
  t('Kubernetes', 'hosting', ['kubernetes', 'k8s']),
  t('Docker Compose', 'hosting', ['docker[- ]compose']),
  t('Docker', 'hosting', ['docker(?![- ]compose)']),
  // object storage
  t('Amazon S3', 'storage', ['(?:aws |amazon )?s3']),
  t('Cloudflare R2', 'storage', ['cloudflare r2', 'R2'], {}),
  t('Google Cloud Storage', 'storage', ['google cloud storage', 'gcs']),
  t('Supabase Storage', 'storage', ['supabase storage']),
  t('Vercel Blob', 'storage', ['vercel blob']),
  t('Azure Blob Storage', 'storage', ['azure blob(?: storage)?']),
  t('MinIO', 'storage', ['minio']),
  // S3-compatible stores of other providers: S3 is their API, not Amazon
  t('CESNET S3', 'storage', ['CESNET(?: S3| [Oo]bject [Ss]torage)'], { caseSensitive: true }),
  t('Hetzner Object Storage', 'storage', ['hetzner (?:object storage|s3)']),
  t('Scaleway Object Storage', 'storage', ['scaleway (?:object storage|s3)']),
  t('Backblaze B2', 'storage', ['backblaze(?: b2)?']),
  t('Wasabi', 'storage', ['Wasabi(?: [Hh]ot [Cc]loud [Ss]torage| S3)?'], { caseSensitive: true }),
  t('Yandex Object Storage', 'storage', ['yandex (?:cloud )?(?:object storage|s3)']),
  t('DigitalOcean Spaces', 'storage', ['digital ?ocean spaces']),
  t('Cloudinary', 'storage', ['cloudinary']),
  // search
  t('Elasticsearch', 'search', ['elastic ?search']),
  t('OpenSearch', 'search', ['opensearch']),
  t('Algolia', 'search', ['algolia']),
  t('Meilisearch', 'search', ['meili ?search']),
  t('Typesense', 'search', ['typesense']),
  // monitoring and logging
  t('Sentry', 'monitoring', ['sentry']),
  t('Datadog', 'monitoring', ['datadog']),
  t('Grafana', 'monitoring', ['grafana']),
  t('Prometheus', 'monitoring', ['prometheus']),
  t('New Relic', 'monitoring', ['new relic']),
  t('OpenTelemetry', 'monitoring', ['opentelemetry', 'otel']),
  t('Honeycomb', 'monitoring', ['honeycomb\\.io', 'Honeycomb'], {}),
  t('Amazon CloudWatch', 'monitoring', ['cloudwatch']),
  t('Better Stack', 'monitoring', ['better ?stack', 'logtail']),
  // Elixir's Prometheus exporter (Phoenix, Ecto and Oban dashboards): a library, never a provider.
  t('PromEx', 'monitoring', ['PromEx'], { caseSensitive: true }),
  t('pino', 'logging', ['pino']),
  t('winston', 'logging', ['winston']),
  t('bunyan', 'logging', ['bunyan']),
  t('Grafana Loki', 'logging', ['loki']),
  // CI
  t('GitHub Actions', 'ci', ['github actions']),
  t('GitLab CI', 'ci', ['gitlab ci(?:/cd)?']),
  t('CircleCI', 'ci', ['circleci']),
  t('Jenkins', 'ci', ['jenkins']),
  t('Bitbucket Pipelines', 'ci', ['bitbucket pipelines']),
  // validation
  t('Zod', 'validation', ['zod']),
  t('Joi', 'validation', ['Joi'], { caseSensitive: true }),
  t('Yup', 'validation', ['Yup'], { caseSensitive: true }),
  t('class-validator', 'validation', ['class-validator']),
  t('TypeBox', 'validation', ['typebox']),
  t('Ajv', 'validation', ['ajv']),
  t('Valibot', 'validation', ['valibot']),
  t('Pydantic', 'validation', ['pydantic']),
  // testing
  t('Jest', 'testing', ['Jest'], { caseSensitive: true }),
  t('Vitest', 'testing', ['vitest']),
  t('Playwright', 'testing', ['playwright']),
  t('Cypress', 'testing', ['cypress']),
  t('Testcontainers', 'testing', ['testcontainers']),
  t('Supertest', 'testing', ['supertest']),
  t('k6', 'testing', ['k6']),
  t('Artillery', 'testing', ['Artillery'], { caseSensitive: true }),
  t('Mocha', 'testing', ['Mocha'], { caseSensitive: true }),
  t('pytest', 'testing', ['pytest']),
  // frontend (recognised so they are not mistaken for backend choices)
  t('React', 'frontend', ['react(?:\\.?js)?(?! native)', 'react 1\\d']),
  t('React Native', 'frontend', ['react native']),
  t('Vue', 'frontend', ['vue(?:\\.?js)?']),
  t('Angular', 'frontend', ['angular']),
  t('Svelte', 'frontend', ['svelte(?!kit)']),
  t('Vite', 'frontend', ['vite(?!st)']),
  t('Tailwind CSS', 'frontend', ['tailwind(?: css)?']),
  t('Flutter', 'frontend', ['flutter']),
];

export interface TechnologyMatch {
  tech: Technology;
  /** Offset of the match in the text. */
  index: number;
  length: number;
}

const matchTechnologies = nameMatcher(() => TECHNOLOGIES);

/**
 * Every technology named in `text`, in text order. Where two names overlap (`Redis Streams` and
 * `Redis`), the longer match wins.
 */
export function findTechnologies(text: string): TechnologyMatch[] {
  // "Viettel Cloud Object Storage (tương thích S3)", "compatible with S3": the API another store
  // speaks, not Amazon's service ("S3-compatible" is never matched: the name is followed by "-").
  return matchTechnologies(text)
    .filter((m) => m.item.name !== 'Amazon S3' || !protocolOnly(text, m.index, m.length))
    .map((m) => ({ tech: m.item, index: m.index, length: m.length }));
}

export { needle };

/** The catalogue entry with this canonical name. */
export function technology(name: string): Technology | undefined {
  return TECHNOLOGIES.find((x) => x.name === name);
}

/**
 * The concern a slot label names (`Database`, `Query layer`, `Background jobs`, `Hosting`), in English
 * and the other languages the corpus uses. Client-side storage is `frontend`, never `database`.
 */
const CONCERN_LABELS: [StackConcern, RegExp][] = [
  [
    'frontend',
    /client[- ]side|offline|browser|frontend|front-end|\bui\b|styling|pwa|käyttöliittymä|ön ?yüz|arayüz|back[- ]office|admin (?:console|panel|dashboard)|panel admin|aplikasi (?:seluler|mobile)|前端|小程序|管理后台|后台管理|管理端|κινητή εφαρμογή|διεπαφή|aplica[țţ]ie mobil[ăa]|aplica[țţ]ia mobil[ăa]|interfa[țţ][ăa] web|ฟรอนต์เอนด์|หน้าบ้าน/i,
  ],
  [
    'orm',
    /\borm\b|query (?:layer|builder)|data access|database access|db client|accesso ai dati|数据访问|持久层|přístup k (?:databázi|datům)|akses data/i,
  ],
  [
    'migrations',
    /migration|migráci|migrazion|миграц|migracj|^migrace$|migrasi|マイグレーション|迁移|migr[ăa]ri/i,
  ],
  [
    'cache',
    /cach|session store|välimuisti|кэш|кеш|pamię\S* podręczn|キャッシュ|önbellek|缓存|mezipaměť|^keš|bộ nhớ đệm|lưu đệm|κρυφή μνήμη|แคช/i,
  ],
  [
    'queue',
    /queue|message broker|messaging|event (?:bus|stream)|background (?:jobs?|work)|workers?\b|jonot?|antrean|antrian|\bcolas?\b|\bfilas?\b|file d'attente|files de messages|warteschlange|tâches (?:de fond|asynchrones)|trabajos en segundo plano|hintergrund(?:jobs|aufgaben)|\bcod[ae] (?:dei |di )?(?:job|messaggi|lavori)|job in background|achtergrond(?:taken|processen|jobs)|wachtrij|очеред|брокер сообщений|фонов\S* (?:задач|работ|процесс)|kolejk|broker wiadomości|zada\S* w tle|キュー|メッセージブローカー|バックグラウンド|非同期処理|bakgrundsjobb|jobbkö|meddelandekö|^k[øö](?:en|er|n)?$|meldingskø|jobbkø|bakgrunnsjobb|baggrundsjob|kuyru[kğ]|arka ?plan (?:işleri|görevleri)|消息队列|队列|异步任务|后台任务|^fronta|fronty? zpráv|úlohy na pozadí|hàng đợi|tác vụ nền|xử lý nền|ουρά|ουρές|εργασίες παρασκηνίου|\bcoad[ăa]\b|cozi de mesaje|joburi (?:în |de )?fundal|sarcini în fundal|\bcues?\b|treballs en segon pla|คิว|งานเบื้องหลัง/i,
  ],
  [
    'scheduler',
    /schedul|\bcron\b|^(?:background )?jobs?$|^tâches$|^trabajos$|^tarefas$|ajastus|planificador|programador de tareas|planificateur|agendador|zeitplaner|^job pianificati$|pianificazione|schedulatore|^geplande taken$|^taken$|планировщик|по расписанию|harmonogram|planist|zadania (?:cykliczne|okresowe|zaplanowane)|スケジューラ|定期(?:実行|処理)|^ジョブ$|schemaläggning|^jobb(?:er)?$|planlagte jobber|zamanlayıcı|zamanlanmış (?:işler|görevler)|定时任务|任务调度|计划任务|plánovan\S* úloh|plánovač|lập lịch|tác vụ định kỳ|χρονοπρογραμματισ|προγραμματισμένες εργασίες|joburi programate|sarcini programate|planificator|ตั้งเวลา|ตารางเวลางาน/i,
  ],
  [
    'search',
    /search engine|full[- ]text|\bsearch\b|b[úu]squeda|recherche|\bsuche\b|volltext|\bbusca\b|поиск|wyszukiw|検索|sökmotor|fritextsök|søkemotor|fritekstsøk|arama motoru|tam metin|搜索|检索|vyhledávání|fulltext|tìm kiếm|αναζήτηση|pencarian/i,
  ],
  [
    'database',
    /database|\bdb\b|data ?store|persistence|tietokanta|datenbank|base de (?:données|datos)|databank|gegevensopslag|баз\S* данных|хранилищ\S* данных|субд|(?<![а-яё])бд(?![а-яё])|baz\S* danych|データベース|^databas(?:er)?$|veri ?tabanı|数据库|databáz|cơ sở dữ liệu|^csdl$|βάση δεδομένων|βάσεις δεδομένων|basis data|pangkalan data|baz[ăa] de date|baze de date|persisten[țţ][ăa]|bases? de dades|ฐานข้อมูล/i,
  ],
  [
    'auth',
    /auth|autentikasi|identity|login|sign[- ]in|kirjautuminen|tunnistautuminen|identidad|identité|identidade|anmeldung|autenticazione|identità|authenticatie|inloggen|identiteit|аутентифик|авторизац|идентификац|uwierzyteln|tożsamoś|認証|ログイン|inloggning|identifiering|autentisering|innlogging|pålogging|identitet|kimlik|oturum açma|^giriş$|认证|登录|鉴权|přihlaš|přihláš|identit|autentizac|ověřování uživatel|xác thực|đăng nhập|αυθεντικοποίησ|ταυτοποίησ|autentificare|identitate|ยืนยันตัวตน|เข้าสู่ระบบ/i,
  ],
  [
    'storage',
    /storage|object store|file|blob|media|uploads?|tiedost|almacenamiento|armazenamento|stockage|speicher|archiviazione|opslag|bestanden|хранилищ|файл|przechowywanie plików|magazyn plików|ストレージ|lagring|fillagring|depolama|dosya|存储|文件|úložiště|soubor|lưu trữ|tệp|^αρχεία$|αποθήκευση αρχείων|stocare|fi[șş]iere|fitxers?|emmagatzematge|ที่เก็บไฟล์|จัดเก็บไฟล์/i,
  ],
  [
    'monitoring',
    /monitor|error tracking|observab|apm|valvonta|metriche|osservabilità|bewaking|мониторинг|監視|övervakning|overvåking|overvågning|feilsporing|fejlsporing|izleme|监控|giám sát|σφάλματα|παρακολούθηση|ติดตามข้อผิดพลาด|มอนิเตอร์/i,
  ],
  [
    'logging',
    /logging|\blogs?\b|lokit|логирован|журналирован|ログ|loggning|loglama|günlük kaydı|日志|logování|protokolování|nhật ký|jurnalizare|^jurnale$/i,
  ],
  ['ci', /\bci\b|ci\/cd|pipeline|continuous/i],
  [
    'hosting',
    /hosting|deploy|infrastructure|platform|container|runtime environment|isännöinti|despliegue|alojamiento|hébergement|déploiement|hospedagem|implanta[çc][ãa]o|bereitstellung|uitrol|infrastructuur|хостинг|развёртыван|развертыван|инфраструктур|wdrożeni|infrastruktur|ホスティング|インフラ|デプロイ|実行環境|^drift$|driftsättning|utrulling|barındırma|dağıtım|altyapı|部署|托管|基础设施|运行环境|^provoz$|nasazení|hạ tầng|triển khai|φιλοξενία|υποδομή|g[ăa]zduire|implementare|infrastructur[ăa]|โฮสติ้ง|โฮสต์|ดีพลอย/i,
  ],
  ['api-style', /api[- ]style|api (?:design|protocol|paradigm)|\bprotocol\b|rajapinta/i],
  ['validation', /validation|schema|validointi/i],
  ['testing', /test/i],
  ['runtime', /\bruntime\b|çalışma zamanı/i],
  [
    'language',
    /language|lenguaje|langage|linguagem|programmiersprache|^sprache\b|kieli|programmeertaal|^taal\b|^язык|^język|^言語|プログラミング言語|^språk$|^sprog$|^(?:开发|编程)?语言$|^dil$|programlama dili|^jazyk|^ngôn ngữ|^γλώσσα|^bahasa(?: pemrograman)?$|^limbaj|^ภาษา(?:โปรแกรม)?$/i,
  ],
  [
    'framework',
    /backend|back-end|server|framework|\brouter\b|\bapi\b|\bcms\b|kehys|palvelin|фреймворк|бэкенд|бекенд|сервер|フレームワーク|バックエンド|サーバー|ramverk|rammeverk|rammeværk|框架|后端|服务端|çatı(?:sı)?|sunucu|arka ?uç|เฟรมเวิร์ก|แบ็กเอนด์/i,
  ],
];

export function concernOfLabel(label: string): StackConcern | null {
  for (const [concern, pattern] of CONCERN_LABELS) if (pattern.test(label)) return concern;
  return null;
}

/** The joiners of a label that names two slots: "Cache and job queue", "Cache / Queue", "Cache + Jobs". */
const LABEL_JOINER = /\s(?:and|&|\+|\/|und|et|y|e|en|и|i|oraz|og|och)\s|[/+&・、]/iu;

/**
 * Every concern a label names when it joins two ("Cache and job queue" is the cache and the queue, so
 * "Redis + BullMQ" in that row chooses both); the first alone otherwise.
 */
export function concernsOfLabel(label: string): StackConcern[] {
  if (!LABEL_JOINER.test(label)) {
    const one = concernOfLabel(label);
    return one ? [one] : [];
  }
  return label
    .split(LABEL_JOINER)
    .map((part) => concernOfLabel(part))
    .filter((c): c is StackConcern => c !== null);
}
