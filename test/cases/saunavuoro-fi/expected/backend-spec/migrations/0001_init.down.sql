-- saunavuoro: undo the initial migration (drops every table and enum type it created).
DROP TABLE IF EXISTS invoices CASCADE;
DROP TABLE IF EXISTS fault_reports CASCADE;
DROP TABLE IF EXISTS bookings CASCADE;
DROP TABLE IF EXISTS users CASCADE;
DROP TABLE IF EXISTS slot_templates CASCADE;
DROP TABLE IF EXISTS spaces CASCADE;
DROP TABLE IF EXISTS apartments CASCADE;
DROP TABLE IF EXISTS housing_companies CASCADE;
DROP TYPE IF EXISTS user_role;
DROP TYPE IF EXISTS space_kind;
DROP TYPE IF EXISTS invoice_status;
DROP TYPE IF EXISTS fault_report_status;
DROP TYPE IF EXISTS booking_status;
