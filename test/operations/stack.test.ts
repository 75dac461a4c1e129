import { describe, expect, it } from 'vitest';
import { stackExtractor } from '../../src/extract/stack.js';
import { chosen } from '../../src/knowledge/stack.js';
import { findTechnologies, TECHNOLOGIES } from '../../src/knowledge/technologies.js';
import { type Domain, emptyDomain, type StackConcern } from '../../src/model/index.js';
import { compileCorpus } from './corpus.js';
import { doc, input } from './fixtures.js';

function domainOf(text: string): Domain {
  const out = stackExtractor.extract(input(doc('docs/architecture.md', text)));
  return { ...emptyDomain('t', 'en'), stack: out.fragment.stack ?? [] };
}
const pick = (d: Domain, c: StackConcern) => chosen(d, c)?.value ?? null;
const statusOf = (d: Domain, value: string) => d.stack.filter((s) => s.value === value).map((s) => s.status);

describe('technology catalogue', () => {
  it('has unique canonical names and compiles every alias', () => {
    const names = TECHNOLOGIES.map((t) => t.name);
    expect(new Set(names).size).toBe(names.length);
    expect(findTechnologies('Postgres, PostgreSQL and pg').map((m) => m.tech.name)).toEqual([
      'PostgreSQL',
      'PostgreSQL',
      'PostgreSQL',
    ]);
  });
  it('prefers the longer name where two overlap', () => {
    expect(findTechnologies('events on Redis Streams').map((m) => m.tech.name)).toEqual(['Redis Streams']);
    expect(findTechnologies('the JWT payload and the request payload')).toHaveLength(1);
  });
});

describe('stack extractor on hand-written documents', () => {
  it('reads a technology table as choices, with the concern of its row', () => {
    const d = domainOf(
      '| Layer | Technology |\n|---|---|\n| Backend | Express + TypeScript |\n| Database | MySQL 8 |\n| ORM | Drizzle |\n| Jobs | BullMQ |\n',
    );
    expect([pick(d, 'framework'), pick(d, 'database'), pick(d, 'orm'), pick(d, 'queue')]).toEqual([
      'Express',
      'MySQL',
      'Drizzle ORM',
      'BullMQ',
    ]);
    expect(chosen(d, 'database')?.origin).toMatchObject({
      kind: 'source',
      file: 'docs/architecture.md',
      line: 4,
    });
  });
  it('marks options under an Alternatives considered heading as rejected, never chosen', () => {
    const d = domainOf(
      '## Database\n\n**Decision:** PostgreSQL\n\n## Alternatives considered\n\n- MongoDB: no joins\n',
    );
    expect(pick(d, 'database')).toBe('PostgreSQL');
    expect(statusOf(d, 'MongoDB')).toEqual(['rejected']);
  });
  it('reads "why not" rows, "no X" and "X over Y" as rejections', () => {
    const d = domainOf(
      '| Factor | Assessment |\n|---|---|\n| Why not MongoDB? | relational data |\n| Why Prisma over TypeORM? | types |\n\nWe run no separate Redis.\n',
    );
    expect(statusOf(d, 'MongoDB')).toEqual(['rejected']);
    expect(statusOf(d, 'TypeORM')).toEqual(['rejected']);
    expect(statusOf(d, 'Redis')).toEqual(['rejected']);
    expect(statusOf(d, 'Prisma')).not.toContain('chosen');
  });
  it('leaves an undecided "A or B" merely mentioned and an optional option not chosen', () => {
    const d = domainOf('- Cache: Redis or Memcached\n- Queue: SQS, optionally RabbitMQ later\n');
    expect(statusOf(d, 'Redis')).toEqual(['mentioned']);
    expect(statusOf(d, 'Memcached')).toEqual(['mentioned']);
    expect(pick(d, 'queue')).toBe('Amazon SQS');
    expect(statusOf(d, 'RabbitMQ')).toEqual(['mentioned']);
  });
  it('reads superseded and deprecated wording', () => {
    const d = domainOf(
      'Kafka was superseded by NATS JetStream in 2024.\n\nThe Memcached layer is deprecated.\n',
    );
    expect(statusOf(d, 'Apache Kafka')).toEqual(['superseded']);
    expect(statusOf(d, 'Memcached')).toEqual(['deprecated']);
  });
  it('gives a database named in a cache slot the cache role when no cache technology is chosen', () => {
    const d = domainOf('### 3.7 Cache: Supabase (Postgres) or optional Vercel KV\n');
    expect(pick(d, 'cache')).toBe('PostgreSQL');
    expect(statusOf(d, 'Vercel KV')).toEqual(['mentioned']);
  });
});

describe('stack extraction on the corpus', { timeout: 120_000 }, () => {
  it('labcore: NestJS, PostgreSQL, Prisma; cache in Postgres, Vercel KV only optional', async () => {
    const d = (await compileCorpus('labcore')).domain!;
    expect([pick(d, 'framework'), pick(d, 'database'), pick(d, 'orm')]).toEqual([
      'NestJS',
      'PostgreSQL',
      'Prisma',
    ]);
    expect(pick(d, 'cache')).toBe('PostgreSQL');
    expect(statusOf(d, 'Vercel KV')).not.toContain('chosen');
    expect(d.stack.filter((s) => s.value === 'MongoDB').every((s) => s.status === 'rejected')).toBe(true);
    expect(pick(d, 'hosting')).toBe('Vercel');
    expect(pick(d, 'monitoring')).toBe('Sentry');
  });
  it('bmad-todo-app: Fastify, PostgreSQL, raw SQL', async () => {
    const d = (await compileCorpus('bmad-todo-app')).domain!;
    expect([pick(d, 'framework'), pick(d, 'database'), pick(d, 'orm')]).toEqual([
      'Fastify',
      'PostgreSQL',
      'raw SQL',
    ]);
    expect(pick(d, 'cache')).toBeNull();
  });
  it('billie-crm: Payload CMS on Next.js, MongoDB, Redis Streams', async () => {
    const d = (await compileCorpus('billie-crm')).domain!;
    expect(['Payload CMS', 'Next.js']).toContain(pick(d, 'framework'));
    expect(d.stack.some((s) => s.value === 'Next.js' && s.status === 'chosen')).toBe(true);
    expect(pick(d, 'database')).toBe('MongoDB');
    expect(pick(d, 'queue')).toBe('Redis Streams');
    expect(d.stack.some((s) => s.value === 'Redis' && s.status === 'chosen')).toBe(false);
  });
  it('business-research-portal: Next.js on Vercel and no database', async () => {
    const d = (await compileCorpus('business-research-portal')).domain!;
    expect(pick(d, 'framework')).toBe('Next.js');
    expect(pick(d, 'database')).toBeNull();
    expect(pick(d, 'hosting')).toBe('Vercel');
  });
});

describe('negations', () => {
  it('"no separate Redis" rejects Redis, "no valid JWT" does not reject JWT', () => {
    const d = domainOf(
      '# Architecture\n\nThere is no separate Redis; sessions live in PostgreSQL.\n\nRedirect to login if no valid JWT is present.\n',
    );
    expect(statusOf(d, 'Redis')).toEqual(['rejected']);
    expect(statusOf(d, 'JWT').length).toBeGreaterThan(0);
    expect(statusOf(d, 'JWT')).not.toContain('rejected');
  });
});
