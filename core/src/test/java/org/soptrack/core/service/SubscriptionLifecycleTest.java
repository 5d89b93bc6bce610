package org.soptrack.core.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.soptrack.core.domain.audit.AuditAction;
import org.soptrack.core.domain.billing.BillingEvent;
import org.soptrack.core.domain.notify.NotificationEvent;
import org.soptrack.core.domain.notify.OutboxMessage;
import org.soptrack.core.domain.retention.HoldSubject;
import org.soptrack.core.domain.retention.LegalHold;
import org.soptrack.core.domain.retention.RetentionCategory;
import org.soptrack.core.domain.retention.RetentionPolicy;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.domain.sop.ContactChannel;
import org.soptrack.core.domain.sop.ContactOutcome;
import org.soptrack.core.domain.sop.CustomerId;
import org.soptrack.core.domain.sop.RoNumber;
import org.soptrack.core.domain.sop.SpecialOrder;
import org.soptrack.core.domain.tenancy.Organization;
import org.soptrack.core.domain.tenancy.Role;
import org.soptrack.core.domain.tenancy.RooftopScope;
import org.soptrack.core.domain.tenancy.SubscriptionState;
import org.soptrack.core.domain.tenancy.TenantPurge;
import org.soptrack.core.memory.DyingTransactions;
import org.soptrack.core.port.in.BillingUseCase;
import org.soptrack.core.port.in.CurrentMemberUseCase;
import org.soptrack.core.port.in.LegalHoldsUseCase;
import org.soptrack.core.port.in.LogContactAttemptUseCase;
import org.soptrack.core.port.in.Outcome;
import org.soptrack.core.port.in.RemoveMemberUseCase;
import org.soptrack.core.port.in.SearchSpecialOrdersUseCase;
import org.soptrack.core.port.in.SweepRetentionUseCase;
import org.soptrack.core.port.out.Expiry;
import org.soptrack.core.port.out.OutboxQuery;
import org.soptrack.core.port.out.SpecialOrderQuery;

/**
 * R-TEN-6 on a fake clock: billing events move the subscription; a cancelled organization is read-only for its
 * 90-day grace period; reactivating inside it loses nothing; after it, the sweep purges the business data, records
 * the counts, keeps billing records, and touches no other organization.
 */
class SubscriptionLifecycleTest {

    private static final CoreSettings SMALL_BATCHES = CoreSettings.DEFAULTS.withRetention(RetentionPolicy.defaults(), 3);

    private final CoreFixture f = new CoreFixture(SMALL_BATCHES);
    private int events;

    private Outcome<BillingUseCase.Receipt> bill(TenantId tenant, String type, Instant occurredAt) {
        return f.core.organizations().billing().receive(new BillingUseCase.Notice(tenant, "evt_" + (++events), type, occurredAt,
                Optional.of("149.00"), Optional.of("USD"), Optional.of("INV-" + events),
                Optional.of("accounts@dealer.example")));
    }

    /** An organization with business data of every kind: two customers, three orders, a contact attempt. */
    private CustomerId[] business(CoreFixture.Org org) {
        CustomerId first = f.customer(org.owner());
        CustomerId second = f.customer(org.owner());
        f.create(org.owner(), org.rooftop(), first, "RO-1").orElseThrow();
        f.create(org.owner(), org.rooftop(), first, "RO-2").orElseThrow();
        f.create(org.owner(), org.rooftop(), second, "RO-3").orElseThrow();
        f.core.orders().logContactAttempt().log(new LogContactAttemptUseCase.Command(org.owner(), org.rooftop(), RoNumber.of("RO-1"),
                ContactChannel.CALL, ContactOutcome.VOICEMAIL, "")).orElseThrow();
        return new CustomerId[] {first, second};
    }

    private <T> T in(TenantId tenant, Supplier<T> work) {
        return f.ports.transactions().inTenant(tenant, work);
    }

    private Map<String, Long> census(TenantId tenant) {
        return census(f, tenant);
    }

    /** What a purge of {@code tenant} would take now: its business data and setup, and its member accounts. */
    private static Map<String, Long> census(CoreFixture fx, TenantId tenant) {
        Expiry everything = new Expiry(RetentionCategory.TENANT_DATA, fx.clock.now(), Set.of(), Set.of(), 10);
        return fx.ports.transactions().inTenant(tenant, () -> {
            Map<String, Long> counts = new java.util.LinkedHashMap<>(fx.ports.tenantData().census(tenant, everything));
            counts.put("memberAccounts", fx.ports.members().countExpired(tenant, everything));
            return counts;
        });
    }

    private Organization organization(TenantId tenant) {
        return in(tenant, () -> f.ports.organizations().find(tenant).orElseThrow());
    }

    private List<OutboxMessage> messages(TenantId tenant, NotificationEvent event) {
        return in(tenant, () -> f.ports.outbox().find(tenant, new OutboxQuery(Optional.empty(), Optional.empty(),
                Optional.empty(), 200)).items()).stream().filter(m -> m.event() == event).toList();
    }

    @Test
    void a_cancelled_organization_reads_but_changes_nothing_and_its_owners_are_told_when_the_data_goes() {
        CoreFixture.Org org = f.signUp("Cancelled");
        CustomerId customer = business(org)[0];
        var admin = f.join(org, Role.ADMIN);
        assertThat(bill(org.tenant(), "subscription.activated", f.clock.now()).orElseThrow().after())
                .isEqualTo(SubscriptionState.ACTIVE);

        BillingUseCase.Receipt receipt = bill(org.tenant(), "subscription.cancelled", f.clock.now()).orElseThrow();

        assertThat(receipt.applied()).isTrue();
        assertThat(receipt.before()).isEqualTo(SubscriptionState.ACTIVE);
        Outcome<SpecialOrder> refused = f.create(org.owner(), org.rooftop(), customer, "RO-9");
        assertThat(refused).isEqualTo(Outcome.rejected(BillingUseCase.READ_ONLY,
                "The subscription is cancelled: the organization is read-only until it is reactivated"));
        assertThat(f.core.orders().searchSpecialOrders().search(new SearchSpecialOrdersUseCase.Query(org.owner(),
                new SpecialOrderQuery(RooftopScope.allRooftops(), Set.of(), Optional.empty(), Optional.empty(),
                        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), 50)))
                .orElseThrow().items()).as("reading goes on").hasSize(3);
        assertThat(f.core.privacy().sweepRetention().dryRun(admin).isOk()).as("privacy work goes on").isTrue();
        assertThat(f.core.team().removeMember().remove(new RemoveMemberUseCase.Command(org.owner(), admin.memberId())).isOk()).as("and removals").isTrue();

        BillingUseCase.Subscription subscription = f.core.organizations().billing().subscription(org.owner()).orElseThrow();
        assertThat(subscription.readOnly()).isTrue();
        assertThat(subscription.graceEndsAt()).contains(f.clock.now().plus(Duration.ofDays(90)));
        String ownerEmail = in(org.tenant(), () -> f.ports.members().find(org.tenant(), org.owner().memberId())
                .orElseThrow().email().value());
        assertThat(messages(org.tenant(), NotificationEvent.BILLING_NOTICE))
                .anySatisfy(m -> {
                    assertThat(m.state().destination().address()).isEqualTo(ownerEmail);
                    assertThat(m.content().body()).contains("read-only").contains("2026-05-31");
                });
        assertThat(f.audit(org, AuditAction.SUBSCRIPTION_CHANGED)).extracting(e -> e.details().get("to"))
                .containsExactlyInAnyOrder("ACTIVE", "CANCELLED");
    }

    @Test
    void reactivating_on_day_89_loses_nothing_and_the_sweep_then_leaves_the_data_alone() {
        CoreFixture.Org org = f.signUp("Comeback");
        CustomerId customer = business(org)[0];
        bill(org.tenant(), "subscription.cancelled", f.clock.now()).orElseThrow();
        Map<String, Long> before = census(org.tenant());

        f.clock.advance(Duration.ofDays(89));
        assertThat(f.core.privacy().sweepRetention().sweepAll(false).total()).isZero();
        bill(org.tenant(), "subscription.activated", f.clock.now()).orElseThrow();
        f.clock.advance(Duration.ofDays(200));
        f.core.privacy().sweepRetention().sweepAll(false);

        assertThat(census(org.tenant())).as("the business data; the delivery log has its own rule")
                .containsAllEntriesOf(Map.of("specialOrders", 3L, "customers", 2L, "contactAttempts", 1L));
        assertThat(before).containsAllEntriesOf(Map.of("specialOrders", 3L, "customers", 2L, "contactAttempts", 1L));
        assertThat(organization(org.tenant()).purge()).isEmpty();
        assertThat(f.create(org.owner(), org.rooftop(), customer, "RO-10").isOk()).as("writable again").isTrue();
        assertThat(messages(org.tenant(), NotificationEvent.BILLING_NOTICE))
                .anySatisfy(m -> assertThat(m.content().body()).contains("active again; nothing was lost"));
    }

    @Test
    void on_day_91_the_business_data_is_purged_and_counted_billing_records_stay_and_other_tenants_are_untouched() {
        CoreFixture.Org gone = f.signUp("Gone");
        CoreFixture.Org staying = f.signUp("Staying");
        business(gone);
        business(staying);
        bill(gone.tenant(), "invoice.paid", f.clock.now()).orElseThrow();
        bill(gone.tenant(), "subscription.cancelled", f.clock.now()).orElseThrow();
        Map<String, Long> before = census(gone.tenant());
        Map<String, Long> staysBefore = census(staying.tenant());

        f.clock.advance(Duration.ofDays(91));
        SweepRetentionUseCase.Report dry = f.core.privacy().sweepRetention().sweepAll(true);
        SweepRetentionUseCase.Report report = f.core.privacy().sweepRetention().sweepAll(false);

        long total = before.values().stream().mapToLong(Long::longValue).sum();
        assertThat(records(dry, gone.tenant())).isEqualTo(total).isEqualTo(records(report, gone.tenant()));
        assertThat(records(report, staying.tenant())).isZero();
        assertThat(census(gone.tenant())).allSatisfy((kind, count) -> assertThat(count).as(kind).isZero());
        assertThat(census(staying.tenant())).as("business data; its delivery log goes by its own rule")
                .containsAllEntriesOf(Map.of("specialOrders", 3L, "customers", 2L, "contactAttempts", 1L));
        assertThat(staysBefore).containsAllEntriesOf(Map.of("specialOrders", 3L, "customers", 2L, "contactAttempts", 1L));
        TenantPurge purge = organization(gone.tenant()).purge().orElseThrow();
        assertThat(purge.counts()).isEqualTo(before);
        assertThat(purge.completedAt()).contains(f.clock.now());
        assertThat(f.audit(gone, AuditAction.TENANT_PURGE_STARTED)).singleElement()
                .satisfies(e -> assertThat(e.details()).containsEntry("specialOrders", "3")
                        .containsEntry("customers", "2"));
        assertThat(f.audit(gone, AuditAction.TENANT_PURGED)).singleElement()
                .satisfies(e -> assertThat(e.details()).containsEntry("records", Long.toString(total)));
        assertThat(in(gone.tenant(), () -> f.ports.billing().findAll(gone.tenant()))).as("billing records stay")
                .hasSize(2);
        assertThat(f.core.team().listTeam().list(gone.owner())).as("every account is anonymized, the owner's too")
                .isEqualTo(Outcome.rejected(CurrentMemberUseCase.SIGNED_OUT, "You are no longer signed in; log in again"));
        assertThat(organization(gone.tenant()).name()).isEqualTo(Organization.DELETED_NAME);
        assertThat(in(gone.tenant(), () -> f.ports.rooftops().findAll(gone.tenant()))).isEmpty();
        assertThat(f.core.privacy().sweepRetention().sweepAll(false).lines()).filteredOn(l -> l.tenant().equals(gone.tenant()))
                .filteredOn(l -> l.category() == RetentionCategory.TENANT_DATA).singleElement()
                .satisfies(l -> assertThat(l.why()).startsWith("purged"));

        assertThat(bill(gone.tenant(), "subscription.activated", f.clock.now()).orElseThrow().after())
                .isEqualTo(SubscriptionState.ACTIVE);
        assertThat(messages(gone.tenant(), NotificationEvent.BILLING_NOTICE)).as("no account is left to tell")
                .isEmpty();
        assertThat(organization(gone.tenant()).readOnly()).as("a new start, empty").isFalse();
    }

    @Test
    void a_purge_killed_half_way_finishes_on_the_next_run_with_the_counts_it_started_with() {
        for (int survive : new int[] {1, 2, 4, 7}) {
            CoreFixture fx = new CoreFixture(SMALL_BATCHES);
            CoreFixture.Org org = fx.signUp("Killed " + survive);
            new SubscriptionLifecycleTest().seed(fx, org);
            Map<String, Long> before = census(fx, org.tenant());
            fx.clock.advance(Duration.ofDays(91));
            SoptrackCore dying = new SoptrackCore(fx.ports.withTransactions(
                    DyingTransactions.after(fx.ports.transactions(), survive)), SMALL_BATCHES);

            assertThatThrownBy(() -> dying.privacy().sweepRetention().sweepAll(false)).hasMessage("killed");
            fx.core.privacy().sweepRetention().sweepAll(false);

            TenantPurge purge = fx.ports.transactions().inTenant(org.tenant(),
                    () -> fx.ports.organizations().find(org.tenant()).orElseThrow()).purge().orElseThrow();
            assertThat(purge.completed()).as("killed after %d", survive).isTrue();
            assertThat(purge.counts()).as("killed after %d", survive).isEqualTo(before);
            assertThat(fx.audit(org, AuditAction.RETENTION_SWEPT).stream()
                    .filter(e -> e.details().get("category").equals("TENANT_DATA"))
                    .mapToLong(e -> Long.parseLong(e.details().get("records"))).sum())
                    .as("killed after %d", survive).isEqualTo(purge.total());
        }
    }

    private void seed(CoreFixture fx, CoreFixture.Org org) {
        CustomerId customer = fx.customer(org.owner());
        fx.create(org.owner(), org.rooftop(), customer, "RO-1").orElseThrow();
        fx.create(org.owner(), org.rooftop(), customer, "RO-2").orElseThrow();
        fx.core.organizations().billing().receive(new BillingUseCase.Notice(org.tenant(), "evt_cancel", "subscription.cancelled",
                fx.clock.now(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty())).orElseThrow();
    }

    @Test
    void a_held_customer_survives_the_purge_which_completes_once_the_hold_is_released() {
        CoreFixture.Org org = f.signUp("Held customer");
        CustomerId[] customers = business(org);
        LegalHold hold = f.core.privacy().legalHolds().place(new LegalHoldsUseCase.Place(org.owner(),
                HoldSubject.customer(customers[1].value()), "Warranty dispute, counsel's request")).orElseThrow();
        bill(org.tenant(), "subscription.cancelled", f.clock.now()).orElseThrow();
        f.clock.advance(Duration.ofDays(91));

        f.core.privacy().sweepRetention().sweepAll(false);

        assertThat(in(org.tenant(), () -> f.ports.customers().find(org.tenant(), customers[1]))).isPresent();
        assertThat(in(org.tenant(), () -> f.ports.customers().find(org.tenant(), customers[0]))).isEmpty();
        assertThat(census(org.tenant())).containsEntry("specialOrders", 1L).containsEntry("customers", 1L);
        assertThat(organization(org.tenant()).purge().orElseThrow().completed()).isFalse();

        f.core.privacy().legalHolds().release(org.owner(), hold.id()).orElseThrow();
        f.core.privacy().sweepRetention().sweepAll(false);
        assertThat(census(org.tenant())).allSatisfy((kind, count) -> assertThat(count).as(kind).isZero());
        assertThat(organization(org.tenant()).purge().orElseThrow().completed()).isTrue();
    }

    @Test
    void resent_and_late_events_are_recorded_once_and_never_undo_a_later_change() {
        CoreFixture.Org org = f.signUp("Out of order");
        Instant earlier = f.clock.now();
        f.clock.advance(Duration.ofMinutes(5));
        BillingUseCase.Notice cancel = new BillingUseCase.Notice(org.tenant(), "evt_cancel", "subscription.cancelled",
                f.clock.now(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
        BillingUseCase.Receipt first = f.core.organizations().billing().receive(cancel).orElseThrow();
        BillingUseCase.Receipt again = f.core.organizations().billing().receive(cancel).orElseThrow();
        BillingUseCase.Receipt late = bill(org.tenant(), "subscription.activated", earlier).orElseThrow();

        assertThat(again.duplicate()).isTrue();
        assertThat(again.eventId()).isEqualTo(first.eventId());
        assertThat(late.applied()).isFalse();
        assertThat(late.after()).isEqualTo(SubscriptionState.CANCELLED);
        assertThat(f.core.organizations().billing().billingEvents(org.owner()).orElseThrow()).extracting(BillingEvent::providerEventId)
                .containsExactly("evt_cancel", "evt_1");
        assertThat(f.audit(org, AuditAction.SUBSCRIPTION_CHANGED)).hasSize(1);
    }

    @Test
    void bad_notices_are_refused_by_field_and_write_nothing() {
        CoreFixture.Org org = f.signUp("Strict");
        Instant now = f.clock.now();
        assertThat(f.core.organizations().billing().receive(new BillingUseCase.Notice(org.tenant(), "evt_x", "subscription.paused",
                now, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty())))
                .isInstanceOf(Outcome.Invalid.class).extracting(o -> ((Outcome.Invalid<?>) o).field()).isEqualTo("type");
        assertThat(f.core.organizations().billing().receive(new BillingUseCase.Notice(org.tenant(), "evt x", "invoice.paid",
                now, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty())))
                .extracting(o -> ((Outcome.Invalid<?>) o).field()).isEqualTo("id");
        assertThat(f.core.organizations().billing().receive(new BillingUseCase.Notice(org.tenant(), "evt_y", "invoice.paid",
                now, Optional.of("10.00"), Optional.of("usd"), Optional.empty(), Optional.empty())))
                .extracting(o -> ((Outcome.Invalid<?>) o).field()).isEqualTo("currency");
        assertThat(f.core.organizations().billing().receive(new BillingUseCase.Notice(org.tenant(), "evt_z", "subscription.cancelled",
                now, Optional.empty(), Optional.empty(), Optional.empty(), Optional.of("not-an-address"))))
                .extracting(o -> ((Outcome.Invalid<?>) o).field()).isEqualTo("email");
        assertThat(f.core.organizations().billing().receive(new BillingUseCase.Notice(TenantId.of(UUID.randomUUID()), "evt_w",
                "invoice.paid", now, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty())))
                .isEqualTo(Outcome.notFound("organization"));

        assertThat(f.core.organizations().billing().billingEvents(org.owner()).orElseThrow()).isEmpty();
        assertThat(organization(org.tenant()).subscription()).isEqualTo(SubscriptionState.TRIAL);
    }

    @Test
    void billing_records_are_for_owners_of_their_own_organization() {
        CoreFixture.Org org = f.signUp("Records");
        CoreFixture.Org other = f.signUp("Other");
        bill(org.tenant(), "invoice.paid", f.clock.now()).orElseThrow();
        var admin = f.join(org, Role.ADMIN);

        assertThat(f.core.organizations().billing().billingEvents(org.owner()).orElseThrow()).singleElement()
                .satisfies(e -> assertThat(e.amount().orElseThrow().amount()).isEqualByComparingTo("149.00"));
        assertThat(f.core.organizations().billing().billingEvents(admin)).isInstanceOf(Outcome.Forbidden.class);
        assertThat(f.core.organizations().billing().billingEvents(other.owner()).orElseThrow()).isEmpty();
        assertThat(f.core.organizations().billing().subscription(admin).orElseThrow().state()).isEqualTo(SubscriptionState.TRIAL);
    }

    private static long records(SweepRetentionUseCase.Report report, TenantId tenant) {
        return report.lines().stream().filter(l -> l.tenant().equals(tenant))
                .filter(l -> l.category() == RetentionCategory.TENANT_DATA)
                .mapToLong(SweepRetentionUseCase.Line::records).sum();
    }
}
