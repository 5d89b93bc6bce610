package org.soptrack.postgres;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.domain.tenancy.DeletionRequest;
import org.soptrack.core.domain.tenancy.Organization;
import org.soptrack.core.domain.tenancy.SubscriptionState;
import org.soptrack.core.domain.tenancy.TenantPurge;

/** Organizations to rows and back. */
final class OrganizationMapper {

    private OrganizationMapper() {
    }

    /** The row is keyed by the tenant of the call; Row-Level Security refuses any other than the transaction's. */
    static OrganizationRow row(TenantId tenant, Organization organization) {
        Organization.State s = organization.state();
        Optional<TenantPurge> purge = s.purge();
        Map<String, Long> counts = purge.map(TenantPurge::counts).orElse(Map.of());
        Optional<DeletionRequest> deletion = s.deletion();
        return new OrganizationRow(tenant.value(), s.name(), s.subscription().name(), s.createdAt(),
                Columns.orNull(s.cancelledAt()), s.mfaRequired(),
                deletion.map(DeletionRequest::requestedAt).orElse(null),
                deletion.map(d -> d.by().kind().name()).orElse(null), deletion.map(d -> d.by().id()).orElse(null),
                deletion.map(DeletionRequest::purgeFrom).orElse(null), purge.map(TenantPurge::startedAt).orElse(null),
                counts.keySet().toArray(String[]::new),
                counts.values().stream().map(String::valueOf).toArray(String[]::new),
                purge.flatMap(TenantPurge::completedAt).orElse(null), organization.version());
    }

    static Organization organization(OrganizationRow row) {
        return Organization.reconstitute(new Organization.State(TenantId.of(row.organizationId()), row.name(),
                SubscriptionState.valueOf(row.subscription()), row.createdAt(),
                Optional.ofNullable(row.cancelledAt()), row.mfaRequired(), deletion(row), purge(row)), row.version());
    }

    private static Optional<DeletionRequest> deletion(OrganizationRow row) {
        if (row.deletionRequestedAt() == null) {
            return Optional.empty();
        }
        return Optional.of(new DeletionRequest(row.deletionRequestedAt(),
                Columns.actor(row.deletionRequestedByKind(), row.deletionRequestedById()), row.deletionPurgeFrom()));
    }

    private static Optional<TenantPurge> purge(OrganizationRow row) {
        if (row.purgeStartedAt() == null) {
            return Optional.empty();
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        for (int i = 0; i < row.purgeKinds().length; i++) {
            counts.put(row.purgeKinds()[i], Long.parseLong(row.purgeCounts()[i]));
        }
        return Optional.of(new TenantPurge(row.purgeStartedAt(), counts,
                Optional.ofNullable(row.purgeCompletedAt())));
    }
}
