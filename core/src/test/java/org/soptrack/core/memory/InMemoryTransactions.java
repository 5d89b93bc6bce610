package org.soptrack.core.memory;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.port.out.TransactionPort;

/** Serializable transactions over in-memory tables: one at a time, rolled back by restoring snapshots. */
public final class InMemoryTransactions implements TransactionPort {

    private final ThreadLocal<TenantId> current = new ThreadLocal<>();
    private final List<InMemoryTable<?, ?>> tables = new CopyOnWriteArrayList<>();
    private final ReentrantLock lock = new ReentrantLock();

    @Override
    public <T> T inTenant(TenantId tenant, Supplier<T> work) {
        if (current.get() != null) {
            throw new IllegalStateException("Transactions do not nest");
        }
        lock.lock();
        List<Runnable> restores = new ArrayList<>();
        tables.forEach(t -> restores.add(t.snapshot()));
        current.set(tenant);
        try {
            return work.get();
        } catch (RuntimeException | Error e) {
            restores.forEach(Runnable::run);
            throw e;
        } finally {
            current.remove();
            lock.unlock();
        }
    }

    /** The tenant of the transaction open on this thread, if any. */
    Optional<TenantId> currentTenant() {
        return Optional.ofNullable(current.get());
    }

    <K, V> InMemoryTable<K, V> newTable() {
        InMemoryTable<K, V> table = new InMemoryTable<>(this);
        tables.add(table);
        return table;
    }
}
