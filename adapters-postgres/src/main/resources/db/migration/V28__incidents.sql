-- Breach notices: the security incidents operators record. Platform tables, outside Row-Level Security: an incident
-- belongs to no organization and may touch several. The column naming an organization is deliberately not
-- organization_id (these are not tenant tables); an organization reads its entries through a query that also names
-- current_tenant(), so it reads nothing of them outside its own transaction. Rule INCIDENTS (by recorded_at); the
-- organizations' entries go with their incident.
CREATE TABLE incidents (
    id          uuid        PRIMARY KEY,
    description text        NOT NULL CHECK (length(description) BETWEEN 1 AND 4000),
    found_at    timestamptz NOT NULL,
    recorded_at timestamptz NOT NULL CHECK (found_at <= recorded_at),
    recorded_by uuid        NOT NULL,
    categories  text[]      NOT NULL CHECK (cardinality(categories) > 0
                                            AND categories <@ ARRAY['CUSTOMERS', 'MEMBERS']::text[])
);
CREATE INDEX incidents_recorded ON incidents (recorded_at);

CREATE TABLE incident_organizations (
    incident_id           uuid        NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
    affected_organization uuid        NOT NULL,
    position              integer     NOT NULL,
    rooftops              uuid[]      NOT NULL,
    told_at               timestamptz,
    PRIMARY KEY (incident_id, affected_organization)
);
CREATE INDEX incident_organizations_affected ON incident_organizations (affected_organization);
CREATE INDEX incident_organizations_untold ON incident_organizations (incident_id) WHERE told_at IS NULL;
