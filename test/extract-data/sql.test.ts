import { beforeAll, describe, expect, it } from 'vitest';
import { prepare, sqlExtractor } from '../../src/extract/sql.js';
import { docFrom, run } from './corpus-helpers.js';

const md = (sql: string, lang = 'sql') => `# Schema\n\n\`\`\`${lang}\n${sql}\n\`\`\`\n`;

beforeAll(async () => {
  await prepare([docFrom('x.md', md('CREATE TABLE a (id int);'))]);
});

describe('sql extractor', () => {
  it('reads columns, keys, defaults, checks, composite unique and FKs with file lines', () => {
    const doc = docFrom(
      'docs/schema.md',
      md(`CREATE TYPE order_status AS ENUM ('pending', 'paid');

CREATE TABLE orders (
  id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
  customer_id UUID NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
  total NUMERIC(10,2) NOT NULL CHECK (total >= 0),
  status order_status NOT NULL DEFAULT 'pending',
  code VARCHAR(20) NOT NULL,
  note TEXT, -- free text
  UNIQUE (customer_id, code)
);
CREATE TABLE customers (id UUID PRIMARY KEY, email TEXT UNIQUE NOT NULL);
CREATE UNIQUE INDEX idx_orders_open ON orders USING btree (customer_id) WHERE status = 'pending';
ALTER TABLE orders ADD CONSTRAINT orders_code_check CHECK (char_length(code) > 2);`),
    );
    const { domain, diagnostics } = run([doc], [sqlExtractor]);
    expect(diagnostics).toEqual([]);
    const order = domain.entities.find((e) => e.name === 'Order')!;
    expect(order.table).toBe('orders');
    expect(order.origin).toMatchObject({ file: 'docs/schema.md', line: 6 });
    const f = Object.fromEntries(order.fields.map((x) => [x.name, x]));
    expect(f.id).toMatchObject({
      primaryKey: true,
      nullable: false,
      default: 'gen_random_uuid()',
      type: { scalar: 'uuid' },
    });
    expect(f.customer_id!.references).toEqual({ entity: 'Customer', field: 'id', onDelete: 'cascade' });
    expect(f.customer_id!.origin).toMatchObject({ line: 8 });
    expect(f.total).toMatchObject({
      check: 'total >= 0',
      type: { scalar: 'decimal', precision: 10, scale: 2 },
    });
    expect(f.status).toMatchObject({
      default: "'pending'",
      enumName: 'order_status',
      enumValues: ['pending', 'paid'],
    });
    expect(f.code!.type).toMatchObject({ scalar: 'string', length: 20 });
    expect(f.note).toMatchObject({ nullable: null, description: 'free text' });
    expect(order.uniques).toEqual([['customer_id', 'code']]);
    expect(order.checks.map((c) => c.expression)).toEqual(['char_length(code) > 2']);
    expect(order.checks[0]!.name).toBe('orders_code_check');
    expect(domain.indexes).toEqual([
      expect.objectContaining({
        entity: 'Order',
        columns: ['customer_id'],
        unique: true,
        method: 'btree',
        where: "status = 'pending'",
      }),
    ]);
    expect(domain.relationships).toEqual([
      expect.objectContaining({ from: 'Customer', to: 'Order', kind: 'one-to-many' }),
    ]);
  });

  it('reports a bad statement with its line and still reads the others', () => {
    const doc = docFrom(
      'a.md',
      md(`CREATE TABLE users (id SERIAL PRIMARY KEY);

CREATE TABLE broken (
  id INT PRIMARY KEY,
  name TEXT NOT NULL NOT
);

CREATE TABLE posts (id SERIAL PRIMARY KEY, user_id INT REFERENCES users(id));`),
    );
    const { domain, diagnostics } = run([doc], [sqlExtractor]);
    expect(domain.entities.map((e) => e.name)).toEqual(['User', 'Post']);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ code: 'extract/syntax-error', at: { file: 'a.md', line: 9 } });
    expect(domain.entities[0]!.fields[0]!.type).toMatchObject({ scalar: 'integer', generated: true });
  });

  it('reads MySQL-flavoured DDL', () => {
    const doc = docFrom(
      'm.md',
      md(
        "CREATE TABLE `accounts` (\n  `id` INT(11) UNSIGNED NOT NULL AUTO_INCREMENT,\n  `kind` ENUM('personal','business') NOT NULL DEFAULT 'personal',\n  `email` VARCHAR(191) NOT NULL,\n  PRIMARY KEY (`id`),\n  UNIQUE KEY `uq_email` (`email`),\n  KEY `idx_kind` (`kind`)\n) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;",
        'mysql',
      ),
    );
    const { domain, diagnostics } = run([doc], [sqlExtractor]);
    expect(diagnostics).toEqual([]);
    const a = domain.entities[0]!;
    expect(a.name).toBe('Account');
    const f = Object.fromEntries(a.fields.map((x) => [x.name, x]));
    expect(f.id).toMatchObject({ primaryKey: true, type: { scalar: 'integer', generated: true } });
    expect(f.kind).toMatchObject({ enumValues: ['personal', 'business'], default: "'personal'" });
    expect(domain.indexes.map((i) => [i.name, i.columns, i.unique])).toEqual([
      ['uq_email', ['email'], true],
      ['idx_kind', ['kind'], false],
    ]);
    expect(domain.indexes[0]!.origin).toMatchObject({ line: 9 });
  });

  it('reads unlabelled fences that start with CREATE, and ignores other fences', () => {
    const doc = docFrom(
      'u.md',
      `\`\`\`\n-- tables\nCREATE TABLE tags (id INT PRIMARY KEY);\n\`\`\`\n\n\`\`\`\nSELECT 1;\n\`\`\`\n`,
    );
    const { domain } = run([doc], [sqlExtractor]);
    expect(domain.entities.map((e) => e.name)).toEqual(['Tag']);
  });

  it('keeps file lines right after non-ASCII text and front matter', () => {
    const doc = docFrom(
      'f.md',
      `---\ntitle: x\n---\n# Schéma\n\n\`\`\`sql\n-- café é\nCREATE TABLE cafés (\n  nom TEXT DEFAULT 'é',\n  id INT\n);\n\`\`\`\n`,
    );
    const { domain } = run([doc], [sqlExtractor]);
    const e = domain.entities[0]!;
    expect(e.origin).toMatchObject({ line: 8 });
    expect(e.fields.map((f) => [f.name, f.default, (f.origin as { line: number }).line])).toEqual([
      ['nom', "'é'", 9],
      ['id', undefined, 10],
    ]);
  });

  it('reads SQL Server and SQLite spellings', () => {
    const doc = docFrom(
      'ms.md',
      md(
        'CREATE TABLE [dbo].[Orders] (\n  [Id] INT IDENTITY(1,1) NOT NULL PRIMARY KEY,\n  [Note] NVARCHAR(MAX) NULL,\n  [Ref] UNIQUEIDENTIFIER NOT NULL\n);\nGO\nCREATE TABLE tags (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL UNIQUE);',
        'sql',
      ),
    );
    const { domain, diagnostics } = run([doc], [sqlExtractor]);
    expect(diagnostics).toEqual([]);
    expect(
      domain.entities.map((e) => [
        e.name,
        e.fields.map((f) => `${f.name}:${f.type.scalar}${f.type.generated ? '+' : ''}`),
      ]),
    ).toEqual([
      ['Order', ['Id:integer+', 'Note:string', 'Ref:uuid']],
      ['Tag', ['id:integer+', 'name:text']],
    ]);
  });

  it('takes entity and column descriptions from the prose around the block', () => {
    const doc = docFrom(
      'p.md',
      '### audit_logs\n\nOne row per change.\n\n```sql\nCREATE TABLE audit_logs (id INT PRIMARY KEY, old_values JSONB);\n```\n\nThis table is append-only.\n\n`old_values` holds the row before the change.\n\n### next\n\n`id` is not described here.\n',
    );
    const e = run([doc], [sqlExtractor]).domain.entities[0]!;
    expect(e.description).toBe('One row per change. This table is append-only.');
    expect(e.fields.map((f) => f.description)).toEqual([
      undefined,
      'old_values holds the row before the change.',
    ]);
  });

  it('reads CHECK (col IN (...)) as the enum values of the column', () => {
    const doc = docFrom(
      'c.md',
      md(
        "CREATE TABLE jobs (\n  status VARCHAR(20) NOT NULL CHECK (status IN ('queued', 'done')),\n  kind TEXT,\n  CONSTRAINT kind_ck CHECK (kind IN ('a', 'b'))\n);",
      ),
    );
    const e = run([doc], [sqlExtractor]).domain.entities[0]!;
    expect(e.fields.map((f) => [f.name, f.type.scalar, f.enumValues])).toEqual([
      ['status', 'string', ['queued', 'done']],
      ['kind', 'text', ['a', 'b']],
    ]);
    expect(e.fields[0]!.check).toBe("status IN ('queued', 'done')");
  });
});
