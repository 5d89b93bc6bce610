package org.soptrack.core.port.in;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.soptrack.core.domain.platform.Incident;
import org.soptrack.core.domain.shared.OperatorId;
import org.soptrack.core.domain.shared.RooftopId;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.domain.tenancy.Actor;

/**
 * Breach notices: an operator records a security incident; every owner of each organization it touched is e-mailed
 * at once (an account message: no opt-out) and the organization's audit log records it; the organization's owners and
 * administrators read it and export the people it covers, limited to its categories and rooftops, to tell them.
 */
public interface IncidentsUseCase {

    /** What the operator reports: {@code organizations} maps each organization to its rooftops (none: all). */
    record Report(String description, Instant foundAt, Set<String> categories, List<Affected> organizations) {
    }

    /** One organization the report names, with the rooftops named (empty: all of them). */
    record Affected(TenantId organization, Set<RooftopId> rooftops) {
    }

    /**
     * Checks the report (every organization must exist, every rooftop must be that organization's), stores it with
     * its platform audit entry, and tells the owners of each organization; invalid naming the field otherwise.
     */
    Outcome<Incident> record(OperatorId operator, Report report);

    /** The newest incidents, for an operator. */
    List<Incident> latest(OperatorId operator, int limit);

    /** Tells the owners of organizations not told yet (after a run cut short); how many organizations were told. */
    int tellOwners();

    /** The incidents that touched the actor's organization, as it sees them (owners and administrators). */
    Outcome<List<Incident>> forOrganization(Actor actor);

    /** A person an incident covers, with the contact data to tell them. */
    record Person(Incident.DataCategory category, UUID id, String name, Optional<String> email,
                  Optional<String> phone) {
    }

    /**
     * The people incident {@code id} covers in the actor's organization: customers (if it names {@code CUSTOMERS})
     * with an order at one of its rooftops, or all customers when it names none; active members (if it names
     * {@code MEMBERS}) who can reach one of its rooftops. Erased customers are left out (nothing is left to tell).
     * Audited; not found when the incident did not touch the organization.
     */
    Outcome<List<Person>> people(Actor actor, UUID id);
}
