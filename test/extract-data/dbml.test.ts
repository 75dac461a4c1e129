import { describe, expect, it } from 'vitest';
import { dbmlExtractor } from '../../src/extract/dbml.js';
import { parseMarkdown } from '../../src/markdown/parse.js';
import { docFrom, run } from './corpus-helpers.js';

const doc = (body: string) => docFrom('d.md', `# DB\n\n\`\`\`dbml\n${body}\n\`\`\`\n`);

describe('dbml', () => {
  it('skips a block no schema writes (a 90,000-character line) with a diagnostic, without compiling it', () => {
    // The bad-input property test's `id int ----…` overflowed the compiler's stack, 0.2 s a block,
    // and failed its 5 s budget under CI load.
    const d = doc(`Table members {\n  id int ${'-'.repeat(90_000)}\n}`);
    const out = dbmlExtractor.extract({ doc: d, md: parseMarkdown(d), all: [d] });
    expect(out.diagnostics.map((x) => x.message).join(' ')).toMatch(/longer than 4000 characters/);
    expect(out.fragment.entities).toBeUndefined();
  });
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

/** The extractor's own facts (before merging: tables and references as written). */
const read = (body: string) => {
  const d = doc(body);
  const { fragment, diagnostics } = dbmlExtractor.extract({ doc: d, md: parseMarkdown(d), all: [d] });
  const domain = { entities: [], enums: [], indexes: [], relationships: [], ...fragment };
  const table = (name: string) => domain.entities.find((e) => e.table === name);
  const field = (t: string, f: string) => table(t)?.fields.find((x) => x.name === f);
  return { domain, diagnostics, table, field, lines: diagnostics.map((d) => [d.code, d.at?.line]) };
};

describe('dbml with @dbml/parse', () => {
  it('reads defaults of every kind', () => {
    const { field, diagnostics } = read(`Table t {
  id int [pk]
  n int [default: 18]
  neg int [default: -3]
  d decimal [default: 1.5]
  s varchar [default: 'active']
  q varchar [default: "double"]
  e timestamp [default: \`now()\`]
  b boolean [default: false]
  z timestamp [default: null]
}`);
    expect(diagnostics).toEqual([]);
    expect(['n', 'neg', 'd', 's', 'q', 'e', 'b', 'z'].map((f) => field('t', f)?.default)).toEqual([
      '18',
      '-3',
      '1.5',
      "'active'",
      "'double'",
      'now()',
      'false',
      'null',
    ]);
  });

  it('puts the key on the many end of every Ref form, with its delete action', () => {
    const { field, domain } = read(`Table users {
  id int [pk]
}
Table posts {
  id int [pk]
  user_id int
  editor_id int
}
Table profiles {
  id int [pk]
  user_id int
}
Table tags {
  id int [pk]
}
Ref: posts.user_id > users.id [delete: cascade]
Ref: users.id < posts.editor_id [delete: set null]
Ref: profiles.user_id - users.id [delete: restrict]
Ref: posts.id <> tags.id
Ref named {
  profiles.id > users.id [delete: no action]
}`);
    expect(field('posts', 'user_id')?.references).toEqual({
      entity: 'users',
      field: 'id',
      onDelete: 'cascade',
    });
    expect(field('posts', 'editor_id')?.references).toEqual({
      entity: 'users',
      field: 'id',
      onDelete: 'set null',
    });
    expect(field('profiles', 'user_id')).toMatchObject({
      unique: true,
      references: { entity: 'users', field: 'id', onDelete: 'restrict' },
    });
    expect(field('profiles', 'id')?.references).toEqual({
      entity: 'users',
      field: 'id',
      onDelete: 'no action',
    });
    expect(field('users', 'id')?.references).toBeUndefined();
    expect(domain.relationships.filter((r) => r.kind === 'many-to-many')).toEqual([
      expect.objectContaining({ from: 'posts', to: 'tags' }),
    ]);
  });

  it('gives an inline ref to the column that carries it (`-` included), `<` to the other end', () => {
    const { field } = read(`Table countries {
  code char(2) [pk]
}
Table cities {
  id int [pk]
  country_code char(2) [ref: > countries.code]
}
Table mayors {
  id int [pk]
  city_id int [ref: - cities.id]
}
Table deputies {
  id int [pk]
  mayor_id int [ref: < mayors.id]
}`);
    expect(field('cities', 'country_code')?.references).toEqual({ entity: 'countries', field: 'code' });
    expect(field('mayors', 'city_id')).toMatchObject({
      unique: true,
      references: { entity: 'cities', field: 'id' },
    });
    expect(field('cities', 'id')?.references).toBeUndefined();
    expect(field('mayors', 'id')?.references).toEqual({ entity: 'deputies', field: 'mayor_id' });
  });

  it('resolves aliases, schema-qualified and quoted names; an optional end makes the column nullable', () => {
    const { field, table } = read(`Table core.users as U {
  id int [pk]
}
Table "order items" {
  "item id" int [pk]
  buyer_id int
  seller_id int [ref: >? core.users.id]
}
Ref: "order items".buyer_id > U.id`);
    expect(table('users')?.name).toBe('User');
    expect(table('order items')?.name).toBe('OrderItem');
    expect(field('order items', 'item id')?.primaryKey).toBe(true);
    expect(field('order items', 'buyer_id')).toMatchObject({
      nullable: null,
      references: { entity: 'users' },
    });
    expect(field('order items', 'seller_id')).toMatchObject({
      nullable: true,
      references: { entity: 'users' },
    });
  });

  it('splices table partials where they are injected: own columns and note win, the later partial wins', () => {
    const { table, domain } = read(`TablePartial stamped {
  id int [pk]
  created_at timestamp [default: \`now()\`]
  Note: 'Stamped'
}
TablePartial owned {
  owner_id int [ref: > owners.id, not null]
  created_at date
  indexes {
    owner_id
  }
}
Table owners {
  id uuid [pk]
}
Table pets {
  ~stamped
  name varchar
  ~owned
}
Table cars {
  ~owned
  owner_id bigint
  Note: 'Own note'
}`);
    const pets = table('pets')!;
    expect(pets.fields.map((f) => [f.name, f.type.raw])).toEqual([
      ['id', 'int'],
      ['name', 'varchar'],
      ['owner_id', 'int'],
      ['created_at', 'date'],
    ]);
    expect(pets.description).toBe('Stamped');
    expect(pets.fields[2]).toMatchObject({ nullable: false, references: { entity: 'owners', field: 'id' } });
    expect(pets.fields[0]!.origin).toMatchObject({ line: 5, quote: 'id int [pk]' });
    const cars = table('cars')!;
    expect(cars.description).toBe('Own note');
    expect(cars.fields.find((f) => f.name === 'owner_id')).toMatchObject({ type: { raw: 'bigint' } });
    expect(cars.fields.find((f) => f.name === 'owner_id')?.references).toBeUndefined();
    expect(domain.indexes.map((i) => [i.entity, i.columns])).toEqual([
      ['pets', ['owner_id']],
      ['cars', ['owner_id']],
    ]);
  });

  it('reads checks, composite and expression indexes, enums with notes in a schema', () => {
    const { field, table, domain, diagnostics } = read(`Enum core.job_status {
  created [note: 'Waiting']
  "in review"
}
Table jobs {
  id int
  country varchar
  status core.job_status [not null]
  price decimal [check: \`price > 0\`]
  checks {
    \`price < 1000\` [name: 'price_cap']
  }
  indexes {
    (id, country) [pk]
    (country, status) [unique, name: 'ix_cs']
    status [type: hash]
    (\`lower(country)\`)
  }
}`);
    expect(diagnostics).toEqual([]);
    expect(domain.enums).toEqual([
      expect.objectContaining({ name: 'job_status', values: ['created', 'in review'] }),
    ]);
    expect(field('jobs', 'status')).toMatchObject({
      nullable: false,
      type: { scalar: 'enum', raw: 'job_status' },
    });
    expect(field('jobs', 'price')?.check).toBe('price > 0');
    expect(table('jobs')?.checks.map((c) => [c.expression, c.origin])).toEqual([
      ['price < 1000', expect.objectContaining({ line: 14 })],
    ]);
    expect(table('jobs')?.primaryKey).toEqual(['id', 'country']);
    expect(domain.indexes.map((i) => [i.columns, i.unique, i.name ?? null, i.method ?? null])).toEqual([
      [['country', 'status'], true, 'ix_cs', null],
      [['status'], false, null, 'hash'],
      [['(lower(country))'], false, null, null],
    ]);
  });

  it('reports each broken element at its line and reads the rest', () => {
    const { domain, lines } = read(`Table a {
  id int [pk]
  bio text [note: 'one
two']
}

Table b {
  id int [pk]
  b2 int [default: ]
}

Table c {
  id int [pk]
  a_id int [ref: > a.id]
}

Ref: c.id > nowhere.id

Table d {
  id int [pk]
}`);
    // a: a single-quoted string cannot span lines (the docs' multi-line string is '''…''');
    // c's inline ref then names a table that is gone; the Ref names one that never was.
    expect(lines).toEqual([
      ['extract/syntax-error', 6],
      ['extract/syntax-error', 12],
      ['extract/syntax-error', 17],
      ['extract/syntax-error', 20],
    ]);
    expect(domain.entities.map((e) => e.table)).toEqual(['d']);
  });

  it('blanks the repeated Ref, not the table whose inline ref it repeats', () => {
    const { table, lines } = read(`Table a {
  id int [pk]
  b_id int [ref: > b.id]
}

Table b {
  id int [pk]
}

Ref: a.b_id > b.id [delete: cascade]`);
    expect(lines).toEqual([['extract/syntax-error', 13]]);
    expect(table('a')?.fields.find((f) => f.name === 'b_id')?.references).toEqual({
      entity: 'b',
      field: 'id',
    });
  });
});
