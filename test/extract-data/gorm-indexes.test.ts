import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';
import { entity, extract, fence, fieldsOf } from './code-fences.js';

/**
 * gorm index tags (GORM docs, "Indexes"): fields that share an index name form ONE composite index,
 * ordered by `priority:` then field order; `index` / `uniqueIndex` without a name is an index on
 * that field alone. A shared `uniqueIndex:name` made each field unique on its own before, which
 * turned a sign-up into one-to-one with its shift and its volunteer.
 */
const MODELS = `type Shift struct {
	ID       uuid.UUID \`gorm:"type:uuid;primaryKey"\`
	StartsAt time.Time \`gorm:"not null;index"\`
	Signups  []Signup
}

type Volunteer struct {
	ID    uuid.UUID \`gorm:"type:uuid;primaryKey"\`
	Phone string    \`gorm:"size:16;uniqueIndex;not null"\`
}

type Signup struct {
	ID          uuid.UUID \`gorm:"type:uuid;primaryKey"\`
	ShiftID     uuid.UUID \`gorm:"type:uuid;not null;uniqueIndex:idx_signup_shift_volunteer"\`
	VolunteerID uuid.UUID \`gorm:"type:uuid;not null;uniqueIndex:idx_signup_shift_volunteer;index"\`
	Volunteer   Volunteer
}

type Booking struct {
	ID        uint      \`gorm:"primaryKey"\`
	RoomID    uint      \`gorm:"index:idx_room_day,priority:2"\`
	Day       time.Time \`gorm:"index:idx_room_day,priority:1"\`
	MemberID  uint      \`gorm:"index:idx_member_slot,unique"\`
	Slot      int       \`gorm:"index:idx_member_slot,unique"\`
	UpdatedAt time.Time \`gorm:"index:,sort:desc"\`
}`;

describe('gorm index tags', () => {
  const f = extract(fence('go', MODELS));
  const line = (text: string) => MODELS.split('\n').findIndex((l) => l.includes(text)) + 4;

  it('a uniqueIndex name shared by two fields is one composite unique, under its name and line', () => {
    const signup = entity(f, 'Signup')!;
    const by = fieldsOf(signup);
    expect(by.ShiftID!.unique).toBe(false);
    expect(by.VolunteerID!.unique).toBe(false);
    expect(signup.uniques).toEqual([['ShiftID', 'VolunteerID']]);
    expect(signup.uniqueSources).toEqual([
      expect.objectContaining({
        columns: ['ShiftID', 'VolunteerID'],
        name: 'idx_signup_shift_volunteer',
        origin: expect.objectContaining({ line: line('ShiftID') }),
      }),
    ]);
    // A further unnamed `index` on the same field is its own single-column index.
    expect(f.indexes).toContainEqual(
      expect.objectContaining({ entity: 'Signup', columns: ['VolunteerID'], unique: false }),
    );
  });

  it('an unnamed uniqueIndex makes its column unique; an unnamed index is stated on its line', () => {
    expect(fieldsOf(entity(f, 'Volunteer')).Phone!.unique).toBe(true);
    const startsAt = f.indexes?.find((i) => i.entity === 'Shift');
    expect(startsAt).toMatchObject({ columns: ['StartsAt'], unique: false });
    expect(startsAt?.name).toBeUndefined();
    expect(startsAt?.origin).toMatchObject({ line: line('StartsAt') });
  });

  it('priority orders a composite index; `unique` as an option and `sort:desc` are read', () => {
    const booking = f.indexes?.filter((i) => i.entity === 'Booking');
    expect(booking).toContainEqual(
      expect.objectContaining({ name: 'idx_room_day', columns: ['Day', 'RoomID'], unique: false }),
    );
    expect(booking).toContainEqual(expect.objectContaining({ columns: ['UpdatedAt DESC'] }));
    expect(entity(f, 'Booking')!.uniques).toEqual([['MemberID', 'Slot']]);
  });

  it('the schema keeps the composite unique and the stated indexes; sign-ups are one-to-many', async () => {
    const r = await compile(
      { root: '/p', verify: { skip: true } },
      memoryHost({
        '/p/docs/prd.md':
          '# Rota — PRD\n\n## User Stories\n\n- As a volunteer, I want to sign up for shifts.\n',
        '/p/docs/architecture.md': `# Architecture\n\n## Data Models\n\n\`\`\`go\n${MODELS}\n\`\`\`\n`,
      }),
    );
    const sql = r.artifacts.find((a) => a.path.endsWith('schema.sql'))!.text;
    expect(sql).toContain('CONSTRAINT idx_signup_shift_volunteer UNIQUE (shift_id, volunteer_id)');
    expect(sql).not.toMatch(/shift_id uuid NOT NULL UNIQUE/);
    expect(sql).toContain('CREATE INDEX idx_shifts_starts_at ON shifts (starts_at);');
    expect(sql).toContain('CREATE INDEX idx_room_day ON bookings (day, room_id);');
    const kinds = r
      .spec!.relationships.filter((x) => x.to === 'Signup')
      .map((x) => `${x.from}:${x.kind}`)
      .sort();
    expect(kinds).toEqual(['Shift:one-to-many', 'Volunteer:one-to-many']);
    // The index on volunteer_id is the stated one (its line), not one designed by the foreign-key rule.
    const volunteerIdx = r.spec!.database.indexes.find(
      (i) => i.entity === 'Signup' && i.columns.join() === 'volunteer_id',
    );
    expect(volunteerIdx?.origin).toMatchObject({ kind: 'source', line: line('VolunteerID') + 2 });
    // The has-many field states Shift → Signup: the relationship cites it instead of the key rule.
    const shiftSignups = r.spec!.relationships.find((x) => x.from === 'Shift' && x.to === 'Signup');
    expect(shiftSignups?.origin).toMatchObject({ kind: 'source', line: line('Signups') + 2 });
  });
});

describe('gorm has-many', () => {
  it('a has-many field states one-to-many and never turns a unique key into one-to-many', async () => {
    const models = `type Signup struct {
	ID          uint \`gorm:"primaryKey"\`
	HourRecords []HourRecord
}

type HourRecord struct {
	ID       uint \`gorm:"primaryKey"\`
	SignupID uint \`gorm:"not null;uniqueIndex"\`
}

type Shift struct {
	ID      uint \`gorm:"primaryKey"\`
	Signups []Signup
}`;
    const f = extract(fence('go', models));
    expect(f.relationships).toEqual([
      expect.objectContaining({ from: 'Signup', to: 'HourRecord', kind: 'one-to-many' }),
      expect.objectContaining({ from: 'Shift', to: 'Signup', kind: 'one-to-many' }),
    ]);
    const r = await compile(
      { root: '/p', verify: { skip: true } },
      memoryHost({
        '/p/docs/prd.md':
          '# Rota — PRD\n\n## User Stories\n\n- As a volunteer, I want to sign up for shifts.\n',
        '/p/docs/architecture.md': `# Architecture\n\n## Data Models\n\n\`\`\`go\n${models}\n\`\`\`\n`,
      }),
    );
    const kind = (from: string, to: string) =>
      r.spec!.relationships.find((x) => x.from === from && x.to === to)?.kind;
    // GORM's has-many puts the key on the child by its convention (ShiftID): one-to-many.
    expect(kind('Shift', 'Signup')).toBe('one-to-many');
    // The unique key is what the schema builds: the has-many field does not loosen it.
    expect(kind('Signup', 'HourRecord')).toBe('one-to-one');
  });
});

describe('Go byte slices', () => {
  it('a nil []byte is NULL: nullable unless the tag says not null', () => {
    const f = extract(
      fence(
        'go',
        `type AuditEntry struct {
	ID      uint64          \`gorm:"primaryKey"\`
	Changes []byte          \`gorm:"type:jsonb"\`
	Payload json.RawMessage \`gorm:"type:jsonb;not null"\`
	Note    string
}`,
      ),
    );
    const by = fieldsOf(entity(f, 'AuditEntry'));
    expect(by.Changes!.nullable).toBe(true);
    expect(by.Payload!.nullable).toBe(false);
    expect(by.Note!.nullable).toBe(false);
  });
});
