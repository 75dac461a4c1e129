-- rayon: undo the initial migration (drops every table and enum type it created).
DROP TABLE IF EXISTS mouvements_stock CASCADE;
DROP TABLE IF EXISTS lignes_devis CASCADE;
DROP TABLE IF EXISTS pieces CASCADE;
DROP TABLE IF EXISTS devis CASCADE;
DROP TABLE IF EXISTS factures CASCADE;
DROP TABLE IF EXISTS ordres_reparation CASCADE;
DROP TABLE IF EXISTS reservations CASCADE;
DROP TABLE IF EXISTS creneaux CASCADE;
DROP TABLE IF EXISTS adhesions CASCADE;
DROP TABLE IF EXISTS cyclistes CASCADE;
DROP TABLE IF EXISTS ateliers CASCADE;
DROP TYPE IF EXISTS statut_devis;
DROP TYPE IF EXISTS statut_ordre;
DROP TYPE IF EXISTS statut_reservation;
DROP TYPE IF EXISTS type_velo;
DROP TYPE IF EXISTS statut_adhesion;
