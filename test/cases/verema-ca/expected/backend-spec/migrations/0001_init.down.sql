-- verema: undo the initial migration (drops every table and enum type it created).
DROP TABLE IF EXISTS liquidacions CASCADE;
DROP TABLE IF EXISTS entrades CASCADE;
DROP TABLE IF EXISTS torns CASCADE;
DROP TABLE IF EXISTS preus CASCADE;
DROP TABLE IF EXISTS campanyes CASCADE;
DROP TABLE IF EXISTS varietats CASCADE;
DROP TABLE IF EXISTS usuaris CASCADE;
DROP TABLE IF EXISTS socis CASCADE;
DROP TYPE IF EXISTS estat_torn;
DROP TYPE IF EXISTS estat_entrada;
DROP TYPE IF EXISTS qualitat;
DROP TYPE IF EXISTS rol;
