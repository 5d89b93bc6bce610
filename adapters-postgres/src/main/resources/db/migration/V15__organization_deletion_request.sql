-- An owner's request to delete the whole organization: when, by whom, and when its purge may start (after the
-- cooling-off period in which any owner may cancel it).
ALTER TABLE organizations
    ADD COLUMN deletion_requested_at      timestamptz,
    ADD COLUMN deletion_requested_by_kind text CHECK (deletion_requested_by_kind IN ('MEMBER', 'OPERATOR', 'SYSTEM')),
    ADD COLUMN deletion_requested_by_id   uuid,
    ADD COLUMN deletion_purge_from        timestamptz,
    ADD CONSTRAINT organizations_deletion_whole CHECK (
        (deletion_requested_at IS NULL) = (deletion_requested_by_kind IS NULL)
        AND (deletion_requested_at IS NULL) = (deletion_requested_by_id IS NULL)
        AND (deletion_requested_at IS NULL) = (deletion_purge_from IS NULL)),
    ADD CONSTRAINT organizations_deletion_order CHECK (deletion_purge_from >= deletion_requested_at);
