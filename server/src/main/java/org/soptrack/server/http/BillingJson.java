package org.soptrack.server.http;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.soptrack.core.domain.billing.BillingEvent;
import org.soptrack.core.domain.shared.Money;
import org.soptrack.core.port.in.BillingUseCase;

/** The JSON of the billing webhook, the subscription and the billing records. */
final class BillingJson {

    private BillingJson() {
    }

    /** What the billing provider posts. {@code id} is its own event id; a resend carries the same one. */
    @Serdeable
    record Notice(@Nullable String id, @Nullable String type, @Nullable String organizationId,
                  @Nullable String occurredAt, @Nullable String amount, @Nullable String currency,
                  @Nullable String invoice, @Nullable String billingEmail) {
    }

    @Serdeable
    record Receipt(String eventId, boolean duplicate, boolean applied, String subscriptionBefore,
                   String subscription) {
        static Receipt of(BillingUseCase.Receipt r) {
            return new Receipt(r.eventId().toString(), r.duplicate(), r.applied(), r.before().name(),
                    r.after().name());
        }
    }

    @Serdeable
    record Purge(Instant startedAt, @Nullable Instant completedAt, Map<String, Long> counts) {
    }

    @Serdeable
    record Deletion(Instant requestedAt, String requestedBy, Instant purgeFrom) {
    }

    @Serdeable
    record Subscription(String state, @Nullable Instant trialEndsAt, @Nullable Instant cancelledAt,
                        @Nullable Instant graceEndsAt, boolean readOnly, @Nullable Deletion deletion,
                        @Nullable Purge purge) {
        static Subscription of(BillingUseCase.Subscription s) {
            return new Subscription(s.state().name(), s.trialEndsAt().orElse(null), s.cancelledAt().orElse(null),
                    s.graceEndsAt().orElse(null), s.readOnly(),
                    s.deletion().map(d -> new Deletion(d.requestedAt(), Actors.text(d.by()), d.purgeFrom())).orElse(null),
                    s.purge().map(p -> new Purge(p.startedAt(), p.completedAt().orElse(null), p.counts())).orElse(null));
        }
    }

    @Serdeable
    record Event(String id, String providerEventId, String type, Instant occurredAt, Instant receivedAt,
                 @Nullable String amount, @Nullable String currency, @Nullable String invoice,
                 @Nullable String billingEmail, @Nullable Instant restrictedAt) {
        static Event of(BillingEvent e) {
            return new Event(e.id().toString(), e.providerEventId(), e.type().type(), e.occurredAt(), e.receivedAt(),
                    e.amount().map(Money::amount).map(a -> a.toPlainString()).orElse(null), e.currency().orElse(null),
                    e.invoice().orElse(null), e.billingEmail().map(Object::toString).orElse(null),
                    e.restrictedAt().orElse(null));
        }
    }

    @Serdeable
    record Events(List<Event> items) {
    }
}
