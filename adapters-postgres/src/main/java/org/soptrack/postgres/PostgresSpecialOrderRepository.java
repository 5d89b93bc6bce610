package org.soptrack.postgres;

import jakarta.inject.Singleton;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.soptrack.core.domain.shared.Page;
import org.soptrack.core.domain.shared.PageCursor;
import org.soptrack.core.domain.shared.RooftopId;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.domain.sop.CustomerId;
import org.soptrack.core.domain.sop.PartNumber;
import org.soptrack.core.domain.sop.RoNumber;
import org.soptrack.core.domain.sop.SopNumber;
import org.soptrack.core.domain.sop.SopStatus;
import org.soptrack.core.domain.sop.SpecialOrder;
import org.soptrack.core.domain.sop.SpecialOrderId;
import org.soptrack.core.domain.tenancy.RooftopScope;
import org.soptrack.core.port.out.SpecialOrderQuery;
import org.soptrack.core.port.out.SpecialOrderRepository;
import org.soptrack.core.port.out.UpdateResult;

/** Special orders on PostgreSQL: one row per order, its history appended to a transitions table. */
@Singleton
public final class PostgresSpecialOrderRepository implements SpecialOrderRepository {

    private final SpecialOrderRows rows;
    private final TransitionRows transitions;

    PostgresSpecialOrderRepository(SpecialOrderRows rows, TransitionRows transitions) {
        this.rows = rows;
        this.transitions = transitions;
    }

    @Override
    public void add(TenantId tenant, SpecialOrder order) {
        rows.save(SpecialOrderMapper.row(tenant, order));
        transitions.saveAll(SpecialOrderMapper.transitions(tenant, order, 0));
    }

    @Override
    public Optional<SpecialOrder> find(TenantId tenant, SpecialOrderId id) {
        return rows.findByOrganizationIdAndId(tenant.value(), id.value()).map(row -> load(tenant, List.of(row)).get(0));
    }

    @Override
    public UpdateResult update(TenantId tenant, SpecialOrder order) {
        return Columns.updateIf(rows.findVersionByOrganizationIdAndIdForUpdate(tenant.value(), order.id().value()),
                order.persistedVersion(), () -> {
                    rows.update(SpecialOrderMapper.row(tenant, order));
                    int stored = (int) transitions.countByOrganizationIdAndSpecialOrderId(tenant.value(),
                            order.id().value());
                    transitions.saveAll(SpecialOrderMapper.transitions(tenant, order, stored));
                });
    }

    @Override
    public Page<SpecialOrder> search(TenantId tenant, SpecialOrderQuery q) {
        RooftopScope scope = q.rooftops();
        String[] statuses = q.statuses().stream().map(SopStatus::name).sorted().toArray(String[]::new);
        List<SpecialOrderRow> found = rows.search(tenant.value(), scope.all(), MemberMapper.rooftopIds(scope), statuses,
                q.roNumber().map(RoNumber::value).orElse(null), q.sopNumber().map(SopNumber::value).orElse(null),
                q.customerId().map(CustomerId::value).orElse(null), q.partNumber().map(PartNumber::value).orElse(null),
                q.receivedBefore().orElse(null), q.after().map(PageCursor::at).orElse(null),
                q.after().map(PageCursor::id).orElse(null), q.limit() + 1);
        return Keyset.page(found, q.limit(), r -> new PageCursor(r.createdAt(), r.id()), page -> load(tenant, page));
    }

    @Override
    public Map<SopStatus, Long> countByStatus(TenantId tenant, RooftopScope rooftops) {
        Map<SopStatus, Long> counts = new EnumMap<>(SopStatus.class);
        rows.countByStatus(tenant.value(), rooftops.all(), MemberMapper.rooftopIds(rooftops))
                .forEach(c -> counts.put(SopStatus.valueOf(c.status()), c.orders()));
        return counts;
    }

    @Override
    public List<SpecialOrder> findOnShelf(TenantId tenant, RooftopScope rooftops) {
        return load(tenant, rows.findOnShelf(tenant.value(), rooftops.all(), MemberMapper.rooftopIds(rooftops)));
    }

    @Override
    public List<SpecialOrder> findByRo(TenantId tenant, RooftopId rooftop, RoNumber roNumber) {
        return load(tenant, rows.findByOrganizationIdAndRooftopIdAndRoNumberOrderBySopNumber(tenant.value(),
                rooftop.value(), roNumber.value()));
    }

    /** The orders of these rows, in the same order, with their histories read in one query. */
    private List<SpecialOrder> load(TenantId tenant, List<SpecialOrderRow> orderRows) {
        if (orderRows.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<TransitionRow>> histories = transitions.findByOrganizationIdAndSpecialOrderIdIn(tenant.value(),
                        orderRows.stream().map(SpecialOrderRow::id).toList()).stream()
                .sorted(Comparator.comparingInt(TransitionRow::seq))
                .collect(Collectors.groupingBy(TransitionRow::specialOrderId));
        return orderRows.stream()
                .map(r -> SpecialOrderMapper.order(r, histories.getOrDefault(r.id(), List.of()))).toList();
    }
}
