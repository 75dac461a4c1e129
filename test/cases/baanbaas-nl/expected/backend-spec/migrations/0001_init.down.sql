-- baanbaas: undo the initial migration (drops every table and enum type it created).
DROP TABLE IF EXISTS magic_links CASCADE;
DROP TABLE IF EXISTS facturen CASCADE;
DROP TABLE IF EXISTS lessen CASCADE;
DROP TABLE IF EXISTS reserveringen CASCADE;
DROP TABLE IF EXISTS leden CASCADE;
DROP TABLE IF EXISTS blokkeringen CASCADE;
DROP TABLE IF EXISTS banen CASCADE;
DROP TYPE IF EXISTS facturen_status;
DROP TYPE IF EXISTS leden_lidmaatschap;
DROP TYPE IF EXISTS leden_rol;
DROP TYPE IF EXISTS reserveringen_status;
DROP TYPE IF EXISTS banen_ondergrond;
