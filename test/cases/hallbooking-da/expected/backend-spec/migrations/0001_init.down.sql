-- hallbooking: undo the initial migration (drops every table and enum type it created).
DROP TABLE IF EXISTS bookinger CASCADE;
DROP TABLE IF EXISTS saesonansoegninger CASCADE;
DROP TABLE IF EXISTS faciliteter CASCADE;
DROP TABLE IF EXISTS kontaktpersoner CASCADE;
DROP TABLE IF EXISTS foreninger CASCADE;
DROP TYPE IF EXISTS ansoegning_status;
DROP TYPE IF EXISTS facilitet_type;
DROP TYPE IF EXISTS booking_status;
