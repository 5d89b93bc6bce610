-- R-NOT-2: an SMS opt-out reported by the provider names a phone number only; these are the organizations with a
-- customer at that number. It runs as the owner, past row-level security, and returns organization ids only.
CREATE FUNCTION customer_phone_organizations(number text) RETURNS SETOF uuid
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
    SELECT DISTINCT organization_id FROM customers WHERE phone = number ORDER BY organization_id LIMIT 100
$$;
REVOKE ALL ON FUNCTION customer_phone_organizations(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION customer_phone_organizations(text) TO "${appUser}";

CREATE INDEX customers_by_phone ON customers (organization_id, phone) WHERE phone IS NOT NULL;

-- A customer e-mail carries its one-click unsubscribe link (RFC 8058), which the e-mail channels send as headers.
ALTER TABLE outbox_messages ADD COLUMN unsubscribe_url text CHECK (length(unsubscribe_url) <= 2000);
