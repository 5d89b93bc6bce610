package org.soptrack.core.tck;

import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.soptrack.core.domain.shared.RooftopId;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.domain.sop.Customer;
import org.soptrack.core.domain.sop.CustomerId;
import org.soptrack.core.domain.tenancy.Rooftop;
import org.soptrack.core.service.CorePorts;

/**
 * Base of every contract: a set of ports to test, and helpers to work inside a tenant's transaction. Every test
 * makes new tenants, so an adapter may share one store (one database) across tests.
 */
public abstract class PortsContract {

    protected CorePorts ports;

    /** The adapters under test; may be new each time or share one store. */
    protected abstract CorePorts newPorts();

    @BeforeEach
    void setUpPorts() {
        ports = newPorts();
    }

    protected <T> T in(TenantId tenant, Supplier<T> work) {
        return ports.transactions().inTenant(tenant, work);
    }

    protected void run(TenantId tenant, Runnable work) {
        ports.transactions().inTenant(tenant, () -> {
            work.run();
            return null;
        });
    }

    /** A tenant with its organization, one rooftop and one customer stored. */
    protected record Seed(TenantId tenant, RooftopId rooftop, CustomerId customer) {
    }

    protected Seed seed() {
        TenantId tenant = TestData.newTenant();
        Rooftop rooftop = TestData.rooftop(tenant, "Main Street Toyota");
        Customer customer = TestData.customer(tenant);
        run(tenant, () -> {
            ports.organizations().add(tenant, TestData.organization(tenant));
            ports.rooftops().add(tenant, rooftop);
            ports.customers().add(tenant, customer);
        });
        return new Seed(tenant, rooftop.id(), customer.id());
    }

    /** Another rooftop for an existing tenant. */
    protected RooftopId addRooftop(TenantId tenant, String name) {
        Rooftop rooftop = TestData.rooftop(tenant, name);
        run(tenant, () -> ports.rooftops().add(tenant, rooftop));
        return rooftop.id();
    }
}
