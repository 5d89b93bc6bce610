-- Failed logins since the last success and the temporary lock they caused (R-SEC-4).
ALTER TABLE credentials
    ADD COLUMN failed_attempts integer     NOT NULL DEFAULT 0 CHECK (failed_attempts >= 0),
    ADD COLUMN last_failed_at  timestamptz,
    ADD COLUMN locked_until    timestamptz;
