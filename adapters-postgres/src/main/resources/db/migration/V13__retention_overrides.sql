-- R-RET-1: an organization's own, shorter retention periods (ISO-8601), one per category. Who changed them and when is
-- in the audit log (RETENTION_OVERRIDES_CHANGED); the sweep checks each against the deployment's period again.
CREATE TABLE retention_overrides (
    organization_id uuid NOT NULL REFERENCES organizations (organization_id),
    category        text NOT NULL CHECK (category ~ '^[A-Z_]{1,40}$'),
    period          text NOT NULL CHECK (period ~ '^PT?[0-9A-Z]{2,20}$'),
    PRIMARY KEY (organization_id, category)
);
SELECT enable_tenant_isolation('retention_overrides');
