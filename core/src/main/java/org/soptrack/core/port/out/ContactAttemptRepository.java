package org.soptrack.core.port.out;

import java.util.List;
import org.soptrack.core.domain.shared.RooftopId;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.domain.sop.ContactAttempt;
import org.soptrack.core.domain.sop.RoNumber;

/** Stores the BDC's contact attempts; append only. */
public interface ContactAttemptRepository {

    void add(TenantId tenant, ContactAttempt attempt);

    /** The attempts about one repair order, oldest first. */
    List<ContactAttempt> findByRo(TenantId tenant, RooftopId rooftop, RoNumber roNumber);
}
