-- Member accounts under retention (SPEC §6): the last completed sign-in starts the inactive-account clock, a
-- member's own deletion request starts the deletion clock, and an anonymized account keeps only its id and role.
ALTER TABLE members
    ADD COLUMN last_sign_in_at       timestamptz,
    ADD COLUMN deletion_requested_at timestamptz;

ALTER TABLE members
    DROP CONSTRAINT members_status_check,
    DROP CONSTRAINT members_check1,
    ADD CONSTRAINT members_status_check CHECK (status IN ('ACTIVE', 'REMOVED', 'ANONYMIZED')),
    ADD CONSTRAINT members_removed_unless_active CHECK ((status = 'ACTIVE') = (removed_at IS NULL)),
    ADD CONSTRAINT members_deletion_not_active CHECK (deletion_requested_at IS NULL OR status <> 'ACTIVE');

CREATE INDEX members_inactive_since ON members (organization_id, (coalesce(last_sign_in_at, joined_at)))
    WHERE status <> 'ANONYMIZED';
CREATE INDEX members_deletion_requested ON members (organization_id, deletion_requested_at)
    WHERE deletion_requested_at IS NOT NULL;
