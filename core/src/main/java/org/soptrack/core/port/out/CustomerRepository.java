package org.soptrack.core.port.out;

import java.util.List;
import java.util.Optional;
import org.soptrack.core.domain.shared.Page;
import org.soptrack.core.domain.shared.PageCursor;
import org.soptrack.core.domain.shared.PhoneNumber;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.domain.sop.Customer;
import org.soptrack.core.domain.sop.CustomerId;
import org.soptrack.core.domain.tenancy.RooftopScope;

/** Stores the dealerships' customers. */
public interface CustomerRepository {

    void add(TenantId tenant, Customer customer);

    Optional<Customer> find(TenantId tenant, CustomerId id);

    /** The customers whose phone is {@code phone} (at most 100), oldest first. */
    List<Customer> findByPhone(TenantId tenant, PhoneNumber phone);

    UpdateResult update(TenantId tenant, Customer customer);

    /** Customers whose name, e-mail address or phone digits hold the search (see {@link TextSearch}). */
    Page<Customer> search(TenantId tenant, TextSearch search);

    /**
     * The customers {@code rooftops} reaches: every customer, or those with an order at one of its rooftops; newest
     * first by (created time, id), paged by keyset, at most {@code limit} (1 to {@link Page#MAX_LIMIT}).
     */
    Page<Customer> reached(TenantId tenant, RooftopScope rooftops, Optional<PageCursor> after, int limit);
}
