-- Trigram similarity for fuzzy member and skill search (trusted extension: the database
-- owner may create it, no superuser needed).
CREATE EXTENSION IF NOT EXISTS pg_trgm;
