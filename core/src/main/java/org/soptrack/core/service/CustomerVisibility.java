package org.soptrack.core.service;

import java.util.Optional;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.domain.sop.Customer;
import org.soptrack.core.domain.sop.CustomerId;
import org.soptrack.core.port.out.CustomerRepository;
import org.soptrack.core.port.out.SpecialOrderQuery;
import org.soptrack.core.port.out.SpecialOrderRepository;

/**
 * Which customers an actor reaches (R-TEN-2): every customer for a member without a rooftop limit (and an operator
 * under a grant); for a member limited to some rooftops, the customers who have an order at one of those rooftops and
 * the customers they registered themselves. Any other customer is not found, exactly as if it did not exist.
 */
final class CustomerVisibility {

    private final CustomerRepository customers;
    private final SpecialOrderRepository orders;

    CustomerVisibility(CustomerRepository customers, SpecialOrderRepository orders) {
        this.customers = customers;
        this.orders = orders;
    }

    /** The customer, if it exists and the actor may reach it. Must run inside the actor's tenant transaction. */
    Optional<Customer> find(Access.Granted access, TenantId tenant, CustomerId id) {
        return customers.find(tenant, id).filter(customer -> visible(access, tenant, customer));
    }

    private boolean visible(Access.Granted access, TenantId tenant, Customer customer) {
        if (access.scope().all() || customer.registeredBy().filter(access.actor()::equals).isPresent()) {
            return true;
        }
        SpecialOrderQuery theirs = SpecialOrderQuery.all(access.scope(), 1).withCustomer(customer.id());
        return !orders.search(tenant, theirs).items().isEmpty();
    }
}
