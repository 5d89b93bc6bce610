package org.soptrack.core.domain.billing;

import java.util.Arrays;
import java.util.Optional;
import org.soptrack.core.domain.tenancy.SubscriptionState;

/** What a billing provider tells us, by its wire name, and the subscription state it moves the organization to. */
public enum BillingEventType {
    TRIAL_STARTED("subscription.trialing", SubscriptionState.TRIAL),
    ACTIVATED("subscription.activated", SubscriptionState.ACTIVE),
    PAST_DUE("subscription.past_due", SubscriptionState.PAST_DUE),
    CANCELLED("subscription.cancelled", SubscriptionState.CANCELLED),
    INVOICE_PAID("invoice.paid", null),
    PAYMENT_FAILED("invoice.payment_failed", null);

    private final String type;
    private final SubscriptionState moves;

    BillingEventType(String type, SubscriptionState moves) {
        this.type = type;
        this.moves = moves;
    }

    public String type() {
        return type;
    }

    /** The state the subscription takes; empty for events that are only records (invoices). */
    public Optional<SubscriptionState> moves() {
        return Optional.ofNullable(moves);
    }

    public static Optional<BillingEventType> ofType(String type) {
        return Arrays.stream(values()).filter(t -> t.type.equals(type)).findFirst();
    }
}
