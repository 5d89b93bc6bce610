package org.soptrack.core.memory;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.port.out.UpdateResult;

/** Rows of one kind, each owned by a tenant and versioned; visible only inside that tenant's transaction. */
final class InMemoryTable<K, V> {

    /** A stored row. */
    record Row<V>(TenantId tenant, V value, long version) {
    }

    private final InMemoryTransactions transactions;
    private Map<K, Row<V>> rows = new LinkedHashMap<>();

    InMemoryTable(InMemoryTransactions transactions) {
        this.transactions = transactions;
    }

    Runnable snapshot() {
        Map<K, Row<V>> copy = new LinkedHashMap<>(rows);
        return () -> rows = copy;
    }

    private boolean open(TenantId tenant) {
        return transactions.currentTenant().filter(tenant::equals).isPresent();
    }

    /** Inserts; a key taken by any tenant is a constraint violation, as a primary key would be. */
    void insert(TenantId tenant, K key, V value, long version) {
        if (!open(tenant)) {
            throw new IllegalStateException("No transaction open for tenant " + tenant);
        }
        if (rows.containsKey(key)) {
            throw new IllegalStateException("Duplicate key " + key);
        }
        rows.put(key, new Row<>(tenant, value, version));
    }

    Optional<Row<V>> get(TenantId tenant, K key) {
        if (!open(tenant)) {
            return Optional.empty();
        }
        return Optional.ofNullable(rows.get(key)).filter(r -> r.tenant().equals(tenant));
    }

    UpdateResult update(TenantId tenant, K key, V value, long expectedVersion, long newVersion) {
        Optional<Row<V>> row = get(tenant, key);
        if (row.isEmpty() || row.get().version() != expectedVersion) {
            return UpdateResult.CONFLICT;
        }
        rows.put(key, new Row<>(tenant, value, newVersion));
        return UpdateResult.UPDATED;
    }

    /** The tenants that own rows passing {@code filter}, read outside any transaction (ids only, as a directory). */
    Set<TenantId> tenantsWith(Predicate<V> filter) {
        return new HashMap<>(rows).values().stream().filter(r -> filter.test(r.value())).map(Row::tenant)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    Stream<Row<V>> rows(TenantId tenant) {
        if (!open(tenant)) {
            return Stream.empty();
        }
        return new HashMap<>(rows).values().stream().filter(r -> r.tenant().equals(tenant));
    }

    /** How many of the tenant's rows pass {@code filter}. */
    long countWhere(TenantId tenant, Predicate<V> filter) {
        return rows(tenant).filter(r -> filter.test(r.value())).count();
    }

    /** Replaces each of the tenant's rows with {@code change} of it, bumping the version where it differs; says how many. */
    int replaceAll(TenantId tenant, UnaryOperator<V> change) {
        if (!open(tenant)) {
            return 0;
        }
        int changed = 0;
        for (Map.Entry<K, Row<V>> entry : new LinkedHashMap<>(rows).entrySet()) {
            Row<V> row = entry.getValue();
            V after = row.tenant().equals(tenant) ? change.apply(row.value()) : row.value();
            if (!after.equals(row.value())) {
                rows.put(entry.getKey(), new Row<>(tenant, after, row.version() + 1));
                changed++;
            }
        }
        return changed;
    }

    /** Deletes at most {@code limit} of the tenant's rows that pass {@code filter}; says how many. */
    int deleteWhere(TenantId tenant, Predicate<V> filter, int limit) {
        if (!open(tenant)) {
            return 0;
        }
        List<K> doomed = rows.entrySet().stream()
                .filter(e -> e.getValue().tenant().equals(tenant) && filter.test(e.getValue().value()))
                .limit(limit).map(Map.Entry::getKey).toList();
        doomed.forEach(rows::remove);
        return doomed.size();
    }

    /** How many of the tenant's rows have a key that passes {@code filter}. */
    long countKeysWhere(TenantId tenant, Predicate<K> filter) {
        if (!open(tenant)) {
            return 0;
        }
        return new LinkedHashMap<>(rows).entrySet().stream()
                .filter(e -> e.getValue().tenant().equals(tenant) && filter.test(e.getKey())).count();
    }

    /** Deletes at most {@code limit} of the tenant's rows whose key passes {@code filter}; says how many. */
    int deleteKeysWhere(TenantId tenant, Predicate<K> filter, int limit) {
        if (!open(tenant)) {
            return 0;
        }
        List<K> doomed = rows.entrySet().stream()
                .filter(e -> e.getValue().tenant().equals(tenant) && filter.test(e.getKey()))
                .limit(limit).map(Map.Entry::getKey).toList();
        doomed.forEach(rows::remove);
        return doomed.size();
    }
}
