package org.soptrack.core.memory;

import org.soptrack.core.service.CorePorts;
import org.soptrack.core.tck.AllPortContracts;
import org.soptrack.core.tck.TestData;

/** The in-memory adapters pass every contract, as any other adapter must. */
class InMemoryAdaptersContractTest extends AllPortContracts {

    @Override
    protected CorePorts ports() {
        return InMemoryAdapters.create(new FakeClock(TestData.T0));
    }
}
