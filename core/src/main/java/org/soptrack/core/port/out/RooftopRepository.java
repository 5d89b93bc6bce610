package org.soptrack.core.port.out;

import java.util.List;
import java.util.Optional;
import org.soptrack.core.domain.shared.RooftopId;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.domain.tenancy.Rooftop;

/** Stores rooftops and their settings. */
public interface RooftopRepository {

    void add(TenantId tenant, Rooftop rooftop);

    Optional<Rooftop> find(TenantId tenant, RooftopId id);

    /** All rooftops of the tenant, by name. */
    List<Rooftop> findAll(TenantId tenant);

    UpdateResult update(TenantId tenant, Rooftop rooftop);
}
