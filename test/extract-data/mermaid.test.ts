import { describe, expect, it } from 'vitest';
import { mermaidExtractor } from '../../src/extract/mermaid.js';
import { docFrom, run } from './corpus-helpers.js';

const er = (body: string) => `# Model\n\n\`\`\`mermaid\nerDiagram\n${body}\n\`\`\`\n`;

describe('mermaid erDiagram', () => {
  it('reads attributes with keys and comments, aliases and every cardinality marker', () => {
    const doc = docFrom(
      'er.md',
      er(`    CUSTOMER ||--o{ ORDER : places
    ORDER ||--|{ LINE-ITEM : "contains"
    CUSTOMER }|..|{ DELIVERY-ADDRESS : uses
    p[Person] |o--|| CUSTOMER : "is"
    ORDER }o--|| CUSTOMER : "billed to"
    CUSTOMER {
        uuid id PK
        string email UK "unique login"
        string name
    }
    ORDER {
        int id PK
        uuid customer_id FK
        decimal total "required"
    }
    LINE-ITEM {
        int order_id PK, FK
        string sku PK
    }
    DELIVERY-ADDRESS {
    }
    p {
        string fullName
    }`),
    );
    const { domain, diagnostics } = run([doc], [mermaidExtractor]);
    expect(diagnostics).toEqual([]);
    expect(domain.entities.map((e) => e.name).sort()).toEqual([
      'Customer',
      'DeliveryAddress',
      'LineItem',
      'Order',
      'Person',
    ]);
    const customer = domain.entities.find((e) => e.name === 'Customer')!;
    expect(customer.fields.map((f) => [f.name, f.type.scalar, f.primaryKey, f.unique])).toEqual([
      ['id', 'uuid', true, false],
      ['email', 'string', false, true],
      ['name', 'string', false, false],
    ]);
    const order = domain.entities.find((e) => e.name === 'Order')!;
    expect(order.fields[1]!.references).toEqual({ entity: 'Customer', field: 'id' });
    expect(order.fields[2]!.nullable).toBe(false);
    const item = domain.entities.find((e) => e.name === 'LineItem')!;
    expect(item.fields[0]).toMatchObject({ nullable: false, references: { entity: 'Order' } });
    expect(item.primaryKey).toEqual(['order_id', 'sku']);
    const rel = (from: string, to: string) =>
      domain.relationships
        .filter((r) => r.from === from && r.to === to)
        .map((r) => [r.kind, r.label, r.required]);
    expect(rel('Customer', 'Order')).toEqual([['one-to-many', 'places', false]]);
    expect(rel('Order', 'LineItem')).toEqual([['one-to-many', 'contains', true]]);
    expect(rel('Customer', 'DeliveryAddress')).toEqual([['many-to-many', 'uses', true]]);
    expect(rel('Person', 'Customer')).toEqual([['one-to-one', 'is', true]]);
    // `ORDER }o--|| CUSTOMER` is normalised to Customer one-to-many Order and de-duplicated.
    expect(domain.relationships.filter((r) => r.from === 'Customer' && r.to === 'Order')).toHaveLength(1);
  });

  it('reports a line it cannot read with its file line and reads the rest', () => {
    const doc = docFrom(
      'bad.md',
      er(
        `    A ||--o{ B : has\n    A <=> B\n    B {\n        string name\n        this is not an attribute line at all\n    }`,
      ),
    );
    const { domain, diagnostics } = run([doc], [mermaidExtractor]);
    expect(diagnostics.map((d) => [d.code, d.at?.line])).toEqual([
      ['extract/syntax-error', 6],
      ['extract/syntax-error', 9],
    ]);
    expect(domain.entities.find((e) => e.name === 'B')!.fields.map((f) => f.name)).toEqual(['name']);
    expect(domain.relationships).toHaveLength(1);
  });

  it('ignores other mermaid diagrams', () => {
    const doc = docFrom('flow.md', '```mermaid\nflowchart TD\n  A --> B\n```\n');
    expect(run([doc], [mermaidExtractor]).domain.entities).toEqual([]);
  });
});

describe('mermaid classDiagram as a domain model', () => {
  it('reads attributes and associations, not methods or inheritance', () => {
    const doc = docFrom(
      'c.md',
      '```mermaid\nclassDiagram\n  class Customer {\n    +UUID id\n    +String email\n    +placeOrder() Order\n  }\n  class Order {\n    +total: decimal\n    +note: string?\n  }\n  Customer "1" --> "*" Order : places\n  Person <|-- Customer\n  Order : +Date createdAt\n```\n',
    );
    const { domain } = run([doc], [mermaidExtractor]);
    expect(domain.entities.map((e) => [e.name, e.fields.map((f) => `${f.name}:${f.type.scalar}`)])).toEqual([
      ['Customer', ['id:uuid', 'email:string']],
      ['Order', ['total:decimal', 'note:string', 'createdAt:datetime']],
    ]);
    expect(domain.entities[1]!.fields[1]!.nullable).toBe(true);
    expect(domain.relationships).toEqual([
      expect.objectContaining({ from: 'Customer', to: 'Order', kind: 'one-to-many', label: 'places' }),
    ]);
  });
});
