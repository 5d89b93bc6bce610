package org.soptrack.postgres;

import java.util.Optional;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.domain.tenancy.Organization;
import org.soptrack.core.domain.tenancy.SubscriptionState;

/** Organizations to rows and back. */
final class OrganizationMapper {

    private OrganizationMapper() {
    }

    /** The row is keyed by the tenant of the call; Row-Level Security refuses any other than the transaction's. */
    static OrganizationRow row(TenantId tenant, Organization organization) {
        Organization.State s = organization.state();
        return new OrganizationRow(tenant.value(), s.name(), s.subscription().name(), s.createdAt(),
                Columns.orNull(s.cancelledAt()), s.mfaRequired(), organization.version());
    }

    static Organization organization(OrganizationRow row) {
        return Organization.reconstitute(new Organization.State(TenantId.of(row.organizationId()), row.name(),
                SubscriptionState.valueOf(row.subscription()), row.createdAt(),
                Optional.ofNullable(row.cancelledAt()), row.mfaRequired()), row.version());
    }
}
