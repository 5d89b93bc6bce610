package org.soptrack.core.domain.tenancy;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.soptrack.core.domain.shared.InvalidValueException;
import org.soptrack.core.domain.shared.Require;
import org.soptrack.core.domain.shared.RooftopId;

/** The rooftops a member may see and change: all of the organization's, or only some (R-TEN-2). */
public record RooftopScope(boolean all, Set<RooftopId> rooftops) {

    private static final RooftopScope ALL = new RooftopScope(true, Set.of());

    public RooftopScope {
        rooftops = Set.copyOf(Require.present("rooftops", rooftops));
        if (all && !rooftops.isEmpty()) {
            throw new InvalidValueException("rooftops", "must be empty when the scope is all rooftops");
        }
        if (!all && rooftops.isEmpty()) {
            throw new InvalidValueException("rooftops", "must name at least one rooftop");
        }
    }

    public static RooftopScope allRooftops() {
        return ALL;
    }

    public static RooftopScope only(Set<RooftopId> rooftops) {
        return new RooftopScope(false, rooftops);
    }

    public boolean covers(RooftopId rooftop) {
        return all || rooftops.contains(rooftop);
    }

    /** Whether every rooftop of {@code other} lies within this scope (a scope of all rooftops lies only within all). */
    public boolean includes(RooftopScope other) {
        return all || !other.all && rooftops.containsAll(other.rooftops);
    }

    /** The scope of what both allow, or empty when they share no rooftop. */
    public Optional<RooftopScope> intersect(RooftopScope other) {
        if (all) {
            return Optional.of(other);
        }
        if (other.all) {
            return Optional.of(this);
        }
        Set<RooftopId> common = new HashSet<>(rooftops);
        common.retainAll(other.rooftops);
        return common.isEmpty() ? Optional.empty() : Optional.of(only(common));
    }
}
