package org.soptrack.core.tck;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.soptrack.core.domain.shared.ActorRef;
import org.soptrack.core.domain.shared.Email;
import org.soptrack.core.domain.shared.MemberId;
import org.soptrack.core.domain.shared.Money;
import org.soptrack.core.domain.shared.PhoneNumber;
import org.soptrack.core.domain.shared.RooftopId;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.domain.sop.ContactPreferences;
import org.soptrack.core.domain.sop.Customer;
import org.soptrack.core.domain.sop.CustomerId;
import org.soptrack.core.domain.sop.Deposit;
import org.soptrack.core.domain.sop.DepositState;
import org.soptrack.core.domain.sop.PartNumber;
import org.soptrack.core.domain.sop.RoNumber;
import org.soptrack.core.domain.sop.SopNumber;
import org.soptrack.core.domain.sop.SpecialOrder;
import org.soptrack.core.domain.sop.SpecialOrderDetails;
import org.soptrack.core.domain.sop.SpecialOrderId;
import org.soptrack.core.domain.sop.Vehicle;
import org.soptrack.core.domain.sop.Vendor;
import org.soptrack.core.domain.tenancy.Member;
import org.soptrack.core.domain.tenancy.Organization;
import org.soptrack.core.domain.tenancy.Role;
import org.soptrack.core.domain.tenancy.Rooftop;
import org.soptrack.core.domain.tenancy.RooftopScope;

/** Builders of valid domain objects for tests, at fixed times. */
public final class TestData {

    public static final Instant T0 = Instant.parse("2026-01-05T15:00:00Z");

    private TestData() {
    }

    public static TenantId newTenant() {
        return TenantId.of(UUID.randomUUID());
    }

    public static Organization organization(TenantId tenant) {
        return Organization.create(tenant, "Dealer Group " + tenant.value().toString().substring(0, 8), T0);
    }

    public static Rooftop rooftop(TenantId tenant, String name) {
        return Rooftop.create(RooftopId.of(UUID.randomUUID()), tenant,
                new Rooftop.Details(name, "Toyota", "Springfield", "IL"), T0);
    }

    public static Member member(TenantId tenant, String email, Role role) {
        return Member.create(MemberId.of(UUID.randomUUID()), tenant, Email.of(email), "Pat Example", role,
                RooftopScope.allRooftops(), T0);
    }

    public static Customer customer(TenantId tenant) {
        return Customer.create(new CustomerId(UUID.randomUUID()), tenant, new Customer.Contact("Jordan Driver",
                Optional.of(PhoneNumber.of("+15551234567")), Optional.of(Email.of("jordan@example.com")),
                ContactPreferences.allChannels()), ActorRef.member(MemberId.of(UUID.randomUUID())), T0);
    }

    public static SpecialOrderDetails details(CustomerId customer, String ro, String part) {
        return new SpecialOrderDetails(customer, new Vehicle(2021, "Toyota", "Camry", Optional.of("4T1B11HK5JU123456")),
                RoNumber.of(ro), PartNumber.of(part), "Front bumper cover", 2, Vendor.of("Toyota Parts Center"),
                new Money(new BigDecimal("149.95")), Optional.of(LocalDate.parse("2026-01-12")),
                Optional.of(LocalDate.parse("2026-01-05")), Optional.of("B-12"),
                Optional.of(new Deposit(Money.of("50.00"), DepositState.PAID, Optional.of(T0))), false,
                "Customer prefers mornings.\nCall cell first.");
    }

    public static SpecialOrder order(TenantId tenant, RooftopId rooftop, CustomerId customer, long number, String ro,
                                     Instant createdAt) {
        return SpecialOrder.create(new SpecialOrderId(UUID.randomUUID()), tenant, rooftop, SopNumber.of(number),
                details(customer, ro, "PZ-" + number), ActorRef.system(), createdAt);
    }

    public static Instant at(Duration sinceT0) {
        return T0.plus(sinceT0);
    }
}
