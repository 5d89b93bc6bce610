package org.soptrack.core.service;

import java.util.Optional;
import org.soptrack.core.domain.shared.RooftopId;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.domain.tenancy.RooftopScope;
import org.soptrack.core.port.in.Outcome;
import org.soptrack.core.port.out.RooftopRepository;

/** Checks shared by the member use cases about which rooftops a scope names. */
final class RooftopChecks {

    private RooftopChecks() {
    }

    /**
     * Empty if {@code wanted} names only existing rooftops inside {@code grantor}'s own scope; otherwise the outcome
     * to answer with.
     */
    static <T> Optional<Outcome<T>> assignable(RooftopRepository rooftops, TenantId tenant, RooftopScope grantor,
                                               RooftopScope wanted) {
        if (!grantor.all() && (wanted.all() || !grantor.rooftops().containsAll(wanted.rooftops()))) {
            return Optional.of(Outcome.forbidden("A scope can only be given within your own rooftops"));
        }
        for (RooftopId id : wanted.rooftops()) {
            if (rooftops.find(tenant, id).isEmpty()) {
                return Optional.of(Outcome.invalid("rooftops", "names a rooftop that does not exist: " + id));
            }
        }
        return Optional.empty();
    }
}
