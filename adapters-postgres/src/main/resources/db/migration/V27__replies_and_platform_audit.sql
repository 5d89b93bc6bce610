-- R-PUB-1: operators answer public requests from the platform. A reply is kept with its request and goes with it
-- (ON DELETE CASCADE: the sweep's DELETE of an expired request takes its replies), and is the outbox of its own e-mail
-- to the requester, leased like the operators' notice.
CREATE TABLE public_request_replies (
    id                uuid        PRIMARY KEY,
    request_id        uuid        NOT NULL REFERENCES public_requests (id) ON DELETE CASCADE,
    operator_id       uuid        NOT NULL,
    message           text        NOT NULL CHECK (length(message) BETWEEN 1 AND 4000),
    created_at        timestamptz NOT NULL,
    send_attempts     integer     NOT NULL DEFAULT 0 CHECK (send_attempts >= 0),
    send_leased_until timestamptz,
    sent_at           timestamptz
);
CREATE INDEX public_request_replies_request ON public_request_replies (request_id, created_at);
CREATE INDEX public_request_replies_due ON public_request_replies (created_at) WHERE sent_at IS NULL;

-- What operators do outside every organization (the platform's own audit log, rule PLATFORM_AUDIT: by "at").
CREATE TABLE platform_audit_events (
    id          uuid        PRIMARY KEY,
    at          timestamptz NOT NULL,
    operator_id uuid        NOT NULL,
    action      text        NOT NULL CHECK (action IN ('PUBLIC_REQUEST_REPLIED', 'INCIDENT_RECORDED')),
    subject_id  uuid        NOT NULL,
    summary     text        NOT NULL CHECK (length(summary) <= 500)
);
CREATE INDEX platform_audit_events_at ON platform_audit_events (at);
