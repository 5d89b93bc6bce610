-- R-RET-2: legal holds on the organization or one data subject (a member or a customer). Released, never deleted.
CREATE TABLE legal_holds (
    organization_id  uuid        NOT NULL REFERENCES organizations (organization_id),
    id               uuid        NOT NULL,
    subject_kind     text        NOT NULL CHECK (subject_kind IN ('ORGANIZATION', 'MEMBER', 'CUSTOMER')),
    subject_id       uuid,
    reason           text        NOT NULL CHECK (length(reason) BETWEEN 10 AND 1000),
    placed_by_kind   text        NOT NULL CHECK (placed_by_kind IN ('MEMBER', 'OPERATOR', 'SYSTEM')),
    placed_by_id     uuid        NOT NULL,
    placed_at        timestamptz NOT NULL,
    released_by_kind text CHECK (released_by_kind IN ('MEMBER', 'OPERATOR', 'SYSTEM')),
    released_by_id   uuid,
    released_at      timestamptz,
    version          bigint      NOT NULL CHECK (version >= 0),
    PRIMARY KEY (organization_id, id),
    CHECK ((subject_kind = 'ORGANIZATION') = (subject_id IS NULL)),
    CHECK ((released_at IS NULL) = (released_by_id IS NULL) AND (released_at IS NULL) = (released_by_kind IS NULL))
);
SELECT enable_tenant_isolation('legal_holds');

-- R-RET-3: what the sweeps look for, so that each batch finds its rows without reading the whole table.
CREATE INDEX audit_events_by_action ON audit_events (organization_id, action, at);
CREATE INDEX sessions_last_activity ON sessions (organization_id, (COALESCE(ended_at, last_used_at)))
    WHERE status <> 'AWAITING_SECOND_FACTOR';
CREATE INDEX sessions_challenges ON sessions (organization_id, started_at) WHERE status = 'AWAITING_SECOND_FACTOR';
CREATE INDEX trusted_devices_last_use ON trusted_devices (organization_id, last_used_at);
CREATE INDEX operator_access_grants_end ON operator_access_grants (organization_id, (COALESCE(closed_at, expires_at)));
CREATE INDEX outbox_messages_settled ON outbox_messages (organization_id, settled_at) WHERE status <> 'PENDING';
CREATE INDEX outbox_messages_event ON outbox_messages (organization_id, event_id);
CREATE INDEX outbox_messages_codes ON outbox_messages (organization_id, created_at) WHERE event = 'ONE_TIME_CODE';
CREATE INDEX notification_events_raised ON notification_events (organization_id, raised_at);

-- The audit log stays append-only for the application: it cannot UPDATE or DELETE audit_events. Retention is the one
-- exception, and it goes through this function, which removes at most max_rows entries of the given actions from
-- before the cutoff, in the transaction's own tenant only, sparing entries whose actor is a member under legal hold.
CREATE FUNCTION retention_delete_audit(actions text[], cutoff timestamptz, held_members uuid[], max_rows integer)
    RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public
    AS $$
DECLARE
    removed integer;
BEGIN
    IF current_tenant() IS NULL THEN
        RAISE EXCEPTION 'retention_delete_audit needs a tenant';
    END IF;
    DELETE FROM audit_events WHERE ctid = ANY (ARRAY(
        SELECT ctid FROM audit_events
         WHERE organization_id = current_tenant() AND action = ANY (actions) AND at < cutoff
           AND NOT (actor_kind = 'MEMBER' AND actor_id = ANY (held_members))
         LIMIT max_rows FOR UPDATE SKIP LOCKED));
    GET DIAGNOSTICS removed = ROW_COUNT;
    RETURN removed;
END
$$;
REVOKE ALL ON FUNCTION retention_delete_audit(text[], timestamptz, uuid[], integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION retention_delete_audit(text[], timestamptz, uuid[], integer) TO "${appUser}";
