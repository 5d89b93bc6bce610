-- R-SOP-9: one search box over customers and special orders. Text is compared lower-case and without accents
-- (unaccent), anywhere in a field (trigram indexes of pg_trgm, which answer LIKE '%…%'). Both extensions ship with
-- PostgreSQL's contrib and are trusted: the database owner may create them.
--
-- The trigram indexes are the one kind here that does not lead with organization_id. A GIN index can hold it as a
-- first column (with btree_gin), but every search of a large organization then walks that organization's whole
-- posting list: at 900,000 orders of one organization an RO number took 18 ms that way and 9 ms without it (measured
-- with server/bench's SearchBenchmark). The organization is checked on each row the index finds instead.
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- Lower case without accents. unaccent() is only STABLE (its dictionary could change), so it cannot serve an index
-- directly; naming the dictionary makes the result fixed, as the PostgreSQL documentation suggests for this use.
CREATE FUNCTION search_fold(value text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    RETURN public.unaccent('public.unaccent'::regdictionary, lower(value));

ALTER TABLE customers ADD COLUMN search_name text GENERATED ALWAYS AS (search_fold(name)) STORED;
CREATE INDEX customers_search_name ON customers USING gin (search_name gin_trgm_ops);
CREATE INDEX customers_search_email ON customers USING gin (email gin_trgm_ops);
-- Phones are stored in E.164 (+ and digits), so the digits someone types, however formatted, are a substring.
CREATE INDEX customers_search_phone ON customers USING gin (phone gin_trgm_ops);

ALTER TABLE special_orders ADD COLUMN search_text text GENERATED ALWAYS AS (search_fold(
    ro_number || ' ' || part_number || ' ' || description || ' ' || vendor || ' ' || coalesce(vehicle_vin, ''))) STORED;
CREATE INDEX special_orders_search ON special_orders USING gin (search_text gin_trgm_ops);
CREATE INDEX special_orders_sop_number ON special_orders (organization_id, sop_number);
