-- shiftshare: undo the initial migration (drops every table and enum type it created).
DROP TABLE IF EXISTS audit_log CASCADE;
DROP TABLE IF EXISTS invitations CASCADE;
DROP TABLE IF EXISTS flag_reviews CASCADE;
DROP TABLE IF EXISTS waivers CASCADE;
DROP TABLE IF EXISTS hour_adjustments CASCADE;
DROP TABLE IF EXISTS hour_records CASCADE;
DROP TABLE IF EXISTS signups CASCADE;
DROP TABLE IF EXISTS shifts CASCADE;
DROP TABLE IF EXISTS volunteers CASCADE;
DROP TABLE IF EXISTS staff_members CASCADE;
DROP TABLE IF EXISTS sites CASCADE;
DROP TABLE IF EXISTS organizations CASCADE;
DROP TYPE IF EXISTS audit_log_actor_kind;
DROP TYPE IF EXISTS signup_status;
DROP TYPE IF EXISTS shift_status;
DROP TYPE IF EXISTS staff_member_role;
DROP TYPE IF EXISTS site_kind;
