import { describe, expect, it } from 'vitest';
import { typescriptExtractor } from '../../src/extract/typescript.js';
import { memoryHost } from '../../src/host.js';
import { parseMarkdown } from '../../src/markdown/parse.js';
import { compile } from '../../src/pipeline.js';
import { docFrom } from '../extract-data/corpus-helpers.js';

// TypeORM entity classes were read as plain classes: `@Entity('banen')` was ignored (tables came out
// as English plurals of Dutch words: `blokkerings`), `@ManyToOne(() => Baan) baan` became a column
// `baan` beside the declared `baanId`, `@Column('int')` became double precision and
// `@Column('decimal', { precision: 8, scale: 2 })` text.
const MODEL = `# Design

\`\`\`typescript
@Entity('banen')
export class Baan {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ length: 40, unique: true })
  naam: string;

  @Column({ type: 'enum', enum: ['gravel', 'kunstgras'] })
  ondergrond: 'gravel' | 'kunstgras';

  @OneToMany(() => Reservering, (r) => r.baan)
  reserveringen: Reservering[];

  berekend: number;
}

@Entity({ name: 'reserveringen' })
@Index(['baan', 'start'], { unique: true })
@Unique('een_per_lid', ['geboektDoor', 'start'])
export class Reservering {
  @PrimaryGeneratedColumn()
  id: number;

  @ManyToOne(() => Baan, { nullable: false, onDelete: 'CASCADE' })
  baan: Baan;

  @Column()
  baanId: string;

  @ManyToOne(() => Lid)
  @JoinColumn({ name: 'geboekt_door' })
  geboektDoor: Lid;

  @Column('uuid', { array: true, default: [] })
  medespelers: string[];

  @Column('decimal', { precision: 8, scale: 2, nullable: true })
  prijs: string;

  @Column('int', { default: 0 })
  pogingen: number;

  @CreateDateColumn({ type: 'timestamptz' })
  aangemaaktOp: Date;
}

@Entity('leden')
export class Lid {
  @PrimaryGeneratedColumn('uuid')
  id: string;
}

@Entity()
export class Les {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @OneToOne(() => Reservering, { nullable: false })
  @JoinColumn()
  reservering: Reservering;
}
\`\`\`
`;

const fields = (e: { fields: { name: string }[] } | undefined) =>
  Object.fromEntries((e?.fields ?? []).map((f) => [f.name, f])) as Record<string, Record<string, unknown>>;

describe('TypeORM entity classes', () => {
  it('reads table names, decorated columns only, options, join columns, indexes and uniques', () => {
    const doc = docFrom('docs/design.md', MODEL);
    const { fragment } = typescriptExtractor.extract({ doc, md: parseMarkdown(doc), all: [doc] });
    expect(fragment.entities?.map((e) => [e.writtenAs, e.table ?? null])).toEqual([
      ['Baan', 'banen'],
      ['Reservering', 'reserveringen'],
      ['Lid', 'leden'],
      ['Les', null],
    ]);
    const [baan, res, , les] = fragment.entities!;
    // An undecorated property is not a column; a one-to-many side has no column.
    expect(Object.keys(fields(baan))).toEqual(['id', 'naam', 'ondergrond']);
    expect(fields(baan).naam).toMatchObject({
      unique: true,
      nullable: false,
      type: { scalar: 'string', length: 40 },
    });
    expect(fields(baan).ondergrond).toMatchObject({ enumValues: ['gravel', 'kunstgras'] });
    const r = fields(res);
    expect(r.id).toMatchObject({ primaryKey: true, type: { scalar: 'integer', generated: true } });
    // The relation joins the declared `baanId` column instead of adding a `baan` column.
    expect(r.baan).toBeUndefined();
    expect(r.baanId).toMatchObject({
      nullable: false,
      references: { entity: 'Baan', field: 'id', onDelete: 'cascade' },
    });
    // TypeORM relations are nullable unless written `nullable: false`; @JoinColumn names the column.
    expect(r.geboekt_door).toMatchObject({ nullable: true, enumName: 'Lid' });
    expect(r.medespelers).toMatchObject({ default: '[]', type: { scalar: 'array', items: 'uuid' } });
    expect(r.prijs).toMatchObject({ nullable: true, type: { scalar: 'decimal', precision: 8, scale: 2 } });
    expect(r.pogingen).toMatchObject({ default: '0', type: { scalar: 'integer' } });
    expect(r.aangemaaktOp).toMatchObject({ default: 'now()', nullable: false, type: { scalar: 'datetime' } });
    expect(res!.uniques).toEqual([['geboekt_door', 'start']]);
    expect(fragment.indexes).toEqual([
      expect.objectContaining({ entity: 'Reservering', columns: ['baanId', 'start'], unique: true }),
    ]);
    expect(fields(les).reserveringId).toMatchObject({
      unique: true,
      nullable: false,
      enumName: 'Reservering',
    });
    expect(fragment.relationships).toEqual([
      expect.objectContaining({
        from: 'Baan',
        to: 'Reservering',
        kind: 'one-to-many',
        label: 'reserveringen',
      }),
    ]);
  });

  it('compiles into the tables the decorators name, with foreign keys and an empty-array default', {
    timeout: 60_000,
  }, async () => {
    const r = await compile(
      { root: '/p', verify: { skip: true } },
      memoryHost({
        '/p/docs/prd.md': '# PRD\n\n- FR1: Een lid reserveert een baan.\n',
        '/p/docs/architecture.md': MODEL,
      }),
    );
    const byTable = Object.fromEntries(r.spec!.entities.map((e) => [e.table, e]));
    expect(Object.keys(byTable).sort()).toEqual(['banen', 'leden', 'les', 'reserveringen']);
    const cols = Object.fromEntries(byTable.reserveringen!.fields.map((f) => [f.column, f]));
    expect(cols.baan_id?.references).toMatchObject({ entity: 'Baan', field: 'id', onDelete: 'cascade' });
    expect(cols.geboekt_door).toMatchObject({ nullable: true, type: { scalar: 'uuid' } });
    expect(cols.medespelers?.default).toBe("'{}'");
    // A stated creation column takes the place of the default created_at.
    expect(cols.created_at).toBeUndefined();
  });

  // The Japanese trial (test/japanese/projects/hidamari) wrote the inverse side before the options:
  // its `onDelete: 'CASCADE'` came out as "on delete set null".
  it('reads the options after an inverse side: `@ManyToOne(() => Owner, (o) => o.pets, { onDelete })`', () => {
    const doc = docFrom(
      'docs/design.md',
      "```ts\n@Entity('owners')\nexport class Owner {\n  @PrimaryGeneratedColumn('uuid')\n  id: string;\n\n  @OneToMany(() => Pet, (pet) => pet.owner)\n  pets: Pet[];\n}\n\n@Entity('pets')\nexport class Pet {\n  @PrimaryGeneratedColumn('uuid')\n  id: string;\n\n  @ManyToOne(() => Owner, (owner) => owner.pets, { onDelete: 'CASCADE', nullable: false })\n  owner: Owner;\n}\n```\n",
    );
    const { fragment } = typescriptExtractor.extract({ doc, md: parseMarkdown(doc), all: [doc] });
    const pet = fragment.entities!.find((e) => e.writtenAs === 'Pet')!;
    expect(fields(pet).ownerId).toMatchObject({
      nullable: false,
      references: { entity: 'Owner', field: 'id', onDelete: 'cascade' },
    });
  });
});
