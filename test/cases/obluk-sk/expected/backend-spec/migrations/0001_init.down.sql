-- obluk: undo the initial migration (drops every table and enum type it created).
DROP TABLE IF EXISTS auditny_zaznam CASCADE;
DROP TABLE IF EXISTS dochadzka CASCADE;
DROP TABLE IF EXISTS platba CASCADE;
DROP TABLE IF EXISTS rezervacia CASCADE;
DROP TABLE IF EXISTS termin CASCADE;
DROP TABLE IF EXISTS ucastnik CASCADE;
DROP TABLE IF EXISTS klient CASCADE;
DROP TABLE IF EXISTS instruktor CASCADE;
DROP TABLE IF EXISTS typ_lekcie CASCADE;
