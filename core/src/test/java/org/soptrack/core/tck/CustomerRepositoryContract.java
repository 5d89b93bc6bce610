package org.soptrack.core.tck;

import org.soptrack.core.domain.tenancy.RooftopScope;

import org.soptrack.core.domain.shared.RooftopId;

import org.soptrack.core.domain.shared.PageCursor;

import org.soptrack.core.domain.shared.Page;

import java.util.Set;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.soptrack.core.domain.shared.ActorRef;
import org.soptrack.core.domain.shared.PhoneNumber;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.domain.sop.ContactPreferences;
import org.soptrack.core.domain.sop.Customer;
import org.soptrack.core.domain.sop.CustomerId;
import org.soptrack.core.port.out.UpdateResult;

/** What every {@code CustomerRepository} must do. */
public abstract class CustomerRepositoryContract extends PortsContract {

    private static final Customer.Contact OPTED_OUT = new Customer.Contact("Jordan Driver-Smith", Optional.empty(),
            Optional.empty(), new ContactPreferences(true, false, false, true));

    @Test
    void round_trip_keeps_contact_data_and_preferences() {
        Seed s = seed();
        Customer loaded = in(s.tenant(), () -> ports.customers().find(s.tenant(), s.customer())).orElseThrow();
        loaded.changeContact(OPTED_OUT);
        assertThat(in(s.tenant(), () -> ports.customers().update(s.tenant(), loaded))).isEqualTo(UpdateResult.UPDATED);
        Customer again = in(s.tenant(), () -> ports.customers().find(s.tenant(), s.customer())).orElseThrow();
        assertThat(again.state()).isEqualTo(loaded.state());
        assertThat(again.version()).isEqualTo(1);
        assertThat(in(s.tenant(), () -> ports.customers().find(s.tenant(), new CustomerId(UUID.randomUUID())))).isEmpty();
    }

    @Test
    void a_restriction_round_trips_and_lifts() {
        Seed s = seed();
        Customer loaded = in(s.tenant(), () -> ports.customers().find(s.tenant(), s.customer())).orElseThrow();
        assertThat(loaded.restrict(TestData.at(java.time.Duration.ofDays(3)))).isTrue();
        assertThat(in(s.tenant(), () -> ports.customers().update(s.tenant(), loaded))).isEqualTo(UpdateResult.UPDATED);
        Customer restricted = in(s.tenant(), () -> ports.customers().find(s.tenant(), s.customer())).orElseThrow();
        assertThat(restricted.state()).isEqualTo(loaded.state());
        assertThat(restricted.restricted()).isTrue();
        assertThat(restricted.liftRestriction()).isTrue();
        assertThat(in(s.tenant(), () -> ports.customers().update(s.tenant(), restricted))).isEqualTo(UpdateResult.UPDATED);
        assertThat(in(s.tenant(), () -> ports.customers().find(s.tenant(), s.customer())).orElseThrow().restricted())
                .isFalse();
    }

    private Customer atPhone(TenantId tenant, String name, String phone) {
        Customer c = Customer.create(new CustomerId(UUID.randomUUID()), tenant, new Customer.Contact(name,
                Optional.of(PhoneNumber.of(phone)), Optional.empty(), ContactPreferences.allChannels()),
                ActorRef.system(), TestData.T0);
        run(tenant, () -> ports.customers().add(tenant, c));
        return c;
    }

    @Test
    void customers_are_found_by_phone_within_the_tenant_and_the_directory_names_the_tenants() {
        String phone = "+1217555" + String.format("%04d", (int) (Math.random() * 10_000));
        Seed a = seed();
        Seed b = seed();
        Seed c = seed();
        Customer first = atPhone(a.tenant(), "Casey One", phone);
        Customer second = atPhone(a.tenant(), "Casey Two", phone);
        Customer inB = atPhone(b.tenant(), "Casey Three", phone);
        atPhone(c.tenant(), "Someone Else", "+15559990000");
        assertThat(in(a.tenant(), () -> ports.customers().findByPhone(a.tenant(), PhoneNumber.of(phone))))
                .extracting(Customer::id).containsExactlyInAnyOrder(first.id(), second.id());
        assertThat(in(b.tenant(), () -> ports.customers().findByPhone(a.tenant(), PhoneNumber.of(phone))))
                .as("another tenant's").isEmpty();
        assertThat(in(b.tenant(), () -> ports.customers().findByPhone(b.tenant(), PhoneNumber.of(phone))))
                .extracting(Customer::id).containsExactly(inB.id());
        assertThat(ports.tenants().organizationsWithCustomerPhone(PhoneNumber.of(phone)))
                .contains(a.tenant(), b.tenant()).doesNotContain(c.tenant());
    }

    @Test
    void a_stale_update_conflicts() {
        Seed s = seed();
        Customer first = in(s.tenant(), () -> ports.customers().find(s.tenant(), s.customer())).orElseThrow();
        Customer second = in(s.tenant(), () -> ports.customers().find(s.tenant(), s.customer())).orElseThrow();
        first.changeContact(OPTED_OUT);
        second.changeContact(OPTED_OUT);
        assertThat(in(s.tenant(), () -> ports.customers().update(s.tenant(), first))).isEqualTo(UpdateResult.UPDATED);
        assertThat(in(s.tenant(), () -> ports.customers().update(s.tenant(), second))).isEqualTo(UpdateResult.CONFLICT);
    }

    @Test
    void another_tenant_can_neither_see_nor_change_it() {
        Seed a = seed();
        TenantId b = seed().tenant();
        assertThat(in(b, () -> ports.customers().find(b, a.customer()))).isEmpty();
        Customer loaded = in(a.tenant(), () -> ports.customers().find(a.tenant(), a.customer())).orElseThrow();
        loaded.changeContact(OPTED_OUT);
        assertThat(in(b, () -> ports.customers().update(b, loaded))).isEqualTo(UpdateResult.CONFLICT);
        assertThat(in(a.tenant(), () -> ports.customers().find(a.tenant(), a.customer())).orElseThrow()
                .contact().preferences().optedOut()).isFalse();
    }

    @Test
    void the_customers_a_scope_reaches_are_those_with_an_order_at_its_rooftops_newest_first_in_pages() {
        Seed s = seed();
        RooftopId other = addRooftop(s.tenant(), "Other Street Lexus");
        Customer atMain = atPhone(s.tenant(), "Casey Main", "+15550000001");
        Customer atOther = atPhone(s.tenant(), "Casey Other", "+15550000002");
        run(s.tenant(), () -> {
            ports.orders().add(s.tenant(), TestData.order(s.tenant(), s.rooftop(), atMain.id(), 1, "RO-1",
                    TestData.T0));
            ports.orders().add(s.tenant(), TestData.order(s.tenant(), other, atOther.id(), 2, "RO-2", TestData.T0));
        });
        Seed elsewhere = seed();

        assertThat(reached(s.tenant(), RooftopScope.only(Set.of(s.rooftop())))).containsExactly(atMain.id());
        assertThat(reached(s.tenant(), RooftopScope.only(Set.of(s.rooftop(), other))))
                .containsExactlyInAnyOrder(atMain.id(), atOther.id());
        List<CustomerId> all = reached(s.tenant(), RooftopScope.allRooftops());
        assertThat(all).containsExactlyInAnyOrder(s.customer(), atMain.id(), atOther.id())
                .doesNotContain(elsewhere.customer());
        assertThat(in(elsewhere.tenant(), () -> ports.customers().reached(s.tenant(), RooftopScope.allRooftops(),
                Optional.empty(), 10).items())).as("read under another tenant").isEmpty();
    }

    /** Every customer {@code scope} reaches, read page by page (two at a time). */
    private List<CustomerId> reached(TenantId tenant, RooftopScope scope) {
        List<CustomerId> out = new java.util.ArrayList<>();
        Optional<PageCursor> after = Optional.empty();
        do {
            Optional<PageCursor> from = after;
            Page<Customer> page = in(tenant, () -> ports.customers().reached(tenant, scope, from, 2));
            assertThat(page.items()).hasSizeLessThanOrEqualTo(2);
            page.items().forEach(c -> out.add(c.id()));
            after = page.next();
        } while (after.isPresent());
        assertThat(out).doesNotHaveDuplicates();
        return out;
    }
}
