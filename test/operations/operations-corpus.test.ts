import { describe, expect, it } from 'vitest';
import { envNames } from '../../src/derive/operations/env.js';
import type { Spec } from '../../src/model/index.js';
import { corpusRoot } from '../corpus-path.js';
import { compileCorpus } from './corpus.js';

const PROJECTS = ['labcore', 'bmad-todo-app', 'billie-crm', 'business-research-portal'] as const;

/** The markdown between `## <title>` and the next `## `. */
function section(markdown: string, title: string): string {
  const start = markdown.indexOf(`\n## ${title}`);
  if (start < 0) return '';
  const end = markdown.indexOf('\n## ', start + 4);
  return markdown.slice(start, end < 0 ? undefined : end);
}

/** Spec text where environment variables can be referenced (errors, reconciliation and read coverage quote codes and documents). */
function specText(spec: Spec): string {
  const { deployment: _d, errors: _e, reconciliation: _r, coverage: _c, ...rest } = spec;
  return JSON.stringify(rest);
}

describe.each(PROJECTS)('operations layer on %s', { timeout: 120_000 }, (project) => {
  it('lists in section 15 every environment variable the spec uses, and uses every one it lists', async () => {
    const r = await compileCorpus(project);
    const spec = r.spec!;
    const markdown = r.artifacts[0]!.text;
    const listed = new Set(spec.deployment?.env.map((e) => e.name) ?? []);
    const s15 = section(markdown, '15. Deployment Configuration');
    const others = markdown
      .replace(s15, '')
      .replace(section(markdown, '7. Error Handling'), '')
      .replace(section(markdown, '0. Source Reconciliation'), '');
    const used = new Set([...envNames(specText(spec)), ...envNames(others)]);
    for (const name of used) {
      expect(listed.has(name), `${name} is used but not listed`).toBe(true);
      expect(s15).toContain(`\`${name}\``);
    }
    for (const name of listed) expect(used.has(name), `${name} is listed but never used`).toBe(true);
    for (const e of spec.deployment?.env ?? []) {
      expect(e.example.length).toBeGreaterThan(0);
      if (/SECRET|_KEY$|TOKEN|PASSWORD/.test(e.name)) expect(e.secret, e.name).toBe(true);
    }
  });

  it('gives every job and every server-side integration a retry policy', async () => {
    const spec = (await compileCorpus(project)).spec!;
    for (const j of spec.jobs) {
      expect(j.retry.maxAttempts, j.name).toBeGreaterThanOrEqual(1);
      expect(j.retry.deadLetter, j.name).toBeTruthy();
      expect(j.timeoutSeconds, j.name).toBeGreaterThan(0);
      expect(j.trigger, j.name).toMatch(/^(?:event:\S+|(?:\S+ ){4}\S+)$/);
    }
    for (const i of spec.integrations) {
      expect(i.retry, i.name).toBeDefined();
      if (!i.clientSide && (i.status === 'chosen' || i.status === 'mentioned')) {
        expect(i.retry.maxAttempts, i.name).toBeGreaterThanOrEqual(2);
        expect(i.retry.on.length, i.name).toBeGreaterThan(0);
        expect(i.retry.deadLetter, i.name).toBeTruthy();
      }
    }
  });

  it('ties every cache entry built from rows to writes of existing entities', async () => {
    const spec = (await compileCorpus(project)).spec!;
    const entities = new Set(spec.entities.map((e) => e.name));
    for (const e of spec.caching?.entries ?? []) {
      if (e.kind === 'external') continue;
      expect(e.invalidatedBy.length, e.name).toBeGreaterThan(0);
      for (const w of e.invalidatedBy) {
        const [entity, op] = w.split('.');
        expect(entities.has(entity!), w).toBe(true);
        expect(['create', 'update', 'delete']).toContain(op);
      }
    }
  });

  it('makes every alert threshold cite the NFR it comes from, or say it is a default', async () => {
    const r = await compileCorpus(project);
    const nfr = r.domain!.parameters.filter((q) => q.key.startsWith('nfr.'));
    const at = (o: { file: string; line: number }) => `${o.file}:${o.line}`;
    const nfrLines = new Set(nfr.map((q) => (q.origin.kind === 'source' ? at(q.origin) : '')));
    for (const a of r.spec!.observability?.alerts ?? []) {
      if (a.origin.kind === 'default') {
        expect(a.source).toBe('default');
        continue;
      }
      expect(a.origin.kind).toBe('rule');
      const from = a.origin.kind === 'rule' ? (a.origin.from ?? []) : [];
      expect(from.length, a.metric).toBeGreaterThan(0);
      for (const f of from) expect(nfrLines.has(at(f)), `${a.metric} cites ${at(f)}`).toBe(true);
    }
  });

  it('is byte-identical across runs', async () => {
    const { compile } = await import('../../src/pipeline.js');
    const { nodeHost } = await import('../../src/host.js');
    const again = await compile({ root: corpusRoot(project), verify: { skip: true } }, nodeHost());
    const first = (await compileCorpus(project)).artifacts[0]!.text;
    for (const title of [
      '8. External Integrations',
      '9. Background Jobs',
      '10. Caching Strategy',
      '15. Deployment Configuration',
    ]) {
      expect(section(again.artifacts[0]!.text, title)).toBe(section(first, title));
    }
  });
});

describe('operations sections on the corpus', { timeout: 120_000 }, () => {
  it('labcore: section 8 names the providers the documents use; Razorpay is only planned', async () => {
    const r = await compileCorpus('labcore');
    const s8 = section(r.artifacts[0]!.text, '8. External Integrations');
    for (const name of ['wa.me', 'Resend', 'Sentry', 'Supabase Storage']) {
      expect(s8).toContain(`### ${name}`);
    }
    expect(s8).toMatch(/\| Razorpay \| planned \(later phase\) \|/);
    expect(s8).not.toContain('### Razorpay');
  });

  it('labcore: "retained for 7 years minimum" gets no purge job (issue 11); the append-only audit log gets none', async () => {
    const r = await compileCorpus('labcore');
    const jobs = r.spec!.jobs;
    expect(jobs.find((j) => j.name === 'purge-report-storage')).toBeUndefined();
    const floor = r.diagnostics.find((d) => d.code === 'operations/retention-minimum');
    expect(floor?.message).toContain('7 years');
    expect(floor?.at).toMatchObject({ file: 'docs/product/prd.md' });
    expect(jobs.some((j) => /audit/.test(j.name))).toBe(false);
    expect(r.diagnostics.some((d) => d.code === 'operations/retention-kept-forever')).toBe(true);
  });

  it('labcore: the cache store is the stated Postgres table, Vercel KV only considered', async () => {
    const c = (await compileCorpus('labcore')).spec!.caching!;
    expect(c.store?.value).toBe('PostgreSQL');
    expect(c.considered.map((x) => x.value)).toContain('Vercel KV');
    expect(c.entries.map((e) => e.name)).toEqual(expect.arrayContaining(['test-definition', 'rate-card']));
  });

  it('bmad-todo-app: no cache store is stated and section 10 says so; migrations are versioned SQL files', async () => {
    const r = await compileCorpus('bmad-todo-app');
    expect(r.spec!.caching?.store).toBeNull();
    expect(section(r.artifacts[0]!.text, '10. Caching Strategy')).toContain('No cache store is stated');
    expect(r.spec!.deployment?.migration?.tool).toBe('raw SQL');
    expect(r.spec!.testing?.coverageTarget.value).toBe(70);
  });

  it('billie-crm and business-research-portal: S3, Claude, YTJ and PRH appear in section 8', async () => {
    const billie = section(
      (await compileCorpus('billie-crm')).artifacts[0]!.text,
      '8. External Integrations',
    );
    // The names the documents write (issue 11): "S3", "Claude API".
    expect(billie).toContain('### S3');
    const portal = section(
      (await compileCorpus('business-research-portal')).artifacts[0]!.text,
      '8. External Integrations',
    );
    for (const name of ['Claude API', 'YTJ API', 'PRH API']) expect(portal).toContain(`### ${name}`);
    expect(portal).toContain('Not in the provider catalogue');
  });

  it('key decisions name auth, database, caching and background jobs with their sources', async () => {
    const d = (await compileCorpus('labcore')).spec!.decisions;
    expect(d.map((x) => x.topic)).toEqual(
      expect.arrayContaining(['Authentication', 'Database', 'Caching', 'Background jobs']),
    );
    expect(d.find((x) => x.topic === 'Database')?.choice).toMatch(/^PostgreSQL; Prisma/);
  });
});

describe('security, performance and checklist on the corpus', { timeout: 120_000 }, () => {
  it('ties OWASP items to the stated ORM and token storage', async () => {
    const labcore = (await compileCorpus('labcore')).spec!.security;
    expect(labcore.find((p) => p.ref === 'A03')?.measure).toContain('Prisma');
    expect(labcore.find((p) => p.topic.startsWith('CSRF'))?.measure).toMatch(/cookie/i);
    const bmad = (await compileCorpus('bmad-todo-app')).spec!.security;
    expect(bmad.find((p) => p.ref === 'A03')?.measure).toMatch(/parameterised statements/);
  });

  it('names one index and one batched load per foreign-key relationship', async () => {
    const spec = (await compileCorpus('labcore')).spec!;
    const perRelationship = spec.performance.filter((p) => p.ref === 'database' && p.topic.includes('→'));
    expect(perRelationship.length).toBe(spec.relationships.filter((r) => r.foreignKey).length);
    expect(perRelationship.every((p) => /prisma\.\w+\.findMany/.test(p.measure))).toBe(true);
  });

  it.each(PROJECTS)('%s: the operations checklist items do not fail', async (project) => {
    const r = await compileCorpus(project);
    for (const id of ['integrations', 'jobs', 'caching', 'logging'] as const) {
      const item = r.checklist.find((c) => c.id === id)!;
      expect(item.verdict, `${id}: ${item.problems.join('; ')}`).not.toBe('fail');
    }
  });
});
