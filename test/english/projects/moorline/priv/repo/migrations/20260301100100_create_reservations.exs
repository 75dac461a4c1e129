defmodule Moorline.Repo.Migrations.CreateReservations do
  use Ecto.Migration

  def change do
    create table(:reservations, primary_key: false) do
      add :id, :binary_id, primary_key: true
      add :visitor_id, references(:users, type: :binary_id), null: false
      add :boat_id, references(:boats, type: :binary_id), null: false
      add :berth_id, references(:berths), null: false
      add :arrival_on, :date, null: false
      add :departure_on, :date, null: false
      add :status, :string, null: false, default: "held"
      add :held_until, :utc_datetime, null: false
      add :price_pence, :integer, null: false
      add :stripe_checkout_session_id, :string
      add :checked_in_at, :utc_datetime
      add :checked_out_at, :utc_datetime
      add :cancelled_at, :utc_datetime
      timestamps(type: :utc_datetime)
    end

    create index(:reservations, [:berth_id, :arrival_on])
    create index(:reservations, [:visitor_id])
    create constraint(:reservations, :departure_after_arrival, check: "departure_on > arrival_on")
    create constraint(:reservations, :status_must_be_known,
             check: "status in ('held', 'confirmed', 'expired', 'cancelled', 'checked_in', 'checked_out')")

    create table(:incidents) do
      add :berth_id, references(:berths), null: false
      add :reported_by_id, references(:users, type: :binary_id), null: false
      add :kind, :string, null: false
      add :description, :text, null: false
      add :photo_keys, {:array, :string}, null: false, default: []
      add :occurred_at, :utc_datetime, null: false
      timestamps(type: :utc_datetime, updated_at: false)
    end
  end
end
