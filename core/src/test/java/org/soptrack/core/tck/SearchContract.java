package org.soptrack.core.tck;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.soptrack.core.domain.shared.ActorRef;
import org.soptrack.core.domain.shared.Email;
import org.soptrack.core.domain.shared.MemberId;
import org.soptrack.core.domain.shared.Money;
import org.soptrack.core.domain.shared.Page;
import org.soptrack.core.domain.shared.PhoneNumber;
import org.soptrack.core.domain.shared.RooftopId;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.domain.sop.ContactPreferences;
import org.soptrack.core.domain.sop.Customer;
import org.soptrack.core.domain.sop.CustomerId;
import org.soptrack.core.domain.sop.PartNumber;
import org.soptrack.core.domain.sop.RoNumber;
import org.soptrack.core.domain.sop.SearchText;
import org.soptrack.core.domain.sop.SopNumber;
import org.soptrack.core.domain.sop.SpecialOrder;
import org.soptrack.core.domain.sop.SpecialOrderDetails;
import org.soptrack.core.domain.sop.SpecialOrderId;
import org.soptrack.core.domain.sop.Vehicle;
import org.soptrack.core.domain.sop.Vendor;
import org.soptrack.core.domain.tenancy.RooftopScope;
import org.soptrack.core.port.out.TextSearch;

/**
 * What every adapter's search must do (R-SOP-9): customers by any part of the name without regard to case or accents,
 * by phone digits in any formatting, by e-mail; orders by SOP number, RO, part number, description, vendor, VIN or
 * customer name; within the rooftops given; newest first in keyset pages; typed wildcards taken literally; nothing of
 * another tenant.
 */
public abstract class SearchContract extends PortsContract {

    private static final ActorRef CLERK = ActorRef.member(MemberId.of(UUID.randomUUID()));
    private long number = 1000;
    private int minutes;

    private Customer customer(Seed s, String name, String phone, String email, ActorRef by) {
        Customer c = Customer.create(new CustomerId(UUID.randomUUID()), s.tenant(), new Customer.Contact(name,
                Optional.of(PhoneNumber.of(phone)), Optional.of(Email.of(email)), ContactPreferences.allChannels()),
                by, TestData.at(Duration.ofMinutes(++minutes)));
        run(s.tenant(), () -> ports.customers().add(s.tenant(), c));
        return c;
    }

    private SpecialOrder order(Seed s, RooftopId rooftop, CustomerId customer, String ro, String part,
                               String description, String vendor, String vin) {
        SpecialOrder o = SpecialOrder.create(new SpecialOrderId(UUID.randomUUID()), s.tenant(), rooftop,
                SopNumber.of(++number), new SpecialOrderDetails(customer, new Vehicle(2022, "Toyota", "RAV4",
                        Optional.ofNullable(vin)), RoNumber.of(ro), PartNumber.of(part), description, 1,
                        Vendor.of(vendor), new Money(new BigDecimal("10.00")), Optional.empty(), Optional.empty(),
                        Optional.empty(), Optional.empty(), false, ""), ActorRef.system(),
                TestData.at(Duration.ofMinutes(++minutes)));
        run(s.tenant(), () -> ports.orders().add(s.tenant(), o));
        return o;
    }

    private List<CustomerId> customers(TenantId tenant, String typed, RooftopScope scope) {
        return in(tenant, () -> ports.customers().search(tenant, new TextSearch(SearchText.of(typed), scope,
                Optional.of(CLERK), false, Optional.empty(), 50))).items().stream().map(Customer::id).toList();
    }

    private List<SpecialOrderId> orders(TenantId tenant, String typed, RooftopScope scope, boolean byName) {
        return in(tenant, () -> ports.orders().searchText(tenant, new TextSearch(SearchText.of(typed), scope,
                Optional.of(CLERK), byName, Optional.empty(), 50))).items().stream().map(SpecialOrder::id).toList();
    }

    @Test
    void customers_by_name_without_case_or_accents_by_phone_digits_in_any_form_and_by_e_mail() {
        Seed s = seed();
        Customer jose = customer(s, "José Müller-Peña", "+12175550142", "jm@fastmail.test", CLERK);
        Customer zoe = customer(s, "Zoë Lindqvist", "+13125550199", "zoe.lindqvist@fastmail.test", CLERK);
        RooftopScope all = RooftopScope.allRooftops();
        assertThat(customers(s.tenant(), "MULLER", all)).containsExactly(jose.id());
        assertThat(customers(s.tenant(), "pena", all)).containsExactly(jose.id());
        assertThat(customers(s.tenant(), "müller-peñ", all)).containsExactly(jose.id());
        assertThat(customers(s.tenant(), "zoe", all)).containsExactly(zoe.id());
        assertThat(customers(s.tenant(), "(217) 555-0142", all)).containsExactly(jose.id());
        assertThat(customers(s.tenant(), "555.0199", all)).containsExactly(zoe.id());
        assertThat(customers(s.tenant(), "+1 312", all)).containsExactly(zoe.id());
        assertThat(customers(s.tenant(), "lindqvist@FASTMAIL", all)).containsExactly(zoe.id());
        assertThat(customers(s.tenant(), "fastmail", all)).as("newest first").containsExactly(zoe.id(), jose.id());
        assertThat(customers(s.tenant(), "nobody at all", all)).isEmpty();
    }

    @Test
    void orders_by_sop_number_ro_part_description_vendor_vin_and_customer_name() {
        Seed s = seed();
        Customer jose = customer(s, "José Müller", "+12175550142", "jm@example.com", CLERK);
        SpecialOrder alternator = order(s, s.rooftop(), jose.id(), "RO-88121", "27060-0V160", "Alternator assembly",
                "Toyota Parts Center", "JTMW1RFV5KD012345");
        SpecialOrder mirror = order(s, s.rooftop(), s.customer(), "RO-90001", "87910-42B10", "Side mirror, heated",
                "Keystone Automotive", null);
        RooftopScope all = RooftopScope.allRooftops();
        assertThat(orders(s.tenant(), Long.toString(alternator.sopNumber().value()), all, false))
                .contains(alternator.id()).doesNotContain(mirror.id());
        assertThat(orders(s.tenant(), "ro-88121", all, false)).containsExactly(alternator.id());
        assertThat(orders(s.tenant(), "0v160", all, false)).containsExactly(alternator.id());
        assertThat(orders(s.tenant(), "ALTERNATOR", all, false)).containsExactly(alternator.id());
        assertThat(orders(s.tenant(), "keystone", all, false)).containsExactly(mirror.id());
        assertThat(orders(s.tenant(), "KD012345", all, false)).containsExactly(alternator.id());
        assertThat(orders(s.tenant(), "muller", all, true)).containsExactly(alternator.id());
        assertThat(orders(s.tenant(), "muller", all, false)).as("no name match without contact data").isEmpty();
        assertThat(orders(s.tenant(), "ro-", all, false)).as("newest first").containsExactly(mirror.id(),
                alternator.id());
    }

    @Test
    void typed_wildcards_are_literal_and_pages_follow_each_other() {
        Seed s = seed();
        customer(s, "Ann_Lee", "+12175550100", "a1@example.com", CLERK);
        customer(s, "AnnXLee", "+12175550101", "a2@example.com", CLERK);
        customer(s, "Ann%Lee", "+12175550102", "a3@example.com", CLERK);
        RooftopScope all = RooftopScope.allRooftops();
        assertThat(customers(s.tenant(), "ann_lee", all)).hasSize(1);
        assertThat(customers(s.tenant(), "ann%lee", all)).hasSize(1);
        Page<Customer> first = in(s.tenant(), () -> ports.customers().search(s.tenant(), new TextSearch(
                SearchText.of("lee"), all, Optional.empty(), false, Optional.empty(), 2)));
        assertThat(first.items()).hasSize(2);
        Page<Customer> second = in(s.tenant(), () -> ports.customers().search(s.tenant(), new TextSearch(
                SearchText.of("lee"), all, Optional.empty(), false, first.next(), 2)));
        assertThat(second.items()).hasSize(1).doesNotContainAnyElementsOf(first.items());
        assertThat(second.next()).isEmpty();
    }

    @Test
    void a_scope_of_some_rooftops_bounds_orders_and_the_customers_reached_through_them_or_registered() {
        Seed s = seed();
        RooftopId other = addRooftop(s.tenant(), "North Lexus");
        Customer here = customer(s, "Harper Here", "+12175550111", "harper@example.com", ActorRef.system());
        Customer there = customer(s, "Harper There", "+12175550112", "there@example.com", ActorRef.system());
        Customer mine = customer(s, "Harper Mine", "+12175550113", "mine@example.com", CLERK);
        SpecialOrder atHere = order(s, s.rooftop(), here.id(), "RO-1", "P-1", "Harper's wiper", "Vendor A", null);
        order(s, other, there.id(), "RO-2", "P-2", "Harper's wiper", "Vendor A", null);
        RooftopScope onlyHere = RooftopScope.only(Set.of(s.rooftop()));
        assertThat(customers(s.tenant(), "harper", onlyHere)).containsExactlyInAnyOrder(here.id(), mine.id());
        assertThat(orders(s.tenant(), "wiper", onlyHere, true)).containsExactly(atHere.id());
    }

    @Test
    void another_tenant_finds_nothing() {
        Seed a = seed();
        Customer theirs = customer(a, "Quentin Quill", "+12175550177", "quill@example.com", CLERK);
        order(a, a.rooftop(), theirs.id(), "RO-QQ7", "QQ-7", "Quill's quarter panel", "Vendor Q", null);
        Seed b = seed();
        RooftopScope all = RooftopScope.allRooftops();
        for (String typed : List.of("quill", "555-0177", "RO-QQ7")) {
            assertThat(customers(b.tenant(), typed, all)).as(typed).isEmpty();
            assertThat(orders(b.tenant(), typed, all, true)).as(typed).isEmpty();
        }
        assertThat(in(b.tenant(), () -> ports.customers().search(a.tenant(), new TextSearch(SearchText.of("quill"),
                all, Optional.empty(), false, Optional.empty(), 50))).items()).isEmpty();
        assertThat(in(b.tenant(), () -> ports.orders().searchText(a.tenant(), new TextSearch(SearchText.of("quill"),
                all, Optional.empty(), true, Optional.empty(), 50))).items()).isEmpty();
    }
}
