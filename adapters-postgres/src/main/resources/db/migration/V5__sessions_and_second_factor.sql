-- R-SEC-3: an organization may require a second factor of every member.
ALTER TABLE organizations
    ADD COLUMN mfa_required boolean NOT NULL DEFAULT false;

-- A member's second factor: the method, the SMS number, the TOTP key in use and one awaiting confirmation, and the
-- last TOTP time step accepted (a code is never accepted twice).
ALTER TABLE credentials
    ADD COLUMN mfa_method       text CHECK (mfa_method IN ('EMAIL_CODE', 'SMS_CODE', 'TOTP')),
    ADD COLUMN mfa_phone        text CHECK (mfa_phone ~ '^\+[1-9][0-9]{7,14}$'),
    ADD COLUMN totp_key         text CHECK (length(totp_key) BETWEEN 16 AND 128),
    ADD COLUMN pending_totp_key text CHECK (length(pending_totp_key) BETWEEN 16 AND 128),
    ADD COLUMN last_totp_step   bigint NOT NULL DEFAULT 0,
    ADD CHECK (mfa_method IS DISTINCT FROM 'SMS_CODE' OR mfa_phone IS NOT NULL),
    ADD CHECK (mfa_method IS DISTINCT FROM 'TOTP' OR totp_key IS NOT NULL);

-- R-SEC-4a: one row per sign-in. Only hashes of the refresh token, the challenge secret and the sent code are kept.
CREATE TABLE sessions (
    organization_id       uuid        NOT NULL,
    id                    uuid        NOT NULL,
    member_id             uuid        NOT NULL,
    status                text        NOT NULL CHECK (status IN ('AWAITING_SECOND_FACTOR', 'ACTIVE', 'ENDED')),
    started_at            timestamptz NOT NULL,
    last_used_at          timestamptz NOT NULL,
    refresh_hash          char(64),
    challenge_method      text CHECK (challenge_method IN ('EMAIL_CODE', 'SMS_CODE', 'TOTP')),
    challenge_secret_hash char(64),
    challenge_code_hash   char(64),
    challenge_expires_at  timestamptz,
    challenge_wrong_codes integer     NOT NULL DEFAULT 0 CHECK (challenge_wrong_codes >= 0),
    ended_at              timestamptz,
    end_reason            text CHECK (end_reason IN ('LOGGED_OUT', 'MEMBER_REMOVED', 'TOO_MANY_WRONG_CODES',
                                                     'REFRESH_TOKEN_REUSED', 'EXPIRED')),
    address               text        NOT NULL CHECK (length(address) <= 200),
    user_agent            text        NOT NULL CHECK (length(user_agent) <= 200),
    version               bigint      NOT NULL CHECK (version >= 0),
    PRIMARY KEY (organization_id, id),
    FOREIGN KEY (organization_id, member_id) REFERENCES members (organization_id, id),
    CHECK ((status = 'ACTIVE') = (refresh_hash IS NOT NULL)),
    CHECK ((status = 'AWAITING_SECOND_FACTOR') = (challenge_method IS NOT NULL)),
    CHECK ((challenge_method IS NULL) = (challenge_secret_hash IS NULL)
        AND (challenge_method IS NULL) = (challenge_expires_at IS NULL)),
    CHECK ((status = 'ENDED') = (ended_at IS NOT NULL) AND (ended_at IS NULL) = (end_reason IS NULL))
);
CREATE INDEX sessions_open_by_member ON sessions (organization_id, member_id) WHERE status <> 'ENDED';
SELECT enable_tenant_isolation('sessions');

-- R-SEC-3: devices on which a member passed the second factor and asked to be remembered.
CREATE TABLE trusted_devices (
    organization_id uuid        NOT NULL,
    id              uuid        NOT NULL,
    member_id       uuid        NOT NULL,
    token_hash      char(64)    NOT NULL,
    label           text        NOT NULL CHECK (length(label) BETWEEN 1 AND 200),
    trusted_at      timestamptz NOT NULL,
    last_used_at    timestamptz NOT NULL,
    revoked_at      timestamptz,
    version         bigint      NOT NULL CHECK (version >= 0),
    PRIMARY KEY (organization_id, id),
    FOREIGN KEY (organization_id, member_id) REFERENCES members (organization_id, id)
);
CREATE INDEX trusted_devices_by_member ON trusted_devices (organization_id, member_id) WHERE revoked_at IS NULL;
SELECT enable_tenant_isolation('trusted_devices');
