import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';
import { entity, extract, fence, fieldsOf, names } from './code-fences.js';

// A Spanish BMAD v4 trial (a food bank on Laravel 11 + MySQL) wrote its whole schema as Laravel
// migrations: no reader knew `Schema::create`, so sections 1 and 2 were missing.
const MIGRATIONS = `Schema::create('orders', function (Blueprint $table) {
    $table->id();
    $table->foreignId('customer_id')->constrained()->cascadeOnDelete();
    $table->foreignId('handled_by')->nullable()->constrained('users')->nullOnDelete();
    $table->string('code', 20)->unique();
    $table->string('note')->nullable()->comment('free text, http://x.y # not a comment');
    $table->decimal('total', 10, 2)->default(0);
    $table->unsignedInteger('items_count');
    $table->enum('status', ['pending', 'paid'])->default('pending');
    $table->boolean('gift')->default(false);
    $table->timestamp('paid_at')->nullable();
    $table->timestamps();
    $table->softDeletes();
    $table->index(['customer_id', 'status'], 'orders_customer_status');
});
// a comment with Schema::create('ghost', function () {}) inside
Schema::create('order_lines', function (Blueprint $table) {
    $table->foreignUuid('order_id');
    $table->unsignedSmallInteger('line_no');
    $table->primary(['order_id', 'line_no']);
    $table->unique(['order_id', 'line_no'], 'order_lines_uq');
    $table->foreign('order_id')->references('id')->on('orders')->onDelete('cascade');
});
Schema::table('orders', function (Blueprint $table) {
    $table->string('currency', 3)->default('EUR');
});`;

describe('Laravel migrations', () => {
  const f = extract(fence('php', MIGRATIONS));

  it('reads every Schema::create as a table, and Schema::table as a change to it', () => {
    expect(names(f)).toEqual(['Order', 'OrderLine']);
    const o = fieldsOf(entity(f, 'Order'));
    expect(Object.keys(o)).toEqual([
      'id',
      'customer_id',
      'handled_by',
      'code',
      'note',
      'total',
      'items_count',
      'status',
      'gift',
      'paid_at',
      'created_at',
      'updated_at',
      'deleted_at',
      'currency',
    ]);
    expect(entity(f, 'Order')!.notation).toBe('migration');
    expect(entity(f, 'Order')!.table).toBe('orders');
  });

  it('types, sizes, nullability, defaults and keys as the schema builder makes them', () => {
    const o = fieldsOf(entity(f, 'Order'));
    expect(o.id).toMatchObject({
      primaryKey: true,
      nullable: false,
      type: { scalar: 'bigint', generated: true },
    });
    expect(o.customer_id).toMatchObject({
      nullable: false,
      references: { entity: 'customer', field: 'id', onDelete: 'cascade' },
    });
    expect(o.handled_by).toMatchObject({
      nullable: true,
      references: { entity: 'users', onDelete: 'set null' },
    });
    expect(o.code).toMatchObject({ unique: true, type: { scalar: 'string', length: 20 } });
    expect(o.note).toMatchObject({
      nullable: true,
      type: { length: 255 },
      description: 'free text, http://x.y # not a comment',
    });
    expect(o.total).toMatchObject({ default: '0', type: { scalar: 'decimal', precision: 10, scale: 2 } });
    expect(o.items_count).toMatchObject({ check: 'items_count >= 0', type: { scalar: 'integer' } });
    expect(o.status).toMatchObject({ enumValues: ['pending', 'paid'], default: "'pending'" });
    expect(o.gift!.default).toBe('false');
    expect(o.created_at).toMatchObject({ nullable: true, type: { scalar: 'datetime' } });
    expect(o.currency).toMatchObject({ default: "'EUR'", type: { length: 3 } });
  });

  it('composite keys, uniques, named indexes and foreign() chains', () => {
    const line = entity(f, 'OrderLine')!;
    expect(line.primaryKey).toEqual(['order_id', 'line_no']);
    expect(line.uniques).toEqual([['order_id', 'line_no']]);
    expect(fieldsOf(line).order_id).toMatchObject({
      type: { scalar: 'uuid' },
      references: { entity: 'orders', field: 'id', onDelete: 'cascade' },
    });
    expect(f.indexes).toEqual([
      expect.objectContaining({
        name: 'orders_customer_status',
        columns: ['customer_id', 'status'],
        unique: false,
      }),
    ]);
  });

  it('cites the line of each column', () => {
    const o = fieldsOf(entity(f, 'Order'));
    expect(o.code!.origin).toMatchObject({ line: 8, quote: "$table->string('code', 20)->unique();" });
  });

  it('near-miss: a php fence of controllers and a Schema::table for an unknown table define nothing', () => {
    const g = extract(
      fence(
        'php',
        "class OrderController extends Controller {\n  public function store(Request $r) { return Order::create($r->all()); }\n}\nSchema::table('ghosts', function (Blueprint $table) { $table->string('x'); });",
      ),
    );
    expect(g.entities).toBeUndefined();
  });

  it('reaches schema.sql with its keys and CHECKs as written', async () => {
    const host = memoryHost({
      '/p/docs/prd.md': '# PRD\n\n## Requirements\n\n- FR1: Staff record orders for customers.\n',
      '/p/docs/architecture.md': `# Architecture\n\nPostgreSQL 16.\n\n${fence(
        'php',
        `Schema::create('customers', function (Blueprint $table) {\n    $table->id();\n    $table->string('email')->unique();\n});\n${MIGRATIONS}`,
      )}`,
    });
    const r = await compile({ root: '/p', verify: { skip: true } }, host);
    const lines = r.spec!.entities.find((e) => e.name === 'OrderLine')!;
    // The workflow's timestamps come after the stated columns, each citing its rule.
    expect(lines.fields.map((x) => x.column)).toEqual(['order_id', 'line_no', 'created_at', 'updated_at']);
    expect(lines.fields[2]!.origin.kind).toBe('rule');
    const sql = r.artifacts.find((a) => a.path.endsWith('schema.sql'))!.text;
    expect(sql).toContain('FOREIGN KEY (customer_id) REFERENCES customers (id) ON DELETE CASCADE');
    expect(sql).toContain('items_count integer NOT NULL CHECK (items_count >= 0)');
    expect(sql).toContain('id bigserial PRIMARY KEY');
  });
});
