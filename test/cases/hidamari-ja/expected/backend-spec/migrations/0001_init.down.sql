-- ひだまり動物病院 予約システム: undo the initial migration (drops every table and enum type it created).
DROP TABLE IF EXISTS vaccinations CASCADE;
DROP TABLE IF EXISTS medical_records CASCADE;
DROP TABLE IF EXISTS reservations CASCADE;
DROP TABLE IF EXISTS slots CASCADE;
DROP TABLE IF EXISTS staff CASCADE;
DROP TABLE IF EXISTS pets CASCADE;
DROP TABLE IF EXISTS owners CASCADE;
DROP TYPE IF EXISTS staff_role;
DROP TYPE IF EXISTS department;
DROP TYPE IF EXISTS reservation_status;
DROP TYPE IF EXISTS species;
