import { beforeAll, describe, expect, it } from 'vitest';
import { mermaidExtractor } from '../../src/extract/mermaid.js';
import { prepare, sqlExtractor } from '../../src/extract/sql.js';
import { tablesExtractor } from '../../src/extract/tables.js';
import { typescriptExtractor } from '../../src/extract/typescript.js';
import { entityName, fieldKey, plural, singular, tableName } from '../../src/knowledge/names.js';
import { docFrom, run } from './corpus-helpers.js';

const ALL = [sqlExtractor, mermaidExtractor, typescriptExtractor, tablesExtractor];

beforeAll(async () => {
  await prepare([docFrom('x.md', '```sql\nCREATE TABLE a (id int);\n```\n')]);
});

describe('names', () => {
  it('normalises entity, table and field names', () => {
    expect(['User', 'users', 'user', 'USERS'].map(entityName)).toEqual(['User', 'User', 'User', 'User']);
    expect(entityName('order_items')).toBe('OrderItem');
    expect(entityName('DELIVERY-ADDRESS')).toBe('DeliveryAddress');
    expect(tableName('OrderItem')).toBe('order_items');
    expect(fieldKey('passwordHash')).toBe(fieldKey('password_hash'));
    // pluralize's quirks: Index → Indices, data → datum, status → statu
    expect(plural('index')).toBe('indexes');
    expect(singular('indexes')).toBe('index');
    expect(singular('data')).toBe('data');
    expect(singular('status')).toBe('status');
    expect(entityName('addresses')).toBe('Address');
  });
});

describe('merging entities across notations', () => {
  const sql = docFrom(
    'docs/schema.md',
    '```sql\nCREATE TABLE users (\n  id UUID PRIMARY KEY,\n  email VARCHAR(255) NOT NULL UNIQUE,\n  password_hash TEXT NOT NULL,\n  age INT\n);\n```\n',
  );
  const er = docFrom(
    'docs/erd.md',
    '```mermaid\nerDiagram\n  USER {\n    uuid id PK\n    string email\n    string nickname\n  }\n```\n',
  );
  const ts = docFrom(
    'docs/arch.md',
    '### User\n\n```ts\ninterface User {\n  id: string;\n  email: string; // email address\n  passwordHash: string;\n  age: boolean;\n}\n```\n',
  );

  it('folds one entity seen in SQL, mermaid and TypeScript into one, SQL first', () => {
    const { domain, diagnostics } = run([er, ts, sql], ALL);
    expect(domain.entities).toHaveLength(1);
    const user = domain.entities[0]!;
    expect(user).toMatchObject({ name: 'User', table: 'users', notation: 'sql' });
    expect(user.seenIn.map((o) => (o.kind === 'source' ? `${o.file}:${o.line}` : ''))).toEqual([
      'docs/schema.md:2',
      'docs/arch.md:4',
      'docs/erd.md:3',
    ]);
    expect(user.fields.map((f) => f.name)).toEqual(['id', 'email', 'password_hash', 'age', 'nickname']);
    // TypeScript adds the meaning (an email address), SQL keeps its length.
    expect(user.fields[1]!.type).toMatchObject({ scalar: 'email', length: 255 });
    const codes = diagnostics.map((d) => [d.code, d.at?.file, d.at?.line]);
    // age: INT in SQL, boolean in TypeScript.
    expect(codes).toContainEqual(['extract/conflicting-type', 'docs/arch.md', 8]);
    expect(diagnostics.find((d) => d.code === 'extract/conflicting-type')!.message).toContain(
      'docs/schema.md:6',
    );
    // nickname exists only in the diagram while the SQL table is complete.
    expect(codes).toContainEqual(['extract/field-missing-in-notation', 'docs/erd.md', 6]);
    expect(user.fields[2]!.type.scalar).toBe('text');
  });

  it('is independent of document order', () => {
    const a = run([sql, er, ts], ALL).domain.entities;
    const b = run([ts, er, sql], ALL).domain.entities;
    expect(a[0]!.fields.map((f) => [f.name, f.type.scalar])).toEqual(
      b[0]!.fields.map((f) => [f.name, f.type.scalar]),
    );
  });

  it('resolves enums, FK targets and join tables; reports undefined entities as mentions', () => {
    const doc = docFrom(
      's.md',
      "```sql\nCREATE TYPE role AS ENUM ('a', 'b');\nCREATE TABLE tasks (id INT PRIMARY KEY, role role, owner_id INT REFERENCES owners(id));\nCREATE TABLE labels (id INT PRIMARY KEY);\nCREATE TABLE task_labels (task_id INT REFERENCES tasks(id), label_id INT REFERENCES labels(id), PRIMARY KEY (task_id, label_id));\n```\n",
    );
    const { domain, diagnostics } = run([doc], [sqlExtractor]);
    const task = domain.entities.find((e) => e.name === 'Task')!;
    expect(task.fields[1]).toMatchObject({
      enumName: 'role',
      enumValues: ['a', 'b'],
      type: { scalar: 'enum' },
    });
    expect(task.fields[2]!.references).toBeUndefined();
    expect(domain.mentionedEntities.map((m) => m.name)).toEqual(['Owner']);
    expect(diagnostics.map((d) => d.code)).toEqual(['extract/unknown-entity-reference']);
    expect(domain.relationships.find((r) => r.kind === 'many-to-many')).toMatchObject({
      from: 'Task',
      to: 'Label',
      through: 'TaskLabel',
    });
  });

  it('reports two names for one thing', () => {
    const a = docFrom(
      'a.md',
      '```sql\nCREATE TABLE accounts (id INT PRIMARY KEY, email TEXT, name TEXT, phone TEXT, plan TEXT);\n```\n',
    );
    const b = docFrom(
      'b.md',
      '### Customer\n\n```ts\ninterface Customer { id: number; email: string; name: string; phone: string; plan: string }\n```\n',
    );
    const { domain, diagnostics } = run([a, b], ALL);
    expect(domain.entities.map((e) => e.name)).toEqual(['Account', 'Customer']);
    expect(diagnostics.map((d) => [d.code, d.at?.file])).toEqual([['extract/possibly-same-entity', 'b.md']]);
  });

  it('keeps an enum without values as text, and takes the values from a less precise notation', () => {
    const er = docFrom(
      'e.md',
      '```mermaid\nerDiagram\n  ORDER {\n    int id PK\n    enum status\n    enum kind\n  }\n```\n',
    );
    const t = docFrom('t.md', '### Order\n\n| Field | Type |\n|---|---|\n| kind | enum(a, b) |\n');
    const order = run([er, t], ALL).domain.entities[0]!;
    // The table is the more precise notation, so its field comes first; the diagram adds the rest.
    expect(order.fields.map((f) => [f.name, f.type.scalar, f.enumValues])).toEqual([
      ['kind', 'enum', ['a', 'b']],
      ['id', 'integer', undefined],
      ['status', 'string', undefined],
    ]);
  });
});
