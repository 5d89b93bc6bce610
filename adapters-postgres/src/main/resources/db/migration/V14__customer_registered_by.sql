-- R-TEN-2: who registered a customer, so that a member limited to some rooftops reads the customers they registered
-- as well as those with an order at their rooftops. Empty for customers registered before it was recorded.
ALTER TABLE customers
    ADD COLUMN registered_by_kind text CHECK (registered_by_kind IN ('MEMBER', 'OPERATOR', 'SYSTEM')),
    ADD COLUMN registered_by_id   uuid,
    ADD CONSTRAINT customers_registered_by_whole CHECK ((registered_by_kind IS NULL) = (registered_by_id IS NULL));
