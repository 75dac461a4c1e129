import { beforeAll, describe, expect, it } from 'vitest';
import { EXTRACTORS } from '../../src/extract/registry.js';
import { prepare } from '../../src/extract/sql.js';
import type { Domain } from '../../src/model/domain.js';
import { corpusDocs, run } from './corpus-helpers.js';

const DATA = new Set(['sql', 'mermaid', 'typescript', 'tables', 'prisma', 'dbml', 'bullets', 'schema-code']);
const extractors = EXTRACTORS.filter((e) => DATA.has(e.name));

function domainOf(project: string) {
  const docs = corpusDocs(project);
  return { docs, ...run(docs, extractors) };
}

const fieldsOf = (d: Domain, name: string) => d.entities.find((e) => e.name === name)?.fields ?? [];
const fk = (d: Domain, entity: string, field: string) =>
  fieldsOf(d, entity).find((f) => f.name === field)?.references;

beforeAll(async () => {
  for (const p of ['labcore', 'bmad-todo-app', 'billie-crm', 'business-research-portal'])
    await prepare(corpusDocs(p));
});

describe('corpus: labcore', () => {
  it('reads every CREATE TABLE of database-schema.md with its columns and foreign keys', () => {
    const { docs, domain } = domainOf('labcore');
    const schema = docs.find((d) => d.path.endsWith('database-schema.md'))!;
    const tables = [...schema.text.matchAll(/CREATE TABLE (\w+)/g)].map((m) => m[1]!);
    expect(tables).toHaveLength(24);
    const read = domain.entities.filter((e) => e.notation === 'sql').map((e) => e.table);
    expect(read).toEqual(tables);
    // Column counts as written: every `name TYPE` line inside each CREATE TABLE.
    for (const t of tables) {
      const body = new RegExp(`CREATE TABLE ${t} \\(([\\s\\S]*?)\\n\\);`).exec(schema.text)![1]!;
      const cols = body.split('\n').filter((l) => /^\s+[a-z_]+\s+[a-zA-Z]/.test(l)).length;
      expect(domain.entities.find((e) => e.table === t)!.fields, t).toHaveLength(cols);
    }
    expect(fk(domain, 'Order', 'patient_id')).toEqual({ entity: 'Patient', field: 'id' });
    expect(fk(domain, 'TestParameter', 'test_definition_id')).toEqual({
      entity: 'TestDefinition',
      field: 'id',
      onDelete: 'cascade',
    });
    expect(fk(domain, 'SyncConflict', 'sync_queue_id')).toEqual({ entity: 'SyncQueue', field: 'id' });
    const user = domain.entities.find((e) => e.name === 'User')!;
    expect(user.uniques).toEqual([['lab_id', 'mobile']]);
    expect(user.fields.find((f) => f.name === 'role')!.enumValues).toEqual([
      'admin',
      'pathologist',
      'senior_tech',
      'technician',
      'front_desk',
    ]);
    expect(domain.enums).toHaveLength(13);
    expect(domain.indexes).toHaveLength(17);
  });

  it('merges the mermaid ER relationships with the foreign keys', () => {
    const { domain, diagnostics } = domainOf('labcore');
    const { docs } = domainOf('labcore');
    const schema = docs.find((d) => d.path.endsWith('database-schema.md'))!;
    const lines = [...schema.text.matchAll(/^ {4}(\w+) \|\|--[o|][{] (\w+) : "(\w+)"/gm)];
    expect(lines).toHaveLength(19);
    const name = (t: string) => domain.entities.find((e) => e.table === t)!.name;
    for (const [, a, b, label] of lines) {
      expect(domain.relationships, `${a} ${b}`).toContainEqual(
        expect.objectContaining({ from: name(a!), to: name(b!), kind: 'one-to-many', label }),
      );
    }
    const lab = domain.entities.find((e) => e.name === 'Lab')!;
    expect(lab.seenIn.map((o) => (o.kind === 'source' ? o.line : 0))).toEqual([64, 28]);
    expect(diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    expect(domain.mentionedEntities).toEqual([]);
  });
});

describe('corpus: bmad-todo-app', () => {
  it('reads users, tasks, labels, task_labels, subtasks with FKs; task_labels is many-to-many', () => {
    const { domain } = domainOf('bmad-todo-app');
    expect(domain.entities.map((e) => e.table)).toEqual([
      'users',
      'tasks',
      'labels',
      'task_labels',
      'subtasks',
    ]);
    expect(fk(domain, 'Task', 'user_id')).toEqual({ entity: 'User', field: 'id', onDelete: 'cascade' });
    expect(fk(domain, 'Subtask', 'task_id')).toEqual({ entity: 'Task', field: 'id', onDelete: 'cascade' });
    expect(domain.entities.find((e) => e.name === 'TaskLabel')!.primaryKey).toEqual(['task_id', 'label_id']);
    expect(domain.relationships.filter((r) => r.kind === 'many-to-many')).toEqual([
      expect.objectContaining({ from: 'Task', to: 'Label', through: 'TaskLabel' }),
    ]);
    expect(domain.indexes.find((i) => i.where)).toMatchObject({
      entity: 'Task',
      columns: ['user_id', 'deadline'],
      where: 'deadline IS NOT NULL',
    });
  });
});

describe('corpus: billie-crm', () => {
  it('reads the conversations document shape, nothing else', () => {
    const { domain } = domainOf('billie-crm');
    expect(domain.entities.map((e) => e.name)).toEqual(['Conversation']);
    const c = domain.entities[0]!;
    expect(c.fields).toHaveLength(16);
    expect(c.fields.find((f) => f.name === 'conversationId')!.primaryKey).toBe(true);
    expect(c.fields.find((f) => f.name === 'decisionStatus')!.enumValues).toEqual(['approved', 'declined']);
    // customerId refers to a customers collection no document defines: a mention, not an entity.
    expect(domain.mentionedEntities.map((m) => m.name)).toContain('Customer');
    // The MongoDB index bullets under "Data Architecture" belong to the conversations collection.
    expect(domain.indexes.map((i) => [i.entity, i.columns.join(','), i.method])).toEqual([
      ['Conversation', 'status,decisionStatus,updatedAt', undefined],
      ['Conversation', 'customerId,updatedAt', undefined],
      ['Conversation', 'applicationNumber', undefined],
      ['Conversation', 'customer.fullName,applicationNumber', 'text'],
    ]);
  });
});

describe('corpus: business-research-portal', () => {
  it('has no database: zero entities', () => {
    const { domain } = domainOf('business-research-portal');
    expect(domain.entities).toEqual([]);
    expect(domain.relationships).toEqual([]);
  });
});
