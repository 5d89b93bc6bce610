-- R-SOP-9 under row-level security. LIKE is not LEAKPROOF, so PostgreSQL evaluates it only after a policy has
-- filtered the rows, and never as an index condition: under the app role a trigram index cannot serve a search. The
-- search therefore runs in these two functions, as their owner, inside the caller's own tenant (current_tenant(),
-- the transaction's setting, never a parameter), and returns ids only; the app role then reads those rows under its
-- policies as always. Each builds its statement for exactly the conditions given, with the values as literals, so
-- that the planner weighs each search on its own (a broad word: the newest-first index; a rare one: the trigram
-- index).
--
-- The directory functions (V16, V18) and these read across the policy as the owner. A superuser owner bypasses row
-- security anyway; an owner that is not one needs these read policies, since the tables force row security on their
-- owner too (V6 did the same for the outbox and organizations).
DO $$
BEGIN
    EXECUTE format('CREATE POLICY directory_read ON members FOR SELECT TO %I USING (true)', current_user);
    EXECUTE format('CREATE POLICY directory_read ON customers FOR SELECT TO %I USING (true)', current_user);
    EXECUTE format('CREATE POLICY directory_read ON special_orders FOR SELECT TO %I USING (true)', current_user);
END
$$;

-- Customers whose name or e-mail holds the (LIKE-escaped, %-wrapped) pattern or whose phone holds the digits, newest
-- first after the keyset position; with rooftops, only those with an order at one of them or registered by the given
-- actor.
CREATE FUNCTION search_customer_ids(pattern text, digits text, registered_kind text, registered_id uuid,
                                    rooftops uuid[], after_at timestamptz, after_id uuid, page_size integer)
    RETURNS SETOF uuid LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public AS $$
DECLARE
    tenant  uuid   := current_tenant();
    matches text[] := '{}';
BEGIN
    IF tenant IS NULL THEN
        RETURN;
    END IF;
    IF pattern IS NOT NULL THEN
        matches := matches || format('c.search_name LIKE %L', search_fold(pattern))
                           || format('c.email LIKE %L', search_fold(pattern));
    END IF;
    IF digits IS NOT NULL THEN
        matches := matches || format('c.phone LIKE %L', '%' || digits || '%');
    END IF;
    IF cardinality(matches) = 0 THEN
        RETURN;
    END IF;
    RETURN QUERY EXECUTE
        format('SELECT c.id FROM customers c WHERE c.organization_id = %L AND (%s)', tenant,
               array_to_string(matches, ' OR '))
        || CASE WHEN rooftops IS NULL THEN '' ELSE
               format(' AND (c.registered_by_kind = %L AND c.registered_by_id = %L OR EXISTS (SELECT 1 FROM '
                      'special_orders o WHERE o.organization_id = c.organization_id AND o.customer_id = c.id '
                      'AND o.rooftop_id = ANY (%L::uuid[])))', registered_kind, registered_id, rooftops) END
        || CASE WHEN after_at IS NULL THEN '' ELSE
               format(' AND (c.created_at, c.id) < (%L::timestamptz, %L::uuid)', after_at, after_id) END
        || format(' ORDER BY c.created_at DESC, c.id DESC LIMIT %s', page_size);
END
$$;

-- Special orders whose SOP number is the number, or whose search text holds the pattern, or (by_name) whose customer
-- is one of the 100 newest whose name holds it (a surname shared by thousands would otherwise cost tens of
-- milliseconds); at the rooftops given (all when null), newest first.
CREATE FUNCTION search_special_order_ids(pattern text, sop bigint, by_name boolean, rooftops uuid[],
                                         after_at timestamptz, after_id uuid, page_size integer)
    RETURNS SETOF uuid LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public AS $$
DECLARE
    tenant  uuid   := current_tenant();
    matches text[] := '{}';
BEGIN
    IF tenant IS NULL THEN
        RETURN;
    END IF;
    IF sop IS NOT NULL THEN
        matches := matches || format('o.sop_number = %s', sop);
    END IF;
    IF pattern IS NOT NULL THEN
        matches := matches || format('o.search_text LIKE %L', search_fold(pattern));
        IF by_name THEN
            matches := matches || format('o.customer_id = ANY (ARRAY(SELECT c.id FROM customers c WHERE '
                                         'c.organization_id = %L AND c.search_name LIKE %L '
                                         'ORDER BY c.created_at DESC LIMIT 100))', tenant, search_fold(pattern));
        END IF;
    END IF;
    IF cardinality(matches) = 0 THEN
        RETURN;
    END IF;
    RETURN QUERY EXECUTE
        format('SELECT o.id FROM special_orders o WHERE o.organization_id = %L AND (%s)', tenant,
               array_to_string(matches, ' OR '))
        || CASE WHEN rooftops IS NULL THEN '' ELSE format(' AND o.rooftop_id = ANY (%L::uuid[])', rooftops) END
        || CASE WHEN after_at IS NULL THEN '' ELSE
               format(' AND (o.created_at, o.id) < (%L::timestamptz, %L::uuid)', after_at, after_id) END
        || format(' ORDER BY o.created_at DESC, o.id DESC LIMIT %s', page_size);
END
$$;

REVOKE ALL ON FUNCTION search_customer_ids(text, text, text, uuid, uuid[], timestamptz, uuid, integer) FROM PUBLIC;
REVOKE ALL ON FUNCTION search_special_order_ids(text, bigint, boolean, uuid[], timestamptz, uuid, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION search_customer_ids(text, text, text, uuid, uuid[], timestamptz, uuid, integer)
    TO "${appUser}";
GRANT EXECUTE ON FUNCTION search_special_order_ids(text, bigint, boolean, uuid[], timestamptz, uuid, integer)
    TO "${appUser}";
