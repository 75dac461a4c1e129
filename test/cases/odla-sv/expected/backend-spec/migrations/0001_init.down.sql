-- odla: undo the initial migration (drops every table and enum type it created).
DROP TABLE IF EXISTS duty_hours CASCADE;
DROP TABLE IF EXISTS work_days CASCADE;
DROP TABLE IF EXISTS invoices CASCADE;
DROP TABLE IF EXISTS leases CASCADE;
DROP TABLE IF EXISTS offers CASCADE;
DROP TABLE IF EXISTS queue_entries CASCADE;
DROP TABLE IF EXISTS users CASCADE;
DROP TABLE IF EXISTS plots CASCADE;
DROP TYPE IF EXISTS user_role;
DROP TYPE IF EXISTS invoice_status;
DROP TYPE IF EXISTS offer_status;
DROP TYPE IF EXISTS plot_status;
DROP TYPE IF EXISTS queue_entry_status;
