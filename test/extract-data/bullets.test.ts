import { describe, expect, it } from 'vitest';
import { bulletsExtractor } from '../../src/extract/bullets.js';
import { parseMarkdown } from '../../src/markdown/parse.js';
import { docFrom, run } from './corpus-helpers.js';

describe('bullets and prose', () => {
  it('reads one-line entity bullets with types, enums and foreign keys', () => {
    const doc = docFrom(
      'b.md',
      `## Data Model

- **Customer**: id (uuid, primary key), email (email, unique), name
- **Order**: id (uuid, PK), customer (FK to Customer), total (decimal), status (pending | paid | shipped)
`,
    );
    const { domain, diagnostics } = run([doc], [bulletsExtractor]);
    expect(diagnostics).toEqual([]);
    expect(domain.entities.map((e) => e.name)).toEqual(['Customer', 'Order']);
    const o = Object.fromEntries(domain.entities[1]!.fields.map((f) => [f.name, f]));
    expect(o.customer).toMatchObject({
      references: { entity: 'Customer', field: 'id' },
      type: { scalar: 'uuid' },
    });
    expect(o.total!.type.scalar).toBe('decimal');
    expect(o.status).toMatchObject({ enumValues: ['pending', 'paid', 'shipped'] });
    expect(o.id).toMatchObject({ primaryKey: true });
    expect(domain.entities[0]!.fields[1]).toMatchObject({ unique: true, type: { scalar: 'email' } });
    expect(o.total!.origin).toMatchObject({ file: 'b.md', line: 4 });
  });

  it('reads nested field bullets and prose sentences', () => {
    const doc = docFrom(
      'p.md',
      `# Courses

- **Lesson** (table \`lessons\`)
  - title (string, required)
  - position (integer)
  - published_at (timestamp, optional)

A Course has a title, a unique slug and belongs to an Instructor.

An Instructor has a name and many Courses.
`,
    );
    const { domain } = run([doc], [bulletsExtractor]);
    expect(domain.entities.map((e) => [e.name, e.fields.map((f) => f.name)])).toEqual([
      ['Lesson', ['title', 'position', 'published_at']],
      ['Course', ['title', 'slug', 'instructor_id']],
      ['Instructor', ['name']],
    ]);
    const course = domain.entities[1]!;
    expect(course.fields[1]!.unique).toBe(true);
    expect(course.fields[2]!.references).toEqual({ entity: 'Instructor', field: 'id' });
    expect(domain.entities[0]!.fields[2]).toMatchObject({ nullable: true, type: { scalar: 'datetime' } });
  });

  it('never turns a generic list into an entity', () => {
    const doc = docFrom(
      'g.md',
      `## Principles

- **Simplicity**: No separate worker, no Redis Pub/Sub, no standalone deployment
- **Stack**: React, Vue, Svelte
- **Deployment** — Fly.io, Docker, standalone Next.js output
- **Colors**: red, green, blue

The system has a fast UI and a simple setup.
A user has access to the dashboard.
`,
    );
    expect(run([doc], [bulletsExtractor]).domain.entities).toEqual([]);
  });

  it('reads MongoDB index specifications for the collection named in the section', () => {
    const doc = docFrom(
      'm.md',
      `### Data Architecture

**Orders Collection Schema:**
- New fields are optional

**Indexing:**
- Compound index: \`{ status: 1, createdAt: -1 }\` — powers the grid
- Text index: \`{ "customer.name": "text" }\`
- Unique index on \`{ orderNumber: 1 }\`
`,
    );
    // No data model defines Orders here: the merge reports the indexes instead of inventing a collection.
    const { domain, diagnostics } = run([doc], [bulletsExtractor]);
    expect(domain.indexes).toEqual([]);
    expect(diagnostics.map((d) => d.code)).toEqual([
      'extract/unknown-table',
      'extract/unknown-table',
      'extract/unknown-table',
    ]);
    const { fragment } = bulletsExtractor.extract({ doc, md: parseMarkdown(doc), all: [doc] });
    expect(fragment.indexes!.map((i) => [i.entity, i.columns, i.unique, i.method])).toEqual([
      ['Orders', ['status', 'createdAt'], false, undefined],
      ['Orders', ['customer.name'], false, 'text'],
      ['Orders', ['orderNumber'], true, undefined],
    ]);
  });

  it('reports entities a "Key Entities" list names but no data model defines', () => {
    const prd = docFrom(
      'prd.md',
      '## Key Entities\n\n- **Customer**: a person who orders\n- **Loyalty Card**: points earned per order\n- **Order** - what a customer buys\n',
    );
    const model = docFrom(
      'm.md',
      '## Data Model\n\n- **Customer**: id (uuid), email (email, unique)\n- **Order**: id (uuid), customer (FK to Customer)\n',
    );
    const { domain } = run([prd, model], [bulletsExtractor]);
    expect(domain.mentionedEntities.map((m) => [m.name, (m.origin as { line: number }).line])).toEqual([
      ['LoyaltyCard', 4],
    ]);
    // Without any data model the mentions are not reported as such.
    expect(run([prd], [bulletsExtractor]).domain.mentionedEntities).toEqual([]);
  });
});
