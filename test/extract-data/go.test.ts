import { describe, expect, it } from 'vitest';
import { entity, extract, fence, fieldsOf, names } from './code-fences.js';

describe('Go structs', () => {
  const f = extract(
    fence(
      'go',
      `type Status string

const (
	StatusOpen   Status = "open"
	StatusClosed Status = "closed"
)

type Account struct {
	ID        uuid.UUID \`gorm:"type:uuid;primaryKey;default:gen_random_uuid()" json:"id"\`
	Email     string    \`gorm:"uniqueIndex;size:255" json:"email" validate:"required,email"\`
	Note      *string   // max 500 chars
	OwnerID   uuid.UUID
	Status    Status    \`gorm:"default:'open'"\`
	Score     int       \`validate:"gte=0"\`
	Plan      string    \`validate:"oneof=free pro"\`
	CreatedAt time.Time
	DeletedAt sql.NullTime
	Tags      []string
	Orders    []Order
	Owner     Owner
	secret    string
}

type Order struct {
	ID    int64  \`db:"id"\`
	Total float64 \`db:"total_amount"\`
}

type Owner struct {
	gorm.Model
	Name string
}`,
    ),
  );

  it('reads fields, tags, pointers, slices and typed-constant enums', () => {
    expect(names(f)).toEqual(['Account', 'Order', 'Owner']);
    expect(f.enums).toEqual([expect.objectContaining({ name: 'Status', values: ['open', 'closed'] })]);
    const by = fieldsOf(entity(f, 'Account'));
    expect(Object.keys(by)).toEqual([
      'ID',
      'Email',
      'Note',
      'OwnerID',
      'Status',
      'Score',
      'Plan',
      'CreatedAt',
      'DeletedAt',
      'Tags',
    ]);
    expect(by.ID).toMatchObject({
      primaryKey: true,
      nullable: false,
      default: 'gen_random_uuid()',
      type: { scalar: 'uuid' },
    });
    expect(by.Email).toMatchObject({ unique: true, nullable: false, type: { scalar: 'email', length: 255 } });
    // A pointer may be nil; a value type cannot hold NULL.
    expect(by.Note).toMatchObject({ nullable: true, type: { length: 500 } });
    expect(by.OwnerID).toMatchObject({ nullable: false, type: { scalar: 'uuid' } });
    expect(by.Status).toMatchObject({ enumName: 'Status', default: "'open'" });
    expect(by.Score!.check).toBe('Score >= 0');
    expect(by.Plan!.enumValues).toEqual(['free', 'pro']);
    expect(by.DeletedAt).toMatchObject({ nullable: true, type: { scalar: 'datetime' } });
    expect(by.Tags!.type).toMatchObject({ scalar: 'array', items: 'string' });
  });

  it('db tags name the column; gorm.Model brings its four documented columns', () => {
    expect(Object.keys(fieldsOf(entity(f, 'Order')))).toEqual(['id', 'total_amount']);
    const owner = fieldsOf(entity(f, 'Owner'));
    expect(Object.keys(owner)).toEqual(['ID', 'CreatedAt', 'UpdatedAt', 'DeletedAt', 'Name']);
    expect(owner.ID).toMatchObject({ primaryKey: true, type: { scalar: 'integer', generated: true } });
    expect(owner.DeletedAt!.nullable).toBe(true);
  });

  it('services, repositories, handlers, configs, requests and structs holding handles are not entities', () => {
    const g = extract(
      fence(
        'golang',
        `type entityRepository struct {
    db dbutil.DB
}

type RepoFactory struct{}

type SomeService struct {
    pool        dbutil.Pool
    repoFactory SomeRepoFactory
}

type Server struct {
	Router *chi.Mux
	DB     *gorm.DB
}

type Worker struct {
	Queue string
	Log   *slog.Logger
}

type AppConfig struct {
	Port int \`env:"PORT"\`
}

type CreateUserRequest struct {
	Email string \`json:"email"\`
}

type cache struct {
	mu    sync.Mutex
	items map[string]string
}

type tagMap string

const (
    tagSelect tagMap = "db"
    tagInsert tagMap = "insert"
)

func (s *SomeService) Do(ctx context.Context) error { return nil }`,
      ),
    );
    expect(g.entities).toBeUndefined();
    // A string type with constants that no model field uses is no enum of the data model.
    expect(g.enums).toBeUndefined();
  });

  it('GORM TableName() states the table', () => {
    const g = extract(
      fence(
        'go',
        `type Invoice struct {
	ID uint \`gorm:"primaryKey"\`
}

func (Invoice) TableName() string {
	return "billing_invoices"
}`,
      ),
    );
    expect(entity(g, 'Invoice')!.table).toBe('billing_invoices');
  });
});
