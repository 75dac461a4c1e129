import { describe, expect, test } from 'vitest';
import {
  type Domain,
  type EntityFact,
  emptyDomain,
  type FieldFact,
  type Quantity,
} from '../../src/model/domain.js';
import { fromSource } from '../../src/model/origin.js';
import { reconcile } from '../../src/reconcile/index.js';

const docs = [
  { path: 'docs/prd.md', kind: 'prd' as const },
  { path: 'docs/architecture.md', kind: 'architecture' as const },
  { path: 'docs/tech-stack.md', kind: 'tech-stack' as const },
  { path: 'docs/ux.md', kind: 'ux' as const },
  { path: 'docs/schema.md', kind: 'data-model' as const },
];

function q(key: string, value: number | null, unit: string, file: string, line: number, text = ''): Quantity {
  return { key, label: key, value, unit, text, origin: fromSource(file, line) };
}

function domain(patch: Partial<Domain>): Domain {
  return { ...emptyDomain('p', 'en'), ...patch };
}

function field(name: string, file: string, line: number, extra: Partial<FieldFact> = {}): FieldFact {
  return {
    name,
    type: { scalar: 'string' },
    nullable: null,
    unique: false,
    primaryKey: false,
    origin: fromSource(file, line),
    ...extra,
  };
}

function entity(name: string, fields: FieldFact[]): EntityFact {
  return {
    name,
    writtenAs: name,
    fields,
    uniques: [],
    checks: [],
    notation: 'sql',
    origin: fields[0]?.origin ?? fromSource('docs/schema.md', 1),
    seenIn: [],
  };
}

const run = (d: Domain) => reconcile(d, { documents: docs });

describe('value conflicts', () => {
  test('same key, disjoint values in two documents: reported with both sides, PRD wins, loser superseded', () => {
    const out = run(
      domain({
        parameters: [
          q('retention.audit-log', 7 * 365 * 86400, 's', 'docs/prd.md', 10, '7 years'),
          q('retention.audit-log', 13 * 30 * 86400, 's', 'docs/architecture.md', 20, '13 months'),
        ],
      }),
    );
    const [c] = out.reconciliation.conflicts;
    expect(c).toMatchObject({
      code: 'reconcile/value-conflict',
      subject: 'retention.audit-log',
      resolution: '7 years',
    });
    expect(c!.sides.map((s) => `${s.at.file}:${s.at.line}`)).toEqual([
      'docs/prd.md:10',
      'docs/architecture.md:20',
    ]);
    expect(c!.resolvedBy).toMatchObject({ kind: 'rule', rule: 'reconcile/precedence/prd-for-product-rules' });
    // The losing value leaves the Domain: derive steps cannot use it.
    expect(out.domain.parameters.map((p) => p.text)).toEqual(['7 years']);
    expect(out.diagnostics.map((d) => d.code)).toEqual(['reconcile/value-conflict']);
  });

  test('upload limits conflict only when both statements name the same upload', () => {
    const out = run(
      domain({
        parameters: [
          { ...q('upload.max-size', 2097152, 'bytes', 'docs/prd.md', 4, '2 MB'), label: 'Avatar upload' },
          {
            ...q('upload.max-size', 5242880, 'bytes', 'docs/architecture.md', 9, '5 MB'),
            label: 'avatar images',
          },
        ],
      }),
    );
    expect(out.reconciliation.conflicts.map((c) => [c.subject, c.resolution])).toEqual([
      ['upload.max-size', '2 MB'],
    ]);
  });

  test('token lifetimes: the architecture wins over the PRD', () => {
    const out = run(
      domain({
        parameters: [
          q('auth.access-token-ttl', 7 * 86400, 's', 'docs/prd.md', 3, '7 days'),
          q('auth.access-token-ttl', 30 * 86400, 's', 'docs/architecture.md', 9, '30 days'),
        ],
      }),
    );
    expect(out.reconciliation.conflicts[0]?.resolution).toBe('30 days');
    expect(out.domain.parameters.map((p) => p.origin)).toMatchObject([{ file: 'docs/architecture.md' }]);
  });

  test('near-misses: equal values, a subset, one document, unnamed subjects, different qualifiers', () => {
    const out = run(
      domain({
        parameters: [
          q('nfr.latency.search', 500, 'ms', 'docs/prd.md', 1),
          q('nfr.latency.search', 500, 'ms', 'docs/architecture.md', 1),
          // One document, two values under one key, labelled as two subjects (same-document-values
          // reports only labels that say the same thing).
          { ...q('nfr.latency.page', 1000, 'ms', 'docs/prd.md', 2), label: 'Page load p50' },
          { ...q('nfr.latency.page', 3000, 'ms', 'docs/prd.md', 3), label: 'Page load p99' },
          q('nfr.latency.page', 3000, 'ms', 'docs/architecture.md', 3),
          q('sync.general', 5, 's', 'docs/prd.md', 4),
          q('sync.general', 30, 's', 'docs/ux.md', 4),
          q('nfr.availability.mvp', 99, '%', 'docs/prd.md', 5),
          q('nfr.availability.production', 99.9, '%', 'docs/architecture.md', 5),
          { ...q('upload.max-size', 2097152, 'bytes', 'docs/prd.md', 8), label: 'Avatar upload' },
          {
            ...q('upload.max-size', 10485760, 'bytes', 'docs/architecture.md', 8),
            label: 'Document attachments',
          },
          { ...q('pagination.default', 20, 'count', 'docs/prd.md', 6), label: 'Default page size' },
          {
            ...q('pagination.default', 50, 'count', 'docs/prd.md', 7),
            label: 'Default page size of exports',
          },
        ],
      }),
    );
    expect(out.reconciliation.conflicts).toEqual([]);
    expect(out.domain.parameters).toHaveLength(13);
  });
});

describe('session lifetime', () => {
  test('a PRD session timeout shorter than the architecture refresh token is reported, both kept', () => {
    const out = run(
      domain({
        parameters: [
          q('auth.session-timeout', 8 * 3600, 's', 'docs/prd.md', 434, '8 hours'),
          q('auth.access-token-ttl', 3600, 's', 'docs/architecture.md', 210, '1 hour'),
          q('auth.refresh-token-ttl', 7 * 86400, 's', 'docs/architecture.md', 211, '7 days'),
        ],
      }),
    );
    const c = out.reconciliation.conflicts.find((x) => x.code === 'reconcile/session-lifetime');
    expect(c?.params).toEqual({ idle: '8 hours', absolute: '7 days' });
    expect(c?.sides.map((s) => s.at.line)).toEqual([434, 211]);
    expect(out.domain.parameters).toHaveLength(3);
  });

  test('near-miss: tokens shorter than the session, or in the same document', () => {
    const out = run(
      domain({
        parameters: [
          q('auth.session-timeout', 8 * 3600, 's', 'docs/prd.md', 1),
          q('auth.access-token-ttl', 900, 's', 'docs/architecture.md', 2),
          q('auth.session-timeout', 86400, 's', 'docs/tech-stack.md', 3),
          q('auth.refresh-token-ttl', 7 * 86400, 's', 'docs/tech-stack.md', 4),
        ],
      }),
    );
    expect(out.reconciliation.conflicts.filter((c) => c.code === 'reconcile/session-lifetime')).toHaveLength(
      1,
    );
    expect(
      out.reconciliation.conflicts.find((c) => c.code === 'reconcile/session-lifetime')?.sides[0]?.at.file,
    ).toBe('docs/prd.md');
  });
});

describe('enum mismatch', () => {
  const sampleStatus = {
    name: 'sample_status',
    values: ['ordered', 'collected', 'received', 'in_process', 'completed', 'rejected'],
    origin: fromSource('docs/schema.md', 311),
  };
  test('a PRD status missing from the model enum is reported; spelling variants are not', () => {
    const out = run(
      domain({
        enums: [sampleStatus],
        lifecycles: [
          {
            subject: '',
            values: ['Ordered', 'Collected', 'Received', 'In Process', 'Completed', 'Reported', 'Rejected'],
            origin: fromSource('docs/prd.md', 130),
          },
        ],
      }),
    );
    const [c] = out.reconciliation.conflicts;
    expect(c).toMatchObject({
      code: 'reconcile/enum-mismatch',
      subject: 'sample_status',
      params: { missing: 'Reported' },
    });
  });

  test('near-misses: a subset (a filter), an unrelated list, a "no value" entry', () => {
    const out = run(
      domain({
        enums: [sampleStatus],
        entities: [
          entity('Conversation', [
            field('decisionStatus', 'docs/architecture.md', 437, { enumValues: ['approved', 'declined'] }),
          ]),
        ],
        lifecycles: [
          {
            subject: 'sample',
            values: ['Collected', 'In-Process', 'Rejected'],
            origin: fromSource('docs/ux.md', 1),
          },
          {
            subject: '',
            values: ['approved', 'declined', 'in progress', 'ended'],
            origin: fromSource('docs/ux.md', 365),
          },
          {
            subject: 'decision',
            values: ['approved', 'declined', 'no decision'],
            origin: fromSource('docs/prd.md', 308),
          },
        ],
      }),
    );
    expect(out.reconciliation.conflicts).toEqual([]);
  });
});

describe('naming mismatch', () => {
  test('mobile in the schema, phone in the architecture: reported, schema name kept', () => {
    const out = run(
      domain({
        entities: [
          entity('Patient', [
            field('id', 'docs/schema.md', 10),
            field('mobile', 'docs/schema.md', 12),
            field('id', 'docs/architecture.md', 40),
            field('phone', 'docs/architecture.md', 42),
          ]),
        ],
      }),
    );
    const [c] = out.reconciliation.conflicts;
    expect(c).toMatchObject({ code: 'reconcile/naming-mismatch', resolution: 'Patient.mobile' });
    expect(c!.sides.map((s) => s.at.line)).toEqual([12, 42]);
  });

  test('near-misses: notation variants, both names in one document, different entities', () => {
    const out = run(
      domain({
        entities: [
          entity('User', [
            field('created_at', 'docs/schema.md', 1),
            field('createdAt', 'docs/architecture.md', 2),
            field('phone', 'docs/schema.md', 3),
            field('mobile', 'docs/schema.md', 4),
            field('mobile', 'docs/architecture.md', 5),
          ]),
          entity('Lab', [field('phone', 'docs/schema.md', 6)]),
          entity('Doctor', [field('mobile', 'docs/architecture.md', 7)]),
        ],
      }),
    );
    expect(out.reconciliation.conflicts).toEqual([]);
  });
});

describe('modelling gaps', () => {
  const base = {
    entities: [entity('Visit', [field('id', 'docs/schema.md', 1), field('starts_at', 'docs/schema.md', 2)])],
  };
  test('doctors write visit notes and nothing models notes: a gap citing the requirement', () => {
    const out = run(
      domain({
        ...base,
        requirements: [
          {
            id: 'FR7',
            kind: 'functional',
            text: 'Doctors write visit notes after each visit',
            origin: fromSource('docs/prd.md', 70),
          },
        ],
        mentionedEntities: [{ name: 'Invoice', origin: fromSource('docs/prd.md', 80) }],
      }),
    );
    expect(out.reconciliation.gaps.map((g) => [g.subject, g.detail, g.at[0]?.line])).toEqual([
      ['Invoice', 'entity', 80],
      ['Note', 'record:FR7', 70],
    ]);
  });

  test('near-misses: a notes field exists, or the model has no fields at all', () => {
    const withField = run(
      domain({
        entities: [
          entity('Visit', [field('id', 'docs/schema.md', 1), field('clinical_notes', 'docs/schema.md', 2)]),
        ],
        requirements: [
          {
            id: 'FR7',
            kind: 'functional',
            text: 'Doctors write visit notes',
            origin: fromSource('docs/prd.md', 70),
          },
        ],
      }),
    );
    expect(withField.reconciliation.gaps).toEqual([]);
    const namesOnly = run(
      domain({
        entities: [entity('Visit', [])],
        requirements: [
          {
            id: 'FR7',
            kind: 'functional',
            text: 'Doctors write visit notes',
            origin: fromSource('docs/prd.md', 70),
          },
        ],
      }),
    );
    expect(namesOnly.reconciliation.gaps).toEqual([]);
  });
});

describe('decision status', () => {
  test('losers are listed; a chosen technology that a decision rejected is a conflict and loses', () => {
    const out = run(
      domain({
        decisions: [
          {
            title: 'MongoDB',
            status: 'rejected',
            reason: 'data is relational',
            origin: fromSource('docs/tech-stack.md', 100),
          },
          {
            id: 'ADR-002',
            title: 'Use Redis queues',
            status: 'superseded',
            supersededBy: 'ADR-005',
            origin: fromSource('docs/architecture.md', 50),
          },
          {
            id: 'ADR-005',
            title: 'Use pg-boss',
            status: 'accepted',
            origin: fromSource('docs/architecture.md', 80),
          },
        ],
        scope: [{ subject: 'OAuth', scope: 'deferred', origin: fromSource('docs/prd.md', 196) }],
        stack: [
          { concern: 'database', value: 'MongoDB', status: 'chosen', origin: fromSource('docs/ux.md', 12) },
          {
            concern: 'database',
            value: 'PostgreSQL',
            status: 'chosen',
            origin: fromSource('docs/tech-stack.md', 31),
          },
        ],
      }),
    );
    expect(out.reconciliation.decisions.map((d) => [d.subject, d.status, d.detail])).toEqual([
      ['MongoDB', 'rejected', 'data is relational'],
      ['ADR-002: Use Redis queues', 'superseded', 'superseded by ADR-005'],
      ['OAuth', 'deferred', ''],
    ]);
    const c = out.reconciliation.conflicts.find((x) => x.code === 'reconcile/rejected-option-chosen');
    expect(c?.subject).toBe('database: MongoDB');
    expect(out.domain.stack.map((s) => s.status)).toEqual(['rejected', 'chosen']);
  });

  test('near-miss: a chosen PostgreSQL never matches a rejected "MySQL" or "Why not raw SQL"', () => {
    const out = run(
      domain({
        decisions: [
          { title: 'MySQL', status: 'rejected', origin: fromSource('docs/tech-stack.md', 99) },
          { title: 'raw SQL', status: 'rejected', origin: fromSource('docs/tech-stack.md', 112) },
        ],
        stack: [
          {
            concern: 'database',
            value: 'PostgreSQL',
            status: 'chosen',
            origin: fromSource('docs/tech-stack.md', 31),
          },
        ],
      }),
    );
    expect(out.reconciliation.conflicts).toEqual([]);
  });
});

describe('requirement duplicates', () => {
  test('one id in two documents: kept once (PRD first); different text is reported', () => {
    const out = run(
      domain({
        requirements: [
          {
            id: 'FR-01',
            kind: 'functional',
            text: 'Users export tasks as CSV files',
            section: 'Architecture > Requirements Overview',
            origin: fromSource('docs/architecture.md', 5),
          },
          {
            id: 'FR1',
            kind: 'functional',
            text: 'Users register with email and password',
            origin: fromSource('docs/prd.md', 9),
          },
          { id: 'FR2', kind: 'functional', text: 'Users log in', origin: fromSource('docs/prd.md', 10) },
          { id: 'FR2', kind: 'functional', text: 'Users can log in', origin: fromSource('docs/ux.md', 3) },
        ],
      }),
    );
    expect(
      out.domain.requirements.map((r) => `${r.id}@${r.origin.kind === 'source' ? r.origin.file : ''}`),
    ).toEqual(['FR1@docs/prd.md', 'FR2@docs/prd.md']);
    expect(out.reconciliation.conflicts.map((c) => c.code)).toEqual(['reconcile/requirement-redefined']);
  });

  const req = (id: string, text: string, file: string, line: number, section?: string) => ({
    id,
    kind: 'functional' as const,
    text,
    ...(section ? { section } : {}),
    origin: fromSource(file, line),
  });

  test('notes, links, ranges and other features are not redefinitions', () => {
    const out = run(
      domain({
        requirements: [
          req(
            'FR34',
            'The landing page shows a grid of listings',
            'docs/prd.md',
            10,
            'Functional Requirements',
          ),
          // An architecture note on how FR34 is built, under a design heading.
          req(
            'FR34',
            'landing is not the deferred full home (cut kept)',
            'docs/architecture.md',
            40,
            'Decisions',
          ),
          // A decision log entry about FR34.
          req('FR34', 'spirit kept: browsing and search are two items', 'docs/.decision-log.md', 5),
          // A range in a summary.
          req('FR-36', 'to FR-43 (encryption requirements)', 'docs/prd.md', 90, 'Removed'),
          req(
            'FR36',
            'Generate a random 256-bit vault key on first start',
            'docs/prd.md',
            30,
            'Functional Requirements',
          ),
          // A table of contents link.
          req('Story 1.1', 'Setup](./epic-1.md#story-11-setup)', 'docs/prd/index.md', 3),
          req('Story 1.1', 'Project setup and initial commit', 'docs/prd/epic-1.md', 5),
          // spec-kit features number their own requirements: both kept.
          req('FR-003', 'Users delete site entries', 'specs/001-mvp/spec.md', 170),
          req('FR-003', 'Copy the API key to the clipboard', 'specs/006-api/spec.md', 132),
        ],
      }),
    );
    expect(out.reconciliation.conflicts).toEqual([]);
    expect(
      out.domain.requirements.map((r) => `${r.id}@${r.origin.kind === 'source' ? r.origin.file : ''}`),
    ).toEqual([
      'FR34@docs/prd.md',
      'FR36@docs/prd.md',
      'Story 1.1@docs/prd/epic-1.md',
      'FR-003@specs/001-mvp/spec.md',
      'FR-003@specs/006-api/spec.md',
    ]);
  });

  test('es: two requirements documents defining one id differently is still reported', () => {
    const out = run(
      domain({
        requirements: [
          req('RF-07', 'El sistema exporta las tareas en CSV', 'docs/prd.md', 12, 'Requisitos funcionales'),
          req('RF-07', 'El usuario invita a otros miembros por correo', 'docs/epicas.md', 8, 'Requisitos'),
        ],
      }),
    );
    expect(out.reconciliation.conflicts.map((c) => [c.code, c.sides.map((s) => s.at.line)])).toEqual([
      ['reconcile/requirement-redefined', [12, 8]],
    ]);
  });
});

describe('value conflicts compare statements about the same subject', () => {
  const labelled = (label: string, value: number, file: string, line: number, text: string) => ({
    ...q('auth.session-timeout', value, 's', file, line, text),
    label,
  });

  test('en: a recovery time and a resume time filed under the session timeout do not conflict with it', () => {
    const out = run(
      domain({
        parameters: [
          labelled(
            'Session recovery after reconnect within 60 seconds.',
            60,
            'docs/prd.md',
            375,
            'within 60 seconds',
          ),
          labelled('Session Resume Time', 30, 'docs/ux-spec.md', 542, '< 30 seconds'),
          labelled('Idle Timeout', 1800, 'docs/architecture.md', 114, '30 minutes'),
        ],
      }),
    );
    expect(out.reconciliation.conflicts).toEqual([]);
    expect(out.domain.parameters.map((p) => p.value)).toEqual([60, 30, 1800]);
  });

  test('en/es: the key named alone, table categories, or the same extra words, still conflict', () => {
    const categories = run(
      domain({
        parameters: [
          { ...q('auth.refresh-token-ttl', 7 * 86400, 's', 'docs/prd.md', 85, '7 days'), label: 'Security' },
          {
            ...q('auth.refresh-token-ttl', 30 * 86400, 's', 'docs/tech-stack.md', 14, '30 days'),
            label: 'Authentication',
          },
        ],
      }),
    );
    expect(categories.reconciliation.conflicts.map((c) => c.sides.map((s) => s.at.line))).toEqual([[85, 14]]);
    const out = run(
      domain({
        parameters: [
          labelled('Session timeout', 8 * 3600, 'docs/prd.md', 10, '8 hours'),
          labelled('Idle timeout', 1800, 'docs/architecture.md', 20, '30 minutes'),
        ],
      }),
    );
    expect(out.reconciliation.conflicts.map((c) => c.sides.map((s) => s.at.line))).toEqual([[10, 20]]);
    const es = run(
      domain({
        parameters: [
          labelled('Cierre de sesión por inactividad', 8 * 3600, 'docs/prd.md', 10, '8 horas'),
          labelled('Cierre de sesión inactiva', 1800, 'docs/architecture.md', 20, '30 minutos'),
          labelled('Recuperación de sesión tras reconexión', 60, 'docs/ux-spec.md', 7, '60 segundos'),
        ],
      }),
    );
    // The recovery time is another subject: it is neither a side nor superseded.
    expect(es.reconciliation.conflicts.map((c) => c.sides.map((s) => s.at.line))).toEqual([[10, 20]]);
    expect(es.domain.parameters.map((p) => p.value)).toEqual([8 * 3600, 60]);
  });
});

describe('session lifetime reads only session timeouts', () => {
  const s = (label: string, value: number, file: string, line: number) => ({
    ...q('auth.session-timeout', value, 's', file, line, `${value} s`),
    label,
  });
  test('a resume time and a metadata TTL are not session timeouts; one finding per stated timeout', () => {
    const out = run(
      domain({
        parameters: [
          s('Session Resume Time', 30, 'docs/ux.md', 542),
          s('Session metadata', 300, 'docs/architecture.md', 1213),
          s('Idle Timeout', 1800, 'docs/architecture.md', 114),
          s('Idle Timeout', 1800, 'docs/ux.md', 90),
          {
            ...q('auth.refresh-token-ttl', 7 * 86400, 's', 'docs/prd.md', 20, '7 days'),
            label: 'refresh token',
          },
        ],
      }),
    );
    const found = out.reconciliation.conflicts.filter((c) => c.code === 'reconcile/session-lifetime');
    expect(found.map((c) => c.sides.map((x) => `${x.at.file}:${x.at.line}`))).toEqual([
      ['docs/architecture.md:114', 'docs/prd.md:20'],
    ]);
  });
});
