defmodule Moorline.Repo.Migrations.CreateDues do
  use Ecto.Migration

  def change do
    create table(:tariffs) do
      add :season_band, :string, null: false
      add :nightly_pence_per_m, :integer, null: false
      add :annual_pence_per_m, :integer
      add :valid_from, :date, null: false
    end

    create unique_index(:tariffs, [:season_band, :valid_from])

    create table(:contracts, primary_key: false) do
      add :id, :binary_id, primary_key: true
      add :holder_id, references(:users, type: :binary_id), null: false
      add :berth_id, references(:berths), null: false
      add :boat_id, references(:boats, type: :binary_id), null: false
      add :season_starts_on, :date, null: false
      add :payment_plan, :string, null: false
      add :gocardless_mandate_id, :string
      add :total_pence, :integer, null: false
      timestamps(type: :utc_datetime)
    end

    create unique_index(:contracts, [:berth_id, :season_starts_on])

    create table(:invoices, primary_key: false) do
      add :id, :binary_id, primary_key: true
      add :number, :string, null: false
      add :contract_id, references(:contracts, type: :binary_id)
      add :reservation_id, references(:reservations, type: :binary_id)
      add :amount_pence, :integer, null: false
      add :issued_on, :date, null: false
      add :voided_at, :utc_datetime
      add :void_reason, :text
      timestamps(type: :utc_datetime)
    end

    create unique_index(:invoices, [:number])

    create table(:instalments) do
      add :contract_id, references(:contracts, type: :binary_id, on_delete: :delete_all), null: false
      add :due_on, :date, null: false
      add :amount_pence, :integer, null: false
      add :gocardless_payment_id, :string
      add :status, :string, null: false, default: "pending"
    end
  end
end
