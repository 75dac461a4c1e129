import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { reconcile } from '../../src/reconcile/index.js';
import { corpusRoot } from '../corpus-path.js';
import { CORPUS, loadCorpus } from './corpus.js';

/**
 * The real corpus: what section 0 reports must be real. These assertions record what was checked by
 * reading the documents (see the notes on each).
 */
async function reconciled(name: string) {
  const sources = await loadCorpus(name);
  return { sources, ...reconcile(extract(sources).domain, { documents: sources.documents }) };
}

describe('corpus reconciliation', () => {
  test.each(CORPUS)('%s: every finding cites existing lines, and a rerun is identical', async (name) => {
    const a = await reconciled(name);
    const b = await reconciled(name);
    expect(JSON.stringify(b.reconciliation)).toBe(JSON.stringify(a.reconciliation));
    const lines = new Map(a.sources.documents.map((d) => [d.path, d.text.split('\n').length]));
    for (const c of a.reconciliation.conflicts) {
      expect(c.sides.length).toBeGreaterThanOrEqual(2);
      for (const s of c.sides) expect(s.at.line).toBeLessThanOrEqual(lines.get(s.at.file) ?? 0);
    }
    for (const d of a.reconciliation.decisions)
      expect(d.at.line).toBeLessThanOrEqual(lines.get(d.at.file) ?? 0);
  });

  test('labcore: PRD 12.4 session timeout (8 h) against architecture 4.2 refresh token (7 days)', async () => {
    const { reconciliation } = await reconciled('labcore');
    const c = reconciliation.conflicts.find((x) => x.code === 'reconcile/session-lifetime');
    expect(c?.sides.map((s) => `${s.at.file}:${s.at.line}`)).toEqual([
      'docs/product/prd.md:434',
      'docs/technical/architecture.md:211',
    ]);
    const prd = readFileSync(`${corpusRoot('labcore')}/docs/product/prd.md`, 'utf8').split('\n');
    expect(prd[433]).toContain('default 8 hours');
    // PRD US-3.4 lists "Reported" as a sample status; the schema's sample_status has no such value.
    const statuses = reconciliation.conflicts.find((x) => x.code === 'reconcile/enum-mismatch');
    expect(statuses?.subject).toBe('sample_status');
    expect(statuses?.params?.missing).toBe('Reported');
    // US-3.3: "Front desk notified of the rejection", and no table stores notifications.
    expect(reconciliation.gaps.map((g) => [g.subject, g.detail])).toEqual([
      ['Notification', 'record:US-3.3'],
    ]);
    // Alternatives the tech stack rules out are listed, and none of them is a chosen technology.
    expect(reconciliation.decisions.some((d) => d.subject === 'MongoDB' && d.status === 'rejected')).toBe(
      true,
    );
    expect(reconciliation.conflicts.some((x) => x.code === 'reconcile/rejected-option-chosen')).toBe(false);
  });

  test('bmad-todo-app: FR3 "sessions across browser restarts" and "JWT expiry 30 days" are not a conflict', async () => {
    const { reconciliation, domain } = await reconciled('bmad-todo-app');
    expect(domain.parameters.find((p) => p.key === 'auth.access-token-ttl')?.value).toBe(30 * 86400);
    expect(reconciliation.conflicts.filter((c) => c.subject.startsWith('auth.'))).toEqual([]);
    expect(reconciliation.decisions.some((d) => d.subject === 'NestJS' && d.status === 'rejected')).toBe(
      true,
    );
  });

  test('business-research-portal: MVP 99% and production 99.9% uptime are two targets, not a conflict', async () => {
    const { reconciliation, domain } = await reconciled('business-research-portal');
    const keys = domain.parameters.filter((p) => p.key.startsWith('nfr.availability')).map((p) => p.key);
    expect(new Set(keys)).toEqual(new Set(['nfr.availability.mvp', 'nfr.availability.production']));
    expect(reconciliation.conflicts.filter((c) => c.code === 'reconcile/value-conflict')).toEqual([]);
  });

  test('billie-crm: polling intervals of different views and the application status list are not conflicts', async () => {
    const { reconciliation } = await reconciled('billie-crm');
    expect(
      reconciliation.conflicts.filter(
        (c) => c.code === 'reconcile/value-conflict' || c.code === 'reconcile/enum-mismatch',
      ),
    ).toEqual([]);
  });
});
