-- skladka: undo the initial migration (drops every table and enum type it created).
DROP TABLE IF EXISTS donations CASCADE;
DROP TABLE IF EXISTS shipments CASCADE;
DROP TABLE IF EXISTS request_lines CASCADE;
DROP TABLE IF EXISTS aid_requests CASCADE;
DROP TABLE IF EXISTS stock_movements CASCADE;
DROP TABLE IF EXISTS stock_batches CASCADE;
DROP TABLE IF EXISTS items CASCADE;
DROP TABLE IF EXISTS warehouses CASCADE;
DROP TYPE IF EXISTS stock_movement_kind;
DROP TYPE IF EXISTS donation_status;
DROP TYPE IF EXISTS aid_request_status;
DROP TYPE IF EXISTS item_category;
