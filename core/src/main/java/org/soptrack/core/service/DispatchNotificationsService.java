package org.soptrack.core.service;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.random.RandomGenerator;
import org.soptrack.core.domain.notify.ChannelKind;
import org.soptrack.core.domain.notify.DeliveryAttempt;
import org.soptrack.core.domain.notify.DeliveryResult;
import org.soptrack.core.domain.notify.DispatchPolicy;
import org.soptrack.core.domain.notify.OutboxMessage;
import org.soptrack.core.domain.shared.Require;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.port.in.DispatchNotificationsUseCase;
import org.soptrack.core.port.out.ClockPort;
import org.soptrack.core.port.out.NotificationChannelPort;
import org.soptrack.core.port.out.OutboxRepository;
import org.soptrack.core.port.out.TenantDirectoryPort;
import org.soptrack.core.port.out.TransactionPort;
import org.soptrack.core.port.out.UpdateResult;

/**
 * Delivers the outbox at least once (R-NOT-4). Per tenant with due messages: one short transaction claims a batch
 * (skipping rows another dispatcher holds) and leases each message; the sends happen outside any transaction; one
 * transaction per message then records the attempt, but only if this dispatcher still holds the lease. A dispatcher
 * that dies after sending leaves the lease to run out, and the message is sent again under the same idempotency key.
 * A dispatcher told to stop finishes the send under way, records it, and gives back the leases of what it claimed and
 * did not send, so that nothing waits for a lease of a dispatcher that is gone.
 *
 * <p>With {@code inFlight} above one, a batch goes out in chunks of that many messages: the chunk's sends run at once,
 * and one transaction records the chunk's attempts. With {@code tenantsAtOnce} above one, that many organizations are
 * served at once, each with its own chunks, so that one organization's sends overlap another's bookkeeping. A
 * dispatcher killed at any instant therefore leaves at most {@code inFlight × tenantsAtOnce} messages sent and not
 * recorded, which are sent again (under their own idempotency keys) once their leases end.
 */
public final class DispatchNotificationsService implements DispatchNotificationsUseCase {

    private final TransactionPort transactions;
    private final OutboxRepository outbox;
    private final TenantDirectoryPort tenants;
    private final ClockPort clock;
    private final Map<ChannelKind, NotificationChannelPort> channels = new EnumMap<>(ChannelKind.class);
    private final DispatchPolicy policy;
    private final RandomGenerator random;
    private final int inFlight;
    private final int tenantsAtOnce;
    private final ExecutorService senders;
    private final ExecutorService tenantWorkers;

    /** One message at a time: sent, then recorded. */
    public DispatchNotificationsService(CorePorts ports, List<NotificationChannelPort> channels, DispatchPolicy policy,
                            RandomGenerator random) {
        this(ports, channels, policy, random, 1);
    }

    /** Up to {@code inFlight} messages sent at once, each chunk recorded in one transaction. */
    public DispatchNotificationsService(CorePorts ports, List<NotificationChannelPort> channels, DispatchPolicy policy,
                            RandomGenerator random, int inFlight) {
        this(ports, channels, policy, random, inFlight, 1);
    }

    /** As above, for {@code tenantsAtOnce} organizations at once. */
    public DispatchNotificationsService(CorePorts ports, List<NotificationChannelPort> channels, DispatchPolicy policy,
                            RandomGenerator random, int inFlight, int tenantsAtOnce) {
        this.inFlight = Require.between("inFlight", inFlight, 1, 256);
        this.tenantsAtOnce = Require.between("tenantsAtOnce", tenantsAtOnce, 1, 64);
        this.senders = inFlight == 1 ? null : daemons(inFlight * tenantsAtOnce, "outbox-sender");
        this.tenantWorkers = tenantsAtOnce == 1 ? null : daemons(tenantsAtOnce, "outbox-tenant");
        this.transactions = ports.transactions();
        this.outbox = ports.outbox();
        this.tenants = ports.tenants();
        this.clock = ports.clock();
        this.policy = policy;
        this.random = random;
        for (NotificationChannelPort channel : channels) {
            if (this.channels.put(channel.kind(), channel) != null) {
                throw new IllegalArgumentException("Two channels for " + channel.kind());
            }
        }
    }

    private static ExecutorService daemons(int threads, String name) {
        return Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        });
    }

    /** What a pass did, added up by the organizations it served (at once, when there are several). */
    private static final class Tally {
        private int claimed;
        private int delivered;
        private int retrying;
        private int dead;
        private int released;

        synchronized void claimed(int n) {
            claimed += n;
        }

        synchronized void released(int n) {
            released += n;
        }

        synchronized void settled(OutboxMessage.Status status) {
            switch (status) {
                case DELIVERED -> delivered++;
                case DEAD -> dead++;
                default -> retrying++;
            }
        }

        synchronized Report report() {
            return new Report(claimed, delivered, retrying, dead, released);
        }
    }

    @Override
    public Report dispatchDue(int maxMessages, BooleanSupplier stopping) {
        List<TenantId> due = tenants.withDueMessages(clock.now(), maxMessages);
        Tally tally = new Tally();
        AtomicInteger budget = new AtomicInteger(maxMessages);
        if (tenantWorkers == null || due.size() < 2) {
            for (TenantId tenant : due) {
                dispatch(tenant, budget, maxMessages, stopping, tally);
            }
            return tally.report();
        }
        // a fair share of the pass for each organization served at once; the rest wait for the next pass
        int share = Math.max(1, -Math.floorDiv(-maxMessages, Math.min(tenantsAtOnce, due.size())));
        List<Future<?>> serving = new ArrayList<>();
        for (TenantId tenant : due) {
            serving.add(tenantWorkers.submit(() -> dispatch(tenant, budget, share, stopping, tally)));
        }
        RuntimeException failure = null;
        for (Future<?> served : serving) {
            try {
                served.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failure = new IllegalStateException("Interrupted while dispatching", e);
            } catch (ExecutionException e) {
                failure = e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
            }
        }
        if (failure != null) {
            throw failure;
        }
        return tally.report();
    }

    /** One organization's due messages, at most {@code share} of what is left of the pass's budget. */
    private void dispatch(TenantId tenant, AtomicInteger budget, int share, BooleanSupplier stopping, Tally tally) {
        int left = budget.getAndUpdate(b -> Math.max(0, b - share));
        int limit = Math.min(left, share);
        if (limit <= 0 || stopping.getAsBoolean()) {
            return;
        }
        List<OutboxMessage> batch = claim(tenant, limit);
        budget.addAndGet(limit - batch.size()); // what this organization did not need, for the next
        tally.claimed(batch.size());
        for (int i = 0; i < batch.size(); i += inFlight) {
            if (stopping.getAsBoolean()) {
                tally.released(release(tenant, batch.subList(i, batch.size())));
                return;
            }
            List<OutboxMessage> chunk = batch.subList(i, Math.min(i + inFlight, batch.size()));
            record(tenant, chunk, sendAll(chunk)).forEach(status -> status.ifPresent(tally::settled));
        }
    }

    /** Gives back the leases of claims not sent that are still this dispatcher's; how many it gave back. */
    private int release(TenantId tenant, List<OutboxMessage> unsent) {
        return transactions.inTenant(tenant, () -> {
            Instant now = clock.now();
            unsent.forEach(message -> message.release(now));
            return (int) outbox.updateAll(tenant, unsent).stream().filter(r -> r == UpdateResult.UPDATED).count();
        });
    }

    /**
     * Leases up to {@code limit} due messages: the messages as leased, so that writing one back succeeds only while
     * nobody else changed it since (another dispatcher after the lease ran out, an administrator).
     */
    private List<OutboxMessage> claim(TenantId tenant, int limit) {
        return transactions.inTenant(tenant, () -> {
            Instant now = clock.now();
            // to the microsecond, as databases keep times, so that the lease reads back equal to what was written
            Instant lease = now.plus(policy.lease()).truncatedTo(ChronoUnit.MICROS);
            return outbox.leaseDue(tenant, now, limit, lease);
        });
    }

    /** The chunk's sends, at once when there is a pool; the results in the chunk's order. */
    private List<DeliveryResult> sendAll(List<OutboxMessage> chunk) {
        if (senders == null || chunk.size() == 1) {
            return chunk.stream().map(this::send).toList();
        }
        List<Future<DeliveryResult>> sending = new ArrayList<>();
        for (OutboxMessage message : chunk) {
            sending.add(senders.submit(() -> send(message)));
        }
        List<DeliveryResult> results = new ArrayList<>();
        for (Future<DeliveryResult> result : sending) {
            results.add(outcome(result));
        }
        return results;
    }

    private static DeliveryResult outcome(Future<DeliveryResult> sending) {
        try {
            return sending.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new DeliveryResult.TransientFailure("Interrupted while sending");
        } catch (ExecutionException e) {
            return new DeliveryResult.TransientFailure("The channel failed: " + e.getCause().getClass().getSimpleName());
        }
    }

    private DeliveryResult send(OutboxMessage message) {
        NotificationChannelPort channel = channels.get(message.destination().kind());
        if (channel == null) {
            return new DeliveryResult.PermanentFailure("No " + message.destination().kind() + " channel is set up");
        }
        OutboxMessage.State s = message.state();
        try {
            return channel.deliver(new NotificationChannelPort.Delivery(s.id(), Optional.of(s.tenantId()), s.event(), s.destination(),
                    s.content(), s.createdAt()));
        } catch (RuntimeException e) {
            return new DeliveryResult.TransientFailure("The channel failed: " + e.getClass().getSimpleName());
        }
    }

    /**
     * Records the chunk's attempts in one transaction, each only if its lease is still this dispatcher's; each
     * message's new status, or empty where the lease was lost.
     */
    private List<Optional<OutboxMessage.Status>> record(TenantId tenant, List<OutboxMessage> chunk,
                                                        List<DeliveryResult> results) {
        return transactions.inTenant(tenant, () -> {
            Instant now = clock.now();
            List<OutboxMessage> messages = new ArrayList<>();
            List<DeliveryAttempt> attempts = new ArrayList<>();
            for (int i = 0; i < chunk.size(); i++) {
                OutboxMessage message = chunk.get(i);
                attempts.add(message.record(results.get(i), now, policy, random));
                messages.add(message);
            }
            List<UpdateResult> written = outbox.updateAll(tenant, messages);
            List<Optional<OutboxMessage.Status>> statuses = new ArrayList<>();
            List<DeliveryAttempt> kept = new ArrayList<>();
            for (int i = 0; i < messages.size(); i++) {
                boolean ours = written.get(i) == UpdateResult.UPDATED;
                statuses.add(ours ? Optional.of(messages.get(i).status()) : Optional.empty());
                if (ours) {
                    kept.add(attempts.get(i));
                }
            }
            outbox.addAttempts(tenant, kept);
            return statuses;
        });
    }
}
