import { describe, expect, it } from 'vitest';
import { tablesExtractor } from '../../src/extract/tables.js';
import { parseMarkdown } from '../../src/markdown/parse.js';
import { docFrom, run } from './corpus-helpers.js';

describe('markdown field tables', () => {
  it('reads columns in any order and case, named by the nearest heading', () => {
    const doc = docFrom(
      'arch.md',
      `# Data

### 3.2 users

| Notes | Column | Required | TYPE | Default |
|---|---|---|---|---|
| login, unique | email | yes | VARCHAR(255) | |
| | role | yes | enum('admin', 'member') | 'member' |
| FK → teams.id, cascade on delete | team_id | no | uuid | |
| | id | | UUID (PK) | gen_random_uuid() |
`,
    );
    const { fragment, diagnostics } = tablesExtractor.extract({ doc, md: parseMarkdown(doc), all: [doc] });
    expect(diagnostics).toEqual([]);
    const users = fragment.entities![0]!;
    expect(users).toMatchObject({ name: 'User', table: 'users', notation: 'table' });
    const f = Object.fromEntries(users.fields.map((x) => [x.name, x]));
    expect(f.email).toMatchObject({ nullable: false, unique: true, type: { scalar: 'string', length: 255 } });
    expect(f.email!.origin).toMatchObject({ file: 'arch.md', line: 7 });
    expect(f.role).toMatchObject({ enumValues: ['admin', 'member'], default: "'member'" });
    expect(f.team_id).toMatchObject({
      nullable: true,
      references: { entity: 'teams', field: 'id', onDelete: 'cascade' },
    });
    expect(f.id).toMatchObject({ primaryKey: true, default: 'gen_random_uuid()', type: { scalar: 'uuid' } });
  });

  it('takes the entity name from a caption line, and skips tables that are not field tables', () => {
    const doc = docFrom(
      'b.md',
      `## Schema

**Table: order_items**

| Field | Type | Constraints |
|---|---|---|
| quantity | integer | not null, check (quantity > 0) |
| price | decimal(10,2) | required |

| Name | Type | Purpose |
|---|---|---|
| Alice | Admin | runs the lab |
| Bob | Technician | enters results |

| Field | Type |
|---|---|
| x | int |
`,
    );
    const { domain, diagnostics } = run([doc], [tablesExtractor]);
    expect(domain.entities.map((e) => e.name)).toEqual(['OrderItem']);
    expect(domain.entities[0]!.fields.map((f) => [f.name, f.type.scalar, f.nullable, f.check])).toEqual([
      ['quantity', 'integer', false, 'quantity > 0'],
      ['price', 'decimal', false, undefined],
    ]);
    // The last table sits under the generic heading "Schema": no name, reported, not invented.
    expect(diagnostics.map((d) => [d.code, d.at?.line])).toEqual([['extract/unreadable-construct', 15]]);
  });

  it('reads index summary tables', () => {
    const doc = docFrom(
      'i.md',
      `## Indexes

| Table | Index | Purpose |
|---|---|---|
| patients | \`(lab_id, mobile)\` | lookup by phone |
| orders | unique (lab_id, order_code) | one code per lab |
| samples | barcode scans are fast | prose, not an index |
`,
    );
    const { fragment } = tablesExtractor.extract({ doc, md: parseMarkdown(doc), all: [doc] });
    expect(fragment.entities).toBeUndefined();
    expect(
      fragment.indexes!.map((i) => [i.entity, i.columns, i.unique, (i.origin as { line: number }).line]),
    ).toEqual([
      ['patients', ['lab_id', 'mobile'], false, 5],
      ['orders', ['lab_id', 'order_code'], true, 6],
    ]);
  });

  it('reads references in the type column and non-English captions', () => {
    const doc = docFrom(
      'fi.md',
      `### Taulu: käyttäjät

| Kenttä | Tyyppi | Kuvaus |
|---|---|---|
| id | uuid (PK) | tunniste |
| ryhmä | FK → ryhmät.id | |
| sähköposti | text | |
`,
    );
    const { fragment } = tablesExtractor.extract({ doc, md: parseMarkdown(doc), all: [doc] });
    const e = fragment.entities![0]!;
    expect(e.name).toBe('Käyttäjät');
    expect(e.table).toBe('käyttäjät');
    expect(e.fields.map((f) => f.name)).toEqual(['id', 'ryhmä', 'sähköposti']);
    expect(e.fields[1]!.references).toEqual({ entity: 'ryhmät', field: 'id' });
  });

  it('does not read API parameter or body tables as entities', () => {
    const doc = docFrom(
      'api.md',
      `## POST /api/tasks

### Request Body

| Field | Type | Required |
|---|---|---|
| title | string | yes |

### Query Parameters

| Name | Type | Description |
|---|---|---|
| limit | integer | page size |
`,
    );
    const { fragment, diagnostics } = tablesExtractor.extract({ doc, md: parseMarkdown(doc), all: [doc] });
    expect(fragment.entities).toBeUndefined();
    expect(diagnostics).toEqual([]);
  });
});
