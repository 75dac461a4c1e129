import { describe, expect, it } from 'vitest';
import { schemaCodeExtractor } from '../../src/extract/schema-code.js';
import { parseMarkdown } from '../../src/markdown/parse.js';
import { docFrom } from './corpus-helpers.js';

const extract = (text: string) => {
  const doc = docFrom('s.md', text);
  return schemaCodeExtractor.extract({ doc, md: parseMarkdown(doc), all: [doc] }).fragment;
};
const fence = (lang: string, code: string) => `# Models\n\n\`\`\`${lang}\n${code}\n\`\`\`\n`;

describe('schema code', () => {
  // A Norwegian trial's `slots: { type: Number, min: 1, max: 20 }` lost both bounds.
  it("keeps a Mongoose number field's min and max as its check", () => {
    const f = extract(
      fence(
        'js',
        `const ShiftSchema = new Schema({
  slots: { type: Number, required: true, min: 1, max: 20 },
  delta: { type: Number, min: -5 },
  startsAt: { type: Date, min: '2026-01-01' },
});
module.exports = mongoose.model('Shift', ShiftSchema);`,
      ),
    );
    const by = Object.fromEntries(f.entities![0]!.fields.map((x) => [x.name, x]));
    expect(by.slots?.check).toBe('slots >= 1 AND slots <= 20');
    expect(by.delta?.check).toBe('delta >= -5');
    expect(by.startsAt?.check).toBeUndefined();
  });

  it('reads Mongoose schemas named by mongoose.model', () => {
    const f = extract(
      fence(
        'js',
        `const userSchema = new mongoose.Schema({
  email: { type: String, required: true, unique: true, maxlength: 255 },
  role: { type: String, enum: ['admin', 'member'], default: 'member' },
  org: { type: Schema.Types.ObjectId, ref: 'Org' },
  tags: [String],
  bio: String,
}, { timestamps: true });
module.exports = mongoose.model('User', userSchema);`,
      ),
    );
    const e = f.entities![0]!;
    expect(e).toMatchObject({ name: 'User', notation: 'mongoose' });
    const by = Object.fromEntries(e.fields.map((x) => [x.name, x]));
    expect(Object.keys(by)).toEqual(['_id', 'email', 'role', 'org', 'tags', 'bio', 'createdAt', 'updatedAt']);
    expect(by.email).toMatchObject({
      nullable: false,
      unique: true,
      type: { scalar: 'string', length: 255 },
    });
    expect(by.role).toMatchObject({ enumValues: ['admin', 'member'], default: "'member'" });
    expect(by.org!.references).toEqual({ entity: 'Org', field: '_id' });
    expect(by.tags!.type).toMatchObject({ scalar: 'array', items: 'string' });
    expect(by.email!.origin).toMatchObject({ line: 5 });
  });

  it('reads zod objects and skips request shapes', () => {
    const f = extract(
      fence(
        'ts',
        `export const TaskSchema = z.object({
  id: z.string().uuid(),
  title: z.string().min(1).max(200),
  done: z.boolean().default(false),
  dueAt: z.date().optional(),
  priority: z.enum(['low', 'high']),
});
export const CreateTaskRequest = z.object({ title: z.string() });`,
      ),
    );
    expect(f.entities!.map((e) => e.name)).toEqual(['Task']);
    const by = Object.fromEntries(f.entities![0]!.fields.map((x) => [x.name, x]));
    expect(by.id!.type.scalar).toBe('uuid');
    expect(by.title!.type).toMatchObject({ scalar: 'string', length: 200 });
    expect(by.done).toMatchObject({ default: 'false', nullable: false });
    expect(by.dueAt!.nullable).toBe(true);
    expect(by.priority!.enumValues).toEqual(['low', 'high']);
  });

  it('reads Convex tables with their indexes', () => {
    const f = extract(
      fence(
        'ts',
        `export default defineSchema({
  messages: defineTable({
    author: v.id('users'),
    body: v.string(),
    kind: v.union(v.literal('text'), v.literal('image')),
    editedAt: v.optional(v.number()),
  }).index('by_author', ['author']),
});`,
      ),
    );
    const e = f.entities![0]!;
    expect(e).toMatchObject({ name: 'Message', table: 'messages' });
    expect(e.fields.find((x) => x.name === 'author')!.references).toEqual({ entity: 'users', field: '_id' });
    expect(e.fields.find((x) => x.name === 'kind')!.enumValues).toEqual(['text', 'image']);
    expect(f.indexes).toEqual([
      expect.objectContaining({ entity: 'messages', name: 'by_author', columns: ['author'] }),
    ]);
  });

  it('reads C# and Java data classes, not services', () => {
    const cs = extract(
      fence(
        'csharp',
        `public class Invoice
{
    [Key]
    public Guid Id { get; set; }
    [MaxLength(50)]
    public string Number { get; set; }
    public decimal Total { get; set; }
    public string? Note { get; set; }
    public List<InvoiceLine> Lines { get; set; }
}

public class InvoiceService
{
    public string Name { get; set; }
    public async Task<Invoice> Create(Invoice i) { return i; }
}`,
      ),
    );
    expect(cs.entities!.map((e) => e.name)).toEqual(['Invoice']);
    expect(cs.entities![0]!.fields.map((f) => [f.name, f.type.scalar, f.nullable, f.primaryKey])).toEqual([
      ['Id', 'uuid', false, true],
      ['Number', 'string', false, false],
      ['Total', 'decimal', false, false],
      ['Note', 'string', true, false],
    ]);
    expect(cs.entities![0]!.fields[1]!.type.length).toBe(50);
    const java = extract(
      fence(
        'java',
        `@Entity
public class Customer {
    @Id
    private Long id;
    @Column(unique = true, nullable = false)
    private String email;
    private int visits;
    public String getEmail() { return email; }
}`,
      ),
    );
    expect(java.entities![0]!.fields.map((f) => [f.name, f.type.scalar, f.unique, f.primaryKey])).toEqual([
      ['id', 'bigint', false, true],
      ['email', 'string', true, false],
      ['visits', 'integer', false, false],
    ]);
  });
});

describe('JSON Schema and OpenAPI component schemas', () => {
  it('reads component schemas with formats, required, enums and refs; skips API shapes', () => {
    const f = extract(
      fence(
        'yaml',
        `components:
  schemas:
    Project:
      type: object
      required: [id, name]
      properties:
        id:
          type: string
          format: uuid
          readOnly: true
        name:
          type: string
          maxLength: 120
        status:
          type: string
          enum: [active, archived]
          default: active
        owner:
          $ref: '#/components/schemas/User'
        dueDate:
          type: [string, "null"]
          format: date
    ProjectListResponse:
      type: object
      properties:
        items: { type: array }`,
      ),
    );
    expect(f.entities!.map((e) => [e.name, e.notation])).toEqual([['Project', 'json-schema']]);
    const by = Object.fromEntries(f.entities![0]!.fields.map((x) => [x.name, x]));
    expect(by.id).toMatchObject({ primaryKey: true, nullable: false, type: { scalar: 'uuid' } });
    expect(by.name).toMatchObject({ nullable: false, type: { scalar: 'string', length: 120 } });
    expect(by.status).toMatchObject({
      nullable: true,
      enumValues: ['active', 'archived'],
      default: "'active'",
    });
    expect(by.owner).toMatchObject({ enumName: 'User' });
    expect(by.dueDate).toMatchObject({ nullable: true, type: { scalar: 'date' } });
    expect(by.name!.origin).toMatchObject({ line: 14 });
  });

  it('reads a titled JSON Schema and ignores JSON examples', () => {
    const f = extract(
      `${fence('json', '{ "title": "Invoice", "type": "object", "required": ["total"], "properties": { "total": { "type": "number" }, "email": { "type": "string", "format": "email" } } }')}\n${fence('json', '{ "id": 1, "title": "Write tests", "isCompleted": false }')}`,
    );
    expect(
      f.entities!.map((e) => [e.name, e.fields.map((x) => [x.name, x.type.scalar, x.nullable])]),
    ).toEqual([
      [
        'Invoice',
        [
          ['total', 'decimal', false],
          ['email', 'email', true],
        ],
      ],
    ]);
  });
});

describe('component schemas: write variants of another schema', () => {
  it('skips `<Schema>Update`/`Create`/`Patch` beside `<Schema>`, keeps an unrelated `…Detail` record', () => {
    const f = extract(
      fence(
        'yaml',
        `components:
  schemas:
    UserConfig:
      type: object
      properties:
        role: { type: string }
    UserConfigUpdate:
      type: object
      properties:
        role: { type: string }
    OrderDetail:
      type: object
      properties:
        quantity: { type: integer }
    PaymentUpdate:
      type: object
      properties:
        amount: { type: number }`,
      ),
    );
    // PaymentUpdate has no Payment schema beside it: it is read as what the document names.
    expect(f.entities!.map((e) => e.name)).toEqual(['UserConfig', 'OrderDetail', 'PaymentUpdate']);
  });
});
