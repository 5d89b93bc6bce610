package org.soptrack.core.memory;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.soptrack.core.domain.retention.RetentionCategory;
import org.soptrack.core.domain.security.TrustedDevice;
import org.soptrack.core.domain.shared.MemberId;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.domain.shared.TrustedDeviceId;
import org.soptrack.core.port.out.Expiry;
import org.soptrack.core.port.out.TrustedDeviceRepository;
import org.soptrack.core.port.out.UpdateResult;

/** Trusted devices in memory. */
public final class InMemoryTrustedDeviceRepository implements TrustedDeviceRepository,
        InMemoryRetained<TrustedDevice.State> {

    private final AggregateStore<TrustedDeviceId, TrustedDevice, TrustedDevice.State> store;

    public InMemoryTrustedDeviceRepository(InMemoryTransactions tx) {
        store = new AggregateStore<>(tx, TrustedDevice::id, TrustedDevice::reconstitute);
    }

    @Override
    public void add(TenantId tenant, TrustedDevice device) {
        store.add(tenant, device);
    }

    @Override
    public Optional<TrustedDevice> find(TenantId tenant, TrustedDeviceId id) {
        return store.find(tenant, id);
    }

    @Override
    public List<TrustedDevice> findUnrevoked(TenantId tenant, MemberId member) {
        return store.all(tenant).filter(d -> d.memberId().equals(member) && d.state().revokedAt().isEmpty())
                .sorted(Comparator.comparing((TrustedDevice d) -> d.state().lastUsedAt()).reversed()).toList();
    }

    @Override
    public UpdateResult update(TenantId tenant, TrustedDevice device) {
        return store.update(tenant, device);
    }

    @Override
    public AggregateStore<?, ?, TrustedDevice.State> retainedStore() {
        return store;
    }

    @Override
    public Predicate<TrustedDevice.State> expired(Expiry expiry) {
        if (expiry.category() != RetentionCategory.TRUSTED_DEVICES) {
            throw new IllegalArgumentException("Trusted devices hold no " + expiry.category());
        }
        return d -> (d.revokedAt().isPresent() || d.lastUsedAt().isBefore(expiry.cutoff()))
                && !expiry.heldMembers().contains(d.memberId().value());
    }
}
