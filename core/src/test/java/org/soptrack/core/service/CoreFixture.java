package org.soptrack.core.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.soptrack.core.domain.audit.AuditAction;
import org.soptrack.core.domain.audit.AuditEvent;
import org.soptrack.core.domain.security.Password;
import org.soptrack.core.domain.shared.Email;
import org.soptrack.core.domain.shared.Money;
import org.soptrack.core.domain.shared.PhoneNumber;
import org.soptrack.core.domain.shared.RooftopId;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.domain.sop.ContactPreferences;
import org.soptrack.core.domain.sop.Customer;
import org.soptrack.core.domain.sop.CustomerId;
import org.soptrack.core.domain.sop.SopStatus;
import org.soptrack.core.domain.sop.SpecialOrder;
import org.soptrack.core.domain.sop.SpecialOrderDetails;
import org.soptrack.core.domain.tenancy.Actor;
import org.soptrack.core.domain.tenancy.Member;
import org.soptrack.core.domain.tenancy.MemberActor;
import org.soptrack.core.domain.tenancy.Role;
import org.soptrack.core.domain.tenancy.Rooftop;
import org.soptrack.core.domain.tenancy.RooftopScope;
import org.soptrack.core.memory.FakeClock;
import org.soptrack.core.memory.InMemoryAdapters;
import org.soptrack.core.port.in.AcceptInvitationUseCase;
import org.soptrack.core.port.in.BillingUseCase;
import org.soptrack.core.port.in.CreateRooftopUseCase;
import org.soptrack.core.port.in.CreateSpecialOrderUseCase;
import org.soptrack.core.port.in.InviteMemberUseCase;
import org.soptrack.core.port.in.Outcome;
import org.soptrack.core.port.in.RegisterCustomerUseCase;
import org.soptrack.core.port.in.SignUpOrganizationUseCase;
import org.soptrack.core.port.in.TransitionSpecialOrderUseCase;
import org.soptrack.core.port.out.AuditQuery;
import org.soptrack.core.tck.TestData;

/** A running core on in-memory adapters with a fake clock, and shortcuts to set up organizations and orders. */
final class CoreFixture {

    /** The password every member who joins through {@link #join} sets. */
    static final Password PASSWORD = new Password("staff password for tests");

    final FakeClock clock = FakeClock.at("2026-03-02T14:00:00Z");
    final CorePorts ports = InMemoryAdapters.create(clock);
    final SoptrackCore core;
    private int emails;

    CoreFixture() {
        this(CoreSettings.DEFAULTS);
    }

    CoreFixture(CoreSettings settings) {
        core = new SoptrackCore(ports, settings);
    }

    /** A signed-up organization: its first rooftop and its owner. */
    record Org(TenantId tenant, RooftopId rooftop, MemberActor owner) {
    }

    Org signUp(String name) {
        var signedUp = core.organizations().signUp().signUp(new SignUpOrganizationUseCase.Command(name,
                new Rooftop.Details(name + " Toyota", "Toyota", "Springfield", "IL"),
                Email.of("owner" + (++emails) + "@" + name.toLowerCase().replace(' ', '-') + ".example"), "Olive Owner"))
                .orElseThrow();
        return new Org(signedUp.organizationId(), signedUp.rooftopId(),
                new MemberActor(signedUp.ownerId(), signedUp.organizationId(), Role.OWNER, RooftopScope.allRooftops()));
    }

    /** The billing provider activates the subscription: the organization is no longer on trial. */
    void activate(Org org) {
        core.organizations().billing().receive(new BillingUseCase.Notice(org.tenant(), "evt_activate_" + org.tenant(),
                "subscription.activated", clock.now(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty())).orElseThrow();
    }

    RooftopId addRooftop(Org org, String name) {
        return core.organizations().createRooftop().create(new CreateRooftopUseCase.Command(org.owner(),
                new Rooftop.Details(name, "Lexus", "Peoria", "IL"))).orElseThrow().id();
    }

    /** Invites and accepts a new member; returns the actor their token would carry. */
    MemberActor join(Org org, Role role, RooftopScope scope) {
        Email email = Email.of("staff" + (++emails) + "@example.com");
        var issued = core.team().inviteMember().invite(new InviteMemberUseCase.Command(org.owner(), email, role, scope))
                .orElseThrow();
        Member member = core.team().acceptInvitation().accept(new AcceptInvitationUseCase.Command(issued.token(), email,
                "Sam Staff", Optional.of(PASSWORD))).orElseThrow();
        return new MemberActor(member.id(), org.tenant(), role, scope);
    }

    MemberActor join(Org org, Role role) {
        return join(org, role, RooftopScope.allRooftops());
    }

    CustomerId customer(Actor actor) {
        return core.customers().registerCustomer().register(new RegisterCustomerUseCase.Command(actor, new Customer.Contact(
                "Casey Customer", Optional.of(PhoneNumber.of("+15551230000")), Optional.of(Email.of("casey@example.com")),
                ContactPreferences.allChannels()))).orElseThrow().id();
    }

    SpecialOrderDetails details(CustomerId customer, String ro, String price) {
        SpecialOrderDetails d = TestData.details(customer, ro, "PN-" + ro);
        return new SpecialOrderDetails(customer, d.vehicle(), d.roNumber(), d.partNumber(), d.description(), 1,
                d.vendor(), new Money(new BigDecimal(price)), d.eta(), d.orderDate(), d.binLocation(), Optional.empty(),
                false, "");
    }

    Outcome<SpecialOrder> create(Actor actor, RooftopId rooftop, CustomerId customer, String ro) {
        return core.orders().createSpecialOrder().create(new CreateSpecialOrderUseCase.Command(actor, rooftop,
                details(customer, ro, "100.00")));
    }

    Outcome<SpecialOrder> move(Actor actor, SpecialOrder order, SopStatus target) {
        return core.orders().transitionSpecialOrder().transition(new TransitionSpecialOrderUseCase.Command(actor, order.id(),
                order.version(), target, Optional.empty()));
    }

    /** Moves through {@code path}, each move checked to succeed; returns the order as it ends. */
    SpecialOrder walk(Actor actor, SpecialOrder order, SopStatus... path) {
        SpecialOrder current = order;
        for (SopStatus status : path) {
            Outcome<SpecialOrder> moved = move(actor, current, status);
            assertThat(moved.isOk()).as("move to %s: %s", status, moved).isTrue();
            current = moved.orElseThrow();
        }
        return current;
    }

    /** The organization's audit entries of {@code action}, read from the store (its members may be gone). */
    List<AuditEvent> audit(Org org, AuditAction action) {
        return ports.transactions().inTenant(org.tenant(), () -> ports.audit().find(org.tenant(),
                new AuditQuery(Optional.empty(), java.util.Set.of(action), Optional.empty(), Optional.empty(),
                        Optional.empty(), 200))).items();
    }
}
