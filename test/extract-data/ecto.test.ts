import { describe, expect, it } from 'vitest';
import { entity, extract, fence, fieldsOf, names } from './code-fences.js';

// A Swedish trial (an allotment association on Phoenix + Ecto + PostgreSQL) wrote its data model as
// Ecto schema modules: no reader knew `schema "plots" do … end`, so the spec had 0 entities, no
// schema and no CRUD, and said "PostgreSQL; no data model is described".
const SCHEMA = `defmodule Odla.Plots.Offer do
  use Ecto.Schema
  import Ecto.Changeset

  @primary_key {:id, :binary_id, autogenerate: true}
  @foreign_key_type :binary_id
  schema "offers" do
    belongs_to :plot, Odla.Plots.Plot
    belongs_to :approved_by, Odla.Accounts.User, foreign_key: :approver_id
    field :expires_at, :utc_datetime
    field :status, Ecto.Enum, values: [:pending, :accepted, :declined], default: :pending
    field :tags, {:array, :string}
    field :note, :string, virtual: true
    has_many :reminders, Odla.Plots.Reminder
    timestamps(type: :utc_datetime)
  end

  def changeset(offer, attrs) do
    offer
    |> cast(attrs, [:plot_id, :expires_at, :status])
    |> validate_required([:plot_id, :expires_at])
    |> validate_length(:status, max: 20)
    |> unique_constraint([:plot_id, :approver_id])
  end

  def short(offer), do: offer.id
end

defmodule Odla.Plots.Plot do
  use Ecto.Schema

  schema "plots" do
    field :number, :string
    field :kind, Ecto.Enum, values: ~w(small large)a
    timestamps()
  end
end`;

const MIGRATION = `defmodule Odla.Repo.Migrations.CreatePlots do
  use Ecto.Migration

  def change do
    create table(:plots) do
      add :number, :string, null: false, size: 10
      add :area_m2, :integer
      add :owner_id, references(:users, on_delete: :nilify_all)
      timestamps()
    end

    create unique_index(:plots, [:number])
  end
end`;

describe('Ecto schemas and migrations', () => {
  it('read fields, belongs_to keys, enums, @primary_key and timestamps as the schema states them', () => {
    const f = extract(fence('elixir', SCHEMA));
    expect(names(f)).toEqual(['Offer', 'Plot']);
    const offer = entity(f, 'Offer')!;
    expect(offer.table).toBe('offers');
    const c = fieldsOf(offer);
    expect(Object.keys(c)).toEqual([
      'id',
      'plot_id',
      'approver_id',
      'expires_at',
      'status',
      'tags',
      'inserted_at',
      'updated_at',
    ]);
    expect(c.id).toMatchObject({ primaryKey: true, type: { scalar: 'uuid' } });
    // @foreign_key_type makes every belongs_to key a uuid; foreign_key: names the column.
    expect(c.plot_id).toMatchObject({
      type: { scalar: 'uuid' },
      references: { entity: 'Plot', field: 'id' },
    });
    expect(c.approver_id!.references).toEqual({ entity: 'User', field: 'id' });
    expect(c.status).toMatchObject({
      type: { scalar: 'enum' },
      enumValues: ['pending', 'accepted', 'declined'],
      default: 'pending',
    });
    expect(c.tags!.type).toMatchObject({ scalar: 'array', items: 'string' });
    expect(c.inserted_at).toMatchObject({ nullable: false, type: { scalar: 'datetime' } });
    // The changeset: validate_required → NOT NULL, validate_length → a bound, unique_constraint → unique.
    expect(c.expires_at!.nullable).toBe(false);
    expect(c.status!.type.length).toBeUndefined(); // an enum is no string to bound
    expect(offer.uniques).toEqual([['plot_id', 'approver_id']]);
    expect(f.relationships).toEqual([
      expect.objectContaining({ from: 'Offer', to: 'Reminder', kind: 'one-to-many' }),
    ]);
    // Ecto's default key where no @primary_key is written: `id` of type :id (bigserial).
    const plot = fieldsOf(entity(f, 'Plot'));
    expect(plot.id).toMatchObject({ primaryKey: true, type: { scalar: 'bigint', generated: true } });
    expect(plot.kind!.enumValues).toEqual(['small', 'large']);
    expect(c.status!.origin).toMatchObject({ line: 14, quote: expect.stringContaining('field :status') });
  });

  it('join a migration to the schema of the same table: the migration states nullability and keys', () => {
    const f = extract(`${fence('elixir', SCHEMA)}\n${fence('elixir', MIGRATION)}`);
    expect(names(f)).toEqual(['Offer', 'Plot']);
    const plot = fieldsOf(entity(f, 'Plot'));
    expect(plot.number).toMatchObject({ nullable: false, type: { scalar: 'string', length: 10 } });
    expect(plot.kind!.enumValues).toEqual(['small', 'large']);
    expect(plot.area_m2!.type.scalar).toBe('integer');
    expect(plot.owner_id!.references).toEqual({ entity: 'users', field: 'id', onDelete: 'set null' });
    expect(f.indexes).toEqual([
      expect.objectContaining({ entity: 'plots', columns: ['number'], unique: true }),
    ]);
  });

  it('a migration alone is an entity of its table', () => {
    const f = extract(fence('exs', MIGRATION));
    expect(names(f)).toEqual(['Plot']);
    expect(Object.keys(fieldsOf(entity(f, 'Plot')))).toEqual([
      'id',
      'number',
      'area_m2',
      'owner_id',
      'inserted_at',
      'updated_at',
    ]);
  });

  // An English trial (a marina on Phoenix + Ecto): the migrations stated decimal precision, table CHECK
  // constraints, an event table without updated_at and an empty-list default; all four were lost.
  it('a migration keeps decimal precision, create constraint checks, updated_at: false and default: []', () => {
    const f = extract(
      fence(
        'elixir',
        `defmodule Moorline.Repo.Migrations.CreateReservations do
  use Ecto.Migration

  def change do
    create table(:reservations) do
      add :arrival_on, :date, null: false
      add :departure_on, :date, null: false
      add :max_loa_m, :decimal, precision: 5, scale: 2, null: false
      timestamps(type: :utc_datetime)
    end

    create constraint(:reservations, :departure_after_arrival, check: "departure_on > arrival_on")

    create table(:incidents) do
      add :photo_keys, {:array, :string}, null: false, default: []
      timestamps(type: :utc_datetime, updated_at: false)
    end
  end
end`,
      ),
    );
    const reservation = entity(f, 'Reservation')!;
    expect(fieldsOf(reservation).max_loa_m!.type).toMatchObject({
      scalar: 'decimal',
      precision: 5,
      scale: 2,
    });
    expect(reservation.checks).toEqual([
      expect.objectContaining({
        expression: 'departure_on > arrival_on',
        name: 'departure_after_arrival',
        sql: true,
      }),
    ]);
    const incident = entity(f, 'Incident')!;
    expect(Object.keys(fieldsOf(incident))).toEqual(['id', 'photo_keys', 'inserted_at']);
    expect(incident.appendOnly).toBe(true);
    expect(fieldsOf(incident).photo_keys!.default).toBe('[]');
  });

  it('Elixir fences without Ecto state no entity', () => {
    const f = extract(fence('elixir', 'defmodule Odla.Mailer do\n  def send(to), do: :ok\nend'));
    expect(f.entities ?? []).toEqual([]);
  });
});
