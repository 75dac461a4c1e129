-- dongne: undo the initial migration (drops every table and enum type it created).
DROP TABLE IF EXISTS member_managed_facilities CASCADE;
DROP TABLE IF EXISTS notification_logs CASCADE;
DROP TABLE IF EXISTS payments CASCADE;
DROP TABLE IF EXISTS reservations CASCADE;
DROP TABLE IF EXISTS closures CASCADE;
DROP TABLE IF EXISTS courts CASCADE;
DROP TABLE IF EXISTS facilities CASCADE;
DROP TABLE IF EXISTS members CASCADE;
DROP TYPE IF EXISTS notification_log_result;
DROP TYPE IF EXISTS notification_log_template;
DROP TYPE IF EXISTS payment_status;
DROP TYPE IF EXISTS reservation_status;
DROP TYPE IF EXISTS facility_sport;
DROP TYPE IF EXISTS member_role;
