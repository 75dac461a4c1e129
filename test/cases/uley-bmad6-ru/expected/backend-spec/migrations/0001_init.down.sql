-- Коворкинг «Улей»: undo the initial migration (drops every table and enum type it created).
DROP TABLE IF EXISTS subscriptions CASCADE;
DROP TABLE IF EXISTS plans CASCADE;
DROP TABLE IF EXISTS bookings CASCADE;
DROP TABLE IF EXISTS spaces CASCADE;
DROP TABLE IF EXISTS residents CASCADE;
DROP TABLE IF EXISTS locations CASCADE;
DROP TYPE IF EXISTS booking_status;
DROP TYPE IF EXISTS space_kind;
DROP TYPE IF EXISTS resident_status;
