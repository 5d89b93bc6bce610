package org.soptrack.core.memory;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.soptrack.core.domain.notify.ChannelKind;
import org.soptrack.core.domain.notify.DeliveryResult;
import org.soptrack.core.port.out.NotificationChannelPort;

/**
 * A channel for tests: keeps every delivery it accepted and answers with scripted results first (a provider that is
 * down, then back; one that refuses), "delivered" after that.
 */
public final class RecordingChannel implements NotificationChannelPort {

    private final ChannelKind kind;
    private final List<Delivery> delivered = new CopyOnWriteArrayList<>();
    private final List<Delivery> tried = new CopyOnWriteArrayList<>();
    private final Deque<DeliveryResult> script = new ArrayDeque<>();
    private volatile boolean crashNext;

    public RecordingChannel(ChannelKind kind) {
        this.kind = kind;
    }

    @Override
    public ChannelKind kind() {
        return kind;
    }

    @Override
    public synchronized DeliveryResult deliver(Delivery delivery) {
        tried.add(delivery);
        if (crashNext) {
            crashNext = false;
            delivered.add(delivery);
            throw new Crash();
        }
        DeliveryResult next = script.poll();
        if (next == null || next instanceof DeliveryResult.Delivered) {
            delivered.add(delivery);
            return next == null ? new DeliveryResult.Delivered("ok") : next;
        }
        return next;
    }

    /** The next {@code times} attempts fail as {@code result} says. */
    public synchronized RecordingChannel thenFail(int times, DeliveryResult result) {
        for (int i = 0; i < times; i++) {
            script.add(result);
        }
        return this;
    }

    /** The next attempt reaches the provider and then the process dies before it can record anything. */
    public void crashAfterNextSend() {
        crashNext = true;
    }

    public List<Delivery> delivered() {
        return List.copyOf(delivered);
    }

    public List<Delivery> tried() {
        return List.copyOf(tried);
    }

    /** How many times the provider received the message with this idempotency key. */
    public long receivedTimes(UUID key) {
        return delivered.stream().filter(d -> d.idempotencyKey().equals(key)).count();
    }

    /** What a process death looks like to the dispatcher: not an exception it may catch. */
    public static final class Crash extends Error {
        private static final long serialVersionUID = 1L;

        Crash() {
            super("process died after sending", null, false, false);
        }
    }
}
