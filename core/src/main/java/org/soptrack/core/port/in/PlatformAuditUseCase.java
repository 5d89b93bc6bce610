package org.soptrack.core.port.in;

import java.util.List;
import org.soptrack.core.domain.platform.PlatformAuditEntry;
import org.soptrack.core.domain.shared.OperatorId;

/** The platform's own audit log, for its operators: what operators did outside every organization. */
public interface PlatformAuditUseCase {

    /** The newest entries first, at most {@code limit} (1 to 200). */
    List<PlatformAuditEntry> latest(OperatorId operator, int limit);
}
