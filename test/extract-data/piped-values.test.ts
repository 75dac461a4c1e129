import { beforeAll, describe, expect, it } from 'vitest';
import { pipedValues } from '../../src/extract/data/constraint-words.js';
import { mermaidExtractor } from '../../src/extract/mermaid.js';
import { prepare, sqlExtractor } from '../../src/extract/sql.js';
import { typescriptExtractor } from '../../src/extract/typescript.js';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';
import { entity, extract, fence, fieldsOf } from './code-fences.js';
import { docFrom, run } from './corpus-helpers.js';

/**
 * A comment that is only a list of values separated by `|` states the column's values, in every
 * notation that has comments: the same typed fact a TypeScript union, a CHECK ... IN or a Prisma
 * enum gives. An example list ("e.g. a, b") or a sentence states none, and a list that leaves out
 * the column's own default is no constraint the column is built with.
 */
const md = (lang: string, code: string) => `# Schema\n\n\`\`\`${lang}\n${code}\n\`\`\`\n`;

beforeAll(async () => {
  await prepare([docFrom('x.md', md('sql', 'CREATE TABLE a (id int);'))]);
});

describe('value lists in comments', () => {
  it('reads `a | b | c`, with a lead-in in en, es, pt, fr, de, it; not examples or sentences', () => {
    expect(pipedValues('draft | published | cancelled')).toEqual(['draft', 'published', 'cancelled']);
    expect(pipedValues("one of: 'low' | 'high'")).toEqual(['low', 'high']);
    expect(pipedValues('uno de: borrador | publicado')).toEqual(['borrador', 'publicado']);
    expect(pipedValues('valores: rascunho | publicado')).toEqual(['rascunho', 'publicado']);
    expect(pipedValues('valeurs : brouillon | publié')).toEqual(['brouillon', 'publié']);
    expect(pipedValues('Werte: entwurf | veröffentlicht')).toEqual(['entwurf', 'veröffentlicht']);
    expect(pipedValues('valori: bozza | pubblicato')).toEqual(['bozza', 'pubblicato']);
    expect(pipedValues('e.g. warehouse, sorting, distribution, driver')).toBeNull();
    expect(pipedValues('e.g. warehouse | sorting')).toBeNull();
    expect(pipedValues('staff member when checked in by hand')).toBeNull();
    expect(pipedValues('the shift is open | closed once full')).toBeNull();
  });

  it('Go: a string field with a value-list comment is an enum; its default must be one of them', () => {
    const f = extract(
      fence(
        'go',
        `type Shift struct {
	ID      uint   \`gorm:"primaryKey"\`
	Status  string \`gorm:"size:12;not null;default:'draft'"\` // draft | published | cancelled
	Role    string \`gorm:"size:40;not null"\` // e.g. warehouse, sorting, distribution, driver
	Kind    string \`gorm:"default:'other'"\` // warehouse | pantry
	Active  bool   // true | false
}`,
      ),
    );
    const by = fieldsOf(entity(f, 'Shift'));
    expect(by.Status).toMatchObject({
      type: { scalar: 'enum', length: 12 },
      enumValues: ['draft', 'published', 'cancelled'],
      default: "'draft'",
    });
    expect(by.Role!.enumValues).toBeUndefined();
    // The stated default is not among the values: the list is a description, not the constraint.
    expect(by.Kind!.enumValues).toBeUndefined();
    expect(by.Active!.type.scalar).toBe('boolean');
  });

  it('Python comments read the same way (the reader Kotlin and Go share)', () => {
    const py = extract(
      fence(
        'python',
        `class Signup(Base):
    __tablename__ = "signups"
    id = Column(Integer, primary_key=True)
    status = Column(String(12), nullable=False)  # confirmed | waitlisted | cancelled`,
      ),
    );
    expect(fieldsOf(entity(py, 'Signup')).status!.enumValues).toEqual([
      'confirmed',
      'waitlisted',
      'cancelled',
    ]);
  });

  it('TypeScript field comments, SQL column comments and mermaid attribute comments', () => {
    const tsDoc = docFrom(
      'ts.md',
      md(
        'typescript',
        `interface Shift {
  id: string;
  status: string; // draft | published | cancelled
  role: string; // e.g. warehouse, sorting
}`,
      ),
    );
    const tsShift = fieldsOf(run([tsDoc], [typescriptExtractor]).domain.entities[0]);
    expect(tsShift.status!.enumValues).toEqual(['draft', 'published', 'cancelled']);
    expect(tsShift.role!.enumValues).toBeUndefined();

    const sqlDoc = docFrom(
      'sql.md',
      md(
        'sql',
        `CREATE TABLE shifts (
  id uuid PRIMARY KEY,
  status varchar(12) NOT NULL DEFAULT 'draft', -- draft | published | cancelled
  kind text NOT NULL -- warehouse | pantry | mobile
);
CREATE TABLE signups (
  id uuid PRIMARY KEY,
  status text NOT NULL
);
COMMENT ON COLUMN signups.status IS 'confirmed | waitlisted | cancelled';`,
      ),
    );
    const sql = run([sqlDoc], [sqlExtractor]).domain.entities;
    const shifts = fieldsOf(sql.find((e) => e.table === 'shifts'));
    expect(shifts.status).toMatchObject({
      enumValues: ['draft', 'published', 'cancelled'],
      default: "'draft'",
    });
    // The last column's comment has no comma before it.
    expect(shifts.kind!.enumValues).toEqual(['warehouse', 'pantry', 'mobile']);
    expect(fieldsOf(sql.find((e) => e.table === 'signups')).status!.enumValues).toEqual([
      'confirmed',
      'waitlisted',
      'cancelled',
    ]);

    const erDoc = docFrom(
      'er.md',
      md('mermaid', 'erDiagram\n  SHIFT {\n    uuid id PK\n    string kind "warehouse | pantry"\n  }'),
    );
    const er = fieldsOf(run([erDoc], [mermaidExtractor]).domain.entities[0]);
    expect(er.kind!.enumValues).toEqual(['warehouse', 'pantry']);
  });

  it('the enum gives the status a lifecycle; a role column of staff leaves volunteers to their own table', async () => {
    const r = await compile(
      { root: '/p', verify: { skip: true } },
      memoryHost({
        '/p/docs/prd.md': `# Rota — PRD

## User Roles

| Role | What they do |
|---|---|
| Volunteer | Signs up for shifts |
| Coordinator | Creates and cancels shifts |

## User Stories

- As a coordinator, I want to cancel a shift.
`,
        '/p/docs/architecture.md': `# Architecture

## Data Models

\`\`\`go
type Volunteer struct {
	ID uint \`gorm:"primaryKey"\`
}

type StaffMember struct {
	ID   uint   \`gorm:"primaryKey"\`
	Role string \`gorm:"size:20;not null"\` // coordinator | org_admin
}

type Shift struct {
	ID     uint   \`gorm:"primaryKey"\`
	Status string \`gorm:"size:12;not null;default:'draft'"\` // draft | published | cancelled
}
\`\`\`
`,
      }),
    );
    expect(r.spec!.database.enums).toContainEqual(
      expect.objectContaining({ name: 'shift_status', values: ['draft', 'published', 'cancelled'] }),
    );
    const md = r.artifacts.find((a) => a.path.endsWith('backend-spec.md'))!.text;
    expect(md).toContain("CREATE TYPE shift_status AS ENUM ('draft', 'published', 'cancelled');");
    expect(md).toMatch(/\*\*Shift\*\* — `Shift\.status`: 3 state/);
    // Volunteers are their own entity: not a value missing from the staff role column.
    expect(r.diagnostics.filter((d) => d.code === 'reconcile/role-mismatch')).toEqual([]);
  });
});
