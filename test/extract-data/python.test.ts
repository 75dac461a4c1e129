import { describe, expect, it } from 'vitest';
import { entity, extract, fence, fieldsOf, names } from './code-fences.js';

describe('Python: SQLAlchemy', () => {
  it('1.x Column models: table, types, keys, nullability by the Column default, stated foreign keys', () => {
    const f = extract(
      fence(
        'python',
        `Base = declarative_base()

class User(Base):
    __tablename__ = "users"
    id = Column(Integer, primary_key=True)
    email = Column(String(255), unique=True, nullable=False)
    bio = Column(Text)
    created_at = Column(DateTime(timezone=True), server_default=func.now())

class Post(Base):
    __tablename__ = "posts"
    id = Column(Integer, primary_key=True)
    owner_id = Column(ForeignKey("users.id", ondelete="CASCADE"), nullable=False)
    title = Column(String(length=200))  # required
    price = Column(Numeric(10, 2), default=0)
    owner = relationship("User", back_populates="posts")`,
      ),
    );
    expect(names(f)).toEqual(['User', 'Post']);
    const user = fieldsOf(entity(f, 'User'));
    expect(entity(f, 'User')!.table).toBe('users');
    expect(user.id).toMatchObject({
      primaryKey: true,
      nullable: false,
      type: { scalar: 'integer', generated: true },
    });
    expect(user.email).toMatchObject({
      unique: true,
      nullable: false,
      type: { scalar: 'string', length: 255 },
    });
    // SQLAlchemy: a Column without nullable=False admits NULL.
    expect(user.bio).toMatchObject({ nullable: true, type: { scalar: 'text' } });
    expect(user.created_at).toMatchObject({ default: 'now()', type: { scalar: 'datetime' } });
    const post = fieldsOf(entity(f, 'Post'));
    expect(Object.keys(post)).toEqual(['id', 'owner_id', 'title', 'price']);
    expect(post.owner_id).toMatchObject({
      nullable: false,
      references: { entity: 'users', field: 'id', onDelete: 'cascade' },
      type: { raw: 'reference' },
    });
    expect(post.title!.type.length).toBe(200);
    expect(post.price).toMatchObject({ default: '0', type: { scalar: 'decimal', precision: 10, scale: 2 } });
  });

  it('2.0 Mapped models: Optional and `| None` are nullable, relationship() is no column', () => {
    const f = extract(
      fence(
        'py',
        `class Base(DeclarativeBase):
    pass

class Status(str, enum.Enum):
    HELD = "held"
    DONE = "done"

class Order(Base):
    __tablename__ = "orders"
    __table_args__ = (UniqueConstraint("customer_id", "number"),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"))
    number: Mapped[str] = mapped_column(String(20))
    note: Mapped[Optional[str]]
    shipped_at: Mapped[datetime | None] = mapped_column(
        DateTime(timezone=True),
    )
    status: Mapped[Status] = mapped_column(Enum(Status), default="held")
    items: Mapped[List["OrderItem"]] = relationship(back_populates="order")
    customer: Mapped["Customer"] = relationship()`,
      ),
    );
    expect(names(f)).toEqual(['Order']);
    expect(f.enums).toEqual([expect.objectContaining({ name: 'Status', values: ['held', 'done'] })]);
    const e = entity(f, 'Order')!;
    expect(e.uniques).toEqual([['customer_id', 'number']]);
    const by = fieldsOf(e);
    expect(Object.keys(by)).toEqual(['id', 'customer_id', 'number', 'note', 'shipped_at', 'status']);
    expect(by.id).toMatchObject({ primaryKey: true, type: { scalar: 'uuid' } });
    expect(by.customer_id).toMatchObject({
      nullable: false,
      references: { entity: 'customers', field: 'id' },
    });
    expect(by.number).toMatchObject({ nullable: false, type: { length: 20 } });
    expect(by.note).toMatchObject({ nullable: true, type: { scalar: 'string' } });
    expect(by.shipped_at).toMatchObject({ nullable: true, type: { scalar: 'datetime' } });
    expect(by.status).toMatchObject({ enumName: 'Status', default: "'held'" });
  });
});

describe('Python: Django', () => {
  it('model fields, ForeignKey columns, Meta.db_table, choices and NOT NULL by default', () => {
    const f = extract(
      fence(
        'python',
        `class Status(models.TextChoices):
    DRAFT = "draft", "Draft"
    LIVE = "live", "Live"

class Article(models.Model):
    title = models.CharField(max_length=120, unique=True)
    body = models.TextField(blank=True, null=True)
    author = models.ForeignKey(User, on_delete=models.CASCADE, related_name="articles")
    editor = models.ForeignKey("accounts.Editor", null=True, on_delete=models.SET_NULL)
    parent = models.ForeignKey("self", null=True, on_delete=models.PROTECT)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.DRAFT)
    views = models.PositiveIntegerField(default=0)
    price = models.DecimalField(max_digits=8, decimal_places=2)
    published_at = models.DateTimeField(auto_now_add=True)
    tags = models.ManyToManyField(Tag)

    class Meta:
        db_table = "blog_articles"
        ordering = ["-published_at"]

    def __str__(self):
        return self.title`,
      ),
    );
    expect(names(f)).toEqual(['Article']);
    expect(f.enums?.[0]).toMatchObject({ name: 'Status', values: ['draft', 'live'] });
    const e = entity(f, 'Article')!;
    expect(e.table).toBe('blog_articles');
    const by = fieldsOf(e);
    expect(Object.keys(by)).toEqual([
      'id',
      'title',
      'body',
      'author_id',
      'editor_id',
      'parent_id',
      'status',
      'views',
      'price',
      'published_at',
    ]);
    expect(by.title).toMatchObject({
      unique: true,
      nullable: false,
      type: { scalar: 'string', length: 120 },
    });
    expect(by.body).toMatchObject({ nullable: true, type: { scalar: 'text' } });
    expect(by.author_id).toMatchObject({
      nullable: false,
      references: { entity: 'User', field: 'id', onDelete: 'cascade' },
    });
    expect(by.editor_id).toMatchObject({
      nullable: true,
      references: { entity: 'Editor', onDelete: 'set null' },
    });
    expect(by.parent_id!.references).toMatchObject({ entity: 'Article', onDelete: 'restrict' });
    expect(by.status).toMatchObject({ enumName: 'Status', type: { scalar: 'enum' } });
    expect(by.views).toMatchObject({ default: '0', check: 'views >= 0' });
    expect(by.price!.type).toMatchObject({ scalar: 'decimal', precision: 8, scale: 2 });
    expect(by.published_at!.default).toBe('now()');
  });

  it('choices lists, validators, Meta constraints and unique_together, many-to-many fields', () => {
    // An English trial (a Django volunteer-shift project): `choices=STATUS` lists, `validators`,
    // `Meta.constraints` with `fields=[...]`, `unique_together` and a ManyToManyField were lost.
    const f = extract(
      fence(
        'python',
        `KIND_CHOICES = {"sorting": "Sorting", "driver": "Driver"}

class Shift(models.Model):
    STATUS = [("draft", "Draft"), ("published", "Published"),
              ("cancelled", "Cancelled")]
    site = models.ForeignKey(Site, on_delete=models.PROTECT)
    kind = models.CharField(max_length=20, choices=KIND_CHOICES)
    status = models.CharField(max_length=12, choices=STATUS, default="draft")
    capacity = models.PositiveSmallIntegerField(validators=[MinValueValidator(1), MaxValueValidator(40)])
    name = models.CharField(max_length=80)
    volunteers = models.ManyToManyField("people.Volunteer", through="Booking")
    tags = models.ManyToManyField(Tag, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["site", "name"], name="uniq_shift_name"),
        ]

class Booking(models.Model):
    shift = models.ForeignKey(Shift, on_delete=models.CASCADE)
    volunteer = models.ForeignKey(Volunteer, on_delete=models.CASCADE)

    class Meta:
        unique_together = [("shift", "volunteer")]`,
      ),
    );
    const shift = fieldsOf(entity(f, 'Shift'));
    expect(shift.status).toMatchObject({
      type: { scalar: 'enum' },
      enumValues: ['draft', 'published', 'cancelled'],
    });
    expect(shift.kind).toMatchObject({ type: { scalar: 'enum' }, enumValues: ['sorting', 'driver'] });
    expect(shift.capacity!.check).toBe('capacity >= 1 AND capacity <= 40');
    expect(entity(f, 'Shift')!.uniques).toEqual([['site_id', 'name']]);
    expect(entity(f, 'Booking')!.uniques).toEqual([['shift_id', 'volunteer_id']]);
    expect(f.relationships?.map((r) => [r.from, r.to, r.kind, r.through ?? null, r.label])).toEqual([
      ['Shift', 'Volunteer', 'many-to-many', 'Booking', 'volunteers'],
      ['Shift', 'Tag', 'many-to-many', null, 'tags'],
    ]);
  });

  it('nested choices classes, IntegerChoices, conditional and single-field constraints, Meta indexes', () => {
    // A German trial (a library's e-book lending): nested `class Status(models.TextChoices)` in two
    // models were lost (no enums), `IntegerChoices` became text, a `UniqueConstraint(condition=Q(...))`
    // became a unique over the whole table, and `CheckConstraint`, `Meta.indexes` and `db_index` vanished.
    const f = extract(
      fence(
        'python',
        `class Loan(models.Model):
    class Status(models.TextChoices):
        ACTIVE = "active", "Active"
        RETURNED = "returned", "Returned"

    reader = models.ForeignKey(Reader, on_delete=models.CASCADE)
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.ACTIVE)
    due_at = models.DateTimeField(db_index=True)

    class Meta:
        indexes = [models.Index(fields=["status", "-due_at"], name="loan_due"), GinIndex(fields=["reader"])]


class Hold(models.Model):
    class Status(models.TextChoices):
        WAITING = "waiting", "Waiting"
        CANCELLED = "cancelled", "Cancelled"

    class Priority(models.IntegerChoices):
        LOW = 0, "Low"
        HIGH = 1, "High"

    reader = models.ForeignKey(Reader, on_delete=models.CASCADE)
    title = models.ForeignKey(Title, on_delete=models.CASCADE)
    code = models.CharField(max_length=8)
    copies = models.PositiveSmallIntegerField(default=1)
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.WAITING)
    priority = models.IntegerField(choices=Priority.choices, default=Priority.HIGH)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["reader", "title"],
                condition=Q(status__in=["waiting"]) & ~Q(copies=0),
                name="one_open_hold",
            ),
            models.UniqueConstraint(fields=["code"], name="hold_code"),
            models.CheckConstraint(check=Q(copies__gte=1) | Q(status="cancelled"), name="copies_min_1"),
            models.UniqueConstraint(fields=["title"], condition=Q(reader__name="x"), name="unreadable"),
        ]`,
      ),
    );
    expect(names(f)).toEqual(['Loan', 'Hold']);
    expect(f.enums?.map((e) => [e.name, e.values])).toEqual([
      ['LoanStatus', ['active', 'returned']],
      ['HoldStatus', ['waiting', 'cancelled']],
    ]);
    const loan = fieldsOf(entity(f, 'Loan'));
    expect(loan.status).toMatchObject({
      enumName: 'LoanStatus',
      default: "'active'",
      type: { scalar: 'enum' },
    });
    const hold = entity(f, 'Hold')!;
    const by = fieldsOf(hold);
    expect(by.status).toMatchObject({ enumName: 'HoldStatus', default: "'waiting'" });
    expect(by.priority).toMatchObject({
      type: { scalar: 'integer' },
      default: '1',
      check: 'priority IN (0, 1)',
    });
    expect(by.priority!.enumName).toBeUndefined();
    expect(by.code!.unique).toBe(true);
    // A conditional unique is a partial unique index; the one whose Q crosses a relation is not stated wider.
    expect(hold.uniques).toEqual([]);
    expect(hold.checks.map((c) => [c.name, c.expression, c.sql])).toEqual([
      ['copies_min_1', "copies >= 1 OR status = 'cancelled'", true],
    ]);
    expect(
      f.indexes?.map((i) => [
        i.entity,
        i.columns,
        i.unique,
        i.name ?? null,
        i.method ?? null,
        i.where ?? null,
      ]),
    ).toEqual([
      ['Loan', ['status', 'due_at'], false, 'loan_due', null, null],
      ['Loan', ['reader_id'], false, null, 'gin', null],
      ['Loan', ['due_at'], false, null, null, null],
      [
        'Hold',
        ['reader_id', 'title_id'],
        true,
        'one_open_hold',
        null,
        "status IN ('waiting') AND NOT (copies = 0)",
      ],
    ]);
  });

  it('abstract models and mixins lend their fields and are no tables', () => {
    const f = extract(
      fence(
        'python',
        `class TimeStamped(models.Model):
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        abstract = True

class Note(TimeStamped):
    text = models.TextField()`,
      ),
    );
    expect(names(f)).toEqual(['Note']);
    expect(Object.keys(fieldsOf(entity(f, 'Note')))).toEqual(['id', 'created', 'text']);
  });
});

describe('Python: SQLModel, dataclasses, Pydantic', () => {
  it('SQLModel table=True classes are tables; their API shapes are not', () => {
    const f = extract(
      fence(
        'python',
        `class HeroBase(SQLModel):
    name: str = Field(index=True, max_length=80)
    age: int | None = Field(default=None, ge=0)

class Hero(HeroBase, table=True):
    id: int | None = Field(default=None, primary_key=True)
    team_id: int | None = Field(default=None, foreign_key="team.id")
    team: Team | None = Relationship(back_populates="heroes")

class HeroCreate(HeroBase):
    secret_name: str

class HeroPublic(HeroBase):
    id: int`,
      ),
    );
    expect(names(f)).toEqual(['Hero']);
    const by = fieldsOf(entity(f, 'Hero'));
    expect(Object.keys(by)).toEqual(['name', 'age', 'id', 'team_id']);
    expect(by.id).toMatchObject({ primaryKey: true, nullable: false, type: { generated: true } });
    expect(by.team_id).toMatchObject({ nullable: true, references: { entity: 'team', field: 'id' } });
    expect(by.name).toMatchObject({ nullable: false, type: { length: 80 } });
    expect(by.age).toMatchObject({ nullable: true, check: 'age >= 0' });
  });

  it('dataclasses and Pydantic models beside no ORM are the data model; contract names are not', () => {
    const f = extract(
      fence(
        'python',
        `@dataclass
class Invoice:
    id: UUID
    customer_email: EmailStr
    total: Decimal  # >= 0
    paid_at: Optional[datetime] = None
    lines: list["InvoiceLine"] = field(default_factory=list)

class Customer(BaseModel):
    id: int
    name: str = Field(max_length=100)
    status: Literal["a", "b"] = "a"

class CustomerCreate(BaseModel):
    name: str

class InvoiceResponse(BaseModel):
    id: UUID

class AppSettings(BaseSettings):
    database_url: str`,
      ),
    );
    expect(names(f)).toEqual(['Invoice', 'Customer']);
    const inv = fieldsOf(entity(f, 'Invoice'));
    expect(Object.keys(inv)).toEqual(['id', 'customer_email', 'total', 'paid_at']);
    expect(inv.customer_email!.type.scalar).toBe('email');
    expect(inv.total).toMatchObject({ nullable: false, check: 'total >= 0' });
    expect(inv.paid_at!.nullable).toBe(true);
    expect(fieldsOf(entity(f, 'Customer')).name!.type.length).toBe(100);
    expect(fieldsOf(entity(f, 'Customer')).status).toMatchObject({ enumValues: ['a', 'b'], default: "'a'" });
  });

  it('beside an ORM model, Pydantic classes are the API shapes, never entities', () => {
    const f = extract(
      `${fence('python', 'class User(Base):\n    __tablename__ = "users"\n    id = Column(Integer, primary_key=True)')}\n${fence(
        'python',
        'class User(BaseModel):\n    id: int\n    email: str\n\nclass Token(BaseModel):\n    access_token: str',
      )}`,
    );
    expect(names(f)).toEqual(['User']);
    expect(Object.keys(fieldsOf(entity(f, 'User')))).toEqual(['id']);
  });

  it('service classes, settings and functions are not read', () => {
    const f = extract(
      fence(
        'python',
        `class CacheManager:
    def __init__(self):
        self.store = {}

class Settings(BaseSettings):
    database_url: str

    class Config:
        env_file = ".env"

async def handle(db, event: dict[str, Any]) -> None:
    """Handle the event."""
    x: int = 1`,
      ),
    );
    expect(f.entities).toBeUndefined();
    expect(f.enums).toBeUndefined();
  });
});
