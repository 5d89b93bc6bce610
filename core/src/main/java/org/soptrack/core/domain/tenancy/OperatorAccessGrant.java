package org.soptrack.core.domain.tenancy;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.soptrack.core.domain.shared.ActorRef;
import org.soptrack.core.domain.shared.InvalidValueException;
import org.soptrack.core.domain.shared.OperatorId;
import org.soptrack.core.domain.shared.Require;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.domain.shared.Aggregate;
import org.soptrack.core.domain.shared.Versioned;

/** A time-boxed, reasoned permission for one platform operator to reach one tenant's data (R-TEN-5). */
public final class OperatorAccessGrant extends Aggregate<OperatorAccessGrant.State> {

    public static final int MIN_REASON_LENGTH = 10;

    /** The stored form of a grant. */
    public record State(GrantId id, TenantId tenantId, OperatorId operator, String reason, GrantScope scope,
                        Instant openedAt, Instant expiresAt, Optional<Instant> closedAt, Optional<ActorRef> closedBy) {
        public State {
            Require.present("id", id);
            Require.present("tenantId", tenantId);
            Require.present("operator", operator);
            reason = Require.text("reason", reason, 1000);
            if (reason.length() < MIN_REASON_LENGTH) {
                throw new InvalidValueException("reason", "must be at least " + MIN_REASON_LENGTH + " characters");
            }
            Require.present("scope", scope);
            Require.present("openedAt", openedAt);
            Require.present("expiresAt", expiresAt);
            Require.present("closedAt", closedAt);
            Require.present("closedBy", closedBy);
            if (!expiresAt.isAfter(openedAt)) {
                throw new InvalidValueException("duration", "must be positive");
            }
        }
    }

    private OperatorAccessGrant(State state, Versioned version) {
        super(state, version);
    }

    public static OperatorAccessGrant open(GrantId id, TenantId tenantId, OperatorId operator, String reason,
                                           GrantScope scope, Duration duration, Instant now) {
        Require.positive("duration", duration);
        return new OperatorAccessGrant(new State(id, tenantId, operator, reason, scope, now, now.plus(duration),
                Optional.empty(), Optional.empty()), Versioned.fresh());
    }

    public static OperatorAccessGrant reconstitute(State state, long version) {
        return new OperatorAccessGrant(state, Versioned.loaded(version));
    }

    /** Open from its opening time (inclusive) until it expires or is closed (exclusive). */
    public boolean isActiveAt(Instant now) {
        return state().closedAt().isEmpty() && !now.isBefore(state().openedAt()) && now.isBefore(state().expiresAt());
    }

    /** Ends the grant early; returns false if it had already ended. */
    public boolean close(ActorRef by, Instant now) {
        if (!isActiveAt(now)) {
            return false;
        }
        change(new State(state().id(), state().tenantId(), state().operator(), state().reason(), state().scope(),
                state().openedAt(), state().expiresAt(), Optional.of(now), Optional.of(by)));
        return true;
    }

    public GrantId id() {
        return state().id();
    }

    public TenantId tenantId() {
        return state().tenantId();
    }

    public OperatorId operator() {
        return state().operator();
    }

    public GrantScope scope() {
        return state().scope();
    }
}
