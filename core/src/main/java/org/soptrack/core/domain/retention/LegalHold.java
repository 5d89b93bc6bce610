package org.soptrack.core.domain.retention;

import java.time.Instant;
import java.util.Optional;

import org.soptrack.core.domain.shared.ActorRef;
import org.soptrack.core.domain.shared.Aggregate;
import org.soptrack.core.domain.shared.InvalidValueException;
import org.soptrack.core.domain.shared.Require;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.domain.shared.Versioned;

/**
 * A legal hold (R-RET-2): while it is in force, no retention rule deletes or anonymizes what it covers, and an erasure
 * request about its subject is refused. Placed with a written reason; released, never deleted.
 */
public final class LegalHold extends Aggregate<LegalHold.State> {

    public record State(LegalHoldId id, TenantId tenantId, HoldSubject subject, String reason, ActorRef placedBy,
                        Instant placedAt, Optional<ActorRef> releasedBy, Optional<Instant> releasedAt) {
        public State {
            Require.present("id", id);
            Require.present("tenantId", tenantId);
            Require.present("subject", subject);
            reason = Require.freeText("reason", reason, 1000);
            if (reason.length() < 10) {
                throw new InvalidValueException("reason", "must say why, in at least 10 characters");
            }
            Require.present("placedBy", placedBy);
            Require.present("placedAt", placedAt);
            Require.present("releasedBy", releasedBy);
            Require.present("releasedAt", releasedAt);
            if (releasedBy.isPresent() != releasedAt.isPresent()) {
                throw new IllegalArgumentException("A release has both who and when");
            }
        }
    }

    private LegalHold(State state, Versioned version) {
        super(state, version);
    }

    public static LegalHold place(LegalHoldId id, TenantId tenant, HoldSubject subject, String reason, ActorRef by,
                                  Instant now) {
        return new LegalHold(new State(id, tenant, subject, reason, by, now, Optional.empty(), Optional.empty()),
                Versioned.fresh());
    }

    public static LegalHold reconstitute(State state, long version) {
        return new LegalHold(state, Versioned.loaded(version));
    }

    /** False when it was released already. */
    public boolean release(ActorRef by, Instant now) {
        State s = state();
        if (s.releasedAt().isPresent()) {
            return false;
        }
        change(new State(s.id(), s.tenantId(), s.subject(), s.reason(), s.placedBy(), s.placedAt(), Optional.of(by),
                Optional.of(now)));
        return true;
    }

    public boolean inForce() {
        return state().releasedAt().isEmpty();
    }

    public LegalHoldId id() {
        return state().id();
    }

    public HoldSubject subject() {
        return state().subject();
    }
}
