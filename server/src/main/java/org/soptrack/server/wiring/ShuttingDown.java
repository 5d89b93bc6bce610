package org.soptrack.server.wiring;

import io.micronaut.runtime.graceful.GracefulShutdownCapable;
import jakarta.inject.Singleton;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/**
 * Tells long-lived responses that the server is shutting down, so that they end on their own instead of holding the
 * graceful shutdown for its whole grace period: the board's server-sent events complete, and the browser reconnects
 * (to another instance, or to this one once it is back).
 */
@Singleton
public final class ShuttingDown implements GracefulShutdownCapable {

    private final Sinks.Empty<Void> started = Sinks.empty();

    /** Completes when the shutdown starts. */
    public Mono<Void> started() {
        return started.asMono();
    }

    @Override
    public CompletionStage<?> shutdownGracefully() {
        started.tryEmitEmpty();
        return CompletableFuture.completedFuture(null);
    }
}
