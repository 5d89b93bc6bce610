-- R-PUB-1: demo and support requests from the public forms. They belong to no organization, so the table has no
-- organization_id and no tenant policy; the notice columns make it the outbox of the operators' e-mail.
CREATE TABLE public_requests (
    id                  uuid        PRIMARY KEY,
    kind                text        NOT NULL CHECK (kind IN ('DEMO', 'SUPPORT')),
    name                text        NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
    dealership          text        NOT NULL CHECK (length(dealership) BETWEEN 1 AND 160),
    email               text        NOT NULL CHECK (email = lower(email) AND length(email) <= 254),
    phone               text        CHECK (length(phone) <= 16),
    message             text        NOT NULL CHECK (length(message) BETWEEN 1 AND 4000),
    received_at         timestamptz NOT NULL,
    notice_attempts     integer     NOT NULL DEFAULT 0 CHECK (notice_attempts >= 0),
    notice_leased_until timestamptz,
    notice_sent_at      timestamptz
);
CREATE INDEX public_requests_received ON public_requests (received_at);
CREATE INDEX public_requests_notice_due ON public_requests (notice_leased_until) WHERE notice_sent_at IS NULL;
