-- R-WEB-4: the parts board shows how many orders stand at each status of a rooftop, in tens of milliseconds at a
-- million orders. Counting a big rooftop's rows each time took about 65 ms at 300,000 orders, so the counts are kept
-- as they change: statement triggers on special_orders add each statement's changes per organization, rooftop and
-- status (an edit that moves nothing touches no count). The upserts take their rows in key order within a statement.
-- A count row is locked until its transaction ends, so two transactions changing orders of the same status at the
-- same rooftop take turns at that row; at a parts counter's pace that is not felt (server/bench/results/board.md).
CREATE TABLE special_order_counts (
    organization_id uuid   NOT NULL,
    rooftop_id      uuid   NOT NULL,
    status          text   NOT NULL,
    orders          bigint NOT NULL,
    PRIMARY KEY (organization_id, rooftop_id, status),
    -- Derived data: a rooftop the purge removes takes its counts with it.
    FOREIGN KEY (organization_id, rooftop_id) REFERENCES rooftops (organization_id, id) ON DELETE CASCADE
);

-- The counts of the orders already there. The owner reads every organization's orders only while Row-Level Security
-- is not forced on it, for this statement.
ALTER TABLE special_orders NO FORCE ROW LEVEL SECURITY;
INSERT INTO special_order_counts (organization_id, rooftop_id, status, orders)
SELECT organization_id, rooftop_id, status, count(*) FROM special_orders GROUP BY organization_id, rooftop_id, status;
ALTER TABLE special_orders FORCE ROW LEVEL SECURITY;
SELECT enable_tenant_isolation('special_order_counts');

CREATE FUNCTION count_special_orders() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO special_order_counts AS c (organization_id, rooftop_id, status, orders)
        SELECT organization_id, rooftop_id, status, count(*) FROM added_orders
         GROUP BY organization_id, rooftop_id, status ORDER BY organization_id, rooftop_id, status
            ON CONFLICT (organization_id, rooftop_id, status) DO UPDATE SET orders = c.orders + EXCLUDED.orders;
    ELSIF TG_OP = 'DELETE' THEN
        UPDATE special_order_counts c SET orders = c.orders - gone.orders
          FROM (SELECT organization_id, rooftop_id, status, count(*) AS orders FROM removed_orders
                 GROUP BY organization_id, rooftop_id, status) gone
         WHERE c.organization_id = gone.organization_id AND c.rooftop_id = gone.rooftop_id
           AND c.status = gone.status;
    ELSE
        INSERT INTO special_order_counts AS c (organization_id, rooftop_id, status, orders)
        SELECT organization_id, rooftop_id, status, sum(delta) FROM (
                   SELECT organization_id, rooftop_id, status, 1 AS delta FROM changed_orders
                    UNION ALL
                   SELECT organization_id, rooftop_id, status, -1 FROM previous_orders) moved
         GROUP BY organization_id, rooftop_id, status HAVING sum(delta) <> 0
         ORDER BY organization_id, rooftop_id, status
            ON CONFLICT (organization_id, rooftop_id, status) DO UPDATE SET orders = c.orders + EXCLUDED.orders;
    END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER special_orders_counted_in
    AFTER INSERT ON special_orders
    REFERENCING NEW TABLE AS added_orders
    FOR EACH STATEMENT EXECUTE FUNCTION count_special_orders();

CREATE TRIGGER special_orders_counted_again
    AFTER UPDATE ON special_orders
    REFERENCING OLD TABLE AS previous_orders NEW TABLE AS changed_orders
    FOR EACH STATEMENT EXECUTE FUNCTION count_special_orders();

CREATE TRIGGER special_orders_counted_out
    AFTER DELETE ON special_orders
    REFERENCING OLD TABLE AS removed_orders
    FOR EACH STATEMENT EXECUTE FUNCTION count_special_orders();
