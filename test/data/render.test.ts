import { describe, expect, it } from 'vitest';
import { DATA_RULES } from '../../src/check/rules/data.js';
import { emptyDomain } from '../../src/model/domain.js';
import type { Spec } from '../../src/model/spec/index.js';
import { erDiagramArtifact } from '../../src/render/erd.js';
import { en } from '../../src/render/i18n/en/index.js';
import { dataModelsSection } from '../../src/render/markdown/sections/01-data-models.js';
import { databaseSchemaSection } from '../../src/render/markdown/sections/02-database-schema.js';
import { sqlSchemaArtifact } from '../../src/render/sql.js';
import { database, domainOf, entity, field, index, labDomain, todoDomain } from './fixtures.js';
import { deriveData } from './helpers.js';

const ctx = (spec: Spec) => ({ spec, t: en, checklist: [], verifications: [] });
const artifact = (spec: Spec, path: string) =>
  sqlSchemaArtifact.render(spec).find((a) => a.path === path)?.text ?? '';

describe('data sections', () => {
  it('are missing (null) when the documents define no data model', () => {
    const { spec } = deriveData(emptyDomain('Portal', 'fi'));
    expect(dataModelsSection.render(ctx(spec))).toBeNull();
    expect(databaseSchemaSection.render(ctx(spec))).toBeNull();
    expect(sqlSchemaArtifact.render(spec)).toEqual([]);
    expect(erDiagramArtifact.render(spec)).toEqual([]);
  });

  it('section 1 gives each entity an interface with commented constraints and its source', () => {
    const text = dataModelsSection.render(ctx(deriveData(labDomain()).spec))!;
    expect(text).toContain('## 1. Data Models');
    expect(text).toMatch(/export interface OrderItem(?: extends BaseRecord)? \{/);
    expect(text).toMatch(/ {2}orderId: string; \/\/ UUID, FK → orders\.id, on delete cascade/);
    expect(text).toMatch(/passwordHash: string; \/\/ max 255, secret: never returned by the API/);
    expect(text).toContain('export type UserRole = "admin" | "technician" | "front_desk";');
    expect(text).toMatch(
      /updatedAt: string; \/\/ default now\(\), read-only, added by rule derive\/add-updated-at/,
    );
    // Each relationship once, under the entity it starts from; the child's interface names the FK.
    expect(text).toMatch(/one-to-many → \*\*OrderItem\*\*/);
    expect(text).toContain(
      '| `idx_samples_barcode` | barcode_data | no | stated in the documents | `docs/architecture.md:',
    );
  });

  it('section 2 gives each table its SQL with column origins, enums first', () => {
    const text = databaseSchemaSection.render(ctx(deriveData(labDomain()).spec))!;
    expect(text.indexOf('CREATE TYPE user_role')).toBeLessThan(text.indexOf('CREATE TABLE labs'));
    // Each column once, in the DDL, with its origin as a comment on its line.
    expect(text).toMatch(/ {2}order_id uuid NOT NULL, -- docs\/architecture\.md:\d+/);
    expect(text).toMatch(
      // Adjacent rule-added columns share a line and list their rules in order.
      / {2}created_at timestamptz NOT NULL DEFAULT now\(\), updated_at timestamptz NOT NULL DEFAULT now\(\),? -- rule derive\/add-created-at; rule derive\/add-updated-at/,
    );
    expect(text).toContain('CREATE INDEX idx_order_items_order_id ON order_items (order_id);');
    expect(text).toContain('The schema was not applied');
  });
});

describe('schema artifacts', () => {
  it('orders tables by their references and closes a cycle with ALTER TABLE', () => {
    const { spec } = deriveData(
      domainOf({
        entities: [
          entity(
            'Team',
            [
              field('id', 'integer', { primaryKey: true }),
              field('captain_id', 'integer', { nullable: true, references: 'players' }),
            ],
            { table: 'teams' },
          ),
          entity(
            'Player',
            [
              field('id', 'integer', { primaryKey: true }),
              field('team_id', 'integer', { nullable: false, references: 'teams' }),
            ],
            { table: 'players' },
          ),
        ],
      }),
    );
    const sql = artifact(spec, 'backend-spec/schema.sql');
    expect(sql.indexOf('CREATE TABLE teams')).toBeLessThan(sql.indexOf('CREATE TABLE players'));
    expect(sql).toContain(
      'ALTER TABLE teams ADD CONSTRAINT teams_captain_id_fkey FOREIGN KEY (captain_id) REFERENCES players (id) ON DELETE SET NULL;',
    );
    expect(sql.indexOf('ALTER TABLE')).toBeLessThan(sql.indexOf('CREATE INDEX'));
  });

  it('quotes reserved words in every dialect', () => {
    const domain = domainOf({
      stack: [database('PostgreSQL'), database('MySQL'), database('SQLite')],
      entities: [
        entity(
          'User',
          [field('id', 'integer', { primaryKey: true }), field('order', 'integer'), field('group', 'text')],
          { table: 'user' },
        ),
      ],
    });
    const { spec } = deriveData(domain);
    expect(artifact(spec, 'backend-spec/schema.sql')).toContain(
      'CREATE TABLE "user" (\n  id integer PRIMARY KEY,\n  "order" integer,\n  "group" text,',
    );
    expect(artifact(spec, 'backend-spec/schema.mysql.sql')).toContain('  `order` int,\n  `group` text,');
    expect(artifact(spec, 'backend-spec/schema.sqlite.sql')).toContain('"order" INTEGER');
  });

  it('writes MySQL and SQLite forms of identity keys, enums and defaults', () => {
    const d = todoDomain();
    d.stack = [database('MySQL 8'), database('SQLite')];
    d.entities[1]!.fields.push(field('priority', 'enum', { enumValues: ['low', 'high'], default: "'low'" }));
    const { spec } = deriveData(d);
    const mysql = artifact(spec, 'backend-spec/schema.mysql.sql');
    expect(mysql).toContain('`id` int PRIMARY KEY AUTO_INCREMENT'.replace(/`/g, ''));
    expect(mysql).toContain("priority enum('low', 'high') NOT NULL DEFAULT 'low'".replace(' NOT NULL', ''));
    expect(mysql).toContain('email varchar(255) NOT NULL UNIQUE');
    const sqlite = artifact(spec, 'backend-spec/schema.sqlite.sql');
    expect(sqlite).toContain('PRAGMA foreign_keys = ON;');
    expect(sqlite).toContain('id INTEGER PRIMARY KEY AUTOINCREMENT');
    expect(sqlite).toContain("priority TEXT DEFAULT 'low' CHECK (priority IN ('low', 'high'))");
    expect(sqlite).toContain('is_completed INTEGER NOT NULL DEFAULT 0');
  });

  it('writes MongoDB collections with $jsonSchema validators and indexes', () => {
    const d = labDomain();
    d.stack = [database('MongoDB')];
    const { spec } = deriveData(d);
    const js = artifact(spec, 'backend-spec/mongodb-collections.js');
    expect(js).toContain('db.createCollection("users", {');
    expect(js).toContain('"$jsonSchema"');
    expect(js).toMatch(/"role": \{\s+"bsonType": "string",\s+"enum": \[\s+"admin",/);
    expect(js).toContain(
      'db.getCollection("labs").createIndex({"slug":1}, {"name":"labs_slug_key","unique":true});',
    );
  });

  it('indexes paths into embedded documents in MongoDB, with descending keys', () => {
    const { spec } = deriveData(
      domainOf({
        stack: [database('MongoDB')],
        entities: [
          entity(
            'Conversation',
            [
              field('conversationId', 'string', { primaryKey: true }),
              field('customer', 'json'),
              field('updatedAt', 'datetime'),
            ],
            { notation: 'typescript' },
          ),
        ],
        indexes: [
          index('Conversation', ['customer.fullName'], { method: 'text' }),
          index('Conversation', ['-updatedAt']),
        ],
      }),
    );
    const js = artifact(spec, 'backend-spec/mongodb-collections.js');
    expect(js).toContain(
      'createIndex({"customer.fullName":"text"}, {"name":"idx_conversations_customer_full_name"});',
    );
    expect(js).toContain('createIndex({"updatedAt":-1}, {"name":"idx_conversations_updated_at"});');
    expect(js).toContain('createIndex({"conversationId":1}, { unique: true, name: "conversations_pkey" });');
  });

  it('writes an erDiagram with keys and crow’s-foot cardinalities', () => {
    const erd = erDiagramArtifact.render(deriveData(todoDomain()).spec)[0]!;
    expect(erd.path).toBe('backend-spec/erd.mmd');
    expect(erd.text.startsWith('erDiagram\n')).toBe(true);
    expect(erd.text).toContain('    integer task_id PK, FK "→ tasks.id"');
    expect(erd.text).toContain('  users ||--o{ tasks : "user_id"');
    expect(erd.text).toContain('  labels ||--o{ task_labels : "label_id"');
  });

  it('keeps ERD names to the characters Mermaid accepts', () => {
    const { spec } = deriveData(
      domainOf({
        entities: [
          entity('Käyttäjä', [field('id', 'integer', { primaryKey: true }), field('2fa secret', 'text')], {
            table: 'käyttäjät',
          }),
        ],
      }),
    );
    const erd = erDiagramArtifact.render(spec)[0]!.text;
    expect(erd).toContain('  kayttajat {');
    expect(erd).toContain('    text x_2fa_secret');
  });

  it('is byte-identical across runs', () => {
    const a = sqlSchemaArtifact.render(deriveData(labDomain()).spec);
    const b = sqlSchemaArtifact.render(deriveData(labDomain()).spec);
    expect(a).toEqual(b);
  });
});

describe('data check rules', () => {
  const run = (spec: Spec) => DATA_RULES.map((r) => ({ code: r.code, ...r.check(spec) }));

  it('pass on a designed model with evidence counts', () => {
    const out = run(deriveData(labDomain()).spec);
    expect(out.flatMap((o) => o.problems)).toEqual([]);
    expect(out.map((o) => o.evidence).join(' | ')).toMatch(/7 entities of 7 with a primary key/);
  });

  it('are not applicable without a data model', () => {
    expect(run(deriveData(emptyDomain('x', 'en')).spec).every((o) => o.applicable === false)).toBe(true);
  });

  it('fail on an unindexed foreign key and a table without a key', () => {
    const { spec } = deriveData(todoDomain());
    spec.database.indexes = spec.database.indexes.filter((i) => i.name !== 'idx_subtasks_task_id');
    spec.entities[0]!.primaryKey = [];
    const problems = run(spec).flatMap((o) => o.problems.map((p) => p.message));
    expect(problems).toContain('subtasks.task_id (foreign key) is not the leading column of any index');
    expect(problems).toContain('users has no primary key');
  });
});
