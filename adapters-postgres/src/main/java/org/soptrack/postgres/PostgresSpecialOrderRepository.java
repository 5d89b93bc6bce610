package org.soptrack.postgres;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.postgresql.PGStatement;
import org.soptrack.core.domain.shared.Page;
import org.soptrack.core.domain.shared.PageCursor;
import org.soptrack.core.domain.shared.RooftopId;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.domain.sop.CustomerId;
import org.soptrack.core.domain.sop.PartNumber;
import org.soptrack.core.domain.sop.RoNumber;
import org.soptrack.core.domain.sop.SearchText;
import org.soptrack.core.domain.sop.SopNumber;
import org.soptrack.core.domain.sop.SopStatus;
import org.soptrack.core.domain.sop.SpecialOrder;
import org.soptrack.core.domain.sop.SpecialOrderId;
import org.soptrack.core.domain.tenancy.RooftopScope;
import org.soptrack.core.port.out.SpecialOrderQuery;
import org.soptrack.core.port.out.SpecialOrderRepository;
import org.soptrack.core.port.out.TextSearch;
import org.soptrack.core.port.out.UpdateResult;

/**
 * Special orders on PostgreSQL: one row per order, its history appended to a transitions table. The list and the
 * histories it loads are read with plain JDBC and mapped by hand ({@link SpecialOrderMapper#row(ResultSet)}): they
 * are the busiest reads, and Micronaut Data's generic row mapping was most of their cost in the JVM.
 */
@Singleton
public final class PostgresSpecialOrderRepository implements SpecialOrderRepository {

    static final String SEARCH = """
            SELECT * FROM special_orders
             WHERE organization_id = ? AND (? OR rooftop_id = ANY (?))
               AND (cardinality(?) = 0 OR status = ANY (?))
               AND (CAST(? AS text) IS NULL OR ro_number = ?)
               AND (CAST(? AS bigint) IS NULL OR sop_number = ?)
               AND (CAST(? AS uuid) IS NULL OR customer_id = ?)
               AND (CAST(? AS text) IS NULL OR part_number = ?)
               AND (CAST(? AS timestamptz) IS NULL OR received_at < ?)
               AND (CAST(? AS timestamptz) IS NULL OR (created_at, id) < (?, ?))
             ORDER BY created_at DESC, id DESC
             LIMIT ?""";

    /**
     * A page of the orders with one of some statuses, in some rooftops, newest first, and nothing else asked but
     * orders received before a time: the list a parts counter keeps open. Through {@link #SEARCH} its plan depends on
     * the planner's estimates: it walked {@code special_orders_newest} past 13,592 newer orders of other statuses to
     * find 42 (9 ms), and a generic plan, cached after five uses, filtered the organization's orders one by one. This
     * walks {@code special_orders_rooftop_status} once per rooftop and status, each from the cursor on, and keeps the
     * newest; one plan serves every value.
     */
    static final String BY_STATUS = """
            SELECT o.* FROM rooftops r
             CROSS JOIN unnest(CAST(? AS text[])) AS wanted(status)
             CROSS JOIN LATERAL (
                   SELECT * FROM special_orders
                    WHERE organization_id = r.organization_id AND rooftop_id = r.id AND status = wanted.status
                      AND (created_at, id) < (coalesce(CAST(? AS timestamptz), 'infinity'),
                                              coalesce(CAST(? AS uuid), 'ffffffff-ffff-ffff-ffff-ffffffffffff'))
                      AND (CAST(? AS timestamptz) IS NULL OR received_at < ?)
                    ORDER BY created_at DESC, id DESC
                    LIMIT ?) o
             WHERE r.organization_id = ? AND (? OR r.id = ANY (?))
             ORDER BY o.created_at DESC, o.id DESC
             LIMIT ?""";

    static final String HISTORIES = "SELECT * FROM special_order_transitions WHERE organization_id = ?"
            + " AND special_order_id = ANY (?) ORDER BY special_order_id, seq";

    private final SpecialOrderRows rows;
    private final TransitionRows transitions;
    private final JdbcOperations jdbc;
    private final PostgresOrderChanges changes;

    PostgresSpecialOrderRepository(SpecialOrderRows rows, TransitionRows transitions, JdbcOperations jdbc,
                                   PostgresOrderChanges changes) {
        this.rows = rows;
        this.transitions = transitions;
        this.jdbc = jdbc;
        this.changes = changes;
    }

    @Override
    public Watch watch(TenantId tenant, RooftopId rooftop, Runnable listener) {
        return changes.watch(tenant, rooftop, listener);
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
        boolean byStatus = statuses.length > 0 && q.roNumber().isEmpty() && q.sopNumber().isEmpty()
                && q.customerId().isEmpty() && q.partNumber().isEmpty();
        List<SpecialOrderRow> found = byStatus ? byStatus(tenant, q, statuses) : jdbc.prepareStatement(SEARCH, s -> {
            // Planned for the values given each time: a plan cached for all values filters where an index would seek.
            s.unwrap(PGStatement.class).setPrepareThreshold(0);
            Connection c = s.getConnection();
            s.setObject(1, tenant.value());
            s.setBoolean(2, scope.all());
            s.setArray(3, c.createArrayOf("uuid", MemberMapper.rooftopIds(scope)));
            Array statusArray = c.createArrayOf("text", statuses);
            s.setArray(4, statusArray);
            s.setArray(5, statusArray);
            twice(s, 6, q.roNumber().map(RoNumber::value).orElse(null), Types.VARCHAR);
            twice(s, 8, q.sopNumber().map(SopNumber::value).orElse(null), Types.BIGINT);
            twice(s, 10, q.customerId().map(CustomerId::value).orElse(null), Types.OTHER);
            twice(s, 12, q.partNumber().map(PartNumber::value).orElse(null), Types.VARCHAR);
            twice(s, 14, q.receivedBefore().map(at -> at.atOffset(ZoneOffset.UTC)).orElse(null),
                    Types.TIMESTAMP_WITH_TIMEZONE);
            twice(s, 16, q.after().map(a -> a.at().atOffset(ZoneOffset.UTC)).orElse(null),
                    Types.TIMESTAMP_WITH_TIMEZONE);
            s.setObject(18, q.after().map(PageCursor::id).orElse(null), Types.OTHER);
            s.setInt(19, q.limit() + 1);
            return read(s, SpecialOrderMapper::row);
        });
        return Keyset.page(found, q.limit(), r -> new PageCursor(r.createdAt(), r.id()), page -> load(tenant, page));
    }

    private List<SpecialOrderRow> byStatus(TenantId tenant, SpecialOrderQuery q, String[] statuses) {
        return jdbc.prepareStatement(BY_STATUS, s -> {
            Connection c = s.getConnection();
            s.setArray(1, c.createArrayOf("text", statuses));
            s.setObject(2, q.after().map(a -> a.at().atOffset(ZoneOffset.UTC)).orElse(null),
                    Types.TIMESTAMP_WITH_TIMEZONE);
            s.setObject(3, q.after().map(PageCursor::id).orElse(null), Types.OTHER);
            twice(s, 4, q.receivedBefore().map(at -> at.atOffset(ZoneOffset.UTC)).orElse(null),
                    Types.TIMESTAMP_WITH_TIMEZONE);
            s.setInt(6, q.limit() + 1);
            s.setObject(7, tenant.value());
            s.setBoolean(8, q.rooftops().all());
            s.setArray(9, c.createArrayOf("uuid", MemberMapper.rooftopIds(q.rooftops())));
            s.setInt(10, q.limit() + 1);
            return read(s, SpecialOrderMapper::row);
        });
    }

    @Override
    public Page<SpecialOrder> searchText(TenantId tenant, TextSearch search) {
        SearchText text = search.text();
        List<UUID> ids = jdbc.prepareStatement("SELECT * FROM search_special_order_ids(?, ?, ?, ?, ?, ?, ?)", s -> {
            s.setString(1, SearchCalls.pattern(text));
            s.setObject(2, text.sopNumber().orElse(null), Types.BIGINT);
            s.setBoolean(3, search.byCustomerName());
            SearchCalls.bindPage(s, 4, search);
            return SearchCalls.ids(s);
        });
        List<SpecialOrderRow> found = SearchCalls.rows(jdbc, "special_orders", tenant.value(), ids,
                SpecialOrderMapper::row, SpecialOrderRow::id);
        return Keyset.page(found, search.limit(), r -> new PageCursor(r.createdAt(), r.id()), page -> load(tenant, page));
    }

    @Override
    public Map<SopStatus, Long> countByStatus(TenantId tenant, RooftopScope rooftops) {
        Map<SopStatus, Long> counts = new EnumMap<>(SopStatus.class);
        rows.countByStatus(tenant.value(), rooftops.all(), MemberMapper.rooftopIds(rooftops))
                .forEach(c -> counts.put(SopStatus.valueOf(c.status()), c.orders()));
        return counts;
    }

    @Override
    public List<SpecialOrder> findWaiting(TenantId tenant, RooftopId rooftop, PartNumber part, int limit) {
        return load(tenant, rows.findWaiting(tenant.value(), rooftop.value(), part.value(), limit));
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

    /** Binds a value that the statement uses twice (an "is it given" test, then the comparison). */
    private static void twice(PreparedStatement s, int index, Object value, int type) throws SQLException {
        s.setObject(index, value, type);
        s.setObject(index + 1, value, type);
    }

    private static <T> List<T> read(PreparedStatement s, RowReader<T> reader) throws SQLException {
        List<T> out = new ArrayList<>();
        try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                out.add(reader.read(rs));
            }
        }
        return out;
    }

    private interface RowReader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    /** The orders of these rows, in the same order, with their histories read in one query. */
    private List<SpecialOrder> load(TenantId tenant, List<SpecialOrderRow> orderRows) {
        if (orderRows.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<TransitionRow>> histories = jdbc.prepareStatement(HISTORIES, s -> {
            s.setObject(1, tenant.value());
            s.setArray(2, s.getConnection().createArrayOf("uuid", orderRows.stream().map(SpecialOrderRow::id).toArray()));
            return read(s, SpecialOrderMapper::transition);
        }).stream().collect(Collectors.groupingBy(TransitionRow::specialOrderId));
        return orderRows.stream()
                .map(r -> SpecialOrderMapper.order(r, histories.getOrDefault(r.id(), List.of()))).toList();
    }
}
