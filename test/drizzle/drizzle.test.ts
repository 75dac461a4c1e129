import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { schemaCodeExtractor } from '../../src/extract/schema-code.js';
import { memoryHost } from '../../src/host.js';
import { parseMarkdown } from '../../src/markdown/parse.js';
import { compile } from '../../src/pipeline.js';
import { docFrom } from '../extract-data/corpus-helpers.js';

// Drizzle ORM schemas (pgTable / mysqlTable / sqliteTable) were not read at all: a project whose only
// data model is its Drizzle schema got "0 entities" and no database section.
const PG = `# Architettura

## Modello dati

\`\`\`typescript
import { pgTable, pgEnum, uuid, text, integer, numeric, timestamp, varchar, index, unique } from 'drizzle-orm/pg-core';

export const statoRata = pgEnum('stato_rata', ['emessa', 'pagata', 'scaduta']);

export const voti = pgTable('voti', {
  id: uuid('id').primaryKey().defaultRandom(),
  assembleaId: uuid('assemblea_id').notNull().references(() => assemblee.id, { onDelete: 'cascade' }),
  punto: integer('punto').notNull(),
}, (t) => ({
  unVotoPerPunto: unique().on(t.assembleaId, t.punto),
}));

export const assemblee = pgTable('assemblee', {
  id: uuid('id').primaryKey().defaultRandom(),
  titolo: varchar('titolo', { length: 120 }).notNull(),
  quota: numeric('quota', { precision: 10, scale: 2 }),
  stato: statoRata('stato').notNull().default('emessa'),
  creataIl: timestamp('creata_il', { withTimezone: true }).notNull().defaultNow(),
  tags: text('tags').array(),
}, (t) => [index('assemblee_stato_idx').on(t.stato)]);
\`\`\`
`;

const fields = (e: { fields: { name: string }[] } | undefined) =>
  Object.fromEntries((e?.fields ?? []).map((f) => [f.name, f])) as Record<string, Record<string, unknown>>;

describe('Drizzle schemas', () => {
  it('reads pgTable columns, chain modifiers, enums, references declared later, uniques and indexes', () => {
    const doc = docFrom('docs/architecture.md', PG);
    const { fragment } = schemaCodeExtractor.extract({ doc, md: parseMarkdown(doc), all: [doc] });
    expect(fragment.entities?.map((e) => [e.table, e.notation])).toEqual([
      ['voti', 'drizzle'],
      ['assemblee', 'drizzle'],
    ]);
    const [voti, assemblee] = fragment.entities!;
    const v = fields(voti);
    expect(v.id).toMatchObject({
      primaryKey: true,
      nullable: false,
      default: 'gen_random_uuid()',
      type: { scalar: 'uuid' },
    });
    // `() => assemblee.id` names a table declared further down: the table's name, not the variable's.
    expect(v.assemblea_id).toMatchObject({
      nullable: false,
      references: { entity: 'assemblee', field: 'id', onDelete: 'cascade' },
    });
    expect(voti!.uniques).toEqual([['assemblea_id', 'punto']]);
    const a = fields(assemblee);
    expect(a.titolo).toMatchObject({ nullable: false, type: { scalar: 'string', length: 120 } });
    expect(a.quota).toMatchObject({ nullable: true, type: { scalar: 'decimal', precision: 10, scale: 2 } });
    expect(a.stato).toMatchObject({
      default: "'emessa'",
      enumName: 'stato_rata',
      enumValues: ['emessa', 'pagata', 'scaduta'],
      type: { scalar: 'enum' },
    });
    expect(a.creata_il).toMatchObject({ default: 'now()', type: { scalar: 'datetime' } });
    expect(a.tags).toMatchObject({ type: { scalar: 'array', items: 'text' } });
    expect(fragment.enums).toEqual([
      expect.objectContaining({ name: 'stato_rata', values: ['emessa', 'pagata', 'scaduta'] }),
    ]);
    expect(fragment.indexes).toEqual([
      expect.objectContaining({
        name: 'assemblee_stato_idx',
        entity: 'assemblee',
        columns: ['stato'],
        unique: false,
      }),
    ]);
  });

  it('reads the MySQL and SQLite forms: an inline enum, SQLite booleans and timestamps in integers', () => {
    const doc = docFrom(
      'docs/architecture.md',
      `# Data\n\n\`\`\`ts\nexport const tasks = mysqlTable('tasks', {\n  id: serial('id').primaryKey(),\n  status: mysqlEnum('status', ['open', 'done']).notNull(),\n});\nexport const notes = sqliteTable('notes', {\n  id: integer('id').primaryKey({ autoIncrement: true }),\n  pinned: integer('pinned', { mode: 'boolean' }).notNull().default(false),\n  seenAt: integer('seen_at', { mode: 'timestamp' }),\n  taskId: integer('task_id').references(() => tasks.id),\n});\n\`\`\`\n`,
    );
    const { fragment } = schemaCodeExtractor.extract({ doc, md: parseMarkdown(doc), all: [doc] });
    const [tasks, notes] = fragment.entities!;
    expect(fields(tasks).id).toMatchObject({
      primaryKey: true,
      type: { scalar: 'integer', generated: true },
    });
    expect(fields(tasks).status).toMatchObject({ enumValues: ['open', 'done'], type: { scalar: 'enum' } });
    expect(fields(notes).pinned).toMatchObject({
      default: 'false',
      nullable: false,
      type: { scalar: 'boolean' },
    });
    expect(fields(notes).seen_at).toMatchObject({ nullable: true, type: { scalar: 'datetime' } });
    expect(fields(notes).task_id).toMatchObject({ references: { entity: 'tasks', field: 'id' } });
  });

  it('compiles a Drizzle-only project into tables named by the documents, with their foreign keys', {
    timeout: 60_000,
  }, async () => {
    const r = await compile(
      { root: '/p', verify: { skip: true } },
      memoryHost({
        '/p/docs/prd.md':
          '# PRD\n\n## Requisiti\n\n- FR1: Il condòmino vota ogni punto in assemblea.\n- FR2: Ogni assemblea ha un titolo.\n',
        '/p/docs/architecture.md': PG,
      }),
    );
    const byTable = Object.fromEntries(r.spec!.entities.map((e) => [e.table, e]));
    expect(Object.keys(byTable).sort()).toEqual(['assemblee', 'voti']);
    // The documents write the singular "assemblea" (in prose and in `assemblea_id`): the entity's name.
    expect(byTable.assemblee!.name).toBe('Assemblea');
    const fk = byTable.voti!.fields.find((f) => f.column === 'assemblea_id');
    expect(fk?.references).toMatchObject({ entity: 'Assemblea', field: 'id', onDelete: 'cascade' });
  });

  it('gives an enum type named like an entity its own OpenAPI component (it pointed at the entity)', {
    timeout: 60_000,
  }, async () => {
    const schema = `# Architettura\n\n\`\`\`ts\nexport const voto = pgEnum('voto', ['favorevole', 'contrario']);\nexport const voti = pgTable('voti', {\n  id: uuid('id').primaryKey().defaultRandom(),\n  voto: voto('voto').notNull(),\n});\n\`\`\`\n`;
    const r = await compile(
      { root: '/p', verify: { skip: true } },
      memoryHost({
        '/p/docs/prd.md': '# PRD\n\n## Requisiti\n\n- FR1: Il condòmino registra un voto.\n',
        '/p/docs/architecture.md': schema,
      }),
    );
    const yaml = r.artifacts.find((a) => a.path.endsWith('openapi.yaml'))!.text;
    const doc = parse(yaml) as {
      components: { schemas: Record<string, { properties?: Record<string, unknown>; enum?: string[] }> };
    };
    expect(doc.components.schemas.Voto?.properties?.voto).toEqual({ $ref: '#/components/schemas/VotoEnum' });
    expect(doc.components.schemas.VotoEnum?.enum).toEqual(['favorevole', 'contrario']);
  });
});
