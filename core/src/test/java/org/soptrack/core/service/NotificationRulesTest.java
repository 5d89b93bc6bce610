package org.soptrack.core.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.soptrack.core.domain.audit.AuditAction;
import org.soptrack.core.domain.notify.ChannelKind;
import org.soptrack.core.domain.notify.NotificationEvent;
import org.soptrack.core.domain.sop.ContactPreferences;
import org.soptrack.core.domain.sop.CustomerId;
import org.soptrack.core.domain.sop.SopStatus;
import org.soptrack.core.domain.sop.SpecialOrder;
import org.soptrack.core.domain.sop.SpecialOrderDetails;
import org.soptrack.core.domain.tenancy.Role;
import org.soptrack.core.port.in.DeliveryLogUseCase;
import org.soptrack.core.port.in.Outcome;
import org.soptrack.core.port.in.RestrictCustomerUseCase;
import org.soptrack.core.port.in.UpdateSpecialOrderUseCase;
import org.soptrack.core.port.out.NotificationChannelPort;

/** Which events reach whom: rooftop routes, customer preferences, account mail, transactions (R-NOT-1, R-NOT-2). */
class NotificationRulesTest {

    private final NotifyFixture n = new NotifyFixture();
    private final CoreFixture f = n.f;
    private final CoreFixture.Org org = f.signUp("Acme Motors");

    private List<DeliveryLogUseCase.Entry> staffLog() {
        return n.log(org.owner()).stream()
                .filter(e -> e.message().event() != NotificationEvent.ORGANIZATION_SIGNUP)
                .toList();
    }

    @Test
    void a_rooftop_that_chose_nothing_sends_staff_nothing_but_the_owner_still_gets_the_welcome() {
        CustomerId customer = f.customer(org.owner());
        f.walk(org.owner(), f.create(org.owner(), org.rooftop(), customer, "RO-1").orElseThrow(),
                SopStatus.ORDERED, SopStatus.RECEIVED);
        n.dispatchAll();
        assertThat(staffLog()).isEmpty();
        assertThat(n.email.delivered()).singleElement().satisfies(d -> {
            assertThat(d.event()).isEqualTo(NotificationEvent.ORGANIZATION_SIGNUP);
            assertThat(d.destination().address()).startsWith("owner");
        });
    }

    @Test
    void routed_events_reach_every_recipient_of_every_chosen_channel_and_nothing_else() {
        n.save(org.owner(), NotifyFixture.settings(org.rooftop(), Map.of(NotificationEvent.SOP_RECEIVED,
                Set.of(ChannelKind.GROUPME, ChannelKind.EMAIL)), Set.of()));
        CustomerId customer = f.customer(org.owner());
        f.walk(org.owner(), f.create(org.owner(), org.rooftop(), customer, "RO-1").orElseThrow(),
                SopStatus.ORDERED, SopStatus.RECEIVED);
        n.dispatchAll();
        assertThat(staffLog()).hasSize(3).allSatisfy(e ->
                assertThat(e.message().event()).isEqualTo(NotificationEvent.SOP_RECEIVED));
        assertThat(n.groupMe.delivered()).singleElement().satisfies(d -> {
            assertThat(d.destination().address()).isEqualTo("bot42");
            assertThat(d.content().body()).contains("SOP 1 received", "RO-1", "(C. Customer)")
                    .doesNotContain("Casey", "casey@example.com", "5551230000");
        });
        assertThat(n.email.delivered()).extracting(d -> d.destination().address())
                .contains("parts@acme.example", "manager@acme.example");
        assertThat(n.email.delivered()).filteredOn(d -> d.event() == NotificationEvent.SOP_RECEIVED)
                .allSatisfy(d -> assertThat(d.content().body()).contains("Customer: Casey Customer"));
        assertThat(n.sms.delivered()).isEmpty();
        assertThat(n.webhook.delivered()).isEmpty();
    }

    @Test
    void all_parts_of_an_ro_arrived_is_raised_once_when_the_last_line_arrives_and_tells_a_willing_customer() {
        n.save(org.owner(), NotifyFixture.settings(org.rooftop(), Map.of(NotificationEvent.RO_PARTS_ARRIVED,
                Set.of(ChannelKind.WEBHOOK)), Set.of(NotificationEvent.RO_PARTS_ARRIVED)));
        CustomerId customer = n.customer(org.owner(), "Casey Customer", new ContactPreferences(true, false, true, false));
        SpecialOrder a = f.walk(org.owner(), f.create(org.owner(), org.rooftop(), customer, "RO-7").orElseThrow(),
                SopStatus.ORDERED);
        SpecialOrder b = f.walk(org.owner(), f.create(org.owner(), org.rooftop(), customer, "RO-7").orElseThrow(),
                SopStatus.ORDERED);
        f.walk(org.owner(), a, SopStatus.RECEIVED);
        assertThat(staffLog()).isEmpty();
        f.walk(org.owner(), b, SopStatus.RECEIVED);
        n.dispatchAll();
        assertThat(n.webhook.delivered()).singleElement().satisfies(d -> assertThat(d.content().body())
                .contains("\"type\":\"ro.parts_arrived\"", "\"ro\":\"RO-7\"", "\"lines\":\"2\"")
                .doesNotContain("Casey", "casey@example.com"));
        assertThat(n.email.delivered()).filteredOn(d -> d.event() == NotificationEvent.RO_PARTS_ARRIVED)
                .singleElement().satisfies(d -> {
                    assertThat(d.destination().address()).isEqualTo("casey@example.com");
                    assertThat(d.content().body()).startsWith("Hello Casey, the parts for your").contains("RO RO-7");
                });
        assertThat(n.sms.delivered()).as("the customer did not agree to SMS").isEmpty();
    }

    @Test
    void a_customer_who_opted_out_gets_nothing_while_staff_still_hear_of_it() {
        n.save(org.owner(), NotifyFixture.settings(org.rooftop(), Map.of(NotificationEvent.RO_PARTS_ARRIVED,
                Set.of(ChannelKind.SMS)), Set.of(NotificationEvent.RO_PARTS_ARRIVED)));
        CustomerId customer = n.customer(org.owner(), "Olga Optout", new ContactPreferences(true, true, true, true));
        f.walk(org.owner(), f.create(org.owner(), org.rooftop(), customer, "RO-9").orElseThrow(),
                SopStatus.ORDERED, SopStatus.RECEIVED);
        n.dispatchAll();
        assertThat(n.sms.delivered()).extracting(d -> d.destination().address()).containsExactly("+15557770000");
        assertThat(n.email.delivered()).extracting(NotificationChannelPort.Delivery::event)
                .containsOnly(NotificationEvent.ORGANIZATION_SIGNUP);
    }

    @Test
    void a_restricted_or_objecting_customer_gets_nothing_until_the_restriction_is_lifted() {
        n.save(org.owner(), NotifyFixture.settings(org.rooftop(), Map.of(NotificationEvent.RO_PARTS_ARRIVED,
                Set.of(ChannelKind.SMS)), Set.of(NotificationEvent.RO_PARTS_ARRIVED)));
        CustomerId customer = n.customer(org.owner(), "Rita Restricted", new ContactPreferences(true, true, true, false));
        var restrict = new RestrictCustomerUseCase.Command(org.owner(), customer, RestrictCustomerUseCase.Ground.OBJECTION);
        assertThat(f.core.customers().restrictCustomer().restrict(restrict).orElseThrow().restricted()).isTrue();
        assertThat(f.core.customers().restrictCustomer().restrict(restrict)).isInstanceOf(Outcome.Rejected.class);
        f.walk(org.owner(), f.create(org.owner(), org.rooftop(), customer, "RO-11").orElseThrow(),
                SopStatus.ORDERED, SopStatus.RECEIVED);
        n.dispatchAll();
        assertThat(n.sms.delivered()).extracting(d -> d.destination().address()).containsExactly("+15557770000");
        assertThat(n.email.delivered()).extracting(NotificationChannelPort.Delivery::event)
                .containsOnly(NotificationEvent.ORGANIZATION_SIGNUP);

        assertThat(f.core.customers().restrictCustomer().lift(restrict).orElseThrow().restricted()).isFalse();
        f.walk(org.owner(), f.create(org.owner(), org.rooftop(), customer, "RO-12").orElseThrow(),
                SopStatus.ORDERED, SopStatus.RECEIVED);
        n.dispatchAll();
        assertThat(n.email.delivered()).filteredOn(d -> d.event() == NotificationEvent.RO_PARTS_ARRIVED)
                .extracting(d -> d.destination().address()).containsExactly("casey@example.com");
        assertThat(f.audit(org, AuditAction.CUSTOMER_RESTRICTED)).singleElement()
                .satisfies(e -> assertThat(e.details()).containsEntry("ground", "OBJECTION"));
        assertThat(f.audit(org, AuditAction.CUSTOMER_RESTRICTION_LIFTED)).hasSize(1);
    }

    @Test
    void only_administrators_of_the_customers_organization_restrict_them() {
        CustomerId customer = f.customer(org.owner());
        var other = f.signUp("Elsewhere");
        var parts = f.join(org, Role.PARTS_MANAGER);
        assertThat(f.core.customers().restrictCustomer().restrict(new RestrictCustomerUseCase.Command(parts, customer,
                RestrictCustomerUseCase.Ground.RESTRICTION))).isInstanceOf(Outcome.Forbidden.class);
        assertThat(f.core.customers().restrictCustomer().restrict(new RestrictCustomerUseCase.Command(other.owner(), customer,
                RestrictCustomerUseCase.Ground.RESTRICTION))).isInstanceOf(Outcome.NotFound.class);
        assertThat(f.core.customers().restrictCustomer().lift(new RestrictCustomerUseCase.Command(org.owner(), customer,
                RestrictCustomerUseCase.Ground.RESTRICTION))).isInstanceOf(Outcome.Rejected.class);
    }

    @Test
    void a_refused_change_writes_no_event_and_no_message() {
        n.save(org.owner(), NotifyFixture.settings(org.rooftop(), Map.of(NotificationEvent.SOP_CANCELLED,
                Set.of(ChannelKind.EMAIL), NotificationEvent.SOP_COMPLETED, Set.of(ChannelKind.EMAIL)), Set.of()));
        CustomerId customer = f.customer(org.owner());
        SpecialOrder order = f.create(org.owner(), org.rooftop(), customer, "RO-2").orElseThrow();
        assertThat(f.move(org.owner(), order, SopStatus.COMPLETED).isOk()).isFalse();
        assertThat(staffLog()).isEmpty();
        f.walk(org.owner(), order, SopStatus.CANCELLED);
        assertThat(staffLog()).as("one message per e-mail recipient").hasSize(2).allSatisfy(e ->
                assertThat(e.message().event()).isEqualTo(NotificationEvent.SOP_CANCELLED));
    }

    @Test
    void an_eta_change_is_its_own_event_and_an_edit_that_keeps_the_eta_is_not() {
        n.save(org.owner(), NotifyFixture.settings(org.rooftop(), Map.of(NotificationEvent.SOP_ETA_CHANGED,
                Set.of(ChannelKind.EMAIL)), Set.of()));
        CustomerId customer = f.customer(org.owner());
        SpecialOrder order = f.create(org.owner(), org.rooftop(), customer, "RO-3").orElseThrow();
        var d = order.details();
        SpecialOrder same = f.core.orders().updateSpecialOrder().update(new UpdateSpecialOrderUseCase.Command(org.owner(), order.id(), order.version(), d)).orElseThrow();
        assertThat(staffLog()).isEmpty();
        var later = new SpecialOrderDetails(d.customerId(), d.vehicle(), d.roNumber(),
                d.partNumber(), d.description(), d.quantity(), d.vendor(), d.unitPrice(),
                Optional.of(LocalDate.parse("2026-04-01")), d.orderDate(), d.binLocation(),
                d.deposit(), d.nonReturnable(), d.notes());
        f.core.orders().updateSpecialOrder().update(new UpdateSpecialOrderUseCase.Command(org.owner(),
                order.id(), same.version(), later)).orElseThrow();
        assertThat(staffLog()).hasSize(2).allSatisfy(e -> assertThat(e.text()).get(STRING).contains("now expected 2026-04-01"));
    }
}
