package org.soptrack.core.port.out;

import java.util.List;
import org.soptrack.core.domain.billing.BillingEvent;
import org.soptrack.core.domain.shared.TenantId;

/**
 * The billing records: append-only, one per provider event id. As a {@link RetainedRecordsPort} it holds
 * {@code BILLING_RECORDS}, which expire by the time the event occurred.
 */
public interface BillingEventRepository extends RetainedRecordsPort {

    /** Stores the event; false, storing nothing, if the tenant already has one with the same provider event id. */
    boolean add(TenantId tenant, BillingEvent event);

    /** The tenant's billing records, the latest to occur first. */
    List<BillingEvent> findAll(TenantId tenant);
}
