-- R-SOP-9: one search box over customers and special orders. Text is compared lower-case and without accents
-- (unaccent), anywhere in a field (trigram indexes of pg_trgm, which answer LIKE '%…%'); btree_gin lets those GIN
-- indexes lead with organization_id as every index here does. The three extensions ship with PostgreSQL's contrib and
-- are trusted: the database owner may create them.
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS btree_gin;

-- Lower case without accents. unaccent() is only STABLE (its dictionary could change), so it cannot serve an index
-- directly; naming the dictionary makes the result fixed, as the PostgreSQL documentation suggests for this use.
CREATE FUNCTION search_fold(value text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    RETURN public.unaccent('public.unaccent'::regdictionary, lower(value));

ALTER TABLE customers ADD COLUMN search_name text GENERATED ALWAYS AS (search_fold(name)) STORED;
CREATE INDEX customers_search_name ON customers USING gin (organization_id, search_name gin_trgm_ops);
CREATE INDEX customers_search_email ON customers USING gin (organization_id, email gin_trgm_ops);
-- Phones are stored in E.164 (+ and digits), so the digits someone types, however formatted, are a substring.
CREATE INDEX customers_search_phone ON customers USING gin (organization_id, phone gin_trgm_ops);

ALTER TABLE special_orders ADD COLUMN search_text text GENERATED ALWAYS AS (search_fold(
    ro_number || ' ' || part_number || ' ' || description || ' ' || vendor || ' ' || coalesce(vehicle_vin, ''))) STORED;
CREATE INDEX special_orders_search ON special_orders USING gin (organization_id, search_text gin_trgm_ops);
CREATE INDEX special_orders_sop_number ON special_orders (organization_id, sop_number);
