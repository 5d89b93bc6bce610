package org.soptrack.core.service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.soptrack.core.domain.audit.AuditAction;
import org.soptrack.core.domain.billing.BillingEvent;
import org.soptrack.core.domain.billing.BillingEventType;
import org.soptrack.core.domain.retention.RetentionPeriod;
import org.soptrack.core.domain.shared.ActorRef;
import org.soptrack.core.domain.shared.Email;
import org.soptrack.core.domain.shared.InvalidValueException;
import org.soptrack.core.domain.shared.Money;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.domain.tenancy.Actor;
import org.soptrack.core.domain.tenancy.LifecyclePolicy;
import org.soptrack.core.domain.tenancy.Organization;
import org.soptrack.core.domain.tenancy.Permission;
import org.soptrack.core.domain.tenancy.SubscriptionState;
import org.soptrack.core.port.in.BillingUseCase;
import org.soptrack.core.port.in.Outcome;
import org.soptrack.core.port.out.BillingEventRepository;
import org.soptrack.core.port.out.OrganizationRepository;
import org.soptrack.core.port.out.UpdateResult;

/**
 * Keeps each provider event as a billing record and moves the subscription as it says, unless a later state change
 * was applied already. A change is audited and told to the owners (and wherever a rooftop routes billing notices).
 */
public final class BillingService implements BillingUseCase {

    private final UseCaseContext ctx;
    private final OrganizationRepository organizations;
    private final BillingEventRepository billing;
    private final AccountMessages messages;
    private final RetentionPeriod grace;
    private final LifecyclePolicy lifecycle;

    BillingService(UseCaseContext ctx, OrganizationRepository organizations, BillingEventRepository billing,
                   AccountMessages messages, RetentionPeriod grace, LifecyclePolicy lifecycle) {
        this.ctx = ctx;
        this.lifecycle = lifecycle;
        this.organizations = organizations;
        this.billing = billing;
        this.messages = messages;
        this.grace = grace;
    }

    @Override
    public Outcome<Receipt> receive(Notice notice) {
        TenantId tenant = notice.tenant();
        return ctx.inTenant(tenant, () -> {
            Optional<Organization> found = organizations.find(tenant);
            if (found.isEmpty()) {
                return Outcome.notFound("organization");
            }
            Organization organization = found.get();
            BillingEvent event = record(notice);
            SubscriptionState before = organization.subscription();
            List<BillingEvent> earlier = billing.findAll(tenant);
            if (!billing.add(tenant, event)) {
                Optional<BillingEvent> first = earlier.stream()
                        .filter(e -> e.providerEventId().equals(event.providerEventId())).findFirst();
                return first.<Outcome<Receipt>>map(e -> Outcome.ok(new Receipt(e.id(), true, before, before, false)))
                        .orElseGet(() -> Outcome.conflict("The same billing event is being recorded by another "
                                + "request; send it again"));
            }
            Optional<Instant> latestChange = earlier.stream().filter(e -> e.type().moves().isPresent())
                    .map(BillingEvent::occurredAt).max(Comparator.naturalOrder());
            boolean inOrder = latestChange.map(at -> !event.occurredAt().isBefore(at)).orElse(true);
            Optional<SubscriptionState> next = event.type().moves().filter(s -> inOrder);
            if (next.isEmpty() || !organization.changeSubscription(next.get(), ctx.now())) {
                return Outcome.ok(new Receipt(event.id(), false, before, before, false));
            }
            if (organizations.update(tenant, organization) != UpdateResult.UPDATED) {
                return UseCaseContext.stale("organization");
            }
            ctx.audit.record(tenant, ActorRef.system(), AuditAction.SUBSCRIPTION_CHANGED, "organization:" + tenant,
                    Map.of("from", before.name(), "to", next.get().name(), "billingEvent",
                            event.providerEventId()));
            messages.billingNotice(tenant, organization, notice(organization, before), "billing:" + event.id());
            return Outcome.ok(new Receipt(event.id(), false, before, next.get(), true));
        });
    }

    @Override
    public Outcome<Subscription> subscription(Actor actor) {
        return ctx.authorized(actor, Permission.ROOFTOP_READ, access -> {
            Organization organization = organizations.find(actor.tenantId()).orElseThrow();
            Optional<Instant> trialEnds = organization.subscription() == SubscriptionState.TRIAL
                    ? Optional.of(organization.state().createdAt().plus(lifecycle.trialLength())) : Optional.empty();
            return Outcome.ok(new Subscription(organization.subscription(), trialEnds, organization.cancelledAt(),
                    organization.cancelledAt().map(grace::endsAfter), organization.readOnly(),
                    organization.purge().isPresent() ? Optional.empty() : organization.deletion(),
                    organization.purge()));
        });
    }

    @Override
    public Outcome<List<BillingEvent>> billingEvents(Actor actor) {
        return ctx.authorized(actor, Permission.ORGANIZATION_MANAGE,
                access -> Outcome.ok(billing.findAll(actor.tenantId())));
    }

    private BillingEvent record(Notice notice) {
        BillingEventType type = BillingEventType.ofType(notice.type() == null ? "" : notice.type())
                .orElseThrow(() -> new InvalidValueException("type", "is not a billing event type soptrack knows"));
        if (notice.occurredAt() == null) {
            throw new InvalidValueException("occurredAt", "is required");
        }
        return new BillingEvent(ctx.newId(), notice.tenant(), notice.providerEventId(), type, notice.occurredAt(),
                ctx.now(), notice.amount().map(Money::of), notice.currency(), notice.invoice(),
                notice.billingEmail().map(Email::of), Optional.empty());
    }

    /** What the owners read about the change just made. */
    private String notice(Organization organization, SubscriptionState before) {
        String name = organization.name();
        return switch (organization.subscription()) {
            case PAST_DUE -> "Payment for " + name + " is past due. Update the billing details to keep full access.";
            case CANCELLED -> "The subscription of " + name + " was cancelled. Its data is read-only from now on and "
                    + "will be deleted on " + LocalDate.ofInstant(grace.endsAfter(ctx.now()), ZoneOffset.UTC)
                    + " unless the subscription is reactivated before then. Administrators can export it meanwhile.";
            case ACTIVE, TRIAL -> organization.purge().isPresent()
                    ? "The subscription of " + name + " is active again. Its business data was deleted when the grace "
                    + "period ended, on " + LocalDate.ofInstant(organization.purge().get().startedAt(), ZoneOffset.UTC)
                    + "."
                    : before == SubscriptionState.CANCELLED || before == SubscriptionState.PAST_DUE
                    ? "The subscription of " + name + " is active again; nothing was lost."
                    : "The subscription of " + name + " is now " + organization.subscription().name().toLowerCase()
                    + ".";
        };
    }
}
