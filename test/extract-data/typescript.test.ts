import { describe, expect, it } from 'vitest';
import { typescriptExtractor } from '../../src/extract/typescript.js';
import { docFrom, run } from './corpus-helpers.js';

const ts = (code: string, before = '## Model') => `${before}\n\n\`\`\`typescript\n${code}\n\`\`\`\n`;

describe('typescript interfaces and types', () => {
  it('reads fields, optionality, null unions, literal unions, arrays and constraint comments', () => {
    const doc = docFrom(
      'm.md',
      ts(`interface User {
  id: string; // UUID, primary key
  email: string; // unique, max 255
  /** Display name */
  name?: string;
  role: 'admin' | 'member';
  teamId: string | null;
  tags: string[];
  loginCount: number;
  status: Status; // default: 'active'
  createdAt: Date;
}

interface Team { id: string; name: string }

type Status = 'active' | 'suspended';

interface CreateUserRequest { email: string }

interface UserService { find(id: string): User }`),
    );
    const { domain, diagnostics } = run([doc], [typescriptExtractor]);
    expect(diagnostics).toEqual([]);
    expect(domain.entities.map((e) => e.name)).toEqual(['User', 'Team']);
    const f = Object.fromEntries(domain.entities[0]!.fields.map((x) => [x.name, x]));
    expect(f.id).toMatchObject({ primaryKey: true, nullable: false, type: { scalar: 'uuid' } });
    expect(f.email).toMatchObject({ unique: true, nullable: false, type: { scalar: 'string', length: 255 } });
    expect(f.name).toMatchObject({ nullable: true, description: 'Display name' });
    expect(f.role).toMatchObject({ type: { scalar: 'enum' }, enumValues: ['admin', 'member'] });
    expect(f.teamId).toMatchObject({ nullable: true, references: { entity: 'Team', field: 'id' } });
    expect(f.tags!.type).toMatchObject({ scalar: 'array', items: 'string' });
    expect(f.loginCount!.type.scalar).toBe('integer');
    expect(f.status).toMatchObject({
      enumName: 'Status',
      enumValues: ['active', 'suspended'],
      default: "'active'",
    });
    expect(f.createdAt!.type.scalar).toBe('datetime');
    expect(f.email!.origin).toMatchObject({ file: 'm.md', line: 6 });
    expect(domain.enums).toEqual([
      expect.objectContaining({ name: 'Status', values: ['active', 'suspended'] }),
    ]);
  });

  it('reports a syntax error with its line and keeps the declarations that parsed', () => {
    const doc = docFrom(
      'bad.md',
      ts(
        `interface Task {\n  title: string;\n  done: boolean;\n}\n\ninterface Broken {\n  a: string\n  b: = ;\n}`,
      ),
    );
    const { domain, diagnostics } = run([doc], [typescriptExtractor]);
    expect(domain.entities.map((e) => e.name)).toContain('Task');
    expect(diagnostics[0]).toMatchObject({ code: 'extract/syntax-error', at: { file: 'bad.md', line: 11 } });
  });

  it('reads an anonymous document shape only when its caption names a stored document', () => {
    const shape = `{\n  orderId: string,  // Primary identifier\n  total: number,\n}`;
    const stored = run(
      [docFrom('a.md', ts(shape, '**Order MongoDB Document Shape:**'))],
      [typescriptExtractor],
    );
    expect(stored.domain.entities.map((e) => [e.name, e.fields.map((f) => f.name)])).toEqual([
      ['Order', ['orderId', 'total']],
    ]);
    expect(stored.domain.entities[0]!.fields[0]!.primaryKey).toBe(true);
    const api = run([docFrom('b.md', ts(shape, '**Order API Response Shape:**'))], [typescriptExtractor]);
    expect(api.domain.entities).toEqual([]);
  });

  it('reads ORM entity classes and skips service classes', () => {
    const doc = docFrom(
      'c.md',
      ts(`@Entity()
class Invoice {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ unique: true }) number: string;
  @Column({ nullable: true, default: 0 }) discount?: number;
  total(): number { return 0; }
}

class BillingService {
  private baseUrl = 'x';
  async charge(): Promise<void> {}
}`),
    );
    const { domain } = run([doc], [typescriptExtractor]);
    expect(domain.entities.map((e) => e.name)).toEqual(['Invoice']);
    const f = Object.fromEntries(domain.entities[0]!.fields.map((x) => [x.name, x]));
    expect(f.id).toMatchObject({ primaryKey: true, type: { scalar: 'uuid' } });
    expect(f.number!.unique).toBe(true);
    expect(f.discount).toMatchObject({ nullable: true, default: '0' });
  });

  it("reads a TypeORM column's enum list as the field's values, however the property is typed", () => {
    const doc = docFrom(
      'e.md',
      ts(`@Entity('pedidos')
export class Pedido {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({
    type: 'enum',
    enum: ['aguardando_pagamento', 'confirmado', "cancelado"],
    default: 'aguardando_pagamento',
  })
  status: string;
  @Column({ length: 10 }) unidade: string;
}`),
    );
    const { domain } = run([doc], [typescriptExtractor]);
    const f = Object.fromEntries(domain.entities[0]!.fields.map((x) => [x.name, x]));
    expect(f.status).toMatchObject({
      type: { scalar: 'enum' },
      enumValues: ['aguardando_pagamento', 'confirmado', 'cancelado'],
      default: "'aguardando_pagamento'",
    });
    expect(f.unidade!.type.scalar).toBe('string');
  });

  it('turns a list of another entity into a relationship, not a column', () => {
    const doc = docFrom(
      'r.md',
      ts(
        'interface Author {\n  id: string;\n  posts: Post[];\n  tags: string[];\n}\n\ninterface Post {\n  id: string;\n  author: Author;\n}',
      ),
    );
    const { domain } = run([doc], [typescriptExtractor]);
    expect(domain.entities[0]!.fields.map((f) => f.name)).toEqual(['id', 'tags']);
    expect(domain.entities[1]!.fields[1]!.references).toEqual({ entity: 'Author', field: 'id' });
    expect(domain.relationships.map((r) => [r.from, r.kind, r.to])).toEqual([
      ['Author', 'one-to-many', 'Post'],
    ]);
  });
});
