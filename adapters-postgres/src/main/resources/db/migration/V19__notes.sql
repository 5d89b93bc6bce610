-- R-SOP-8: dated, attributed notes staff write on a special order or on a customer; written once, never changed.
CREATE TABLE notes (
    organization_id  uuid        NOT NULL,
    id               uuid        NOT NULL,
    special_order_id uuid,
    customer_id      uuid,
    text             text        NOT NULL CHECK (length(text) BETWEEN 1 AND 2000),
    author_kind      text        NOT NULL CHECK (author_kind IN ('MEMBER', 'OPERATOR', 'SYSTEM')),
    author_id        uuid        NOT NULL,
    at               timestamptz NOT NULL,
    PRIMARY KEY (organization_id, id),
    FOREIGN KEY (organization_id, special_order_id) REFERENCES special_orders (organization_id, id),
    FOREIGN KEY (organization_id, customer_id) REFERENCES customers (organization_id, id),
    CHECK ((special_order_id IS NULL) <> (customer_id IS NULL))
);
CREATE INDEX notes_on_orders ON notes (organization_id, special_order_id, at DESC) WHERE special_order_id IS NOT NULL;
CREATE INDEX notes_on_customers ON notes (organization_id, customer_id, at DESC) WHERE customer_id IS NOT NULL;
CREATE INDEX notes_by_author ON notes (organization_id, author_id);
SELECT enable_tenant_isolation('notes');
