import { describe, expect, it } from 'vitest';
import { compileFiles, lines, listing, load } from './helpers.js';

const prd = `# PRD\n\n${lines('prd', 6)}\n`;

describe('older versions', () => {
  it('front matter naming the baseline: both read, the baseline listed as superseded', async () => {
    const { sources } = await load({
      'docs/prd.md': prd,
      'docs/architecture.md': `# Architecture\n\n${lines('base', 6)}\n`,
      'docs/architecture-increment-2026-02.md': `---\narchitectureScope: increment\nbaselineArchitecture: docs/architecture.md\n---\n# Architecture increment\n\n${lines('inc', 4)}\n`,
    });
    expect(listing(sources.entries)).toContain(
      'superseded docs/architecture.md -> docs/architecture-increment-2026-02.md',
    );
    expect(sources.documents.map((d) => d.path)).toContain('docs/architecture.md');
    expect(sources.supersessions).toEqual([
      expect.objectContaining({
        older: 'docs/architecture.md',
        newer: 'docs/architecture-increment-2026-02.md',
        mode: 'amends',
      }),
    ]);
  });

  it.each([
    ['en', '> This document is superseded by [the new design](design-v2.md).'],
    ['es', '> Este documento fue reemplazado por [el nuevo diseño](design-v2.md).'],
    ['de', '> Dieses Dokument ist veraltet und wird ersetzt durch `design-v2.md`.'],
    ['fr', '> Ce document est remplacé par [la nouvelle architecture](design-v2.md).'],
    ['pt', '> Este documento foi substituído por [design-v2.md](./design-v2.md).'],
  ])('a "superseded by" banner (%s) makes the old document history only', async (_lang, banner) => {
    const { sources, diagnostics } = await load({
      'docs/prd.md': prd,
      'docs/architecture/design.md': `# Architecture\n\n${banner}\n\n${lines('old', 6)}\n`,
      'docs/architecture/design-v2.md': `# Architecture\n\n${lines('new', 6)}\n`,
    });
    expect(listing(sources.entries)).toContain(
      'superseded docs/architecture/design.md -> docs/architecture/design-v2.md',
    );
    expect(sources.documents.map((d) => d.path)).not.toContain('docs/architecture/design.md');
    expect(sources.history?.map((d) => d.path)).toEqual(['docs/architecture/design.md']);
    expect(sources.entries?.find((e) => e.path === 'docs/architecture/design.md')?.reason).toContain(
      'read as history only',
    );
    expect(diagnostics.some((d) => d.code === 'load/superseded-document')).toBe(true);
  });

  it.each([
    [
      'es',
      '> Esta es la línea base congelada; lo vigente está en [el incremento](arquitectura-incremento.md).',
    ],
    ['de', '> Eingefrorene Basisversion — aktuell gilt [das Inkrement](arquitectura-incremento.md).'],
    ['ko', '> 이 문서는 baseline(동결)이다 — 현행이 아니다. 현행 = [증분](arquitectura-incremento.md)'],
  ])(
    'a frozen-baseline banner (%s) keeps the baseline read where the increment is silent',
    async (_l, banner) => {
      const { sources } = await load({
        'docs/prd.md': prd,
        'docs/arquitectura.md': `# Arquitectura\n\n${banner}\n\n${lines('base', 6)}\n`,
        'docs/arquitectura-incremento.md': `# Arquitectura\n\n${lines('inc', 6)}\n`,
      });
      expect(sources.supersessions).toEqual([
        expect.objectContaining({
          older: 'docs/arquitectura.md',
          newer: 'docs/arquitectura-incremento.md',
          mode: 'amends',
        }),
      ]);
      expect(sources.documents.map((d) => d.path)).toContain('docs/arquitectura.md');
    },
  );

  it('a PRD citing the baseline architecture is not thereby a version of it', async () => {
    const { sources } = await load({
      'docs/prd.md': `# PRD\n\nSee the frozen baseline in [architecture](architecture.md).\n\n${lines('prd', 4)}\n`,
      'docs/architecture.md': `# Architecture\n\n${lines('arch', 4)}\n`,
    });
    expect(sources.supersessions).toEqual([]);
  });

  it('dated folders of one document: a full rewrite replaces the older, a delta amends it', async () => {
    const full = (seed: string) =>
      `# PRD\n\n## Goals\n\n${lines(seed, 3)}\n\n## Requirements\n\n${lines(seed, 3)}\n\n## Scope\n\nAll.\n`;
    const { sources } = await load({
      'planning/prds/prd-shop-2025-01-10/prd.md': full('v1'),
      'planning/prds/prd-shop-2025-03-02/prd.md': full('v2'),
      'planning/prds/prd-shop-2025-05-20/prd.md': `# Delta\n\n## Photos\n\n${lines('v3', 3)}\n`,
      'planning/architecture.md': `# Architecture\n\n${lines('a', 3)}\n`,
    });
    expect(sources.supersessions?.map((s) => `${s.mode} ${s.older} -> ${s.newer}`)).toEqual([
      'replaces planning/prds/prd-shop-2025-01-10/prd.md -> planning/prds/prd-shop-2025-03-02/prd.md',
      'amends planning/prds/prd-shop-2025-03-02/prd.md -> planning/prds/prd-shop-2025-05-20/prd.md',
    ]);
    expect(sources.history?.map((d) => d.path)).toEqual(['planning/prds/prd-shop-2025-01-10/prd.md']);
  });

  it('spec-kit features apply in order; a summary at the specs root revises the features it names', async () => {
    const feature = (n: string, seed: string) => ({
      [`specs/${n}/spec.md`]: `# Feature Specification\n\n${lines(`${seed}-spec`, 3)}\n`,
      [`specs/${n}/plan.md`]: `# Implementation Plan\n\n${lines(`${seed}-plan`, 3)}\n`,
    });
    const { sources } = await load({
      ...feature('001-mvp', 'one'),
      ...feature('002-tables', 'two'),
      ...feature('010-api', 'ten'),
      'specs/REMOVAL_SUMMARY.md': '# Summary\n\nEncryption designed in 001-mvp is removed.\n',
    });
    const pairs = sources.supersessions?.map((s) => `${s.older} -> ${s.newer}`);
    expect(pairs).toEqual(
      expect.arrayContaining([
        'specs/001-mvp/plan.md -> specs/002-tables/plan.md',
        'specs/002-tables/plan.md -> specs/010-api/plan.md',
        'specs/001-mvp/spec.md -> specs/002-tables/spec.md',
        'specs/001-mvp/spec.md -> specs/REMOVAL_SUMMARY.md',
        'specs/001-mvp/plan.md -> specs/REMOVAL_SUMMARY.md',
      ]),
    );
    expect(pairs).not.toContain('specs/002-tables/spec.md -> specs/REMOVAL_SUMMARY.md');
    expect(sources.supersessions?.every((s) => s.mode === 'amends')).toBe(true);
    expect(sources.documents).toHaveLength(7);
  });
});

describe('the newer document governs in reconcile (section 0 cites both)', () => {
  const base = {
    'docs/prd.md': [
      '# Shop PRD',
      '',
      '## Functional Requirements',
      '',
      '- FR-1: A buyer can search listings by price and year.',
      '- FR-2: Buyer and seller exchange chat messages by polling every 5 seconds.',
      '',
    ].join('\n'),
    'docs/architecture.md': '# Architecture\n\nA FastAPI service over PostgreSQL.\n',
  };

  it('a requirement an increment rewrites leaves the Domain; the conflict shows both lines', async () => {
    const result = await compileFiles({
      ...base,
      'docs/prd-increment-2025-07.md': [
        '# Shop PRD — increment',
        '',
        '> Increment over the baseline [PRD](prd.md): only changes are listed.',
        '',
        '## Functional Requirements',
        '',
        '- FR-2: Chat messages are delivered in real time over websockets.',
        '',
      ].join('\n'),
    });
    expect(result.ok).toBe(true);
    const fr2 = result.domain?.requirements.filter((r) => r.id === 'FR-2') ?? [];
    expect(fr2.map((r) => r.origin.kind === 'source' && r.origin.file)).toEqual([
      'docs/prd-increment-2025-07.md',
    ]);
    expect(result.domain?.requirements.some((r) => r.id === 'FR-1')).toBe(true);
    const c = result.spec?.reconciliation.conflicts.find((x) => x.code === 'reconcile/superseded-document');
    expect(c?.subject).toBe('FR-2');
    expect(c?.sides.map((s) => `${s.at.file}:${s.at.line}`)).toEqual([
      'docs/prd-increment-2025-07.md:7',
      'docs/prd.md:6',
    ]);
    const md = result.artifacts[0]!.text;
    expect(md).toContain('changed by a newer version');
    expect(md).toContain('`docs/prd.md:6`');
  });

  it('spec-kit features number their own requirements: FR-001 of two features is no version conflict', async () => {
    const result = await compileFiles({
      'specs/001-mvp/spec.md':
        '# Feature Specification\n\n- FR-001: The system must store websites with a domain.\n',
      'specs/001-mvp/plan.md': '# Implementation Plan\n\nASP.NET Core with SQLite.\n',
      'specs/002-table/spec.md':
        '# Feature Specification\n\n- FR-001: The website list must be shown as a table.\n',
      'specs/002-table/plan.md': '# Implementation Plan\n\nA React table.\n',
    });
    expect(result.sources.supersessions?.every((x) => x.ownRequirementIds)).toBe(true);
    expect(
      result.spec?.reconciliation.conflicts.filter((x) => x.code === 'reconcile/superseded-document'),
    ).toEqual([]);
  });

  it('a requirement restated in the same words is no conflict', async () => {
    const result = await compileFiles({
      ...base,
      'docs/prd-increment-2025-07.md':
        '# Increment\n\n> Increment over [the PRD](prd.md).\n\n- FR-1: A buyer can search listings by price and year.\n',
    });
    expect(
      result.spec?.reconciliation.conflicts.filter((x) => x.code === 'reconcile/superseded-document'),
    ).toEqual([]);
  });
});
