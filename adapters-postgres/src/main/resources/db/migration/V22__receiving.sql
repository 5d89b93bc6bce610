-- R-SOP-10: a delivery of a part number is received against the orders of one rooftop still waiting for it, oldest
-- first.
CREATE INDEX special_orders_waiting ON special_orders (organization_id, rooftop_id, part_number, created_at, id)
    WHERE status IN ('ORDERED', 'BACKORDERED');
