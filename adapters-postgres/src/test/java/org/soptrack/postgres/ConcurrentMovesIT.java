package org.soptrack.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.soptrack.core.domain.shared.ActorRef;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.domain.sop.SopStatus;
import org.soptrack.core.domain.sop.SpecialOrder;
import org.soptrack.core.domain.sop.StatusChange;
import org.soptrack.core.port.out.UpdateResult;
import org.soptrack.core.service.CorePorts;
import org.soptrack.core.tck.TestData;

/**
 * Many writers on one order: in each round every thread loads the same version inside its own transaction, waits for
 * the others, then moves the order. Exactly one wins each round; the rest get a conflict and change nothing.
 */
class ConcurrentMovesIT {

    private static final int THREADS = 6;
    private static final int ROUNDS = 15;

    private final CorePorts ports = TestDatabase.get().ports();
    private final TenantId tenant = TestData.newTenant();

    @Test
    void exactly_one_writer_wins_each_version_and_the_history_stays_a_chain() throws Exception {
        SpecialOrder created = seedOrder();
        CyclicBarrier loaded = new CyclicBarrier(THREADS);
        CyclicBarrier roundDone = new CyclicBarrier(THREADS);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<List<UpdateResult>>> workers = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            workers.add(pool.submit(() -> {
                List<UpdateResult> results = new ArrayList<>();
                for (int round = 0; round < ROUNDS; round++) {
                    results.add(ports.transactions().inTenant(tenant, () -> {
                        SpecialOrder order = ports.orders().find(tenant, created.id()).orElseThrow();
                        await(loaded);
                        SopStatus next = order.status() == SopStatus.ORDERED ? SopStatus.BACKORDERED : SopStatus.ORDERED;
                        order.moveTo(next, ActorRef.system(), TestData.T0, Optional.empty());
                        return ports.orders().update(tenant, order);
                    }));
                    await(roundDone);
                }
                return results;
            }));
        }
        List<UpdateResult> all = new ArrayList<>();
        for (Future<List<UpdateResult>> worker : workers) {
            all.addAll(worker.get(2, TimeUnit.MINUTES));
        }
        pool.shutdown();

        assertThat(all).filteredOn(r -> r == UpdateResult.UPDATED).hasSize(ROUNDS);
        assertThat(all).filteredOn(r -> r == UpdateResult.CONFLICT).hasSize(ROUNDS * (THREADS - 1));

        SpecialOrder stored = ports.transactions().inTenant(tenant, () -> ports.orders().find(tenant, created.id()))
                .orElseThrow();
        assertThat(stored.version()).isEqualTo(created.version() + ROUNDS);
        List<StatusChange> history = stored.history();
        assertThat(history).hasSize(1 + ROUNDS);
        for (int i = 1; i < history.size(); i++) {
            assertThat(history.get(i).from()).isEqualTo(history.get(i - 1).to());
        }
    }

    private SpecialOrder seedOrder() {
        CorePorts p = ports;
        return p.transactions().inTenant(tenant, () -> {
            var rooftop = TestData.rooftop(tenant, "Main Street Toyota");
            var customer = TestData.customer(tenant);
            p.organizations().add(tenant, TestData.organization(tenant));
            p.rooftops().add(tenant, rooftop);
            p.customers().add(tenant, customer);
            SpecialOrder order = TestData.order(tenant, rooftop.id(), customer.id(), 1, "RO-1", TestData.T0);
            order.moveTo(SopStatus.ORDERED, ActorRef.system(), TestData.T0, Optional.empty());
            p.orders().add(tenant, order);
            return order;
        });
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(1, TimeUnit.MINUTES);
        } catch (Exception e) {
            throw new IllegalStateException("A writer did not arrive", e);
        }
    }
}
