package org.soptrack.core.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.soptrack.core.domain.billing.BillingEvent;
import org.soptrack.core.domain.billing.BillingEventType;
import org.soptrack.core.domain.notify.ChannelKind;
import org.soptrack.core.domain.notify.DeliveryAttempt;
import org.soptrack.core.domain.notify.DeliveryResult;
import org.soptrack.core.domain.notify.Destination;
import org.soptrack.core.domain.notify.DispatchPolicy;
import org.soptrack.core.domain.notify.MessageContent;
import org.soptrack.core.domain.notify.NotificationEvent;
import org.soptrack.core.domain.notify.OutboxMessage;
import org.soptrack.core.domain.notify.RaisedEvent;
import org.soptrack.core.domain.notify.RooftopNotifications;
import org.soptrack.core.domain.privacy.DataSubject;
import org.soptrack.core.domain.privacy.Regime;
import org.soptrack.core.domain.privacy.RequestType;
import org.soptrack.core.domain.privacy.SubjectRequest;
import org.soptrack.core.domain.privacy.SubjectRequestId;
import org.soptrack.core.domain.retention.RetentionCategory;
import org.soptrack.core.domain.retention.RetentionPeriod;
import org.soptrack.core.domain.shared.ActorRef;
import org.soptrack.core.domain.shared.Email;
import org.soptrack.core.domain.shared.Money;
import org.soptrack.core.domain.shared.MemberId;
import org.soptrack.core.domain.shared.RooftopId;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.domain.sop.ContactAttempt;
import org.soptrack.core.domain.sop.ContactAttemptId;
import org.soptrack.core.domain.sop.ContactChannel;
import org.soptrack.core.domain.sop.ContactOutcome;
import org.soptrack.core.domain.sop.Customer;
import org.soptrack.core.domain.sop.CustomerId;
import org.soptrack.core.domain.sop.Note;
import org.soptrack.core.domain.sop.RoNumber;
import org.soptrack.core.domain.sop.SpecialOrder;
import org.soptrack.core.domain.tenancy.Invitation;
import org.soptrack.core.domain.tenancy.InvitationId;
import org.soptrack.core.domain.tenancy.Organization;
import org.soptrack.core.domain.tenancy.Role;
import org.soptrack.core.domain.tenancy.RooftopScope;
import org.soptrack.core.domain.tenancy.SubscriptionState;
import org.soptrack.core.domain.tenancy.TokenHash;
import org.soptrack.core.port.out.Expiry;
import org.soptrack.core.port.out.UpdateResult;

/**
 * Billing records and the purge of business data (R-TEN-6): a provider event is stored once; billing records expire
 * by when they occurred; an organization's purge record round-trips; the purge deletes every kind of business record
 * in batches, spares held customers' and never touches another tenant's.
 */
public abstract class TenantLifecycleContract extends PortsContract {

    private static final Instant CUTOFF = TestData.at(Duration.ofDays(400));

    private long orders;

    private BillingEvent billing(TenantId tenant, String providerId, BillingEventType type, Instant at) {
        return new BillingEvent(UUID.randomUUID(), tenant, providerId, type, at, at.plusSeconds(2),
                Optional.of(Money.of("149.50")), Optional.of("USD"), Optional.of("INV-2026-0042"),
                Optional.of(Email.of("accounts@dealer.example")), Optional.empty());
    }

    @Test
    void a_provider_event_is_stored_once_and_read_back_whole_latest_first() {
        Seed a = seed();
        Seed b = seed();
        BillingEvent paid = billing(a.tenant(), "evt_1", BillingEventType.INVOICE_PAID, TestData.at(Duration.ZERO));
        BillingEvent cancelled = billing(a.tenant(), "evt_2", BillingEventType.CANCELLED,
                TestData.at(Duration.ofDays(3)));

        assertThat(in(a.tenant(), () -> ports.billing().add(a.tenant(), paid))).isTrue();
        assertThat(in(a.tenant(), () -> ports.billing().add(a.tenant(), cancelled))).isTrue();
        assertThat(in(a.tenant(), () -> ports.billing().add(a.tenant(),
                billing(a.tenant(), "evt_1", BillingEventType.ACTIVATED, TestData.at(Duration.ofDays(9)))))).isFalse();
        assertThat(in(b.tenant(), () -> ports.billing().add(b.tenant(),
                billing(b.tenant(), "evt_1", BillingEventType.INVOICE_PAID, TestData.at(Duration.ZERO)))))
                .as("provider ids are unique per tenant only").isTrue();

        assertThat(in(a.tenant(), () -> ports.billing().findAll(a.tenant()))).containsExactly(cancelled, paid);
        assertThat(in(b.tenant(), () -> ports.billing().findAll(b.tenant()))).singleElement()
                .satisfies(e -> assertThat(e.tenant()).isEqualTo(b.tenant()));
    }

    @Test
    void billing_records_expire_by_when_they_occurred_in_their_own_tenant_only() {
        Seed a = seed();
        Seed b = seed();
        run(a.tenant(), () -> {
            ports.billing().add(a.tenant(), billing(a.tenant(), "old_1", BillingEventType.INVOICE_PAID,
                    CUTOFF.minusSeconds(1)));
            ports.billing().add(a.tenant(), billing(a.tenant(), "old_2", BillingEventType.INVOICE_PAID,
                    CUTOFF.minus(Duration.ofDays(30))));
            ports.billing().add(a.tenant(), billing(a.tenant(), "at_cutoff", BillingEventType.INVOICE_PAID, CUTOFF));
        });
        run(b.tenant(), () -> ports.billing().add(b.tenant(), billing(b.tenant(), "old_b",
                BillingEventType.INVOICE_PAID, CUTOFF.minusSeconds(1))));
        Expiry one = new Expiry(RetentionCategory.BILLING_RECORDS, CUTOFF, Set.of(), Set.of(), 1);

        assertThat(in(a.tenant(), () -> ports.billing().countExpired(a.tenant(), one))).isEqualTo(2);
        assertThat(in(a.tenant(), () -> ports.billing().removeExpired(a.tenant(), one))).isEqualTo(1);
        assertThat(in(a.tenant(), () -> ports.billing().removeExpired(a.tenant(), one))).isEqualTo(1);
        assertThat(in(a.tenant(), () -> ports.billing().removeExpired(a.tenant(), one))).isZero();
        assertThat(in(a.tenant(), () -> ports.billing().findAll(a.tenant()))).extracting(BillingEvent::providerEventId)
                .containsExactly("at_cutoff");
        assertThat(in(b.tenant(), () -> ports.billing().findAll(b.tenant()))).hasSize(1);
        assertThatThrownBy(() -> in(a.tenant(), () -> ports.billing().countExpired(a.tenant(),
                new Expiry(RetentionCategory.SECURITY_LOG, CUTOFF, Set.of(), Set.of(), 1))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void an_organization_keeps_its_cancellation_and_purge_record() {
        Seed a = seed();
        Instant cancelled = TestData.at(Duration.ofDays(1));
        Organization org = in(a.tenant(), () -> ports.organizations().find(a.tenant())).orElseThrow();
        org.requestDeletion(ActorRef.member(MemberId.of(UUID.randomUUID())), TestData.at(Duration.ofHours(1)),
                TestData.at(Duration.ofDays(8)));
        org.changeSubscription(SubscriptionState.CANCELLED, cancelled);
        org.startPurge(TestData.at(Duration.ofDays(92)), Map.of("specialOrders", 3L, "customers", 12_345_678_901L));
        assertThat(in(a.tenant(), () -> ports.organizations().update(a.tenant(), org))).isEqualTo(UpdateResult.UPDATED);

        Organization started = in(a.tenant(), () -> ports.organizations().find(a.tenant())).orElseThrow();
        assertThat(started.state()).isEqualTo(org.state());
        started.completePurge(TestData.at(Duration.ofDays(93)));
        run(a.tenant(), () -> ports.organizations().update(a.tenant(), started));
        Organization completed = in(a.tenant(), () -> ports.organizations().find(a.tenant())).orElseThrow();
        assertThat(completed.purge().orElseThrow().completedAt()).contains(TestData.at(Duration.ofDays(93)));
        assertThat(completed.purge().orElseThrow().counts()).isEqualTo(Map.of("specialOrders", 3L,
                "customers", 12_345_678_901L));
        assertThat(completed.cancelledAt()).contains(cancelled);
        assertThat(completed.deletion()).isEqualTo(org.deletion()).isPresent();
        assertThat(completed.name()).isEqualTo(Organization.DELETED_NAME);
    }

    /**
     * Business data of every kind about {@code customer}: two orders, a note on one and one on the customer, a call, a
     * delivered message with its event.
     */
    private void business(Seed s, CustomerId customer, String ro) {
        run(s.tenant(), () -> {
            SpecialOrder noted = TestData.order(s.tenant(), s.rooftop(), customer, ++orders, ro,
                    TestData.at(Duration.ZERO));
            ports.orders().add(s.tenant(), noted);
            ports.notes().add(s.tenant(), new Note(UUID.randomUUID(), s.tenant(), Note.About.order(noted.id()),
                    "Vendor ships Tuesday", ActorRef.system(), TestData.at(Duration.ofDays(1))));
            ports.notes().add(s.tenant(), new Note(UUID.randomUUID(), s.tenant(), Note.About.customer(customer),
                    "Prefers texts", ActorRef.system(), TestData.at(Duration.ofDays(1))));
            ports.orders().add(s.tenant(), TestData.order(s.tenant(), s.rooftop(), customer, ++orders, ro,
                    TestData.at(Duration.ZERO)));
            ports.contactAttempts().add(s.tenant(), new ContactAttempt(new ContactAttemptId(UUID.randomUUID()),
                    s.tenant(), s.rooftop(), RoNumber.of(ro), customer, TestData.at(Duration.ofDays(1)),
                    ActorRef.system(), ContactChannel.CALL, ContactOutcome.VOICEMAIL, ""));
            ports.subjectRequests().add(s.tenant(), SubjectRequest.receive(new SubjectRequestId(UUID.randomUUID()),
                    s.tenant(), RequestType.ACCESS, DataSubject.customer(customer.value()), Regime.GDPR,
                    Email.of("driver@example.com"), LocalDate.parse("2026-01-06"), ActorRef.system(),
                    TestData.at(Duration.ofDays(1))));
            RaisedEvent event = new RaisedEvent(UUID.randomUUID(), s.tenant(), NotificationEvent.SOP_RECEIVED,
                    "received:" + UUID.randomUUID(), Optional.of(s.rooftop()), TestData.at(Duration.ofDays(1)),
                    Map.of("customer", "Jordan Driver"));
            ports.outbox().recordEvent(s.tenant(), event);
            OutboxMessage message = OutboxMessage.create(UUID.randomUUID(), event, new Destination(ChannelKind.SMS,
                    "+15551230000", Map.of()), new MessageContent("s", "Your part arrived"),
                    Optional.of(customer), TestData.at(Duration.ofDays(1)));
            ports.outbox().enqueue(s.tenant(), message);
            message.claim(TestData.at(Duration.ofDays(1)));
            DeliveryAttempt attempt = message.record(new DeliveryResult.Delivered("queued"),
                    TestData.at(Duration.ofDays(1)), DispatchPolicy.DEFAULTS, RandomGenerator.getDefault());
            ports.outbox().update(s.tenant(), message);
            ports.outbox().addAttempt(s.tenant(), attempt);
        });
    }

    @Test
    void the_purge_takes_every_kind_of_business_record_in_batches_but_spares_held_customers_and_other_tenants() {
        Seed a = seed();
        Seed b = seed();
        Customer held = TestData.customer(a.tenant());
        RooftopId spare = addRooftop(a.tenant(), "Spare Street Lexus");
        run(a.tenant(), () -> {
            ports.customers().add(a.tenant(), held);
            ports.notificationSettings().save(a.tenant(), RooftopNotifications.none(a.rooftop()));
            ports.invitations().add(a.tenant(), Invitation.create(new InvitationId(UUID.randomUUID()), a.tenant(),
                    Email.of("invited@example.com"), Role.VIEWER, RooftopScope.allRooftops(),
                    new TokenHash(UUID.randomUUID().toString().replace("-", "").repeat(2)), ActorRef.system(),
                    TestData.T0, Invitation.DEFAULT_VALIDITY));
            ports.retentionOverrides().replace(a.tenant(), Map.of(RetentionCategory.SECURITY_LOG,
                    RetentionPeriod.days(30)));
            ports.sopNumbers().next(a.tenant(), spare);
            ports.sopNumbers().next(a.tenant(), a.rooftop());
        });
        business(a, a.customer(), "RO-A1");
        business(a, held.id(), "RO-A2");
        business(b, b.customer(), "RO-B1");
        Expiry purge = new Expiry(RetentionCategory.TENANT_DATA, CUTOFF, Set.of(), Set.of(held.id().value()), 2);

        Map<String, Long> census = in(a.tenant(), () -> ports.tenantData().census(a.tenant(), purge));
        assertThat(census).as("the held customer's orders keep their rooftop and its counter")
                .isEqualTo(Map.ofEntries(Map.entry("contactAttempts", 1L), Map.entry("notes", 2L),
                        Map.entry("specialOrders", 2L),
                        Map.entry("deliveryAttempts", 1L), Map.entry("notificationMessages", 1L),
                        Map.entry("notificationEvents", 1L), Map.entry("notificationSettings", 1L),
                        Map.entry("subjectRequests", 1L), Map.entry("customers", 1L), Map.entry("invitations", 1L),
                        Map.entry("retentionOverrides", 1L), Map.entry("sopCounters", 1L),
                        Map.entry("rooftops", 1L)));
        assertThat(in(a.tenant(), () -> ports.tenantData().countExpired(a.tenant(), purge))).isEqualTo(15);

        int removed = 0;
        int batch;
        do {
            batch = in(a.tenant(), () -> ports.tenantData().removeExpired(a.tenant(), purge));
            assertThat(batch).isLessThanOrEqualTo(2);
            removed += batch;
        } while (batch == 2);
        assertThat(removed).as("what the census counted").isEqualTo(15);
        assertThat(in(a.tenant(), () -> ports.tenantData().countExpired(a.tenant(), purge))).isZero();
        assertThat(in(a.tenant(), () -> ports.customers().find(a.tenant(), a.customer()))).isEmpty();
        assertThat(in(a.tenant(), () -> ports.customers().find(a.tenant(), held.id()))).isPresent();
        assertThat(in(a.tenant(), () -> ports.rooftops().findAll(a.tenant()))).extracting(r -> r.id())
                .containsExactly(a.rooftop());
        assertThat(in(a.tenant(), () -> ports.invitations().findPending(a.tenant()))).isEmpty();
        assertThat(in(a.tenant(), () -> ports.retentionOverrides().find(a.tenant()))).isEmpty();
        Expiry everything = new Expiry(RetentionCategory.TENANT_DATA, CUTOFF, Set.of(), Set.of(), 100);
        assertThat(in(a.tenant(), () -> ports.tenantData().census(a.tenant(), everything)))
                .as("what stays is the held customer's").containsEntry("specialOrders", 2L).containsEntry("notes", 2L)
                .containsEntry("rooftops", 1L).containsEntry("sopCounters", 1L)
                .containsEntry("customers", 1L).containsEntry("notificationEvents", 1L)
                .containsEntry("notificationMessages", 1L).containsEntry("subjectRequests", 1L);
        assertThat(in(b.tenant(), () -> ports.tenantData().census(b.tenant(), everything)))
                .as("the other tenant keeps everything").containsEntry("specialOrders", 2L).containsEntry("notes", 2L)
                .containsEntry("customers", 1L).containsEntry("contactAttempts", 1L)
                .containsEntry("deliveryAttempts", 1L).containsEntry("rooftops", 1L);
        assertThatThrownBy(() -> in(a.tenant(), () -> ports.tenantData().removeExpired(a.tenant(),
                new Expiry(RetentionCategory.DELIVERY_LOG, CUTOFF, Set.of(), Set.of(), 1))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
