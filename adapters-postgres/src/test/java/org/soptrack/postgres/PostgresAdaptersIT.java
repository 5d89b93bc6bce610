package org.soptrack.postgres;

import org.soptrack.core.service.CorePorts;
import org.soptrack.core.tck.AllPortContracts;

/** The PostgreSQL adapters pass every contract of core's ports, as the in-memory ones do. */
class PostgresAdaptersIT extends AllPortContracts {

    @Override
    protected CorePorts ports() {
        return TestDatabase.get().ports();
    }
}
