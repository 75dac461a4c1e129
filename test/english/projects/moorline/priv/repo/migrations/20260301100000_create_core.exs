defmodule Moorline.Repo.Migrations.CreateCore do
  use Ecto.Migration

  def change do
    execute "CREATE EXTENSION IF NOT EXISTS btree_gist", "DROP EXTENSION IF EXISTS btree_gist"

    create table(:users, primary_key: false) do
      add :id, :binary_id, primary_key: true
      add :email, :citext, null: false
      add :full_name, :string, null: false
      add :phone, :string
      add :role, :string, null: false, default: "visitor"
      timestamps(type: :utc_datetime)
    end

    create unique_index(:users, [:email])

    create table(:pontoons) do
      add :code, :string, size: 4, null: false
      add :gate_code, :string, null: false
    end

    create unique_index(:pontoons, [:code])

    create table(:berths) do
      add :pontoon_id, references(:pontoons, on_delete: :restrict), null: false
      add :number, :string, null: false
      add :max_loa_m, :decimal, precision: 5, scale: 2, null: false
      add :max_beam_m, :decimal, precision: 4, scale: 2, null: false
      add :depth_m, :decimal, precision: 4, scale: 2, null: false
      add :kind, :string, null: false, default: "pontoon"
      add :active, :boolean, null: false, default: true
    end

    create unique_index(:berths, [:pontoon_id, :number])
    create constraint(:berths, :kind_must_be_known, check: "kind in ('pontoon', 'swinging_mooring')")

    create table(:boats, primary_key: false) do
      add :id, :binary_id, primary_key: true
      add :owner_id, references(:users, type: :binary_id, on_delete: :delete_all), null: false
      add :name, :string, null: false
      add :loa_m, :decimal, precision: 5, scale: 2, null: false
      add :beam_m, :decimal, precision: 4, scale: 2, null: false
      add :draught_m, :decimal, precision: 4, scale: 2, null: false
      add :insurance_expires_on, :date
      timestamps(type: :utc_datetime)
    end

    create index(:boats, [:owner_id])
  end
end
