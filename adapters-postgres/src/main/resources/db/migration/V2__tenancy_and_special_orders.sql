-- Every tenant table: organization_id first in the primary key, in every unique key and every foreign key, and
-- first in every index a list or search uses, so the schema can be distributed by tenant unchanged.

CREATE TABLE organizations (
    organization_id uuid PRIMARY KEY,
    name            text        NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    subscription    text        NOT NULL CHECK (subscription IN ('TRIAL', 'ACTIVE', 'PAST_DUE', 'CANCELLED')),
    created_at      timestamptz NOT NULL,
    cancelled_at    timestamptz,
    version         bigint      NOT NULL CHECK (version >= 0),
    CHECK ((subscription = 'CANCELLED') = (cancelled_at IS NOT NULL))
);
SELECT enable_tenant_isolation('organizations');

CREATE TABLE rooftops (
    organization_id        uuid        NOT NULL REFERENCES organizations (organization_id),
    id                     uuid        NOT NULL,
    name                   text        NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
    brand                  text        NOT NULL CHECK (length(brand) BETWEEN 1 AND 60),
    city                   text        NOT NULL CHECK (length(city) BETWEEN 1 AND 120),
    state_code             text        NOT NULL CHECK (length(state_code) BETWEEN 1 AND 40),
    aging_threshold        interval    NOT NULL,
    default_return_window  interval    NOT NULL,
    vendor_return_windows  jsonb       NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(vendor_return_windows) = 'object'),
    deadline_near_window   interval    NOT NULL,
    first_contact_delay    interval    NOT NULL,
    recycle_every          interval    NOT NULL,
    daily_within           interval    NOT NULL,
    wait_for_all_parts     boolean     NOT NULL,
    created_at             timestamptz NOT NULL,
    version                bigint      NOT NULL CHECK (version >= 0),
    PRIMARY KEY (organization_id, id)
);
SELECT enable_tenant_isolation('rooftops');

CREATE TABLE members (
    organization_id uuid        NOT NULL REFERENCES organizations (organization_id),
    id              uuid        NOT NULL,
    email           text        NOT NULL CHECK (email = lower(email) AND length(email) <= 254),
    display_name    text        NOT NULL CHECK (length(display_name) BETWEEN 1 AND 120),
    role            text        NOT NULL CHECK (role IN ('OWNER', 'ADMIN', 'PARTS_MANAGER', 'ADVISOR', 'BDC', 'VIEWER')),
    all_rooftops    boolean     NOT NULL,
    rooftop_ids     uuid[]      NOT NULL DEFAULT '{}',
    status          text        NOT NULL CHECK (status IN ('ACTIVE', 'REMOVED')),
    joined_at       timestamptz NOT NULL,
    removed_at      timestamptz,
    version         bigint      NOT NULL CHECK (version >= 0),
    PRIMARY KEY (organization_id, id),
    CHECK (all_rooftops = (cardinality(rooftop_ids) = 0)),
    CHECK ((status = 'REMOVED') = (removed_at IS NOT NULL))
);
CREATE UNIQUE INDEX members_active_email ON members (organization_id, email) WHERE status = 'ACTIVE';
SELECT enable_tenant_isolation('members');

CREATE TABLE invitations (
    organization_id uuid        NOT NULL REFERENCES organizations (organization_id),
    id              uuid        NOT NULL,
    email           text        NOT NULL CHECK (email = lower(email) AND length(email) <= 254),
    role            text        NOT NULL CHECK (role IN ('OWNER', 'ADMIN', 'PARTS_MANAGER', 'ADVISOR', 'BDC', 'VIEWER')),
    all_rooftops    boolean     NOT NULL,
    rooftop_ids     uuid[]      NOT NULL DEFAULT '{}',
    token_hash      text        NOT NULL CHECK (token_hash ~ '^[0-9a-f]{64}$'),
    invited_by_kind text        NOT NULL CHECK (invited_by_kind IN ('MEMBER', 'OPERATOR', 'SYSTEM')),
    invited_by_id   uuid        NOT NULL,
    created_at      timestamptz NOT NULL,
    expires_at      timestamptz NOT NULL CHECK (expires_at > created_at),
    status          text        NOT NULL CHECK (status IN ('PENDING', 'ACCEPTED', 'REVOKED')),
    closed_at       timestamptz,
    version         bigint      NOT NULL CHECK (version >= 0),
    PRIMARY KEY (organization_id, id),
    CHECK (all_rooftops = (cardinality(rooftop_ids) = 0)),
    CHECK ((status = 'PENDING') = (closed_at IS NULL))
);
CREATE INDEX invitations_pending ON invitations (organization_id, created_at) WHERE status = 'PENDING';
SELECT enable_tenant_isolation('invitations');

CREATE TABLE operator_access_grants (
    organization_id uuid        NOT NULL REFERENCES organizations (organization_id),
    id              uuid        NOT NULL,
    operator_id     uuid        NOT NULL,
    reason          text        NOT NULL CHECK (length(reason) BETWEEN 10 AND 1000),
    scope           text        NOT NULL CHECK (scope IN ('READ_ONLY', 'READ_WRITE')),
    opened_at       timestamptz NOT NULL,
    expires_at      timestamptz NOT NULL CHECK (expires_at > opened_at),
    closed_at       timestamptz,
    closed_by_kind  text CHECK (closed_by_kind IN ('MEMBER', 'OPERATOR', 'SYSTEM')),
    closed_by_id    uuid,
    version         bigint      NOT NULL CHECK (version >= 0),
    PRIMARY KEY (organization_id, id),
    CHECK ((closed_at IS NULL) = (closed_by_kind IS NULL) AND (closed_by_kind IS NULL) = (closed_by_id IS NULL))
);
CREATE INDEX operator_access_grants_active ON operator_access_grants (organization_id, operator_id, expires_at);
CREATE INDEX operator_access_grants_opened ON operator_access_grants (organization_id, opened_at DESC);
SELECT enable_tenant_isolation('operator_access_grants');

CREATE TABLE customers (
    organization_id uuid        NOT NULL REFERENCES organizations (organization_id),
    id              uuid        NOT NULL,
    name            text        NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    phone           text CHECK (phone ~ '^\+[1-9][0-9]{7,14}$'),
    email           text CHECK (email = lower(email) AND length(email) <= 254),
    may_call        boolean     NOT NULL,
    may_sms         boolean     NOT NULL,
    may_email       boolean     NOT NULL,
    opted_out       boolean     NOT NULL,
    created_at      timestamptz NOT NULL,
    version         bigint      NOT NULL CHECK (version >= 0),
    PRIMARY KEY (organization_id, id)
);
SELECT enable_tenant_isolation('customers');

CREATE TABLE special_orders (
    organization_id uuid          NOT NULL,
    id              uuid          NOT NULL,
    rooftop_id      uuid          NOT NULL,
    sop_number      bigint        NOT NULL CHECK (sop_number > 0),
    customer_id     uuid          NOT NULL,
    vehicle_year    integer       NOT NULL CHECK (vehicle_year BETWEEN 1900 AND 2100),
    vehicle_make    text          NOT NULL CHECK (length(vehicle_make) BETWEEN 1 AND 60),
    vehicle_model   text          NOT NULL CHECK (length(vehicle_model) BETWEEN 1 AND 80),
    vehicle_vin     text CHECK (vehicle_vin ~ '^[A-HJ-NPR-Z0-9]{17}$'),
    ro_number       text          NOT NULL CHECK (length(ro_number) BETWEEN 1 AND 30),
    part_number     text          NOT NULL CHECK (length(part_number) BETWEEN 1 AND 40),
    description     text          NOT NULL CHECK (length(description) BETWEEN 1 AND 500),
    quantity        integer       NOT NULL CHECK (quantity BETWEEN 1 AND 9999),
    vendor          text          NOT NULL CHECK (length(vendor) BETWEEN 1 AND 120),
    unit_price      numeric(10,2) NOT NULL CHECK (unit_price >= 0),
    eta             date,
    order_date      date,
    bin_location    text CHECK (length(bin_location) BETWEEN 1 AND 40),
    deposit_amount  numeric(10,2) CHECK (deposit_amount >= 0),
    deposit_state   text CHECK (deposit_state IN ('DUE', 'PAID', 'REFUNDED', 'FORFEITED')),
    deposit_paid_at timestamptz,
    non_returnable  boolean       NOT NULL,
    notes           text          NOT NULL CHECK (length(notes) <= 4000),
    status          text          NOT NULL CHECK (status IN ('REQUESTED', 'ORDERED', 'BACKORDERED', 'RECEIVED',
                                      'CUSTOMER_NOTIFIED', 'SCHEDULED', 'COMPLETED', 'CANCELLED', 'RETURNED')),
    received_at     timestamptz,
    kept_by_kind    text CHECK (kept_by_kind IN ('MEMBER', 'OPERATOR', 'SYSTEM')),
    kept_by_id      uuid,
    kept_at         timestamptz,
    keep_reason     text CHECK (length(keep_reason) BETWEEN 1 AND 500),
    created_by_kind text          NOT NULL CHECK (created_by_kind IN ('MEMBER', 'OPERATOR', 'SYSTEM')),
    created_by_id   uuid          NOT NULL,
    created_at      timestamptz   NOT NULL,
    updated_at      timestamptz   NOT NULL,
    version         bigint        NOT NULL CHECK (version >= 0),
    PRIMARY KEY (organization_id, id),
    UNIQUE (organization_id, rooftop_id, sop_number),
    FOREIGN KEY (organization_id, rooftop_id) REFERENCES rooftops (organization_id, id),
    FOREIGN KEY (organization_id, customer_id) REFERENCES customers (organization_id, id),
    CHECK ((deposit_amount IS NULL) = (deposit_state IS NULL)),
    CHECK ((kept_at IS NULL) = (kept_by_id IS NULL) AND (kept_at IS NULL) = (keep_reason IS NULL))
);
CREATE INDEX special_orders_newest ON special_orders (organization_id, created_at DESC, id DESC);
CREATE INDEX special_orders_rooftop_status ON special_orders (organization_id, rooftop_id, status, created_at DESC, id DESC);
CREATE INDEX special_orders_ro ON special_orders (organization_id, rooftop_id, ro_number);
CREATE INDEX special_orders_customer ON special_orders (organization_id, customer_id);
CREATE INDEX special_orders_part ON special_orders (organization_id, part_number);
CREATE INDEX special_orders_on_shelf ON special_orders (organization_id, rooftop_id, received_at)
    WHERE status IN ('RECEIVED', 'CUSTOMER_NOTIFIED', 'SCHEDULED');
SELECT enable_tenant_isolation('special_orders');

CREATE TABLE special_order_transitions (
    organization_id  uuid        NOT NULL,
    special_order_id uuid        NOT NULL,
    seq              integer     NOT NULL CHECK (seq >= 1),
    from_status      text        NOT NULL,
    to_status        text        NOT NULL,
    actor_kind       text        NOT NULL CHECK (actor_kind IN ('MEMBER', 'OPERATOR', 'SYSTEM')),
    actor_id         uuid        NOT NULL,
    at               timestamptz NOT NULL,
    reason           text CHECK (length(reason) BETWEEN 1 AND 500),
    PRIMARY KEY (organization_id, special_order_id, seq),
    FOREIGN KEY (organization_id, special_order_id) REFERENCES special_orders (organization_id, id) ON DELETE CASCADE
);
SELECT enable_tenant_isolation('special_order_transitions');

CREATE TABLE sop_counters (
    organization_id uuid   NOT NULL,
    rooftop_id      uuid   NOT NULL,
    last_number     bigint NOT NULL CHECK (last_number >= 0),
    PRIMARY KEY (organization_id, rooftop_id),
    FOREIGN KEY (organization_id, rooftop_id) REFERENCES rooftops (organization_id, id)
);
SELECT enable_tenant_isolation('sop_counters');

CREATE TABLE contact_attempts (
    organization_id uuid        NOT NULL,
    id              uuid        NOT NULL,
    rooftop_id      uuid        NOT NULL,
    ro_number       text        NOT NULL CHECK (length(ro_number) BETWEEN 1 AND 30),
    customer_id     uuid        NOT NULL,
    at              timestamptz NOT NULL,
    actor_kind      text        NOT NULL CHECK (actor_kind IN ('MEMBER', 'OPERATOR', 'SYSTEM')),
    actor_id        uuid        NOT NULL,
    channel         text        NOT NULL CHECK (channel IN ('CALL', 'SMS', 'EMAIL')),
    outcome         text        NOT NULL CHECK (outcome IN ('REACHED', 'VOICEMAIL', 'NO_ANSWER', 'WRONG_NUMBER')),
    note            text        NOT NULL CHECK (length(note) <= 2000),
    PRIMARY KEY (organization_id, id),
    FOREIGN KEY (organization_id, rooftop_id) REFERENCES rooftops (organization_id, id),
    FOREIGN KEY (organization_id, customer_id) REFERENCES customers (organization_id, id)
);
CREATE INDEX contact_attempts_ro ON contact_attempts (organization_id, rooftop_id, ro_number, at);
SELECT enable_tenant_isolation('contact_attempts');

CREATE TABLE audit_events (
    organization_id uuid        NOT NULL,
    id              uuid        NOT NULL,
    at              timestamptz NOT NULL,
    actor_kind      text        NOT NULL CHECK (actor_kind IN ('MEMBER', 'OPERATOR', 'SYSTEM')),
    actor_id        uuid        NOT NULL,
    action          text        NOT NULL,
    target          text        NOT NULL CHECK (length(target) BETWEEN 1 AND 200),
    details         jsonb       NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(details) = 'object'),
    PRIMARY KEY (organization_id, id)
);
CREATE INDEX audit_events_newest ON audit_events (organization_id, at DESC, id DESC);
CREATE INDEX audit_events_actor ON audit_events (organization_id, actor_id, at DESC);
SELECT enable_tenant_isolation('audit_events');
-- The audit log is append-only for the application.
REVOKE UPDATE, DELETE ON audit_events FROM "${appUser}";
