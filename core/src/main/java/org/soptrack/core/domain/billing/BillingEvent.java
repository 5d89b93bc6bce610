package org.soptrack.core.domain.billing;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.soptrack.core.domain.shared.Email;
import org.soptrack.core.domain.shared.InvalidValueException;
import org.soptrack.core.domain.shared.Money;
import org.soptrack.core.domain.shared.Require;
import org.soptrack.core.domain.shared.TenantId;

/**
 * One billing record: an event the provider sent, under the provider's own id (which makes a resent event a
 * duplicate), with the amount and invoice it is about and the address the invoice went to. Kept for the
 * {@code BILLING_RECORDS} period even after the organization's business data is purged; {@code restrictedAt} is set
 * when the person it names asked for erasure, since the law keeps the record itself.
 */
public record BillingEvent(UUID id, TenantId tenant, String providerEventId, BillingEventType type,
                           Instant occurredAt, Instant receivedAt, Optional<Money> amount, Optional<String> currency,
                           Optional<String> invoice, Optional<Email> billingEmail, Optional<Instant> restrictedAt) {

    private static final Pattern PROVIDER_ID = Pattern.compile("[A-Za-z0-9_:.\\-]{1,200}");
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

    public BillingEvent {
        Require.present("id", id);
        Require.present("tenant", tenant);
        Require.present("providerEventId", providerEventId);
        if (!PROVIDER_ID.matcher(providerEventId).matches()) {
            throw new InvalidValueException("id", "must be 1 to 200 letters, digits or _:.-");
        }
        Require.present("type", type);
        Require.present("occurredAt", occurredAt);
        Require.present("receivedAt", receivedAt);
        Require.present("amount", amount);
        Require.present("currency", currency);
        if (currency.isPresent() && !CURRENCY.matcher(currency.get()).matches()) {
            throw new InvalidValueException("currency", "must be an ISO 4217 code such as USD");
        }
        if (amount.isPresent() != currency.isPresent()) {
            throw new InvalidValueException("currency", "an amount needs a currency, and a currency an amount");
        }
        Require.present("invoice", invoice);
        invoice = invoice.map(i -> Require.text("invoice", i, 100));
        Require.present("billingEmail", billingEmail);
        Require.present("restrictedAt", restrictedAt);
    }
}
