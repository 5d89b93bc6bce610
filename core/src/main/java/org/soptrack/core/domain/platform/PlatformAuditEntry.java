package org.soptrack.core.domain.platform;

import java.time.Instant;
import java.util.UUID;
import org.soptrack.core.domain.shared.OperatorId;
import org.soptrack.core.domain.shared.Require;

/**
 * One entry of the platform's own audit log: what an operator did outside every organization (a reply to a public
 * request, an incident recorded), when, and to which record. Kept under the rule {@code PLATFORM_AUDIT}.
 */
public record PlatformAuditEntry(UUID id, Instant at, OperatorId operator, Action action, UUID subject,
                                 String summary) {

    /** What the operator did. */
    public enum Action {
        /** Answered a demo or support request; the subject is the request. */
        PUBLIC_REQUEST_REPLIED,
        /** Recorded a security incident and told the affected organizations' owners; the subject is the incident. */
        INCIDENT_RECORDED
    }

    public PlatformAuditEntry {
        Require.present("id", id);
        Require.present("at", at);
        Require.present("operator", operator);
        Require.present("action", action);
        Require.present("subject", subject);
        summary = Require.freeText("summary", summary, 500);
    }
}
