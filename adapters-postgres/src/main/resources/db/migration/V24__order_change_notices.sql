-- R-WEB-2: a parts board open in a browser refreshes itself when an order at its rooftop changes, whichever server
-- instance made the change. Each statement that adds or changes orders sends one notice per organization and rooftop
-- it touched on the channel soptrack_orders, delivered at commit (and only then) in commit order to every listening
-- connection. The notice carries two ids and nothing else; the listener reads the board again under its own tenant.
CREATE FUNCTION notify_special_order_changes() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    PERFORM pg_notify('soptrack_orders', organization_id::text || ' ' || rooftop_id::text)
       FROM (SELECT DISTINCT organization_id, rooftop_id FROM changed_orders) AS touched;
    RETURN NULL;
END;
$$;

CREATE TRIGGER special_orders_added
    AFTER INSERT ON special_orders
    REFERENCING NEW TABLE AS changed_orders
    FOR EACH STATEMENT EXECUTE FUNCTION notify_special_order_changes();

CREATE TRIGGER special_orders_changed
    AFTER UPDATE ON special_orders
    REFERENCING NEW TABLE AS changed_orders
    FOR EACH STATEMENT EXECUTE FUNCTION notify_special_order_changes();
