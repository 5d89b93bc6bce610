package org.soptrack.core.domain.sop;

import java.time.Instant;
import org.soptrack.core.domain.shared.ActorRef;
import org.soptrack.core.domain.shared.Require;
import org.soptrack.core.domain.shared.RooftopId;
import org.soptrack.core.domain.shared.TenantId;

/** A BDC log entry about reaching the customer of one repair order. Written once, never changed. */
public record ContactAttempt(ContactAttemptId id, TenantId tenantId, RooftopId rooftopId, RoNumber roNumber,
                             CustomerId customerId, Instant at, ActorRef by, ContactChannel channel,
                             ContactOutcome outcome, String note) {

    public ContactAttempt {
        Require.present("id", id);
        Require.present("tenantId", tenantId);
        Require.present("rooftopId", rooftopId);
        Require.present("roNumber", roNumber);
        Require.present("customerId", customerId);
        Require.present("at", at);
        Require.present("by", by);
        Require.present("channel", channel);
        Require.present("outcome", outcome);
        note = Require.freeText("note", note, 2000);
    }
}
