-- alet: undo the initial migration (drops every table and enum type it created).
DROP TABLE IF EXISTS membership_payments CASCADE;
DROP TABLE IF EXISTS fines CASCADE;
DROP TABLE IF EXISTS loans CASCADE;
DROP TABLE IF EXISTS reservations CASCADE;
DROP TABLE IF EXISTS tools CASCADE;
DROP TABLE IF EXISTS members CASCADE;
DROP TYPE IF EXISTS reservation_status;
DROP TYPE IF EXISTS tool_condition;
DROP TYPE IF EXISTS membership_status;
