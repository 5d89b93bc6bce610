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
 * <p>With {@code inFlight} above one, a batch goes out in chunks of that many messages: the chunk's sends run at once
 * on a pool of that many threads, and one transaction records the chunk's attempts. A dispatcher killed at any instant
 * therefore leaves at most {@code inFlight} messages sent and not recorded, which are sent again (under their own
 * idempotency keys) once their leases end.
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
    private final ExecutorService senders;

    /** One message at a time: sent, then recorded. */
    public DispatchNotificationsService(CorePorts ports, List<NotificationChannelPort> channels, DispatchPolicy policy,
                            RandomGenerator random) {
        this(ports, channels, policy, random, 1);
    }

    /** Up to {@code inFlight} messages sent at once, each chunk recorded in one transaction. */
    public DispatchNotificationsService(CorePorts ports, List<NotificationChannelPort> channels, DispatchPolicy policy,
                            RandomGenerator random, int inFlight) {
        this.inFlight = Require.between("inFlight", inFlight, 1, 256);
        this.senders = inFlight == 1 ? null : Executors.newFixedThreadPool(inFlight, runnable -> {
            Thread thread = new Thread(runnable, "outbox-sender");
            thread.setDaemon(true);
            return thread;
        });
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

    /** A message this dispatcher leased until {@code lease}. */
    private record Claim(OutboxMessage message, Instant lease) {
    }

    @Override
    public Report dispatchDue(int maxMessages, BooleanSupplier stopping) {
        int claimed = 0;
        int delivered = 0;
        int retrying = 0;
        int dead = 0;
        int released = 0;
        for (TenantId tenant : tenants.withDueMessages(clock.now(), maxMessages)) {
            if (claimed >= maxMessages || stopping.getAsBoolean()) {
                break;
            }
            List<Claim> batch = claim(tenant, maxMessages - claimed);
            claimed += batch.size();
            for (int i = 0; i < batch.size(); i += inFlight) {
                if (stopping.getAsBoolean()) {
                    released += release(tenant, batch.subList(i, batch.size()));
                    break;
                }
                List<Claim> chunk = batch.subList(i, Math.min(i + inFlight, batch.size()));
                for (Optional<OutboxMessage.Status> status : record(tenant, chunk, sendAll(chunk))) {
                    if (status.isEmpty()) {
                        continue;
                    }
                    switch (status.get()) {
                        case DELIVERED -> delivered++;
                        case DEAD -> dead++;
                        default -> retrying++;
                    }
                }
            }
        }
        return new Report(claimed, delivered, retrying, dead, released);
    }

    /** Gives back the leases of claims not sent that are still this dispatcher's; how many it gave back. */
    private int release(TenantId tenant, List<Claim> unsent) {
        return transactions.inTenant(tenant, () -> {
            Instant now = clock.now();
            int released = 0;
            for (Claim claim : unsent) {
                Optional<OutboxMessage> current = stillOurs(tenant, claim);
                if (current.isPresent()) {
                    current.get().release(now);
                    if (outbox.update(tenant, current.get()) == UpdateResult.UPDATED) {
                        released++;
                    }
                }
            }
            return released;
        });
    }

    /** The message as stored, if it is still pending under this claim's lease. */
    private Optional<OutboxMessage> stillOurs(TenantId tenant, Claim claim) {
        return outbox.find(tenant, claim.message().id())
                .filter(m -> m.status() == OutboxMessage.Status.PENDING)
                .filter(m -> m.state().nextAttemptAt().equals(claim.lease()));
    }

    private List<Claim> claim(TenantId tenant, int limit) {
        return transactions.inTenant(tenant, () -> {
            Instant now = clock.now();
            // to the microsecond, as databases keep times, so that the lease reads back equal to what was written
            Instant lease = now.plus(policy.lease()).truncatedTo(ChronoUnit.MICROS);
            List<Claim> claims = new ArrayList<>();
            for (OutboxMessage message : outbox.claimDue(tenant, now, limit)) {
                message.claim(lease);
                if (outbox.update(tenant, message) == UpdateResult.UPDATED) {
                    claims.add(new Claim(message, lease));
                }
            }
            return claims;
        });
    }

    /** The chunk's sends, at once when there is a pool; the results in the chunk's order. */
    private List<DeliveryResult> sendAll(List<Claim> chunk) {
        if (senders == null || chunk.size() == 1) {
            return chunk.stream().map(claim -> send(claim.message())).toList();
        }
        List<Future<DeliveryResult>> sending = new ArrayList<>();
        for (Claim claim : chunk) {
            sending.add(senders.submit(() -> send(claim.message())));
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
    private List<Optional<OutboxMessage.Status>> record(TenantId tenant, List<Claim> chunk,
                                                        List<DeliveryResult> results) {
        return transactions.inTenant(tenant, () -> {
            List<Optional<OutboxMessage.Status>> statuses = new ArrayList<>();
            for (int i = 0; i < chunk.size(); i++) {
                statuses.add(record(tenant, chunk.get(i), results.get(i)));
            }
            return statuses;
        });
    }

    private Optional<OutboxMessage.Status> record(TenantId tenant, Claim claim, DeliveryResult result) {
        Optional<OutboxMessage> current = stillOurs(tenant, claim);
        if (current.isEmpty()) {
            return Optional.empty();
        }
        OutboxMessage message = current.get();
        DeliveryAttempt attempt = message.record(result, clock.now(), policy, random);
        if (outbox.update(tenant, message) != UpdateResult.UPDATED) {
            return Optional.empty();
        }
        outbox.addAttempt(tenant, attempt);
        return Optional.of(message.status());
    }
}
