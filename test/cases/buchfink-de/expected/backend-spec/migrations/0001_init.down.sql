-- Buchfink: undo the initial migration (drops every table and enum type it created).
DROP TABLE IF EXISTS protokolleintrag CASCADE;
DROP TABLE IF EXISTS anschaffungsvorschlag CASCADE;
DROP TABLE IF EXISTS anmeldung CASCADE;
DROP TABLE IF EXISTS veranstaltung CASCADE;
DROP TABLE IF EXISTS vormerkung CASCADE;
DROP TABLE IF EXISTS ausleihe CASCADE;
DROP TABLE IF EXISTS lizenz CASCADE;
DROP TABLE IF EXISTS titel CASCADE;
DROP TABLE IF EXISTS leser CASCADE;
DROP TABLE IF EXISTS zweigstelle CASCADE;
DROP TYPE IF EXISTS art;
DROP TYPE IF EXISTS vormerkung_status;
DROP TYPE IF EXISTS ausleihe_status;
DROP TYPE IF EXISTS lizenzmodell;
DROP TYPE IF EXISTS medientyp;
DROP TYPE IF EXISTS ausweisstatus;
