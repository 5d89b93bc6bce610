-- R-NOT-1, R-NOT-4: every occurrence of an event, with the facts its messages were rendered from. The key names the
-- occurrence ("aging threshold of order X since receipt R"), so a job that runs again raises nothing twice.
CREATE TABLE notification_events (
    organization_id uuid        NOT NULL REFERENCES organizations (organization_id),
    id              uuid        NOT NULL,
    event           text        NOT NULL CHECK (length(event) BETWEEN 1 AND 60),
    event_key       text        NOT NULL CHECK (length(event_key) BETWEEN 1 AND 300),
    rooftop_id      uuid,
    raised_at       timestamptz NOT NULL,
    facts           jsonb       NOT NULL CHECK (jsonb_typeof(facts) = 'object'),
    PRIMARY KEY (organization_id, id),
    UNIQUE (organization_id, event_key)
);
SELECT enable_tenant_isolation('notification_events');

-- R-NOT-4: the transactional outbox. A message is written with the change that raised it and leased by a dispatcher
-- (next_attempt_at moved past the send) while it is sent; its id is the idempotency key given to providers.
CREATE TABLE outbox_messages (
    organization_id uuid        NOT NULL,
    id              uuid        NOT NULL,
    event_id        uuid        NOT NULL,
    event           text        NOT NULL CHECK (length(event) BETWEEN 1 AND 60),
    rooftop_id      uuid,
    customer_id     uuid,
    channel         text        NOT NULL CHECK (channel IN ('EMAIL', 'GROUPME', 'SMS', 'WEBHOOK')),
    address         text        NOT NULL CHECK (length(address) BETWEEN 1 AND 2000),
    credentials     jsonb       NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(credentials) = 'object'),
    subject         text        NOT NULL,
    body            text        NOT NULL CHECK (length(body) >= 1),
    sensitive       boolean     NOT NULL,
    status          text        NOT NULL CHECK (status IN ('PENDING', 'DELIVERED', 'DEAD')),
    attempts        integer     NOT NULL CHECK (attempts >= 0),
    created_at      timestamptz NOT NULL,
    next_attempt_at timestamptz NOT NULL,
    settled_at      timestamptz,
    last_error      text        CHECK (length(last_error) <= 500),
    version         bigint      NOT NULL CHECK (version >= 0),
    PRIMARY KEY (organization_id, id),
    FOREIGN KEY (organization_id, event_id) REFERENCES notification_events (organization_id, id),
    CHECK ((status = 'PENDING') = (settled_at IS NULL))
);
CREATE INDEX outbox_messages_due ON outbox_messages (organization_id, next_attempt_at, created_at, id)
    WHERE status = 'PENDING';
CREATE INDEX outbox_messages_log ON outbox_messages (organization_id, created_at DESC, id DESC);
SELECT enable_tenant_isolation('outbox_messages');

-- The delivery log: one row per try of a message.
CREATE TABLE delivery_attempts (
    organization_id uuid        NOT NULL,
    message_id      uuid        NOT NULL,
    attempt         integer     NOT NULL CHECK (attempt >= 1),
    attempted_at    timestamptz NOT NULL,
    outcome         text        NOT NULL CHECK (outcome IN ('DELIVERED', 'TRANSIENT_FAILURE', 'PERMANENT_FAILURE')),
    detail          text        NOT NULL CHECK (length(detail) <= 500),
    PRIMARY KEY (organization_id, message_id, attempted_at, attempt),
    FOREIGN KEY (organization_id, message_id) REFERENCES outbox_messages (organization_id, id)
);
SELECT enable_tenant_isolation('delivery_attempts');

-- R-NOT-2: what each rooftop's administrators chose. Routes are 'EVENT:CHANNEL' pairs; provider accounts are kept as
-- 'CHANNEL.name' keys.
CREATE TABLE notification_settings (
    organization_id uuid   NOT NULL,
    rooftop_id      uuid   NOT NULL,
    emails          text[] NOT NULL,
    groupme_bot_id  text   CHECK (groupme_bot_id ~ '^[A-Za-z0-9]{1,64}$'),
    sms_numbers     text[] NOT NULL,
    webhook_url     text   CHECK (length(webhook_url) <= 2000),
    webhook_secret  text   CHECK (length(webhook_secret) BETWEEN 24 AND 200),
    routes          text[] NOT NULL,
    customer_events text[] NOT NULL,
    accounts        jsonb  NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(accounts) = 'object'),
    version         bigint NOT NULL CHECK (version >= 0),
    PRIMARY KEY (organization_id, rooftop_id),
    FOREIGN KEY (organization_id, rooftop_id) REFERENCES rooftops (organization_id, id),
    CHECK ((webhook_url IS NULL) = (webhook_secret IS NULL))
);
SELECT enable_tenant_isolation('notification_settings');

-- The only cross-tenant reads: ids of organizations, for the dispatcher and the scheduled jobs, which then work
-- inside one tenant's transaction at a time. They run as the owner of these functions (SECURITY DEFINER); the
-- policies below let that role, and no other, read the ids across tenants when it is not a superuser.
CREATE FUNCTION outbox_tenants_due(due_at timestamptz, max_tenants integer) RETURNS SETOF uuid
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
    AS $$
        SELECT organization_id FROM outbox_messages
         WHERE status = 'PENDING' AND next_attempt_at <= due_at
         GROUP BY organization_id ORDER BY min(next_attempt_at), organization_id LIMIT max_tenants
    $$;
CREATE FUNCTION tenant_directory() RETURNS SETOF uuid
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
    AS $$ SELECT organization_id FROM organizations ORDER BY organization_id $$;
REVOKE ALL ON FUNCTION outbox_tenants_due(timestamptz, integer) FROM PUBLIC;
REVOKE ALL ON FUNCTION tenant_directory() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION outbox_tenants_due(timestamptz, integer) TO "${appUser}";
GRANT EXECUTE ON FUNCTION tenant_directory() TO "${appUser}";
DO $$
BEGIN
    IF current_user = '${appUser}' THEN
        RAISE EXCEPTION 'Migrations must run as the owner, not as the application role';
    END IF;
    EXECUTE format('CREATE POLICY directory_read ON outbox_messages FOR SELECT TO %I USING (true)', current_user);
    EXECUTE format('CREATE POLICY directory_read ON organizations FOR SELECT TO %I USING (true)', current_user);
END
$$;
