import { describe, expect, it } from 'vitest';
import { schemaCodeExtractor } from '../../src/extract/schema-code.js';
import { parseMarkdown } from '../../src/markdown/parse.js';
import { entity, fieldsOf, names } from './code-fences.js';
import { docFrom } from './corpus-helpers.js';

// A Korean BMAD trial (a district sports-facility booking service on Go + Gin + ent, PostgreSQL 16;
// test/korean/projects/dongne) wrote its data model as ent schemas: no reader knew
// `type X struct { ent.Schema }` with `Fields()` / `Edges()` / `Indexes()`, so the spec had no entity,
// no table and "Design the data store the documents leave open" as its next step.
const SCHEMA = `package schema

type Member struct {
	ent.Schema
}

func (Member) Fields() []ent.Field {
	return []ent.Field{
		field.UUID("id", uuid.UUID{}).Default(uuid.New),
		field.String("kakao_sub").Unique().NotEmpty(),
		field.String("nickname").MaxLen(50),
		field.String("phone").Optional().Sensitive(),
		field.Enum("role").Values("resident", "operator").Default("resident"),
		field.Int("no_show_count").Default(0).NonNegative(),
		field.Time("created_at").Default(time.Now).Immutable(),
	}
}

func (Member) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("reservations", Reservation.Type),
		edge.To("managed_courts", Court.Type),
	}
}

// Court has no id field: ent gives it an integer id.
type Court struct {
	ent.Schema
}

func (Court) Fields() []ent.Field {
	return []ent.Field{
		field.String("name"),
	}
}

func (Court) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("managers", Member.Type).Ref("managed_courts"),
		edge.To("reservations", Reservation.Type),
	}
}

type Reservation struct {
	ent.Schema
}

func (Reservation) Fields() []ent.Field {
	return []ent.Field{
		field.UUID("id", uuid.UUID{}).Default(uuid.New),
		field.Time("starts_at"),
		field.Enum("status").
			Values("pending_payment", "confirmed", "cancelled").
			Default("pending_payment"),
	}
}

func (Reservation) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("member", Member.Type).Ref("reservations").Unique().Required(),
		edge.From("court", Court.Type).Ref("reservations").Unique(),
		edge.To("payment", Payment.Type).Unique(),
	}
}

func (Reservation) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("starts_at").Edges("court").Unique(),
	}
}

type Payment struct {
	ent.Schema
}

func (Payment) Fields() []ent.Field {
	return []ent.Field{
		field.String("payment_key").Unique(),
	}
}

func (Payment) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("reservation", Reservation.Type).Ref("payment").Unique().Required(),
	}
}

type Log struct {
	ent.Schema
}

func (Log) Fields() []ent.Field {
	return []ent.Field{
		field.Time("sent_at"),
	}
}

func (Log) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("reservation", Reservation.Type).Unique(),
	}
}`;

const extract = (text: string) => {
  const doc = docFrom('docs/architecture.md', text);
  return schemaCodeExtractor.extract({ doc, md: parseMarkdown(doc), all: [doc] }).fragment;
};
const f = extract(`# 데이터 모델\n\n\`\`\`go\n${SCHEMA}\n\`\`\`\n`);

describe('ent (entgo.io) schemas', () => {
  it('each struct embedding ent.Schema is an entity, with the fields of Fields()', () => {
    expect(names(f)).toEqual(['Member', 'Court', 'Reservation', 'Payment', 'Log', 'MemberManagedCourt']);
    const m = fieldsOf(entity(f, 'Member'));
    expect(m.id).toMatchObject({ type: { scalar: 'uuid' }, primaryKey: true, default: 'gen_random_uuid()' });
    expect(m.kakao_sub).toMatchObject({ unique: true, nullable: false, check: "kakao_sub <> ''" });
    expect(m.nickname!.type).toMatchObject({ scalar: 'string', length: 50 });
    expect(m.phone!.nullable).toBe(true);
    expect(m.role).toMatchObject({
      type: { scalar: 'enum' },
      enumValues: ['resident', 'operator'],
      default: "'resident'",
    });
    // ent's field.Int is Go's int: bigint on PostgreSQL.
    expect(m.no_show_count).toMatchObject({
      type: { scalar: 'bigint' },
      default: '0',
      check: 'no_show_count >= 0',
    });
    expect(m.created_at).toMatchObject({ type: { scalar: 'datetime' }, default: 'now()' });
    expect(m.nickname!.origin).toMatchObject({ line: 14, quote: 'field.String("nickname").MaxLen(50),' });
    // A chain written over several lines.
    expect(fieldsOf(entity(f, 'Reservation')).status!.enumValues).toEqual([
      'pending_payment',
      'confirmed',
      'cancelled',
    ]);
  });

  it("a schema without an id field gets ent's integer auto-increment id", () => {
    expect(fieldsOf(entity(f, 'Court')).id).toMatchObject({
      type: { scalar: 'bigint', generated: true },
      primaryKey: true,
    });
  });

  it('edges: the unique side holds the key, of the type of the target id; a To edge and its inverse, neither unique, are a many-to-many', () => {
    const r = fieldsOf(entity(f, 'Reservation'));
    expect(r.member_id).toMatchObject({
      type: { scalar: 'uuid' },
      nullable: false,
      references: { entity: 'Member', field: 'id' },
    });
    expect(r.court_id).toMatchObject({
      type: { scalar: 'bigint' },
      nullable: true,
      references: { entity: 'Court', field: 'id' },
    });
    // One-to-one: the inverse is unique too.
    expect(fieldsOf(entity(f, 'Payment')).reservation_id).toMatchObject({ unique: true, nullable: false });
    // A unique To edge without an inverse is ent's many-to-one: the key is not unique.
    expect(fieldsOf(entity(f, 'Log')).reservation_id).toMatchObject({ unique: false, nullable: true });
    const join = entity(f, 'MemberManagedCourt')!;
    expect(join.table).toBe('member_managed_courts');
    expect(join.primaryKey).toEqual(['member_id', 'court_id']);
    expect(f.relationships?.find((x) => x.kind === 'many-to-many')).toMatchObject({
      from: 'Member',
      to: 'Court',
      through: 'MemberManagedCourt',
    });
  });

  it('Indexes(): index.Fields(…).Edges(…).Unique() is a composite unique over the field and the edge key', () => {
    expect(entity(f, 'Reservation')!.uniques).toEqual([['starts_at', 'court_id']]);
    expect(f.indexes?.find((i) => i.entity === 'Reservation')).toMatchObject({
      columns: ['starts_at', 'court_id'],
      unique: true,
    });
  });

  it('near-miss: a plain Go struct is still read by the gorm/struct reader, not as an ent schema', () => {
    const g = extract(
      '# Model\n\n```go\ntype Tool struct {\n\tID   uuid.UUID `gorm:"primaryKey"`\n\tName string\n}\n```\n',
    );
    expect(names(g)).toEqual(['Tool']);
    expect(Object.keys(fieldsOf(entity(g, 'Tool')))).toEqual(['ID', 'Name']);
  });
});
