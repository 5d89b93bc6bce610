package org.soptrack.core.port.out;

import java.util.List;
import java.util.Optional;
import org.soptrack.core.domain.security.TrustedDevice;
import org.soptrack.core.domain.shared.MemberId;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.domain.shared.TrustedDeviceId;

/**
 * Stores the devices members chose to trust, inside the member's tenant. Retention: {@code TRUSTED_DEVICES} removes
 * revoked devices and devices last used before the cutoff.
 */
public interface TrustedDeviceRepository extends RetainedRecordsPort {

    void add(TenantId tenant, TrustedDevice device);

    Optional<TrustedDevice> find(TenantId tenant, TrustedDeviceId id);

    /** The member's devices that are not revoked, most recently used first. */
    List<TrustedDevice> findUnrevoked(TenantId tenant, MemberId member);

    UpdateResult update(TenantId tenant, TrustedDevice device);
}
