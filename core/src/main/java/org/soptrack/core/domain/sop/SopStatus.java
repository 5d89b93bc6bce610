package org.soptrack.core.domain.sop;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** The statuses of a special order and the moves allowed between them (R-SOP-1). */
public enum SopStatus {
    REQUESTED, ORDERED, BACKORDERED, RECEIVED, CUSTOMER_NOTIFIED, SCHEDULED, COMPLETED, CANCELLED, RETURNED;

    private static final Map<SopStatus, Set<SopStatus>> MOVES = new EnumMap<>(SopStatus.class);

    static {
        MOVES.put(REQUESTED, EnumSet.of(ORDERED, CANCELLED));
        MOVES.put(ORDERED, EnumSet.of(BACKORDERED, RECEIVED, CANCELLED));
        MOVES.put(BACKORDERED, EnumSet.of(ORDERED, CANCELLED));
        MOVES.put(RECEIVED, EnumSet.of(CUSTOMER_NOTIFIED, CANCELLED, RETURNED));
        MOVES.put(CUSTOMER_NOTIFIED, EnumSet.of(SCHEDULED, CANCELLED, RETURNED));
        MOVES.put(SCHEDULED, EnumSet.of(COMPLETED, CANCELLED, RETURNED));
        MOVES.put(COMPLETED, EnumSet.noneOf(SopStatus.class));
        MOVES.put(CANCELLED, EnumSet.noneOf(SopStatus.class));
        MOVES.put(RETURNED, EnumSet.noneOf(SopStatus.class));
    }

    public boolean canMoveTo(SopStatus target) {
        return MOVES.get(this).contains(target);
    }

    public Set<SopStatus> allowedTargets() {
        return Collections.unmodifiableSet(MOVES.get(this));
    }

    public boolean isTerminal() {
        return MOVES.get(this).isEmpty();
    }

    /** The part is on the shelf, waiting for the customer (received but neither completed nor gone). */
    public boolean isOnShelf() {
        return this == RECEIVED || this == CUSTOMER_NOTIFIED || this == SCHEDULED;
    }
}
