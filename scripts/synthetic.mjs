// Synthetic planning documents of any size, for `npm run bench`: a workflow-layout project with N
// entities as PostgreSQL DDL (each with a foreign key to an earlier one, an enum and a few
// constraints), a PRD with one functional requirement per entity and a few NFRs with numbers, a
// tech-stack table and a UX flow. Deterministic: the same N always gives the same bytes.
import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';

const NOUNS = [
  'invoice',
  'order',
  'shipment',
  'contract',
  'ticket',
  'payment',
  'booking',
  'report',
  'asset',
  'device',
  'course',
  'lesson',
  'policy',
  'claim',
  'vehicle',
  'route',
  'task',
  'project',
  'budget',
  'request',
  'message',
  'document',
  'product',
  'review',
  'coupon',
  'refund',
  'license',
  'sensor',
  'reading',
  'visit',
  'account',
  'profile',
  'session',
  'campaign',
  'lead',
  'quote',
  'batch',
  'sample',
  'result',
  'schedule',
];
const QUALIFIERS = [
  'customer',
  'supplier',
  'warehouse',
  'partner',
  'branch',
  'regional',
  'internal',
  'external',
  'archived',
  'pending',
  'monthly',
  'annual',
  'mobile',
  'field',
  'vendor',
  'retail',
  'wholesale',
  'clinical',
  'legal',
  'finance',
  'support',
  'sales',
  'audit',
  'training',
  'service',
  'fleet',
  'energy',
  'lab',
  'school',
  'event',
];

/**
 * The i-th entity's snake_case singular name (`customer_invoice`), unique for any i: one qualifier
 * up to nouns × qualifiers (1,200), then a second one (`annual_customer_invoice`), so the 3,000-entity
 * project has 3,000 tables and the names of the smaller ones never change.
 */
export function entityName(i) {
  const noun = NOUNS[i % NOUNS.length];
  const qualifier = QUALIFIERS[Math.floor(i / NOUNS.length) % QUALIFIERS.length];
  const outer = Math.floor(i / (NOUNS.length * QUALIFIERS.length));
  if (i < NOUNS.length) return noun;
  return outer === 0
    ? `${qualifier}_${noun}`
    : `${QUALIFIERS[(outer - 1) % QUALIFIERS.length]}_${qualifier}_${noun}`;
}

const table = (i) => `${entityName(i)}s`;
const title = (s) => s.replace(/(^|_)(\w)/g, (_, sep, c) => `${sep ? ' ' : ''}${c.toUpperCase()}`);

function ddl(n) {
  const out = ["CREATE TYPE record_status AS ENUM ('draft', 'active', 'archived');", ''];
  for (let i = 0; i < n; i++) {
    const cols = [
      '  id UUID PRIMARY KEY DEFAULT gen_random_uuid()',
      ...(i > 0
        ? [`  ${entityName(Math.floor(i / 2))}_id UUID NOT NULL REFERENCES ${table(Math.floor(i / 2))}(id)`]
        : []),
      '  name VARCHAR(120) NOT NULL',
      `  code VARCHAR(32) NOT NULL UNIQUE`,
      "  status record_status NOT NULL DEFAULT 'draft'",
      '  amount_cents INTEGER NOT NULL DEFAULT 0 CHECK (amount_cents >= 0)',
      '  notes TEXT',
      '  created_at TIMESTAMPTZ NOT NULL DEFAULT now()',
      '  updated_at TIMESTAMPTZ NOT NULL DEFAULT now()',
    ];
    out.push(`CREATE TABLE ${table(i)} (\n${cols.join(',\n')}\n);`, '');
  }
  return out.join('\n');
}

export function syntheticProject(n) {
  const fr = Array.from(
    { length: n },
    (_, i) =>
      `- **FR-${String(i + 1).padStart(4, '0')}** An operator can create, list, update and archive ${title(entityName(i)).toLowerCase()}s.`,
  );
  return {
    '.bmad/config.yaml': `project_name: "Synthetic ${n}"\ndocumentation_dir: docs\ndocumentation_language: English\n`,
    'docs/product/PRD.md': [
      `# Synthetic ${n} — Product Requirements Document`,
      '',
      '## Users',
      '',
      '- **Operator**: manages all records.',
      '- **Auditor**: reads records and the audit trail.',
      '',
      '## Functional Requirements',
      '',
      ...fr,
      '',
      '## Non-Functional Requirements',
      '',
      '| ID | Requirement |',
      '|---|---|',
      '| NFR-1 | p95 latency under 250 ms |',
      '| NFR-2 | 99.9% availability |',
      '| NFR-3 | Access tokens expire after 15 minutes |',
      '| NFR-4 | Lists return 25 items per page, at most 200 |',
      '',
    ].join('\n'),
    'docs/technical/architecture.md': [
      `# Synthetic ${n} — Architecture`,
      '',
      'A REST API in front of one PostgreSQL database.',
      '',
      '## Data Model',
      '',
      '```sql',
      ddl(n),
      '```',
      '',
    ].join('\n'),
    'docs/technical/tech-stack.md': [
      `# Synthetic ${n} — Tech Stack`,
      '',
      '| Concern | Choice |',
      '|---|---|',
      '| Language | TypeScript on Node.js 20 |',
      '| Framework | Fastify |',
      '| Database | PostgreSQL 16 |',
      '| ORM | Prisma |',
      '| Cache | Redis |',
      '| Jobs | BullMQ |',
      '| Auth | JWT |',
      '',
    ].join('\n'),
    'docs/design/ux-spec.md': [
      `# Synthetic ${n} — UX Flows`,
      '',
      '## Flow: Archive a record',
      '',
      '1. The operator opens a list and filters it by status.',
      '2. The operator archives a record.',
      '',
    ].join('\n'),
  };
}

/** Writes the project into `dir`; returns the total bytes of its documents. */
export function writeSyntheticProject(dir, n) {
  let bytes = 0;
  for (const [file, text] of Object.entries(syntheticProject(n))) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
    bytes += Buffer.byteLength(text);
  }
  return bytes;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir, n] = process.argv.slice(2);
  if (!dir || !n) {
    console.error('usage: node scripts/synthetic.mjs <dir> <entities>');
    process.exit(2);
  }
  const bytes = writeSyntheticProject(path.resolve(dir), Number(n));
  console.log(`wrote ${n} entities (${bytes} bytes of documents) to ${dir}`);
}
