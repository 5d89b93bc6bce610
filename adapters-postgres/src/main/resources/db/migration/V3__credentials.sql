-- Built-in login: one password hash per member (never the password).
CREATE TABLE credentials (
    organization_id uuid        NOT NULL,
    member_id       uuid        NOT NULL,
    password_hash   text        NOT NULL CHECK (length(password_hash) BETWEEN 1 AND 512),
    changed_at      timestamptz NOT NULL,
    version         bigint      NOT NULL CHECK (version >= 0),
    PRIMARY KEY (organization_id, member_id),
    FOREIGN KEY (organization_id, member_id) REFERENCES members (organization_id, id)
);
SELECT enable_tenant_isolation('credentials');
