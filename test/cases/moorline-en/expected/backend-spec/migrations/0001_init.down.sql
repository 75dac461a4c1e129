-- moorline: undo the initial migration (drops every table and enum type it created).
DROP TABLE IF EXISTS instalments CASCADE;
DROP TABLE IF EXISTS invoices CASCADE;
DROP TABLE IF EXISTS contracts CASCADE;
DROP TABLE IF EXISTS tariffs CASCADE;
DROP TABLE IF EXISTS incidents CASCADE;
DROP TABLE IF EXISTS reservations CASCADE;
DROP TABLE IF EXISTS boats CASCADE;
DROP TABLE IF EXISTS berths CASCADE;
DROP TABLE IF EXISTS pontoons CASCADE;
DROP TABLE IF EXISTS users CASCADE;
DROP TYPE IF EXISTS reservation_status;
