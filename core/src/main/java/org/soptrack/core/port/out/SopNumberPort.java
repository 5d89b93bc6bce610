package org.soptrack.core.port.out;

import org.soptrack.core.domain.shared.RooftopId;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.domain.sop.SopNumber;

/**
 * Allocates SOP numbers per rooftop (R-SOP-7): 1, 2, 3 … for each rooftop on its own, never from a global sequence
 * that would leak other tenants' volume. Runs inside the caller's transaction, so a rolled-back order frees its number.
 */
public interface SopNumberPort {

    SopNumber next(TenantId tenant, RooftopId rooftop);
}
