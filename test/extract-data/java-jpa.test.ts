import { describe, expect, it } from 'vitest';
import { readClassCode } from '../../src/extract/data/class-code.js';
import { memoryHost } from '../../src/host.js';
import type { CodeBlock } from '../../src/markdown/blocks.js';
import { compile } from '../../src/pipeline.js';
import { postgresql } from '../../src/render/sql/postgresql.js';
import { renderSchema } from '../../src/render/sql/schema.js';

// Trial 25 (a Hungarian car-service chain on Java 21 + Spring Boot + JPA): the Java reader took only
// the line right above a field for its annotations and ignored `@Table(name = …)`, `@JoinColumn`,
// `@ManyToOne(optional = false)`, `precision`/`scale` and `@GeneratedValue`: tables were named by
// English plurals of Hungarian words ("ugyfeis" for `@Table(name = "ugyfelek")`), required references
// were nullable with ON DELETE SET NULL, `BigDecimal` amounts lost their precision, and the class
// `Fizetes` (payment) became the entity "Fizete".

const java = (names: Record<string, string>) => `\`\`\`java
@Entity
@Table(name = "${names.ownerTable}")
public class ${names.Owner} {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 100)
    private String ${names.name};
}

@Entity
@Table(name = "${names.payTable}")
public class ${names.Pay} {
    @Id
    @GeneratedValue(strategy = GenerationType.UUID)
    private UUID id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "${names.ownerColumn}")
    private ${names.Owner} ${names.owner};

    @Column(nullable = false, precision = 12, scale = 2)
    private BigDecimal ${names.amount};

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private ${names.Pay}Status status;
}
\`\`\``;

const CASES: [string, Record<string, string>][] = [
  [
    'en',
    {
      Owner: 'Customer',
      owner: 'customer',
      ownerTable: 'clients',
      ownerColumn: 'client_ref',
      name: 'fullName',
      Pay: 'Payment',
      payTable: 'card_payments',
      amount: 'amount',
    },
  ],
  [
    'hu',
    {
      Owner: 'Ugyfel',
      owner: 'ugyfel',
      ownerTable: 'ugyfelek',
      ownerColumn: 'ugyfel_id',
      name: 'nev',
      Pay: 'Fizetes',
      payTable: 'fizetesek',
      amount: 'osszeg',
    },
  ],
];

describe('JPA entity classes in Java', { timeout: 60_000 }, () => {
  it.each(CASES)(
    '%s: tables, join columns, required references, precision and class names as stated',
    async (_l, n) => {
      const host = memoryHost({
        '/p/docs/prd.md': '# PRD\n\n- FR-1: Customers pay their invoices by card.\n',
        '/p/docs/architecture.md': `# Architecture\n\nPostgreSQL 16, Spring Boot 3, Hibernate.\n\n## Data model\n\n${java(n)}\n`,
      });
      const spec = (await compile({ root: '/p', verify: { skip: true } }, host)).spec!;
      const owner = spec.entities.find((e) => e.table === n.ownerTable);
      const pay = spec.entities.find((e) => e.table === n.payTable);
      expect(owner?.name).toBe(n.Owner);
      expect(pay?.name).toBe(n.Pay);
      const ref = pay!.fields.find((f) => f.column === n.ownerColumn);
      expect(ref?.nullable).toBe(false);
      expect(ref?.references?.onDelete).not.toBe('set null');
      const amount = pay!.fields.find((f) => f.name === n.amount);
      expect([amount?.type.precision, amount?.type.scale]).toEqual([12, 2]);
      const id = owner!.fields.find((f) => f.column === 'id');
      expect(id?.type.generated).toBe(true);
      expect(renderSchema(postgresql, spec)).toMatch(/numeric\(12, ?2\)/);
    },
  );
});

// The Slovak trial (a ski school) lost its audit entry's `Map<String, Object> detail` column: a
// generic type written with a space after its comma was no field at all. A JSON column stated by
// `@JdbcTypeCode(SqlTypes.JSON)` (Hibernate 6) or `columnDefinition = "jsonb"` is JSON, whatever
// its Java type. Fixture: a warehouse's stock movement.
describe('JSON columns of JPA entities', () => {
  const block = (content: string) =>
    ({
      kind: 'code',
      lang: 'java',
      content,
      contentLine: 2,
      line: 1,
      headingPath: [],
    }) as unknown as CodeBlock;
  it('reads a generic Map field and the JSON column annotations', () => {
    const [e] = readClassCode(
      block(`@Entity
@Table(name = "stock_movement")
public class StockMovement {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb", nullable = false)
    private Map<String, Object> attributes;

    private Map<String, Integer> countsPerBin;

    @Column(name = "raw_payload", columnDefinition = "jsonb")
    private String rawPayload;

    @Column(nullable = false, length = 40)
    private String reference;
}`),
      'docs/architecture.md',
    );
    const field = (n: string) => e!.fields.find((f) => f.name === n);
    expect(e!.fields.map((f) => f.name)).toEqual([
      'id',
      'attributes',
      'countsPerBin',
      'raw_payload',
      'reference',
    ]);
    expect(field('attributes')?.type.scalar).toBe('json');
    expect(field('attributes')?.nullable).toBe(false);
    expect(field('countsPerBin')?.type.scalar).toBe('json');
    expect(field('raw_payload')?.type.scalar).toBe('json');
    expect(field('reference')?.type.scalar).toBe('string');
  });
});
