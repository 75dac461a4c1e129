import { describe, expect, it } from 'vitest';
import { compileFiles, listing, load } from './helpers.js';

const codes = (diags: { code: string }[]) => diags.map((d) => d.code);

/** A real-looking project: architecture only as nested shards, PRD shards only in `_archive/prd/`. */
const scattered = {
  'docs/architecture/overview/system-context.md':
    '# System context\n\nThe booking API is a NestJS service backed by PostgreSQL 16, deployed on Fly.io.\n',
  'docs/architecture/data/entities.md': [
    '# Entities',
    '',
    '## Booking',
    '',
    '| Field | Type | Notes |',
    '|---|---|---|',
    '| id | uuid | primary key |',
    '| starts_at | timestamptz | required |',
    '| status | text | pending, confirmed, cancelled |',
    '',
  ].join('\n'),
  'docs/architecture/backend/api.md':
    '# Backend API\n\n- `POST /bookings` creates a booking.\n- `GET /bookings/{id}` reads one.\n',
  'docs/_archive/prd/01-goals.md': '# Goals\n\nPatients book appointments online.\n',
  'docs/_archive/prd/02-requirements.md':
    '# Functional requirements\n\n- FR-1: A patient can book an appointment slot.\n- FR-2: A patient can cancel a booking up to 24 hours before it starts.\n',
};

describe('scattered layouts', () => {
  it('nested architecture shards and an archived PRD compile, with the warnings', async () => {
    const result = await compileFiles(scattered);
    expect(result.ok).toBe(true);
    expect(result.sources.documents.map((d) => `${d.kind} ${d.path}`)).toEqual([
      'prd docs/_archive/prd/01-goals.md',
      'prd docs/_archive/prd/02-requirements.md',
      'architecture docs/architecture/backend/api.md',
      'data-model docs/architecture/data/entities.md',
      'architecture docs/architecture/overview/system-context.md',
    ]);
    const archived = result.diagnostics.filter((d) => d.code === 'load/archived-document');
    expect(archived.map((d) => d.at?.file)).toEqual([
      'docs/_archive/prd/01-goals.md',
      'docs/_archive/prd/02-requirements.md',
    ]);
    expect(archived[0]?.severity).toBe('warning');
    expect(archived[0]?.message).toContain('the only PRD document lies in the archive folder docs/_archive/');
    expect(codes(result.diagnostics)).toContain('load/sharded-document');
    expect(codes(result.diagnostics)).not.toContain('load/missing-architecture');
    expect(result.domain?.requirements.map((r) => r.id)).toEqual(['FR-1', 'FR-2']);
    expect(result.domain?.entities.map((e) => e.name)).toContain('Booking');
  });

  it('an archived PRD is history when a current PRD exists', async () => {
    const { sources } = await load({
      ...scattered,
      'docs/prd.md': '# PRD\n\n- FR-1: A patient can book a slot and pay a deposit.\n',
    });
    expect(listing(sources.entries)).toContain('superseded docs/_archive/prd/01-goals.md -> docs/prd.md');
    expect(sources.history?.map((d) => d.path)).toContain('docs/_archive/prd/02-requirements.md');
  });

  it('Kiro steering files are read as tech stack and architecture context', async () => {
    const { sources } = await load({
      '.kiro/specs/shop/requirements.md': '# Requirements\n\n1. WHEN a user pays THEN the system SHALL ...\n',
      '.kiro/specs/shop/design.md': '# Design\n\nA Go service.\n',
      '.kiro/steering/tech.md': '# Tech\n\nGo 1.22, chi router, PostgreSQL, sqlc.\n',
      '.kiro/steering/structure.md': '# Structure\n\nhandler → service → repository.\n',
      '.kiro/steering/product.md': '# Product\n\nA shop for makers.\n',
    });
    expect(sources.documents.map((d) => `${d.kind} ${d.path} ${d.classifiedBy}`)).toEqual([
      'architecture .kiro/specs/shop/design.md kiro:design.md',
      'prd .kiro/specs/shop/requirements.md kiro:requirements.md',
      'other .kiro/steering/product.md kiro:steering/product.md',
      'architecture .kiro/steering/structure.md kiro:steering/structure.md',
      'tech-stack .kiro/steering/tech.md kiro:steering/tech.md',
    ]);
  });

  it('the spec-kit constitution is read as architecture context', async () => {
    const { sources } = await load({
      '.specify/memory/constitution.md': '# Project Constitution\n\nEvery feature ships with tests.\n',
      'specs/001-core/spec.md': '# Feature Specification\n\n- FR-001: Users can sign in.\n',
    });
    expect(sources.documents.find((d) => d.path === '.specify/memory/constitution.md')).toMatchObject({
      kind: 'architecture',
      classifiedBy: 'spec-kit:constitution.md',
    });
  });

  it('a config pointing to a folder without the documents falls back to scanning, with a warning', async () => {
    const { sources, diagnostics } = await load({
      '_bmad/bmm/config.yaml':
        'planning_artifacts: "{project-root}/_bmad-output/planning-artifacts"\noutput_folder: "{project-root}/_bmad-output"\n',
      '_bmad-output/prd.md': '# PRD\n\n- FR-1: Staff lend assets.\n',
      '_bmad-output/architecture.md': '# Architecture\n\nLaravel 11 and MySQL 8.\n',
    });
    expect(sources.documents.map((d) => d.path)).toEqual([
      '_bmad-output/architecture.md',
      '_bmad-output/prd.md',
    ]);
    const fallback = diagnostics.find((d) => d.code === 'load/config-location-fallback');
    expect(fallback?.severity).toBe('warning');
    expect(fallback?.message).toBe(
      'the config names _bmad-output/planning-artifacts (does not exist) for the planning documents, but the PRD and architecture are not there; found by scanning in _bmad-output',
    );
  });
});

describe('layouts nobody here has used yet', () => {
  it('planning/ folders with product and engineering sub-folders', async () => {
    const { sources, diagnostics } = await load({
      'planning/product/requirements.md': '# Requirements\n\n- FR-1: A runner logs a run.\n',
      'planning/engineering/system-design.md': '# System design\n\nA Rails API on PostgreSQL.\n',
      'planning/engineering/stack.md': '# Stack\n\nRuby 3.3, Rails 7.1.\n',
    });
    expect(sources.documents.map((d) => `${d.kind} ${d.path}`)).toEqual([
      'tech-stack planning/engineering/stack.md',
      'architecture planning/engineering/system-design.md',
      'prd planning/product/requirements.md',
    ]);
    expect(codes(diagnostics)).not.toContain('load/missing-prd');
  });

  it('German: Docs/Produkt/Anforderungen.md and Docs/Technik/Architektur/ shards (capitalised folder)', async () => {
    const { sources, diagnostics } = await load({
      'Docs/Produkt/Anforderungen.md': '# Anforderungen\n\n- FR-1: Ein Mitglied kann eine Aufgabe anlegen.\n',
      'Docs/Technik/Architektur/Überblick.md': '# Überblick\n\nEin Spring-Boot-Dienst mit PostgreSQL.\n',
      'Docs/Technik/Architektur/Daten/Datenmodell.md':
        '# Datenmodell\n\n| Feld | Typ |\n|---|---|\n| id | uuid |\n',
    });
    expect(sources.documents.map((d) => `${d.kind} ${d.path}`)).toEqual([
      'prd Docs/Produkt/Anforderungen.md',
      'data-model Docs/Technik/Architektur/Daten/Datenmodell.md',
      'architecture Docs/Technik/Architektur/Überblick.md',
    ]);
    expect(codes(diagnostics)).not.toContain('load/missing-architecture');
  });

  it('Spanish: documentación/ with requisitos and arquitectura, plus an old version in archivo/', async () => {
    const { sources, diagnostics } = await load({
      'documentación/producto/requisitos.md': '# Requisitos\n\n- RF-01: Un socio reserva una pista.\n',
      'documentación/técnica/arquitectura.md': '# Arquitectura\n\nFastAPI sobre PostgreSQL.\n',
      'documentación/archivo/requisitos-2023.md': '# Requisitos\n\n- RF-01: Un socio reserva por teléfono.\n',
    });
    expect(listing(sources.entries)).toEqual([
      'superseded documentación/archivo/requisitos-2023.md -> documentación/producto/requisitos.md',
      'read documentación/producto/requisitos.md',
      'read documentación/técnica/arquitectura.md',
    ]);
    expect(codes(diagnostics)).not.toContain('load/archived-document');
  });

  it('French and Portuguese folder names: conception/ is found through docs/, documentação/ at the top', async () => {
    const fr = await load({
      'docs/conception/exigences.md': '# Exigences\n\n- EX-1: Un client commande.\n',
      'docs/conception/architecture-technique.md': '# Architecture technique\n\nSymfony et PostgreSQL.\n',
    });
    expect(fr.sources.documents.map((d) => d.kind)).toEqual(['architecture', 'prd']);
    const pt = await load({
      'documentação/requisitos.md': '# Requisitos\n\n- RF-1: O cliente faz um pedido.\n',
      'documentação/arquitetura.md': '# Arquitetura\n\nNestJS e PostgreSQL.\n',
    });
    expect(pt.sources.documents.map((d) => `${d.kind} ${d.path}`)).toEqual([
      'architecture documentação/arquitetura.md',
      'prd documentação/requisitos.md',
    ]);
  });
});
