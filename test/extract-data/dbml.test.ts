import { describe, expect, it } from 'vitest';
import { dbmlExtractor } from '../../src/extract/dbml.js';
import { docFrom, run } from './corpus-helpers.js';

const doc = (body: string) => docFrom('d.md', `# DB\n\n\`\`\`dbml\n${body}\n\`\`\`\n`);

describe('dbml', () => {
  it('reads tables, settings, indexes, refs and enums with their lines', () => {
    const { domain, diagnostics } = run(
      [
        doc(`Table users {
  id integer [pk, increment]
  email varchar(255) [unique, not null, note: 'login']
  role user_role [default: 'member']
  created_at timestamp [default: \`now()\`]
  Indexes {
    (email, role) [unique, name: 'ix_users']
  }
}

Table posts {
  id int [pk]
  user_id int
}

Ref: posts.user_id > users.id [delete: cascade]

Enum user_role {
  admin
  member
}`),
      ],
      [dbmlExtractor],
    );
    expect(diagnostics).toEqual([]);
    expect(domain.entities.map((e) => [e.name, e.table])).toEqual([
      ['User', 'users'],
      ['Post', 'posts'],
    ]);
    const u = Object.fromEntries(domain.entities[0]!.fields.map((f) => [f.name, f]));
    expect(u.id).toMatchObject({ primaryKey: true, type: { scalar: 'integer', generated: true } });
    expect(u.email).toMatchObject({
      unique: true,
      nullable: false,
      description: 'login',
      type: { length: 255 },
    });
    expect(u.email!.origin).toMatchObject({ line: 6 });
    expect(u.role).toMatchObject({ enumValues: ['admin', 'member'], default: "'member'" });
    expect(u.created_at!.default).toBe('now()');
    expect(domain.indexes).toEqual([
      expect.objectContaining({ entity: 'User', columns: ['email', 'role'], unique: true, name: 'ix_users' }),
    ]);
    expect(domain.relationships).toEqual([
      expect.objectContaining({ from: 'User', to: 'Post', kind: 'one-to-many' }),
    ]);
    expect(domain.entities[1]!.fields[1]!.references).toEqual({
      entity: 'User',
      field: 'id',
      onDelete: 'cascade',
    });
  });

  it('reports a broken table with its line and reads the others', () => {
    const { domain, diagnostics } = run(
      [doc(`Table a {\n  id int [pk]\n}\n\nTable b {\n  id int [pk\n}\n\nTable c {\n  id int [pk]\n}`)],
      [dbmlExtractor],
    );
    expect(domain.entities.map((e) => e.name)).toEqual(['A', 'C']);
    expect(diagnostics.map((d) => [d.code, d.at?.line])).toEqual([['extract/syntax-error', 10]]);
  });
});
