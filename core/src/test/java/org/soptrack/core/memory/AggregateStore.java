package org.soptrack.core.memory;

import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.soptrack.core.domain.shared.Aggregate;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.port.out.UpdateResult;

/** Stores one kind of aggregate as its immutable state record plus version; what every in-memory repository shares. */
final class AggregateStore<K, A extends Aggregate<S>, S> {

    private final InMemoryTable<K, S> table;
    private final Function<A, K> key;
    private final BiFunction<S, Long, A> reconstitute;

    AggregateStore(InMemoryTransactions tx, Function<A, K> key, BiFunction<S, Long, A> reconstitute) {
        this.table = tx.newTable();
        this.key = key;
        this.reconstitute = reconstitute;
    }

    void add(TenantId tenant, A aggregate) {
        table.insert(tenant, key.apply(aggregate), aggregate.state(), aggregate.version());
    }

    Optional<A> find(TenantId tenant, K id) {
        return table.get(tenant, id).map(this::load);
    }

    UpdateResult update(TenantId tenant, A aggregate) {
        return table.update(tenant, key.apply(aggregate), aggregate.state(), aggregate.persistedVersion(),
                aggregate.version());
    }

    Stream<A> all(TenantId tenant) {
        return table.rows(tenant).map(this::load);
    }

    /** The tenants that own an aggregate, read outside any transaction. */
    Set<TenantId> tenants() {
        return table.tenantsWith(state -> true);
    }

    /** The tenants that own an aggregate whose state passes {@code filter}, read outside any transaction. */
    Set<TenantId> tenantsWhere(Predicate<S> filter) {
        return table.tenantsWith(filter);
    }

    long countWhere(TenantId tenant, Predicate<S> filter) {
        return table.countWhere(tenant, filter);
    }

    int replaceAll(TenantId tenant, UnaryOperator<S> change) {
        return table.replaceAll(tenant, change);
    }

    int deleteWhere(TenantId tenant, Predicate<S> filter, int limit) {
        return table.deleteWhere(tenant, filter, limit);
    }

    private A load(InMemoryTable.Row<S> row) {
        return reconstitute.apply(row.value(), row.version());
    }
}
