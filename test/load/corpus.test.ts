import { describe, expect, it } from 'vitest';
import { canonicalId } from '../../src/knowledge/requirement-ids.js';
import { corpusRoot } from '../corpus-path.js';
import { compiledProject } from '../helpers/compiled.js';

/** The committed corpus copies (test/corpus). */
const corpus = (project: string) => corpusRoot(project);

async function run(project: string) {
  return compiledProject(corpus(project));
}

const entry = (r: Awaited<ReturnType<typeof run>>, p: string) => r.sources.entries?.find((e) => e.path === p);
const fileOf = (o: { kind: string; file?: string }) => (o.kind === 'source' ? o.file : null);

describe('corpus: which copy and which version is read', () => {
  it('cwe-chatbot: every fact from one copy; the monoliths are listed as duplicates of the shards', async () => {
    const r = await run('cwe-chatbot');
    expect(r.ok).toBe(true);
    expect(entry(r, 'docs/prd.md')).toMatchObject({ status: 'duplicate', of: 'docs/prd/' });
    expect(entry(r, 'docs/architecture.md')).toMatchObject({ status: 'duplicate', of: 'docs/architecture/' });
    expect(entry(r, 'docs/prd.md')?.reason).toContain('prdSharded: true');
    // The monolithic architecture's change log is newer (v2.3, Oct 15 2025) than the shards' (v2.1):
    // the config's flag decides, and the run says what that leaves out.
    expect(r.diagnostics.find((d) => d.code === 'load/newer-copy-not-read')?.message).toContain(
      '(2025-10-15 against 2025-07-30)',
    );
    // The security shard is architecture, not repository boilerplate.
    expect(entry(r, 'docs/architecture/security.md')?.status).toBe('read');
    const files = new Set(
      [...(r.domain?.requirements ?? []), ...(r.domain?.entities ?? [])].map((x) => fileOf(x.origin)),
    );
    expect(files.has('docs/prd.md')).toBe(false);
    expect(files.has('docs/architecture.md')).toBe(false);
    // Each requirement id once, cited to a shard.
    const ids = r.domain?.requirements.map((q) => canonicalId(q.id)) ?? [];
    expect(new Set(ids).size).toBe(ids.length);
    expect(r.domain?.requirements.find((q) => q.id === 'FR1')?.origin).toMatchObject({
      file: 'docs/prd/requirements.md',
    });
  });

  it('encar-demo: the increment governs where it changes the frozen baseline; section 0 cites both lines', async () => {
    const r = await run('encar-demo');
    expect(r.ok).toBe(true);
    const base = '_bmad-output/planning-artifacts';
    expect(entry(r, `${base}/architecture.md`)).toMatchObject({
      status: 'superseded',
      of: `${base}/architecture-increment-2026-07-12.md`,
    });
    const oldPrd = `${base}/prds/prd-bmad-encar-demo-2026-06-17/prd.md`;
    const newPrd = `${base}/prds/prd-bmad-encar-demo-2026-07-11/prd.md`;
    expect(entry(r, oldPrd)).toMatchObject({ status: 'superseded', of: newPrd });
    // FR20: polling (baseline) → websockets (increment).
    const fr20 = r.spec?.reconciliation.conflicts.find(
      (c) => c.code === 'reconcile/superseded-document' && c.subject === 'FR20',
    );
    expect(fr20?.sides.map((s) => `${s.at.file}:${s.at.line}`)).toEqual([`${newPrd}:35`, `${oldPrd}:99`]);
    expect(fr20?.sides[0]?.value).toContain('웹소켓');
    expect(fr20?.sides[1]?.value).toContain('폴링');
    expect(r.domain?.requirements.filter((q) => q.id === 'FR20').map((q) => fileOf(q.origin))).toEqual([
      newPrd,
    ]);
    // Requirements the increment leaves alone stay, cited to the baseline.
    expect(r.domain?.requirements.find((q) => q.id === 'FR1')?.origin).toMatchObject({ file: oldPrd });
    const md = r.artifacts[0]!.text;
    expect(md).toContain(`\`${oldPrd}:99\``);
  });

  it('gatic: the implementation-artifacts copies are duplicates; the config fallback is reported', async () => {
    const r = await run('gatic');
    expect(r.ok).toBe(true);
    expect(entry(r, '_bmad-output/implementation-artifacts/prd.md')).toMatchObject({
      status: 'duplicate',
      of: '_bmad-output/prd.md',
    });
    expect(entry(r, '_bmad-output/implementation-artifacts/architecture.md')).toMatchObject({
      status: 'duplicate',
      of: '_bmad-output/architecture.md',
    });
    expect(entry(r, '_bmad-output/implementation-artifacts/ux.md')?.status).toBe('duplicate');
    expect(r.diagnostics.find((d) => d.code === 'load/config-location-fallback')?.message).toContain(
      'the PRD and architecture are not there; found by scanning in _bmad-output',
    );
  });

  it('ugcboost: the PRD only under archive/ is read with a warning; the archived brief is ignored', async () => {
    const r = await run('ugcboost');
    expect(r.ok).toBe(true);
    const prd = '_bmad-output/planning-artifacts/archive/2026-04-05-prd.md';
    expect(entry(r, prd)?.status).toBe('read');
    expect(r.diagnostics.find((d) => d.code === 'load/archived-document' && d.at?.file === prd)).toBeTruthy();
    expect(entry(r, '_bmad-output/planning/archive/2026-04-05-product-brief-ugcboost.md')?.status).toBe(
      'ignored',
    );
  });

  it('accountbox: features apply in order, the root summary revises 001, the constitution is context', async () => {
    const r = await run('accountbox');
    expect(r.ok).toBe(true);
    expect(entry(r, '.specify/memory/constitution.md')).toMatchObject({
      status: 'read',
      kind: 'architecture',
    });
    expect(entry(r, 'specs/001-mvp/data-model.md')).toMatchObject({
      status: 'superseded',
      of: 'specs/006-api-management/data-model.md',
    });
    expect(entry(r, 'specs/007-accountbox-web-jwt/spec.md')?.status).toBe('read');
    expect(r.sources.supersessions).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          older: 'specs/001-mvp/spec.md',
          newer: 'specs/ENCRYPTION_REMOVAL_SUMMARY.md',
        }),
      ]),
    );
  });
});
