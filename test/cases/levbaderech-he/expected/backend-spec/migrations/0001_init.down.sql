-- levbaderech: undo the initial migration (drops every table and enum type it created).
DROP TABLE IF EXISTS driver_regions CASCADE;
DROP TABLE IF EXISTS audit_entries CASCADE;
DROP TABLE IF EXISTS sms_messages CASCADE;
DROP TABLE IF EXISTS referrals CASCADE;
DROP TABLE IF EXISTS ride_events CASCADE;
DROP TABLE IF EXISTS rides CASCADE;
DROP TABLE IF EXISTS ride_series CASCADE;
DROP TABLE IF EXISTS drivers CASCADE;
DROP TABLE IF EXISTS patients CASCADE;
DROP TABLE IF EXISTS hospitals CASCADE;
DROP TABLE IF EXISTS regions CASCADE;
DROP TYPE IF EXISTS referral_status;
DROP TYPE IF EXISTS kind;
DROP TYPE IF EXISTS ride_status;
