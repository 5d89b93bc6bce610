package org.soptrack.core.port.in;

import org.soptrack.core.domain.audit.AuditEvent;
import org.soptrack.core.domain.shared.Page;
import org.soptrack.core.domain.shared.Require;
import org.soptrack.core.domain.tenancy.Actor;
import org.soptrack.core.port.out.AuditQuery;

/** Reads the organization's audit log, filtered (R-AUD-2). */
public interface ReadAuditLogUseCase {

    Outcome<Page<AuditEvent>> read(Query query);

    /** Who asks, and the filter. */
    record Query(Actor actor, AuditQuery filter) {
        public Query {
            Require.present("actor", actor);
            Require.present("filter", filter);
        }
    }
}
