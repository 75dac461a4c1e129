-- csavarhaz: undo the initial migration (drops every table and enum type it created).
DROP TABLE IF EXISTS fizetesek CASCADE;
DROP TABLE IF EXISTS munkalap_tetelek CASCADE;
DROP TABLE IF EXISTS munkalapok CASCADE;
DROP TABLE IF EXISTS idopontok CASCADE;
DROP TABLE IF EXISTS jarmuvek CASCADE;
DROP TABLE IF EXISTS ugyfelek CASCADE;
DROP TABLE IF EXISTS szervizek CASCADE;
DROP TYPE IF EXISTS munkalapok_statusz;
