import { describe, expect, it } from 'vitest';
import { entity, extract, fence, fieldsOf, names } from './code-fences.js';

describe('Kotlin data models', () => {
  const f = extract(
    fence(
      'kotlin',
      `enum class ToolStatus { AVAILABLE, ON_LOAN, IN_REPAIR, RETIRED }

data class Tool(
    val id: UUID,
    val branchId: UUID,
    val name: String,          // max 120 chars
    val status: ToolStatus = ToolStatus.AVAILABLE,
    val depositCents: Int,     // >= 0
    val serial: String,        // unique
    var note: String? = null,
    val createdAt: Instant,
    val tags: List<String>,
    val loans: List<Loan>,
)`,
    ),
  );

  it('reads constructor parameters across lines with their trailing comments', () => {
    expect(names(f)).toEqual(['Tool']);
    const by = fieldsOf(entity(f, 'Tool'));
    expect(Object.keys(by)).toEqual([
      'id',
      'branchId',
      'name',
      'status',
      'depositCents',
      'serial',
      'note',
      'createdAt',
      'tags',
    ]);
    expect(by.id!.type.scalar).toBe('uuid');
    expect(by.name).toMatchObject({ nullable: false, type: { scalar: 'string', length: 120 } });
    expect(by.depositCents).toMatchObject({ type: { scalar: 'integer' }, check: 'depositCents >= 0' });
    expect(by.serial!.unique).toBe(true);
    expect(by.note!.nullable).toBe(true);
    expect(by.note!.default).toBeUndefined();
    expect(by.createdAt!.type.scalar).toBe('datetime');
    expect(by.tags!.type).toMatchObject({ scalar: 'array', items: 'string' });
    // Each field cites its own line, not the next one's.
    expect(by.id!.origin).toMatchObject({ line: 7 });
    expect(by.name!.origin).toMatchObject({ line: 9 });
  });

  it('reads enum classes and types a field by them', () => {
    expect(f.enums).toEqual([
      expect.objectContaining({
        name: 'ToolStatus',
        values: ['AVAILABLE', 'ON_LOAN', 'IN_REPAIR', 'RETIRED'],
      }),
    ]);
    const by = fieldsOf(entity(f, 'Tool'));
    expect(by.status).toMatchObject({ enumName: 'ToolStatus', default: "'AVAILABLE'" });
  });

  it('leaves an `id` without @Id to derive (no key stated by the notation)', () => {
    expect(fieldsOf(entity(f, 'Tool')).id!.primaryKey).toBe(false);
  });

  it('reads JPA annotations on Kotlin classes: @Entity, @Table, @Id, @Column, @JoinColumn', () => {
    const g = extract(
      fence(
        'kt',
        `@Entity
@Table(name = "library_members")
class Member(
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY)
    val id: Long = 0,
    @Column(unique = true, length = 120, nullable = false)
    val email: String,
    @field:Size(max = 60) val nickname: String?,
    @ManyToOne @JoinColumn(name = "branch_id")
    val branch: Branch,
    @OneToMany(mappedBy = "member")
    val loans: MutableList<Loan> = mutableListOf(),
)`,
      ),
    );
    const e = entity(g, 'Member');
    expect(e).toMatchObject({ table: 'library_members', notation: 'class' });
    const by = fieldsOf(e);
    expect(Object.keys(by)).toEqual(['id', 'email', 'nickname', 'branch_id']);
    expect(by.id).toMatchObject({
      primaryKey: true,
      nullable: false,
      type: { scalar: 'bigint', generated: true },
    });
    expect(by.email).toMatchObject({ unique: true, nullable: false, type: { length: 120 } });
    expect(by.nickname).toMatchObject({ nullable: true, type: { length: 60 } });
    expect(by.branch_id!.enumName).toBe('Branch');
  });

  it('reads JPA properties in a class body, with annotations on their own lines', () => {
    const g = extract(
      fence(
        'kotlin',
        `@Entity
class Order {
    @Id
    @GeneratedValue
    var id: Long? = null

    @Column(nullable = false, length = 40)
    lateinit var number: String

    @Enumerated(EnumType.STRING)
    var status: OrderStatus = OrderStatus.NEW

    fun total(): BigDecimal = BigDecimal.ZERO
}`,
      ),
    );
    const by = fieldsOf(entity(g, 'Order'));
    expect(Object.keys(by)).toEqual(['id', 'number', 'status']);
    expect(by.id).toMatchObject({
      primaryKey: true,
      nullable: false,
      type: { scalar: 'bigint', generated: true },
    });
    expect(by.number).toMatchObject({ nullable: false, type: { length: 40 } });
    expect(by.status).toMatchObject({ enumName: 'OrderStatus', default: "'NEW'" });
  });

  it('reads a class body of properties; skips services, request shapes and classes with methods', () => {
    const g = extract(
      fence(
        'kotlin',
        `class Branch {
    val id: UUID = UUID.randomUUID()
    var name: String = ""
    val openedOn: LocalDate? = null
}

class ToolService(private val repo: ToolRepository) {
    fun reserve(id: UUID): Reservation = TODO()
}

data class CreateToolRequest(val name: String, val branchId: UUID)

class Clock {
    val zone: String = "UTC"
    fun now(): Instant = Instant.now()
}

data class ToolRepository(val db: DataSource)`,
      ),
    );
    expect(names(g)).toEqual(['Branch']);
    const by = fieldsOf(entity(g, 'Branch'));
    expect(by.name).toMatchObject({ default: "''", nullable: false });
    expect(by.openedOn).toMatchObject({ nullable: true, type: { scalar: 'date' } });
  });

  it('enum classes with constructor values keep the entry names', () => {
    const g = extract(
      fence(
        'kotlin',
        `enum class Size(val label: String) {
    SMALL("s"),
    LARGE("l");

    fun describe() = label
}`,
      ),
    );
    expect(g.enums?.[0]).toMatchObject({ name: 'Size', values: ['SMALL', 'LARGE'] });
    expect(g.entities).toBeUndefined();
  });
});
