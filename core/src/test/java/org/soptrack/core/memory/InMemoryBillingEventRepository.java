package org.soptrack.core.memory;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.soptrack.core.domain.billing.BillingEvent;
import org.soptrack.core.domain.retention.RetentionCategory;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.port.out.BillingEventRepository;
import org.soptrack.core.port.out.Expiry;

/** Billing records in memory, keyed by the provider's event id. */
public final class InMemoryBillingEventRepository implements BillingEventRepository {

    private final InMemoryTable<String, BillingEvent> table;

    public InMemoryBillingEventRepository(InMemoryTransactions tx) {
        table = tx.newTable();
    }

    @Override
    public boolean add(TenantId tenant, BillingEvent event) {
        String key = tenant.value() + "/" + event.providerEventId();
        if (table.get(tenant, key).isPresent()) {
            return false;
        }
        table.insert(tenant, key, event, 0);
        return true;
    }

    @Override
    public List<BillingEvent> findAll(TenantId tenant) {
        return table.rows(tenant).map(InMemoryTable.Row::value)
                .sorted(Comparator.comparing(BillingEvent::occurredAt).reversed()
                        .thenComparing(BillingEvent::id, Comparator.<UUID>naturalOrder().reversed()))
                .toList();
    }

    @Override
    public long countExpired(TenantId tenant, Expiry expiry) {
        check(expiry);
        return table.countWhere(tenant, e -> e.occurredAt().isBefore(expiry.cutoff()));
    }

    @Override
    public int removeExpired(TenantId tenant, Expiry expiry) {
        check(expiry);
        return table.deleteWhere(tenant, e -> e.occurredAt().isBefore(expiry.cutoff()), expiry.batchSize());
    }

    private static void check(Expiry expiry) {
        if (expiry.category() != RetentionCategory.BILLING_RECORDS) {
            throw new IllegalArgumentException("Billing records are not " + expiry.category());
        }
    }
}
