import { describe, expect, it } from 'vitest';
import { deploymentStep } from '../../src/derive/deployment.js';
import { deadLetterFor, jobRunner } from '../../src/derive/operations/stack.js';
import { PROVIDERS, type Provider } from '../../src/knowledge/providers.js';
import type { Domain } from '../../src/model/domain.js';
import type { Spec } from '../../src/model/spec/index.js';
import type { DeploymentSpec } from '../../src/model/spec/operations.js';
import { DERIVED_PHRASES } from '../../src/render/i18n/en/derived.js';
import { catalogFor } from '../../src/render/i18n/index.js';
import {
  clauses,
  template,
  translateClause,
  translateText,
} from '../../src/render/markdown/derived-prose.js';

/**
 * Every string a knowledge catalogue can put into the spec's prose has an entry in the derive
 * phrasebook (src/render/i18n/en/derived.ts) and a translation in es, pt, fr and de, so a project
 * that picks a provider no corpus project uses still gets a spec without English clauses.
 */

/** The clauses the renderer translates one by one, without the separators it keeps between them. */
function textClauses(text: string): string[] {
  return clauses(text)
    .filter((_, i) => i % 2 === 0)
    .map((c) => c.trim())
    .filter((c) => c.length > 0);
}

/** Only codes and identifiers (`429`, `MessageRejected`, `JSON (GeoJSON)`): nothing to translate. */
const neutral = (clause: string) => !/\b\p{Ll}{2,}\b/u.test(template(clause).template.replaceAll('{}', ''));

/** A key with free text (`{*}`, `{name}`) as a pattern over the clause as written. */
const pattern = (key: string) =>
  new RegExp(
    `^${key
      .split(/(\{\*\}|\{name\}|\{\})/)
      .map((p) => (/^\{(\*|name)?\}$/.test(p) ? '(.+?)' : p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
      .join('')}$`,
    'u',
  );

/** The phrasebook key a clause meets: its template, a key with its own literal words, or free text. */
function keyFor(clause: string): string | undefined {
  const t = template(clause);
  return DERIVED_PHRASES.find((k) => {
    if (k.includes('{*}') || k.includes('{name}')) return pattern(k).test(clause);
    const kt = template(k);
    return k === t.template || (kt.template === t.template && kt.values.every((v) => t.values.includes(v)));
  });
}

/** The provider fields section 8 and the jobs print as prose (endpoints, events and env are code). */
function providerProse(p: Provider): string[] {
  return [
    p.auth,
    p.format,
    p.rateLimits,
    ...p.retryOn,
    ...p.failFast,
    p.idempotency,
    p.webhooks?.verification ?? null,
    ...p.notes,
  ].filter((s): s is string => s !== null);
}

function uncovered(strings: readonly string[]): { missingKey: string[]; untranslated: string[] } {
  const missingKey = new Set<string>();
  const untranslated = new Set<string>();
  const rendered = new Map<string, string>();
  const whole = (s: string, lang: string, phrases: Readonly<Record<string, string>>) => {
    const key = `${lang}\u0000${s}`;
    if (!rendered.has(key)) rendered.set(key, translateText(s, phrases));
    return rendered.get(key)!;
  };
  for (const s of new Set(strings))
    for (const clause of textClauses(s.replace(/^- /, ''))) {
      if (neutral(clause)) continue;
      const key = keyFor(clause);
      if (!key) missingKey.add(clause);
      for (const lang of ['es', 'pt', 'fr', 'de', 'it', 'nl']) {
        const phrases: Readonly<Record<string, string>> = catalogFor(lang).messages.derived;
        // A clause whose words the language shares with English (`{0} (error {1})` in Spanish).
        if (key && phrases[key]?.replace(/\{\d+\}/g, '{}') === key) continue;
        // Translated on its own, and inside the whole text as the renderer translates it.
        if (translateClause(clause, phrases) === clause || whole(s, lang, phrases).includes(clause))
          untranslated.add(`${lang}: ${clause}`);
      }
    }
  return { missingKey: [...missingKey], untranslated: [...untranslated] };
}

describe('knowledge catalogues in the document language', () => {
  it('every prose string of the provider catalogue has a phrasebook entry and four translations', () => {
    const strings = [
      ...PROVIDERS.flatMap(providerProse),
      // derive/integrations.ts: a catalogued provider whose limits depend on plan or account.
      'plan- or account-dependent: see provider docs',
      // A delivery job's step calls the first endpoint of a messaging provider, with its idempotency.
      ...PROVIDERS.filter((p) => ['email', 'sms', 'push', 'chat'].includes(p.category)).map(
        (p) => `call ${p.endpoints[0] ?? p.name}${p.idempotency ? ` with ${p.idempotency}` : ''}`,
      ),
    ];
    expect(strings.length).toBeGreaterThan(300);
    expect(uncovered(strings)).toEqual({ missingKey: [], untranslated: [] });
  });

  it('the check can fail: a clause nobody catalogued is reported', () => {
    expect(uncovered(['Webhooks arrive at most twice per hour; 429'])).toEqual({
      missingKey: ['Webhooks arrive at most twice per hour'],
      untranslated: ['es', 'pt', 'fr', 'de', 'it', 'nl'].map(
        (l) => `${l}: Webhooks arrive at most twice per hour`,
      ),
    });
  });
});

/** A stack the documents chose: one technology per concern. */
function stackOf(choices: Record<string, string>): Domain {
  return {
    stack: Object.entries(choices).map(([concern, value]) => ({
      concern,
      value,
      status: 'chosen',
      origin: { kind: 'source', file: 'docs/architecture.md', line: 1 },
    })),
  } as unknown as Domain;
}

/** The prose the deployment step writes for a stack: migrations, rollback, prerequisites, env. */
function deploymentProse(choices: Record<string, string>, dialect: string | null): string[] {
  // Every catalogued provider chosen: its prerequisite line carries its first note.
  const integrations = PROVIDERS.filter((p) => p.env.length > 0).map((p) => ({
    name: p.name,
    category: p.category,
    status: 'chosen',
    env: p.env,
    notes: p.notes,
    origin: { kind: 'source', file: 'docs/architecture.md', line: 2 },
  }));
  const spec = {
    database: { dialects: dialect ? [dialect] : [], origin: null },
    integrations,
    endpoints: [],
    auth: { strategy: { origin: { kind: 'default', rule: 'x' } } },
    logs: 'DATABASE_URL REDIS_URL LOG_LEVEL',
  } as unknown as Spec;
  const out = deploymentStep.derive({ domain: stackOf(choices), spec } as never) as {
    spec: { deployment: DeploymentSpec };
  };
  const d = out.spec.deployment;
  return [
    ...(d.migration?.steps ?? []),
    ...d.rollback,
    // Rendered as a list: the marker must not be taken into a clause.
    ...d.prerequisites.map((p) => `- ${p.item}`),
    ...d.env.map((e) => e.description),
  ];
}

describe('stack catalogues in the document language', () => {
  it('the migration workflow of every ORM and migration tool, and the prerequisites of a stack', () => {
    const stacks: [Record<string, string>, string | null][] = [
      ...['Prisma', 'Drizzle ORM', 'TypeORM', 'Sequelize', 'Knex', 'Kysely', 'Alembic', 'Flyway'].map(
        (orm): [Record<string, string>, string] => [{ orm, database: 'PostgreSQL' }, 'postgresql'],
      ),
      [{ orm: 'Mongoose', database: 'MongoDB' }, 'mongodb'],
      [{ database: 'MongoDB' }, 'mongodb'],
      [{ database: 'MySQL', runtime: 'Node.js', cache: 'Redis', queue: 'RabbitMQ' }, 'mysql'],
      [{ database: 'PostgreSQL', cache: 'Memcached', queue: 'BullMQ' }, 'postgresql'],
      ...['Vercel', 'Fly.io', 'Docker Compose', 'Docker', 'Kubernetes', 'Netlify', 'Render', 'Railway'].map(
        (hosting): [Record<string, string>, null] => [{ hosting }, null],
      ),
    ];
    const strings = stacks.flatMap(([choices, dialect]) => deploymentProse(choices, dialect));
    expect(strings.length).toBeGreaterThan(60);
    expect(uncovered(strings)).toEqual({ missingKey: [], untranslated: [] });
  });

  it('every job runner and dead-letter store a stated stack leads to', () => {
    const stacks: Record<string, string>[] = [
      {},
      { database: 'PostgreSQL' },
      { database: 'MySQL' },
      { database: 'MongoDB' },
      { queue: 'BullMQ' },
      { queue: 'Amazon SQS' },
      { queue: 'RabbitMQ' },
      { queue: 'Kafka' },
      { queue: 'Redis Streams' },
    ];
    const strings = stacks.flatMap((choices) => {
      const runner = jobRunner(stackOf(choices));
      return [runner.queue, runner.scheduler, deadLetterFor(runner)];
    });
    expect(uncovered(strings)).toEqual({ missingKey: [], untranslated: [] });
  });
});

describe('wrapped catalogue clauses', () => {
  it('a scheduler named inside a job line meets the longer key first', () => {
    const fr = catalogFor('fr').messages.derived;
    expect(translateClause('scheduled by BullMQ repeatable jobs', fr)).toBe(
      'planifié par des tâches répétables BullMQ',
    );
    expect(translateClause('BullMQ repeatable jobs', fr)).toBe('tâches répétables BullMQ');
  });
});
