import { describe, expect, it } from 'vitest';
import { bulletsExtractor } from '../../src/extract/bullets.js';
import { tablesExtractor } from '../../src/extract/tables.js';
import { docFrom, run } from './corpus-helpers.js';

// A Polish spec-kit trial (and its English translation) wrote its data-model.md the way hand-written
// ones most often are: a heading per entity, then one bullet per field, and enum types as
// `enum: a, b, c`. Only the table entity was read (1 of 6), and its enum columns became strings.
const fieldsOf = (text: string, path = 'specs/001/data-model.md') => {
  const { domain } = run([docFrom(path, text)], [bulletsExtractor, tablesExtractor]);
  return domain.entities.map((e) => ({
    name: e.name,
    table: e.table,
    fields: Object.fromEntries(e.fields.map((f) => [f.name, f])),
  }));
};

describe('a heading that names an entity, then one bullet per field', () => {
  it('en: is the entity, with types, references, enums and defaults', () => {
    const [application, visit] = fieldsOf(`# Data model: Adoptions

## AdoptionApplication (\`adoption_applications\`)

- id — uuid, primary key
- note — text

## HomeVisit (\`home_visits\`)

Visits are booked by the coordinator.

- application_id — FK to adoption_applications, required
- scheduled_at — timestamp, required
- outcome — enum: positive, negative, pending; default pending
- notes — text, optional
`);
    expect(visit).toMatchObject({ name: 'HomeVisit', table: 'home_visits' });
    const f = visit!.fields;
    expect(Object.keys(f)).toEqual(['application_id', 'scheduled_at', 'outcome', 'notes']);
    expect(application?.name).toBe('AdoptionApplication');
    expect(f.application_id!.references).toMatchObject({ entity: 'AdoptionApplication', field: 'id' });
    expect(f.scheduled_at).toMatchObject({ type: { scalar: 'datetime' }, nullable: false });
    expect(f.outcome).toMatchObject({
      type: { scalar: 'enum' },
      enumValues: ['positive', 'negative', 'pending'],
      default: 'pending',
    });
  });

  it('pl / de: the same layout in other languages, written with a colon', () => {
    const [walk] = fieldsOf(`# Datenmodell

### Spaziergang

- tier_id: FK zu tiere
- beginnt_am: timestamp
- dauer_minuten: integer
`);
    expect(walk?.name).toBe('Spaziergang');
    expect(Object.keys(walk!.fields)).toEqual(['tier_id', 'beginnt_am', 'dauer_minuten']);
  });

  it('never makes fields of a list of notes, features or steps under a heading', () => {
    expect(
      fieldsOf(`# Data model

## Animal

- photos are stored in object storage
- the chip number is checked at intake
`),
    ).toEqual([]);
    // Untyped words under a heading that is no data-model heading, without a key among them.
    expect(
      fieldsOf(
        `# Release plan

## Scope

- search
- booking
- reviews
`,
        'docs/plan.md',
      ),
    ).toEqual([]);
  });
});

describe('an enum type written `enum: a, b, c` in a field table', () => {
  it('keeps every value, and a stated default that is one of them', () => {
    const [animal] = fieldsOf(`## Animal

| Field | Type | Rules |
|---|---|---|
| species | enum: dog, cat, rabbit, other | required |
| status | enum: intake, available, reserved | default intake |
`);
    expect(animal!.fields.species).toMatchObject({
      type: { scalar: 'enum' },
      enumValues: ['dog', 'cat', 'rabbit', 'other'],
      nullable: false,
    });
    expect(animal!.fields.status).toMatchObject({
      enumValues: ['intake', 'available', 'reserved'],
      default: 'intake',
    });
  });
});

describe('a column written only as a reference', () => {
  it('takes the key type of what it references, without a type-mismatch warning', async () => {
    const { compile } = await import('../../src/pipeline.js');
    const { memoryHost } = await import('../../src/host.js');
    const r = await compile(
      { root: '/p', verify: { skip: true } },
      memoryHost({
        '/p/docs/product/PRD.md': '# PRD\n\n- FR-1: A volunteer can book a walk with an animal.\n',
        '/p/docs/technical/architecture.md': `# Data model

## Animal

| Field | Type |
|---|---|
| id | bigint, PK |
| name | varchar(80) |

## Walk

- animal_id — FK to animals (dogs only)
- starts_at — timestamp
`,
      }),
    );
    const walk = r.spec!.entities.find((e) => e.name === 'Walk')!;
    expect(walk.fields.find((f) => f.column === 'animal_id')!.type.scalar).toBe('bigint');
    expect(r.diagnostics.map((d) => d.code)).not.toContain('data/foreign-key-type-mismatch');
  });
});

describe('field tables and bullets written in Polish (and other languages)', () => {
  it('pl: Pole | Typ | Zasady, "wymagane", "unikalny", "domyślnie", "FK do"', () => {
    const all = fieldsOf(`# Model danych

## Animal (\`animals\`)

| Pole | Typ | Zasady |
|---|---|---|
| id | bigint, PK | auto increment |
| name | varchar(80) | wymagane |
| chip_number | varchar(15) | unikalny |
| child_friendly | boolean | domyślnie false |
| size | enum: small, medium, large | wymagane dla psów |

## Walk (\`walks\`)

- animal_id — FK do animals
- starts_at — timestamp, opcjonalne
`);
    const animal = all.find((e) => e.name === 'Animal');
    const walk = all.find((e) => e.name === 'Walk');
    expect(animal!.fields.name!.nullable).toBe(false);
    expect(animal!.fields.chip_number!.unique).toBe(true);
    expect(animal!.fields.child_friendly!.default).toBe('false');
    // Required for dogs only: a rule for some rows, never NOT NULL for all.
    expect(animal!.fields.size!.nullable).toBeNull();
    expect(walk!.fields.animal_id!.references).toMatchObject({ entity: 'Animal', field: 'id' });
    expect(walk!.fields.starts_at!.nullable).toBe(true);
  });

  it('en / es: a required word with its condition is no NOT NULL', () => {
    const [application] = fieldsOf(`# Data model

## Application

| Column | Type | Constraints |
|---|---|---|
| reason | text | required on rejection |
| motivo | text | obligatorio cuando se rechaza |
| email | varchar(120) | required |
`);
    expect(application!.fields.reason!.nullable).toBeNull();
    expect(application!.fields.email!.nullable).toBe(false);
  });
});
