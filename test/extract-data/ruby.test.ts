import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';
import { entity, extract, fence, fieldsOf, names } from './code-fences.js';

// Rails as teams write it in planning documents (a Brazilian spec-kit trial: a school canteen's
// pre-orders): a db/schema.rb fence and an app/models fence in the same data-model.md.
const SCHEMA = `ActiveRecord::Schema[7.1].define(version: 2026_03_12_120000) do
  enable_extension "pgcrypto"

  create_table "turmas", force: :cascade do |t|
    t.string "nome", null: false, limit: 40
    t.integer "ano_letivo", null: false
    t.string "turno", null: false
    t.timestamps
    t.index ["nome", "ano_letivo"], unique: true
  end

  create_table "pedidos", force: :cascade do |t|
    t.references :aluno, null: false, foreign_key: true
    t.references :responsavel, null: false, foreign_key: { to_table: :responsaveis, on_delete: :cascade }
    t.date "data_consumo", null: false
    t.integer "status", null: false, default: 0
    t.integer "total_centavos", null: false, default: 0
    t.string "observacao"
    t.index ["aluno_id", "data_consumo"], unique: true, where: "status <> 3", name: "um_pedido_por_dia"
    t.check_constraint "total_centavos BETWEEN 0 AND 6000", name: "total_maximo"
  end

  create_table "pagamentos", id: :uuid, default: -> { "gen_random_uuid()" }, force: :cascade do |t|
    t.references :pedido, null: false, foreign_key: true, index: { unique: true }
    t.decimal "valor", precision: 10, scale: 2, null: false
    t.string "codigos", array: true, default: []
    t.jsonb "payload", default: {}
    t.datetime "pago_em"
  end

  create_table "alunos" do |t|
    t.string "nome", null: false
  end

  create_table "responsaveis" do |t|
    t.string "email", null: false, default: ""
  end

  add_index "alunos", ["nome"], name: "idx_alunos_nome"
end`;

const MODELS = `class ApplicationRecord < ActiveRecord::Base
  primary_abstract_class
  self.abstract_class = true
end

class Turma < ApplicationRecord
  has_many :alunos
  enum :turno, { manha: "manha", tarde: "tarde" }
  validates :nome, presence: true, uniqueness: { scope: :ano_letivo }
  validates :ano_letivo, numericality: { only_integer: true, greater_than_or_equal_to: 2026 }
end

class Pedido < ApplicationRecord
  belongs_to :aluno
  has_many :itens, class_name: "ItemPedido", dependent: :destroy
  has_one :pagamento
  enum status: { pendente: 0, pago: 1, cancelado: 3 }
  validates :itens, length: { maximum: 4 }
  validates :observacao, length: { minimum: 3, maximum: 280 }, allow_blank: true
  validates_inclusion_of :total_centavos, in: 0..6000
end

class Responsavel < ApplicationRecord
  self.table_name = "responsaveis"
  validates :email, presence: true, uniqueness: true, format: { with: URI::MailTo::EMAIL_REGEXP }
end

class PedidosController < ApplicationController
  def index; end
end`;

const doc = `${fence('ruby', SCHEMA)}\n## Modelos\n\n${fence('ruby', MODELS)}`;

describe('Ruby on Rails: db/schema.rb and ActiveRecord models', () => {
  const f = extract(doc);

  it('reads each create_table as an entity named by its model, not a controller or the abstract base', () => {
    expect(names(f)).toEqual(['Turma', 'Pedido', 'Pagamento', 'Aluno', 'Responsavel']);
    expect(entity(f, 'Pedido')!.table).toBe('pedidos');
    expect(entity(f, 'Responsavel')!.table).toBe('responsaveis');
  });

  it('reads column types, null, default, limit, precision/scale, arrays and the implicit id', () => {
    const t = fieldsOf(entity(f, 'Turma'));
    expect(Object.keys(t)).toEqual(['id', 'nome', 'ano_letivo', 'turno', 'created_at', 'updated_at']);
    expect(t.id).toMatchObject({ primaryKey: true, nullable: false, type: { scalar: 'bigint' } });
    expect(t.nome).toMatchObject({ nullable: false, type: { scalar: 'string', length: 40 } });
    expect(t.created_at).toMatchObject({ nullable: false, type: { scalar: 'datetime' } });
    const p = fieldsOf(entity(f, 'Pagamento'));
    expect(p.id).toMatchObject({ primaryKey: true, type: { scalar: 'uuid' }, default: 'gen_random_uuid()' });
    expect(p.valor!.type).toMatchObject({ scalar: 'decimal', precision: 10, scale: 2 });
    expect(p.codigos).toMatchObject({
      nullable: true,
      default: '[]',
      type: { scalar: 'array', items: 'string' },
    });
    expect(p.payload).toMatchObject({ default: "'{}'" });
    expect(p.pago_em!.nullable).toBe(true);
    expect(fieldsOf(entity(f, 'Responsavel')).email!.default).toBe("''");
  });

  it('reads references as key columns with their foreign key, index and on_delete', () => {
    const p = fieldsOf(entity(f, 'Pedido'));
    expect(p.aluno_id).toMatchObject({ nullable: false, references: { entity: 'alunos', field: 'id' } });
    expect(p.responsavel_id!.references).toEqual({
      entity: 'responsaveis',
      field: 'id',
      onDelete: 'cascade',
    });
    expect(f.indexes).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ entity: 'pedidos', columns: ['aluno_id'], unique: false }),
        expect.objectContaining({ entity: 'pagamentos', columns: ['pedido_id'], unique: true }),
        expect.objectContaining({
          entity: 'pedidos',
          columns: ['aluno_id', 'data_consumo'],
          unique: true,
          name: 'um_pedido_por_dia',
          where: 'status <> 3',
        }),
        expect.objectContaining({ entity: 'alunos', columns: ['nome'], name: 'idx_alunos_nome' }),
      ]),
    );
    expect(entity(f, 'Pedido')!.checks).toEqual([
      expect.objectContaining({ expression: 'total_centavos BETWEEN 0 AND 6000', sql: true }),
    ]);
  });

  it('keeps an integer-backed enum column an integer, with its mapping; a string one takes the names', () => {
    const p = fieldsOf(entity(f, 'Pedido'));
    expect(p.status).toMatchObject({ type: { scalar: 'integer' }, default: '0' });
    expect(p.status!.description).toBe('Rails enum: pendente=0, pago=1, cancelado=3');
    expect(fieldsOf(entity(f, 'Turma')).turno!.enumValues).toEqual(['manha', 'tarde']);
  });

  it('reads validations as the application’s checks, and a uniqueness the schema indexes once', () => {
    const t = entity(f, 'Turma')!;
    // The unique index [nome, ano_letivo] states the scoped uniqueness already.
    expect(t.uniques).toEqual([]);
    expect(fieldsOf(t).ano_letivo!.check).toBe('ano_letivo >= 2026');
    const p = fieldsOf(entity(f, 'Pedido'));
    expect(p.observacao).toMatchObject({ type: { length: 280 }, check: 'char_length(observacao) >= 3' });
    expect(p.total_centavos!.check).toBe('total_centavos >= 0 AND total_centavos <= 6000');
    // An association's length is no column.
    expect(p.itens).toBeUndefined();
    const r = fieldsOf(entity(f, 'Responsavel'));
    expect(r.email).toMatchObject({ unique: true, type: { scalar: 'email' } });
  });

  it('reads associations as relationships to the named class or the table', () => {
    expect(f.relationships!.map((r) => [r.from, r.kind, r.to])).toEqual([
      ['Turma', 'one-to-many', 'alunos'],
      ['Pedido', 'one-to-many', 'ItemPedido'],
      ['Pedido', 'one-to-one', 'Pagamento'],
    ]);
  });

  it('a model without a schema states only its keys, enums and the types its validations imply', () => {
    const g = extract(
      fence(
        'rb',
        `class Reserva < ApplicationRecord
  belongs_to :canteiro
  belongs_to :horta, optional: true
  belongs_to :autor, class_name: "Membro"
  enum :estado, %i[solicitada aprovada recusada], default: :solicitada
  validates :area_m2, numericality: { greater_than: 0, only_integer: true }
  validates :observacao, presence: true
end`,
      ),
    );
    const r = fieldsOf(entity(g, 'Reserva'));
    expect(Object.keys(r)).toEqual(['canteiro_id', 'horta_id', 'autor_id', 'estado', 'area_m2']);
    expect(r.canteiro_id).toMatchObject({ nullable: false, references: { entity: 'Canteiro' } });
    expect(r.horta_id!.nullable).toBe(true);
    expect(r.autor_id!.references).toEqual({ entity: 'Membro', field: 'id' });
    expect(r.estado).toMatchObject({ enumName: 'reserva_estado', default: "'solicitada'" });
    expect(g.enums).toEqual([
      expect.objectContaining({ name: 'reserva_estado', values: ['solicitada', 'aprovada', 'recusada'] }),
    ]);
    expect(r.area_m2).toMatchObject({ type: { scalar: 'integer' }, check: 'area_m2 > 0' });
  });

  it('reads migrations, create_join_table and the statements outside a block', () => {
    const g = extract(
      fence(
        'ruby',
        `class CreateHortas < ActiveRecord::Migration[7.1]
  def change
    create_table :hortas do |t|
      t.string :nome, null: false
      t.timestamps null: true
    end
    create_table :membros, id: false, primary_key: :cpf do |t|
      t.string :cpf, null: false, primary_key: true
    end
    create_join_table :hortas, :membros do |t|
      t.index [:horta_id, :membro_id], unique: true
    end
    add_column :hortas, :area_total, :integer, limit: 8
    add_reference :hortas, :responsavel, foreign_key: { to_table: :membros, primary_key: :cpf }, type: :string
    add_check_constraint :hortas, "area_total > 0", name: "area_positiva"
  end
end`,
      ),
    );
    expect(names(g)).toEqual(['Horta', 'Membro', 'HortasMembro']);
    const h = fieldsOf(entity(g, 'Horta'));
    expect(h.created_at!.nullable).toBe(true);
    expect(h.area_total!.type.scalar).toBe('bigint');
    expect(h.responsavel_id).toMatchObject({
      type: { scalar: 'string' },
      references: { entity: 'membros', field: 'cpf' },
    });
    expect(entity(g, 'Horta')!.checks.map((c) => c.expression)).toEqual(['area_total > 0']);
    expect(fieldsOf(entity(g, 'Membro')).cpf!.primaryKey).toBe(true);
    expect(Object.keys(fieldsOf(entity(g, 'HortasMembro')))).toEqual(['horta_id', 'membro_id']);
    expect(g.indexes).toEqual([
      expect.objectContaining({ entity: 'hortas_membros', columns: ['horta_id', 'membro_id'], unique: true }),
      expect.objectContaining({ entity: 'hortas', columns: ['responsavel_id'] }),
    ]);
  });

  it('a Ruby fence with no schema and no model is no data model', () => {
    expect(
      extract(fence('ruby', 'Rails.application.routes.draw do\n  resources :pedidos\nend')).entities,
    ).toBeUndefined();
  });

  it('compiles to PostgreSQL DDL with the stated keys, indexes and checks', async () => {
    const host = memoryHost({
      '/p/docs/prd.md': '# PRD\n\n## Requisitos\n\n- FR1: O responsável faz pedidos.\n',
      '/p/docs/architecture.md': `# Arquitetura\n\nRuby on Rails 7 com PostgreSQL 16.\n\n${doc}`,
    });
    const r = await compile({ root: '/p', verify: { skip: true } }, host);
    const pedido = r.spec!.entities.find((e) => e.name === 'Pedido')!;
    expect(pedido.table).toBe('pedidos');
    expect(pedido.checks.map((c) => c.expression)).toEqual(['total_centavos BETWEEN 0 AND 6000']);
    expect(pedido.fields.find((x) => x.column === 'aluno_id')!.references).toMatchObject({
      entity: 'Aluno',
      field: 'id',
    });
    expect(r.spec!.database.indexes.find((i) => i.name === 'um_pedido_por_dia')).toMatchObject({
      columns: ['aluno_id', 'data_consumo'],
      unique: true,
    });
  });
});
