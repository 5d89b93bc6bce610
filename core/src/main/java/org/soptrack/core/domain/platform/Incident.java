package org.soptrack.core.domain.platform;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.soptrack.core.domain.shared.InvalidValueException;
import org.soptrack.core.domain.shared.OperatorId;
import org.soptrack.core.domain.shared.Require;
import org.soptrack.core.domain.shared.RooftopId;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.domain.tenancy.RooftopScope;

/**
 * A security incident an operator recorded (a personal-data breach, or the suspicion of one): what happened, when it
 * was found, which kinds of personal data it touched, and which organizations (and, within each, which rooftops; none
 * named means all of them). The owners of each organization are told at once; each organization sees the incident
 * with its own entry only, never which other organizations it touched.
 */
public record Incident(UUID id, String description, Instant foundAt, Instant recordedAt, OperatorId recordedBy,
                       Set<DataCategory> categories, List<Affected> affected) {

    public static final int DESCRIPTION_MAX = 4000;

    /** The kinds of personal data an incident can touch, as the organization's people are exported for it. */
    public enum DataCategory {
        /** Customers' names and contact data (phone, e-mail). */
        CUSTOMERS,
        /** Staff accounts: members' names and e-mail addresses. */
        MEMBERS
    }

    /** One organization the incident touched, and its rooftops (empty: every rooftop). */
    public record Affected(TenantId organization, Set<RooftopId> rooftops) {
        public Affected {
            Require.present("organization", organization);
            rooftops = Set.copyOf(Require.present("rooftops", rooftops));
        }

        /** The rooftops the incident touched, as a scope: none named means all of them. */
        public RooftopScope scope() {
            return rooftops.isEmpty() ? RooftopScope.allRooftops() : RooftopScope.only(rooftops);
        }
    }

    public Incident {
        Require.present("id", id);
        description = Require.freeText("description", description, DESCRIPTION_MAX);
        if (description.isEmpty()) {
            throw new InvalidValueException("description", "must say what happened");
        }
        Require.present("foundAt", foundAt);
        Require.present("recordedAt", recordedAt);
        if (foundAt.isAfter(recordedAt)) {
            throw new InvalidValueException("foundAt", "must not be in the future");
        }
        Require.present("recordedBy", recordedBy);
        categories = Set.copyOf(Require.present("categories", categories));
        if (categories.isEmpty()) {
            throw new InvalidValueException("categories", "must name at least one of CUSTOMERS, MEMBERS");
        }
        affected = List.copyOf(Require.present("organizations", affected));
        if (affected.isEmpty()) {
            throw new InvalidValueException("organizations", "must name at least one organization");
        }
        Set<TenantId> seen = new HashSet<>();
        for (Affected a : affected) {
            if (!seen.add(a.organization())) {
                throw new InvalidValueException("organizations", "names " + a.organization() + " twice");
            }
        }
    }

    /** The entry of one organization, if the incident touched it. */
    public Optional<Affected> entry(TenantId organization) {
        return affected.stream().filter(a -> a.organization().equals(organization)).findFirst();
    }

    /** The incident as one organization sees it: with its own entry only. */
    public Incident seenBy(TenantId organization) {
        return new Incident(id, description, foundAt, recordedAt, recordedBy, categories,
                List.of(entry(organization).orElseThrow()));
    }
}
