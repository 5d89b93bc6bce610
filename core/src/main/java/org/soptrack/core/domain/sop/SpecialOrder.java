package org.soptrack.core.domain.sop;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.soptrack.core.domain.shared.ActorRef;
import org.soptrack.core.domain.shared.Require;
import org.soptrack.core.domain.shared.RooftopId;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.domain.shared.Aggregate;
import org.soptrack.core.domain.shared.Versioned;

/** One special-order part line. Guards its own status machine and keeps its history (R-SOP-1, R-SOP-2). */
public final class SpecialOrder extends Aggregate<SpecialOrder.State> {

    /** The stored form of a special order. */
    public record State(SpecialOrderId id, TenantId tenantId, RooftopId rooftopId, SopNumber sopNumber,
                        SpecialOrderDetails details, SopStatus status, Optional<Instant> receivedAt,
                        Optional<KeepDecision> keep, List<StatusChange> history, ActorRef createdBy,
                        Instant createdAt, Instant updatedAt) {
        public State {
            Require.present("id", id);
            Require.present("tenantId", tenantId);
            Require.present("rooftopId", rooftopId);
            Require.present("sopNumber", sopNumber);
            Require.present("details", details);
            Require.present("status", status);
            Require.present("receivedAt", receivedAt);
            Require.present("keep", keep);
            history = List.copyOf(history);
            Require.present("createdBy", createdBy);
            Require.present("createdAt", createdAt);
            Require.present("updatedAt", updatedAt);
        }

        State with(SpecialOrderDetails d, SopStatus s, Optional<Instant> received, Optional<KeepDecision> k,
                   List<StatusChange> h, Instant updated) {
            return new State(id, tenantId, rooftopId, sopNumber, d, s, received, k, h, createdBy, createdAt, updated);
        }
    }

    private SpecialOrder(State state, Versioned version) {
        super(state, version);
    }

    /** A new order starts as REQUESTED. */
    public static SpecialOrder create(SpecialOrderId id, TenantId tenantId, RooftopId rooftopId, SopNumber sopNumber,
                                      SpecialOrderDetails details, ActorRef by, Instant now) {
        return new SpecialOrder(new State(id, tenantId, rooftopId, sopNumber, details, SopStatus.REQUESTED,
                Optional.empty(), Optional.empty(), List.of(), by, now, now), Versioned.fresh());
    }

    public static SpecialOrder reconstitute(State state, long version) {
        return new SpecialOrder(state, Versioned.loaded(version));
    }

    /** Moves to {@code target} if R-SOP-1 allows it; receiving stamps the received time once. */
    public TransitionResult moveTo(SopStatus target, ActorRef by, Instant now, Optional<String> reason) {
        SopStatus from = state().status();
        if (!from.canMoveTo(target)) {
            return new TransitionResult.Rejected(from, target);
        }
        StatusChange change = new StatusChange(from, target, by, now, reason);
        List<StatusChange> history = new ArrayList<>(state().history());
        history.add(change);
        Optional<Instant> received = target == SopStatus.RECEIVED && state().receivedAt().isEmpty()
                ? Optional.of(now) : state().receivedAt();
        change(state().with(state().details(), target, received, state().keep(), history, now));
        return new TransitionResult.Moved(change);
    }

    /**
     * The part arrived and is shelved in {@code bin} (R-SOP-10): a move to RECEIVED, as {@link #moveTo} makes it, that
     * also records the bin. Only an order that is ORDERED or BACKORDERED is waiting for its part; a back-ordered one
     * goes back to ORDERED first (R-SOP-1 has no shorter way), so its history shows both moves.
     */
    public TransitionResult receive(String bin, ActorRef by, Instant now) {
        SopStatus from = state().status();
        if (from != SopStatus.ORDERED && from != SopStatus.BACKORDERED) {
            return new TransitionResult.Rejected(from, SopStatus.RECEIVED);
        }
        SpecialOrderDetails shelved = state().details().withBinLocation(bin);
        if (from == SopStatus.BACKORDERED) {
            moveTo(SopStatus.ORDERED, by, now, Optional.of("Arrived in a delivery while back-ordered"));
        }
        TransitionResult moved = moveTo(SopStatus.RECEIVED, by, now, Optional.empty());
        change(state().with(shelved, state().status(), state().receivedAt(), state().keep(), state().history(), now));
        return moved;
    }

    /** Replaces the editable data; refused (false) once the order is closed. */
    public boolean edit(SpecialOrderDetails details, Instant now) {
        if (state().status().isTerminal()) {
            return false;
        }
        change(state().with(details, state().status(), state().receivedAt(), state().keep(), state().history(), now));
        return true;
    }

    /** Keeps a shelved part past its return deadline; refused (false) unless the part is on the shelf. */
    public boolean keepPastDeadline(KeepDecision decision) {
        if (!state().status().isOnShelf()) {
            return false;
        }
        change(state().with(state().details(), state().status(), state().receivedAt(), Optional.of(decision),
                state().history(), decision.at()));
        return true;
    }

    public SpecialOrderId id() {
        return state().id();
    }

    public TenantId tenantId() {
        return state().tenantId();
    }

    public RooftopId rooftopId() {
        return state().rooftopId();
    }

    public SopNumber sopNumber() {
        return state().sopNumber();
    }

    public SpecialOrderDetails details() {
        return state().details();
    }

    public SopStatus status() {
        return state().status();
    }

    public Optional<Instant> receivedAt() {
        return state().receivedAt();
    }

    public Optional<KeepDecision> keep() {
        return state().keep();
    }

    public List<StatusChange> history() {
        return state().history();
    }
}
