-- R-SEC-7: a password that opens one address in several organizations starts a session waiting for the member's
-- choice in each of them; the choice secret is kept as a hash, like the second factor's challenge.
ALTER TABLE sessions DROP CONSTRAINT sessions_status_check;
ALTER TABLE sessions DROP CONSTRAINT sessions_end_reason_check;
ALTER TABLE sessions
    ADD COLUMN choice_hash       char(64),
    ADD COLUMN choice_expires_at timestamptz,
    ADD CONSTRAINT sessions_status_check
        CHECK (status IN ('AWAITING_CHOICE', 'AWAITING_SECOND_FACTOR', 'ACTIVE', 'ENDED')),
    ADD CONSTRAINT sessions_end_reason_check
        CHECK (end_reason IN ('LOGGED_OUT', 'MEMBER_REMOVED', 'TOO_MANY_WRONG_CODES', 'REFRESH_TOKEN_REUSED',
                              'EXPIRED', 'CHOICE_MADE')),
    ADD CONSTRAINT sessions_choice_whole CHECK ((status = 'AWAITING_CHOICE') = (choice_hash IS NOT NULL)
                                                AND (choice_hash IS NULL) = (choice_expires_at IS NULL));
DROP INDEX sessions_challenges;
CREATE INDEX sessions_challenges ON sessions (organization_id, started_at)
    WHERE status IN ('AWAITING_SECOND_FACTOR', 'AWAITING_CHOICE');

-- The organizations where an address belongs to an active member, for a sign-in that names no organization. It runs
-- as the owner, past row-level security, and returns organization ids only, at most three, in a stable order.
CREATE FUNCTION member_organizations(address text) RETURNS SETOF uuid
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
    SELECT DISTINCT organization_id FROM members WHERE email = lower(address) AND status = 'ACTIVE'
     ORDER BY organization_id LIMIT 3
$$;
REVOKE ALL ON FUNCTION member_organizations(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION member_organizations(text) TO "${appUser}";
