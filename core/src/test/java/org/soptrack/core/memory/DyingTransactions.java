package org.soptrack.core.memory;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.port.out.TransactionPort;

/**
 * Transactions that die, as a killed process would, once a number of them have started: the next one throws
 * "killed" before it runs. For tests of work that must resume after a crash (e.g. the retention sweep).
 */
public final class DyingTransactions implements TransactionPort {

    private final TransactionPort real;
    private final int survive;
    private final AtomicInteger started = new AtomicInteger();

    private DyingTransactions(TransactionPort real, int survive) {
        this.real = real;
        this.survive = survive;
    }

    public static TransactionPort after(TransactionPort real, int survive) {
        return new DyingTransactions(real, survive);
    }

    @Override
    public <T> T inTenant(TenantId tenant, Supplier<T> work) {
        if (started.incrementAndGet() > survive) {
            throw new IllegalStateException("killed");
        }
        return real.inTenant(tenant, work);
    }
}
