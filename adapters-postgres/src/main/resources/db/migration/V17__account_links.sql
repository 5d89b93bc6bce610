-- R-SEC-8: e-mailed links that act on a member's account without a sign-in (a forgotten password's reset, the
-- confirmation of a new e-mail address), kept as the hash of their secret only.
CREATE TABLE account_tokens (
    organization_id uuid        NOT NULL,
    id              uuid        NOT NULL,
    member_id       uuid        NOT NULL,
    purpose         text        NOT NULL CHECK (purpose IN ('PASSWORD_RESET', 'EMAIL_CHANGE')),
    token_hash      char(64)    NOT NULL,
    new_email       text CHECK (new_email = lower(new_email) AND length(new_email) <= 254),
    requested_at    timestamptz NOT NULL,
    expires_at      timestamptz NOT NULL CHECK (expires_at > requested_at),
    used_at         timestamptz,
    version         bigint      NOT NULL CHECK (version >= 0),
    PRIMARY KEY (organization_id, id),
    FOREIGN KEY (organization_id, member_id) REFERENCES members (organization_id, id),
    CHECK ((purpose = 'EMAIL_CHANGE') = (new_email IS NOT NULL))
);
CREATE INDEX account_tokens_by_member ON account_tokens (organization_id, member_id, purpose, requested_at);
CREATE INDEX account_tokens_requested ON account_tokens (organization_id, requested_at);
SELECT enable_tenant_isolation('account_tokens');

-- A password reset or change ends every session of the member.
ALTER TABLE sessions DROP CONSTRAINT sessions_end_reason_check;
ALTER TABLE sessions ADD CONSTRAINT sessions_end_reason_check
    CHECK (end_reason IN ('LOGGED_OUT', 'MEMBER_REMOVED', 'TOO_MANY_WRONG_CODES', 'REFRESH_TOKEN_REUSED', 'EXPIRED',
                          'CHOICE_MADE', 'PASSWORD_CHANGED'));
