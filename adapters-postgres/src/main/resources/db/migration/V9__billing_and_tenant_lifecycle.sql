-- R-TEN-6: the purge of an organization's business data once the grace period after cancellation ran out. It
-- starts with a census (how many records of each kind it will delete) and ends when nothing is left.
ALTER TABLE organizations
    ADD COLUMN purge_started_at   timestamptz,
    ADD COLUMN purge_counts       jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(purge_counts) = 'object'),
    ADD COLUMN purge_completed_at timestamptz,
    ADD CONSTRAINT organizations_purge_order CHECK (purge_completed_at IS NULL OR purge_started_at IS NOT NULL),
    ADD CONSTRAINT organizations_purge_counts CHECK (purge_started_at IS NOT NULL OR purge_counts = '{}');

-- Billing records: what the billing provider told us, once per provider event id. Kept 7 years (BILLING_RECORDS),
-- also after a purge; restricted_at marks a record whose person asked for erasure (the law keeps the record).
CREATE TABLE billing_events (
    organization_id   uuid          NOT NULL REFERENCES organizations (organization_id),
    id                uuid          NOT NULL,
    provider_event_id text          NOT NULL CHECK (provider_event_id ~ '^[A-Za-z0-9_:.-]{1,200}$'),
    type              text          NOT NULL CHECK (type IN ('TRIAL_STARTED', 'ACTIVATED', 'PAST_DUE', 'CANCELLED',
                                                             'INVOICE_PAID', 'PAYMENT_FAILED')),
    occurred_at       timestamptz   NOT NULL,
    received_at       timestamptz   NOT NULL,
    amount            numeric(12, 2) CHECK (amount >= 0),
    currency          text          CHECK (currency ~ '^[A-Z]{3}$'),
    invoice           text          CHECK (length(invoice) BETWEEN 1 AND 100),
    billing_email     text          CHECK (length(billing_email) <= 254),
    restricted_at     timestamptz,
    PRIMARY KEY (organization_id, id),
    UNIQUE (organization_id, provider_event_id),
    CHECK ((amount IS NULL) = (currency IS NULL))
);
CREATE INDEX billing_events_occurred ON billing_events (organization_id, occurred_at);
SELECT enable_tenant_isolation('billing_events');

-- The purge deletes contact attempts by customer, sparing those of held customers.
CREATE INDEX contact_attempts_customer ON contact_attempts (organization_id, customer_id);
