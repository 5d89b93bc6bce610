package org.soptrack.core.port.in;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.soptrack.core.domain.billing.BillingEvent;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.domain.tenancy.Actor;
import org.soptrack.core.domain.tenancy.DeletionRequest;
import org.soptrack.core.domain.tenancy.SubscriptionState;
import org.soptrack.core.domain.tenancy.TenantPurge;

/**
 * The subscription lifecycle (R-TEN-6). The billing provider's events come in through {@link #receive} (the caller has
 * authenticated the provider); they are kept as billing records and move the subscription: cancelling starts the grace
 * period, during which the organization is read-only and can export everything; reactivating inside it restores full
 * access with nothing lost; after it, the retention sweep purges the business data.
 */
public interface BillingUseCase {

    /** The refusal code of a business change while the organization is read-only. */
    String READ_ONLY = "organization-read-only";

    /** A provider event as received; validated here. */
    record Notice(TenantId tenant, String providerEventId, String type, Instant occurredAt, Optional<String> amount,
                  Optional<String> currency, Optional<String> invoice, Optional<String> billingEmail) {
    }

    /**
     * What came of a notice: the record's id, whether it was a resend of one already received, and the subscription
     * before and after. {@code applied} is false for an event that moves nothing, a resend, or one that occurred before
     * the latest state change already applied (providers may deliver out of order).
     */
    record Receipt(UUID eventId, boolean duplicate, SubscriptionState before, SubscriptionState after,
                   boolean applied) {
    }

    /**
     * Where the subscription stands: {@code trialEndsAt} while on trial (it lapses into a cancellation then),
     * {@code graceEndsAt} while cancelled, {@code deletion} while the owners' deletion request is pending, {@code purge}
     * once one started.
     */
    record Subscription(SubscriptionState state, Optional<Instant> trialEndsAt, Optional<Instant> cancelledAt,
                        Optional<Instant> graceEndsAt, boolean readOnly, Optional<DeletionRequest> deletion,
                        Optional<TenantPurge> purge) {
    }

    Outcome<Receipt> receive(Notice notice);

    /** Any member of the organization may see it (it says why everything is read-only). */
    Outcome<Subscription> subscription(Actor actor);

    /** The billing records, for owners ({@code ORGANIZATION_MANAGE}). */
    Outcome<List<BillingEvent>> billingEvents(Actor actor);
}
