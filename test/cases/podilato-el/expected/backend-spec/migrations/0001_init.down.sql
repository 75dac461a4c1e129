-- podilato: undo the initial migration (drops every table and enum type it created).
DROP TABLE IF EXISTS damage_reports CASCADE;
DROP TABLE IF EXISTS bookings CASCADE;
DROP TABLE IF EXISTS prices CASCADE;
DROP TABLE IF EXISTS bikes CASCADE;
DROP TABLE IF EXISTS users CASCADE;
DROP TABLE IF EXISTS stations CASCADE;
DROP TYPE IF EXISTS booking_status;
