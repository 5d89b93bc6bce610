package org.soptrack.core.service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.soptrack.core.domain.audit.AuditAction;
import org.soptrack.core.domain.retention.RetentionPeriod;
import org.soptrack.core.domain.shared.ActorRef;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.domain.tenancy.LifecyclePolicy;
import org.soptrack.core.domain.tenancy.Organization;
import org.soptrack.core.domain.tenancy.SubscriptionState;
import org.soptrack.core.port.in.Outcome;
import org.soptrack.core.port.out.OrganizationRepository;
import org.soptrack.core.port.out.UpdateResult;

/**
 * A trial that ends without a subscription keeps no data forever: once an organization has been on trial for the
 * trial's length without the billing provider moving it on, the sweep cancels it, as a cancellation event would. It
 * is then read-only and is purged after the grace period; a later billing event that activates it restores it as any
 * reactivation does. The change is audited and the owners are told.
 */
final class TrialLapses {

    private final UseCaseContext ctx;
    private final OrganizationRepository organizations;
    private final AccountMessages messages;
    private final LifecyclePolicy lifecycle;
    private final RetentionPeriod grace;

    TrialLapses(UseCaseContext ctx, OrganizationRepository organizations, AccountMessages messages,
                LifecyclePolicy lifecycle, RetentionPeriod grace) {
        this.ctx = ctx;
        this.organizations = organizations;
        this.messages = messages;
        this.lifecycle = lifecycle;
        this.grace = grace;
    }

    /** Cancels the tenant's subscription if its trial lapsed; in a transaction of its own. */
    void lapse(TenantId tenant, Instant now) {
        ctx.inTenant(tenant, () -> {
            Organization organization = organizations.find(tenant).orElseThrow();
            if (!organization.trialLapsed(now, lifecycle.trialLength())
                    || !organization.changeSubscription(SubscriptionState.CANCELLED, now)) {
                return Outcome.ok(false);
            }
            if (organizations.update(tenant, organization) != UpdateResult.UPDATED) {
                return Outcome.ok(false); // changed meanwhile: the next sweep looks again
            }
            ctx.audit.record(tenant, ActorRef.system(), AuditAction.SUBSCRIPTION_CHANGED, "organization:" + tenant,
                    Map.of("from", SubscriptionState.TRIAL.name(), "to", SubscriptionState.CANCELLED.name(),
                            "reason", "the trial lapsed after " + lifecycle.trialLength().toDays() + " days"));
            messages.billingNotice(tenant, organization, "The trial of " + organization.name() + " ended without a "
                    + "subscription. Its data is read-only from now on and will be deleted on "
                    + LocalDate.ofInstant(grace.endsAfter(now), ZoneOffset.UTC) + " unless a subscription starts "
                    + "before then. Administrators can export it meanwhile.", "trial-lapsed:" + tenant);
            return Outcome.ok(true);
        });
    }
}
