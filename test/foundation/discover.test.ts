import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/resolve.js';
import { memoryHost } from '../../src/host.js';
import { classify } from '../../src/load/classify.js';
import { loadSources } from '../../src/load/discover.js';

const ROOT = '/p/proj';

async function load(files: Record<string, string>) {
  const host = memoryHost(Object.fromEntries(Object.entries(files).map(([k, v]) => [`${ROOT}/${k}`, v])));
  const { config } = await resolveConfig(ROOT, {}, host);
  return loadSources(ROOT, config, host);
}

const kinds = (docs: { path: string; kind: string }[]) => docs.map((d) => `${d.kind} ${d.path}`);

describe('discovery', () => {
  it('finds the workflow paths and reports no missing prerequisite', async () => {
    const { sources, diagnostics } = await load({
      '.bmad/config.yaml': 'documentation_dir: docs\n',
      'docs/product/PRD.md': '# PRD\n',
      'docs/technical/architecture.md': '# Architecture\n',
      'docs/technical/tech-stack.md': '# Stack\n',
      'docs/design/ux-spec.md': '# UX\n',
    });
    expect(kinds(sources.documents)).toEqual([
      'ux docs/design/ux-spec.md',
      'prd docs/product/PRD.md',
      'architecture docs/technical/architecture.md',
      'tech-stack docs/technical/tech-stack.md',
    ]);
    expect(diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
  });

  it('matches names case-insensitively and finds {documentation_dir}/prd.md', async () => {
    const { sources } = await load({
      'docs/prd.md': '# Requirements\n',
      'docs/ARCHITECTURE.MD': '# System\n',
      'docs/Tech-Stack.md': '# Stack\n',
    });
    expect(kinds(sources.documents)).toEqual([
      'architecture docs/ARCHITECTURE.MD',
      'tech-stack docs/Tech-Stack.md',
      'prd docs/prd.md',
    ]);
  });

  it('finds BMAD v6 planning artifacts and keeps their front matter', async () => {
    const { sources } = await load({
      '_bmad-output/planning-artifacts/prd.md':
        "---\nworkflowType: 'prd'\nstepsCompleted: [1, 2]\n---\n# PRD\n",
      '_bmad-output/planning-artifacts/architecture.md': '# Architecture Decision Document\n',
      '_bmad-output/planning-artifacts/ux-design-specification.md': '# UX\n',
      '_bmad-output/implementation-artifacts/stories/1-1.md': '# Story\n',
    });
    expect(kinds(sources.documents)).toEqual([
      'architecture _bmad-output/planning-artifacts/architecture.md',
      'prd _bmad-output/planning-artifacts/prd.md',
      'ux _bmad-output/planning-artifacts/ux-design-specification.md',
    ]);
    const prd = sources.documents.find((d) => d.kind === 'prd')!;
    expect(prd.frontMatter).toEqual({ workflowType: 'prd', stepsCompleted: [1, 2] });
    expect(prd.bodyLineOffset).toBe(4);
    expect(prd.body).toBe('# PRD\n');
  });

  it('classifies sharded docs/prd and docs/architecture by their own name first, then the folder', async () => {
    const { sources } = await load({
      'docs/prd/index.md': '# Index\n',
      'docs/prd/epic-1-booking.md': '# Epic 1\n',
      'docs/architecture/index.md': '# Index\n',
      'docs/architecture/tech-stack.md': '# Tech\n',
      'docs/architecture/data-models.md': '# Models\n',
      'docs/architecture/database-schema.md': '# Schema\n',
      'docs/architecture/coding-standards.md': '# Standards\n',
    });
    expect(kinds(sources.documents)).toEqual([
      'architecture docs/architecture/coding-standards.md',
      'data-model docs/architecture/data-models.md',
      'data-model docs/architecture/database-schema.md',
      'architecture docs/architecture/index.md',
      'tech-stack docs/architecture/tech-stack.md',
      'prd docs/prd/epic-1-booking.md',
      'prd docs/prd/index.md',
    ]);
  });

  it('follows a BMAD v4 core-config to shard folders with unusual names', async () => {
    const { sources } = await load({
      '.bmad-core/core-config.yaml':
        'prd:\n  prdFile: planning/product.md\n  prdShardedLocation: planning/shards-a\narchitecture:\n  architectureFile: planning/system.md\n',
      'planning/product.md': '# Overview\n',
      'planning/system.md': '# Overview\n',
      'planning/shards-a/goals.md': '# Goals\n',
    });
    expect(kinds(sources.documents)).toEqual([
      'prd planning/product.md',
      'prd planning/shards-a/goals.md',
      'architecture planning/system.md',
    ]);
  });

  it('reads Kiro and spec-kit layouts', async () => {
    const { sources } = await load({
      '.kiro/specs/booking/requirements.md': '# Requirements\n',
      '.kiro/specs/booking/design.md': '# Design\n',
      '.kiro/specs/booking/tasks.md': '# Tasks\n',
      'specs/001-booking/spec.md': '# Feature Specification: Booking\n',
      'specs/001-booking/plan.md': '# Implementation Plan\n',
      'specs/001-booking/data-model.md': '# Data Model\n',
    });
    expect(kinds(sources.documents)).toEqual([
      'architecture .kiro/specs/booking/design.md',
      'prd .kiro/specs/booking/requirements.md',
      'other .kiro/specs/booking/tasks.md',
      'data-model specs/001-booking/data-model.md',
      'architecture specs/001-booking/plan.md',
      'prd specs/001-booking/spec.md',
    ]);
  });

  it('classifies by headings when the path says nothing, and reads root-level planning docs only', async () => {
    const { sources } = await load({
      'docs/notes-a.md': '# Product Requirements Document\n',
      'docs/notes-b.md': '# Notes\n\n## System Architecture\n',
      'PRD.md': '# x\n',
      'TODO.md': '# Todo\n',
      'README.md': '# Readme\n',
    });
    expect(kinds(sources.documents)).toEqual([
      'prd PRD.md',
      'prd docs/notes-a.md',
      'architecture docs/notes-b.md',
    ]);
    expect(sources.documents[2]?.classifiedBy).toBe('heading:Architecture');
  });

  it('searches doc/, documentation/ and planning/ too', async () => {
    const { sources } = await load({
      'doc/requirements.md': '# R\n',
      'documentation/architecture.md': '# A\n',
      'planning/tech-stack.md': '# T\n',
    });
    expect(kinds(sources.documents)).toEqual([
      'prd doc/requirements.md',
      'architecture documentation/architecture.md',
      'tech-stack planning/tech-stack.md',
    ]);
  });

  it('takes the project name from front matter when no config names it', async () => {
    const { sources } = await load({
      'docs/prd.md': '---\nworkflowType: prd\nprojectName: Research Portal\n---\n# PRD\n',
      'docs/architecture.md': '# A\n',
    });
    expect(sources.config.projectName).toEqual({
      value: 'Research Portal',
      origin: { kind: 'file', at: { file: 'docs/prd.md', line: 3 } },
    });
    const named = await load({
      '.bmad/config.yaml': 'project_name: Configured\n',
      'docs/prd.md': '---\nprojectName: Research Portal\n---\n# PRD\n',
    });
    expect(named.sources.config.projectName.value).toBe('Configured');
  });

  it('warns when documentation_dir does not exist but documents were found elsewhere', async () => {
    const { diagnostics } = await load({
      '_bmad-output/planning-artifacts/prd.md': '# PRD\n',
      '_bmad-output/planning-artifacts/architecture.md': '# A\n',
    });
    const d = diagnostics.find((x) => x.code === 'load/docs-dir-missing');
    expect(d?.message).toBe(
      'documentation_dir "docs" does not exist; the documents were found in _bmad-output/planning-artifacts, and the spec is written to docs/technical',
    );
  });

  it('never reads its own output back', async () => {
    const { sources } = await load({
      'docs/prd.md': '# PRD\n',
      'docs/architecture.md': '# Arch\n',
      'docs/technical/backend-spec.md': '# Spec\n',
      'docs/technical/backend-spec/notes.md': '# x\n',
      'docs/out/spec-copy.md': `# Spec\n\n<!-- backend-spec sha256:${'a'.repeat(64)} -->\n`,
    });
    expect(kinds(sources.documents)).toEqual(['architecture docs/architecture.md', 'prd docs/prd.md']);
  });

  it('reports missing prerequisites with every searched path', async () => {
    const { sources, diagnostics } = await load({ 'docs/design/ux-spec.md': '# UX\n' });
    const codes = diagnostics.filter((d) => d.severity !== 'info').map((d) => `${d.severity} ${d.code}`);
    expect(codes).toEqual([
      'error load/missing-prd',
      'error load/missing-architecture',
      'warning load/missing-tech-stack',
    ]);
    const prd = diagnostics.find((d) => d.code === 'load/missing-prd')!;
    for (const p of ['docs/product/PRD.md', '_bmad-output/planning-artifacts/**/*.md', '.kiro/specs/**/*.md'])
      expect(prd.message).toContain(p);
    expect(prd.hint).toContain('backend-spec init');
    expect(sources.searched.slice(0, 4)).toEqual([
      'docs/product/PRD.md',
      'docs/technical/architecture.md',
      'docs/technical/tech-stack.md',
      'docs/design/ux-spec.md',
    ]);
  });

  it('invalid front matter is a warning at its line, the document is still read', async () => {
    const { sources, diagnostics } = await load({
      'docs/prd.md': '---\ntitle: a\nbad: [x\n---\n# PRD\n',
      'docs/architecture.md': '# Arch\n',
    });
    const d = diagnostics.find((x) => x.code === 'load/invalid-front-matter');
    expect(d?.at?.file).toBe('docs/prd.md');
    expect(d?.at?.line).toBeGreaterThanOrEqual(2);
    expect(sources.documents.map((x) => x.kind)).toContain('prd');
  });
});

describe('classify', () => {
  it.each([
    ['docs/design/ui-ux-guidelines.md', '', 'ux'],
    ['x/front-end-spec.md', '', 'ux'],
    ['x/api-schema.md', '', 'other'],
    ['x/erd.md', '', 'data-model'],
    ['x/brief.md', '# Technology Stack', 'tech-stack'],
    ['x/whatever.md', '', 'other'],
    ['docs/SystemArchitecture.md', '', 'architecture'],
    ['docs/ProductRequirements.md', '', 'prd'],
    ['docs/prd.v2.md', '', 'prd'],
    ['docs/01-PRD.md', '', 'prd'],
    ['docs/full-stack-architecture.md', '', 'architecture'],
    ['docs/Anforderungen.md', '', 'prd'],
    ['docs/arquitectura.md', '', 'architecture'],
    ['docs/vaatimukset.md', '', 'prd'],
    ['docs/notes.md', '# Documento de requisitos', 'prd'],
  ])('%s → %s', (p, body, kind) => expect(classify({ path: p, body }).kind).toBe(kind));

  it('uses the BMAD front matter workflowType when the name says nothing', () => {
    expect(classify({ path: 'docs/a.md', body: '', frontMatter: { workflowType: 'ux-design' } })).toEqual({
      kind: 'ux',
      by: 'front-matter:workflowType=ux-design',
    });
  });

  // An English trial (a marina on Phoenix + Ecto) said "The schema is defined by the Ecto migrations in
  // `priv/repo/migrations/`" and described no table in prose: the spec had no data model at all.
  describe('schema files the documents name', () => {
    const MIGRATION =
      'defmodule M do\n  use Ecto.Migration\n  def change do\n    create table(:berths) do\n      add :number, :string\n    end\n  end\nend\n';
    it('reads a named folder and a named file as data-model sources, cited by their own path', async () => {
      const { sources } = await load({
        'docs/prd.md': '# PRD\n',
        'docs/architecture.md':
          '# Architecture\n\nThe schema is defined by the Ecto migrations in `priv/repo/migrations/`.\nSee also prisma/schema.prisma.\n',
        'priv/repo/migrations/20260301_create_berths.exs': MIGRATION,
        'priv/repo/migrations/.formatter.exs': '[]',
        'prisma/schema.prisma': 'model Berth {\n  id Int @id\n}\n',
        'lib/moorline/berths.ex': 'defmodule Moorline.Berths do\nend\n',
      });
      const read = sources.documents.filter((d) => d.kind === 'data-model');
      expect(read.map((d) => [d.path, d.classifiedBy])).toEqual([
        ['priv/repo/migrations/20260301_create_berths.exs', 'named at docs/architecture.md:3'],
        ['prisma/schema.prisma', 'named at docs/architecture.md:4'],
      ]);
    });

    it('never reads a path that is not schema-like, outside the project or missing', async () => {
      const { sources } = await load({
        'docs/prd.md':
          '# PRD\n\nCode lives in `lib/moorline/` and `../secrets/db/schema.sql`; see `db/missing.sql`.\n',
        'docs/architecture.md': '# Architecture\n',
        'lib/moorline/berths.ex': 'defmodule Moorline.Berths do\nend\n',
      });
      expect(sources.documents.filter((d) => d.kind === 'data-model')).toEqual([]);
    });
  });
});
