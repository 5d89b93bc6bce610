package org.soptrack.core.port.out;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.soptrack.core.domain.shared.Page;
import org.soptrack.core.domain.shared.RooftopId;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.domain.sop.PartNumber;
import org.soptrack.core.domain.sop.RoNumber;
import org.soptrack.core.domain.sop.SopStatus;
import org.soptrack.core.domain.sop.SpecialOrder;
import org.soptrack.core.domain.sop.SpecialOrderId;
import org.soptrack.core.domain.tenancy.RooftopScope;

/** Stores special orders with their history; optimistic versioning guards every update (R-SOP-5). */
public interface SpecialOrderRepository {

    void add(TenantId tenant, SpecialOrder order);

    Optional<SpecialOrder> find(TenantId tenant, SpecialOrderId id);

    UpdateResult update(TenantId tenant, SpecialOrder order);

    Page<SpecialOrder> search(TenantId tenant, SpecialOrderQuery query);

    /**
     * Orders whose SOP number is the search's number, or whose RO, part number, description, vendor or VIN holds its
     * text, or (with {@code byCustomerName}) whose customer's name holds it (see {@link TextSearch}).
     */
    Page<SpecialOrder> searchText(TenantId tenant, TextSearch search);

    /** How many orders are in each status, within the scope; statuses with none are left out. */
    Map<SopStatus, Long> countByStatus(TenantId tenant, RooftopScope rooftops);

    /**
     * The orders at {@code rooftop} still waiting for {@code part} (ORDERED or BACKORDERED), oldest first, at most
     * {@code limit}: what a delivery of that part is received against (R-SOP-10).
     */
    List<SpecialOrder> findWaiting(TenantId tenant, RooftopId rooftop, PartNumber part, int limit);

    /** Orders on the shelf (received, notified or scheduled) within the scope, oldest receipt first. */
    List<SpecialOrder> findOnShelf(TenantId tenant, RooftopScope rooftops);

    /** Every line of one repair order at one rooftop, whatever its status. */
    List<SpecialOrder> findByRo(TenantId tenant, RooftopId rooftop, RoNumber roNumber);

    /**
     * Calls {@code listener} after changes to the tenant's orders at {@code rooftop}: at least once after each
     * committed change, in commit order (a change that did not commit may call it too), until the watch is closed.
     * The call says only "something changed here" and carries no data; a listener reads what it may see through a
     * use case. It runs on the adapter's own thread and must return quickly. For a board that updates itself
     * (R-WEB-2).
     */
    Watch watch(TenantId tenant, RooftopId rooftop, Runnable listener);

    /** A running watch; closing it twice is harmless. */
    interface Watch extends AutoCloseable {
        @Override
        void close();
    }
}
