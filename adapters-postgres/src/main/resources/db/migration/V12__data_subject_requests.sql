-- R-DSR-1 … R-DSR-6: data-subject requests with their due dates, verification, the one extension and how each ended.
CREATE TABLE subject_requests (
    organization_id     uuid        NOT NULL REFERENCES organizations (organization_id),
    id                  uuid        NOT NULL,
    type                text        NOT NULL CHECK (type IN ('ACCESS', 'PORTABILITY', 'RECTIFICATION', 'ERASURE',
                                                             'RESTRICTION', 'OBJECTION')),
    subject_kind        text        NOT NULL CHECK (subject_kind IN ('MEMBER', 'CUSTOMER')),
    subject_id          uuid        NOT NULL,
    regime              text        NOT NULL CHECK (regime IN ('GDPR', 'CCPA')),
    requester_email     text        NOT NULL CHECK (length(requester_email) BETWEEN 3 AND 254),
    received_on         date        NOT NULL,
    recorded_by_kind    text        NOT NULL CHECK (recorded_by_kind IN ('MEMBER', 'OPERATOR', 'SYSTEM')),
    recorded_by_id      uuid        NOT NULL,
    recorded_at         timestamptz NOT NULL,
    first_due_on        date        NOT NULL CHECK (first_due_on > received_on),
    verification_method text        CHECK (length(verification_method) BETWEEN 5 AND 500),
    verified_by_kind    text        CHECK (verified_by_kind IN ('MEMBER', 'OPERATOR', 'SYSTEM')),
    verified_by_id      uuid,
    verified_at         timestamptz,
    extension_reason    text        CHECK (length(extension_reason) BETWEEN 10 AND 1000),
    extended_by_kind    text        CHECK (extended_by_kind IN ('MEMBER', 'OPERATOR', 'SYSTEM')),
    extended_by_id      uuid,
    extended_at         timestamptz,
    extended_due_on     date        CHECK (extended_due_on > first_due_on),
    status              text        NOT NULL CHECK (status IN ('OPEN', 'COMPLETED', 'REJECTED')),
    resolution          text        CHECK (length(resolution) BETWEEN 5 AND 2000),
    closed_by_kind      text        CHECK (closed_by_kind IN ('MEMBER', 'OPERATOR', 'SYSTEM')),
    closed_by_id        uuid,
    closed_at           timestamptz,
    reminded_at         timestamptz,
    version             bigint      NOT NULL CHECK (version >= 0),
    PRIMARY KEY (organization_id, id),
    CHECK (num_nulls(verification_method, verified_by_kind, verified_by_id, verified_at) IN (0, 4)),
    CHECK (num_nulls(extension_reason, extended_by_kind, extended_by_id, extended_at, extended_due_on) IN (0, 5)),
    CHECK (num_nulls(resolution, closed_by_kind, closed_by_id, closed_at) = CASE status WHEN 'OPEN' THEN 4 ELSE 0 END)
);
CREATE INDEX subject_requests_open ON subject_requests (organization_id, COALESCE(extended_due_on, first_due_on))
    WHERE status = 'OPEN';
CREATE INDEX subject_requests_subject ON subject_requests (organization_id, subject_id);
SELECT enable_tenant_isolation('subject_requests');

-- R-DSR-4: the erasure log. Ids only, no personal data, append-only for the application: an operator copies it out
-- with the backups and applies it again after a restore.
CREATE TABLE erasure_log (
    organization_id uuid        NOT NULL REFERENCES organizations (organization_id),
    id              uuid        NOT NULL,
    subject_kind    text        NOT NULL CHECK (subject_kind IN ('MEMBER', 'CUSTOMER')),
    subject_id      uuid        NOT NULL,
    request_id      uuid,
    erased_at       timestamptz NOT NULL,
    PRIMARY KEY (organization_id, id)
);
SELECT enable_tenant_isolation('erasure_log');
REVOKE UPDATE, DELETE ON erasure_log FROM "${appUser}";

-- What an export or an erasure looks up by subject.
CREATE INDEX outbox_messages_customer ON outbox_messages (organization_id, customer_id) WHERE customer_id IS NOT NULL;
CREATE INDEX notification_events_customer ON notification_events (organization_id, (facts ->> 'customerId'))
    WHERE facts ->> 'customerId' IS NOT NULL;
CREATE INDEX audit_events_target ON audit_events (organization_id, target);
