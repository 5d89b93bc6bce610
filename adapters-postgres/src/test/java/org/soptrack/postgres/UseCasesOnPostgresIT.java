package org.soptrack.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.soptrack.core.domain.audit.AuditAction;
import org.soptrack.core.domain.audit.AuditEvent;
import org.soptrack.core.domain.shared.Email;
import org.soptrack.core.domain.shared.OperatorId;
import org.soptrack.core.domain.shared.RooftopId;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.domain.sop.ContactPreferences;
import org.soptrack.core.domain.sop.Customer;
import org.soptrack.core.domain.sop.CustomerId;
import org.soptrack.core.domain.sop.SopStatus;
import org.soptrack.core.domain.sop.SpecialOrder;
import org.soptrack.core.domain.tenancy.Actor;
import org.soptrack.core.domain.tenancy.GrantScope;
import org.soptrack.core.domain.tenancy.MemberActor;
import org.soptrack.core.domain.tenancy.OperatorActor;
import org.soptrack.core.domain.tenancy.Role;
import org.soptrack.core.domain.tenancy.Rooftop;
import org.soptrack.core.domain.tenancy.RooftopScope;
import org.soptrack.core.memory.FakeClock;
import org.soptrack.core.port.in.CreateSpecialOrderUseCase;
import org.soptrack.core.port.in.GetSpecialOrderUseCase;
import org.soptrack.core.port.in.OpenOperatorAccessUseCase;
import org.soptrack.core.port.in.Outcome;
import org.soptrack.core.port.in.ReadAuditLogUseCase;
import org.soptrack.core.port.in.RegisterCustomerUseCase;
import org.soptrack.core.port.in.SearchSpecialOrdersUseCase;
import org.soptrack.core.port.in.SignUpOrganizationUseCase;
import org.soptrack.core.port.in.TransitionSpecialOrderUseCase;
import org.soptrack.core.port.out.AuditQuery;
import org.soptrack.core.port.out.SpecialOrderQuery;
import org.soptrack.core.service.CorePorts;
import org.soptrack.core.service.SoptrackCore;
import org.soptrack.core.tck.TestData;

/** Core's use cases on the PostgreSQL adapters: the paths a dealership and a platform operator take, under RLS. */
class UseCasesOnPostgresIT {

    private final FakeClock clock = FakeClock.at("2026-03-02T14:00:00Z");
    private final CorePorts ports = TestDatabase.get().ports(clock);
    private final SoptrackCore core = new SoptrackCore(ports);

    private record Org(TenantId tenant, RooftopId rooftop, MemberActor owner) {
    }

    private Org signUp(String name) {
        String slug = name.toLowerCase().replace(' ', '-') + "-" + UUID.randomUUID();
        var signedUp = core.organizations().signUp().signUp(new SignUpOrganizationUseCase.Command(name,
                new Rooftop.Details(name + " Toyota", "Toyota", "Springfield", "IL"),
                Email.of("owner@" + slug + ".example"), "Olive Owner")).orElseThrow();
        return new Org(signedUp.organizationId(), signedUp.rooftopId(), new MemberActor(signedUp.ownerId(),
                signedUp.organizationId(), Role.OWNER, RooftopScope.allRooftops()));
    }

    private SpecialOrder order(Org org, String ro) {
        CustomerId customer = core.customers().registerCustomer().register(new RegisterCustomerUseCase.Command(org.owner(),
                new Customer.Contact("Casey Customer", Optional.empty(), Optional.of(Email.of("casey@example.com")),
                        ContactPreferences.allChannels()))).orElseThrow().id();
        return core.orders().createSpecialOrder().create(new CreateSpecialOrderUseCase.Command(org.owner(), org.rooftop(),
                TestData.details(customer, ro, "PN-" + ro))).orElseThrow();
    }

    private Outcome<SpecialOrder> read(Actor actor, SpecialOrder order) {
        return core.orders().getSpecialOrder().get(new GetSpecialOrderUseCase.Query(actor, order.id()));
    }

    @Test
    void a_dealership_orders_moves_and_finds_its_parts_and_another_sees_none_of_them() {
        Org a = signUp("Acme Motors");
        Org b = signUp("Bolt Autos");
        SpecialOrder first = order(a, "RO-1");
        clock.advance(Duration.ofMinutes(1));
        SpecialOrder second = order(a, "RO-2");
        assertThat(second.sopNumber().value()).isEqualTo(first.sopNumber().value() + 1);

        SpecialOrder moved = core.orders().transitionSpecialOrder().transition(new TransitionSpecialOrderUseCase.Command(
                a.owner(), first.id(), first.version(), SopStatus.ORDERED, Optional.empty())).orElseThrow();
        assertThat(core.orders().transitionSpecialOrder().transition(new TransitionSpecialOrderUseCase.Command(a.owner(),
                first.id(), first.version(), SopStatus.CANCELLED, Optional.empty()))).isInstanceOf(Outcome.Conflict.class);
        assertThat(read(a.owner(), first).orElseThrow().status()).isEqualTo(SopStatus.ORDERED);
        assertThat(read(a.owner(), first).orElseThrow().version()).isEqualTo(moved.version());

        var search = new SearchSpecialOrdersUseCase.Query(a.owner(), SpecialOrderQuery.all(RooftopScope.allRooftops(), 10));
        assertThat(core.orders().searchSpecialOrders().search(search).orElseThrow().items()).extracting(SpecialOrder::id)
                .containsExactly(second.id(), first.id());

        assertThat(read(b.owner(), first)).isInstanceOf(Outcome.NotFound.class);
        assertThat(core.orders().searchSpecialOrders().search(new SearchSpecialOrdersUseCase.Query(b.owner(),
                SpecialOrderQuery.all(RooftopScope.allRooftops(), 10))).orElseThrow().items()).isEmpty();
        assertThat(core.orders().transitionSpecialOrder().transition(new TransitionSpecialOrderUseCase.Command(b.owner(),
                first.id(), moved.version(), SopStatus.CANCELLED, Optional.empty()))).isInstanceOf(Outcome.NotFound.class);
        assertThat(read(a.owner(), first).orElseThrow().status()).isEqualTo(SopStatus.ORDERED);
    }

    @Test
    void an_operator_reads_a_tenant_only_through_a_live_grant_and_every_read_is_audited_in_that_tenant() {
        Org a = signUp("Acme Motors");
        Org b = signUp("Bolt Autos");
        SpecialOrder order = order(a, "RO-9");
        OperatorId operatorId = OperatorId.of(UUID.randomUUID());
        OperatorActor intoA = new OperatorActor(operatorId, a.tenant());
        assertThat(read(intoA, order)).isInstanceOf(Outcome.Forbidden.class);

        core.organizations().openOperatorAccess().open(new OpenOperatorAccessUseCase.Command(operatorId, a.tenant(),
                "Ticket 42: SOP list looks empty", GrantScope.READ_ONLY, Duration.ofHours(1))).orElseThrow();
        assertThat(read(intoA, order).orElseThrow().id()).isEqualTo(order.id());
        assertThat(read(new OperatorActor(operatorId, b.tenant()), order)).isInstanceOf(Outcome.Forbidden.class);

        clock.advance(Duration.ofHours(1));
        assertThat(read(intoA, order)).isInstanceOf(Outcome.Forbidden.class);

        assertThat(audit(a, AuditAction.OPERATOR_ACCESS_USED)).singleElement()
                .satisfies(e -> assertThat(e.actor()).isEqualTo(intoA.ref()));
        assertThat(audit(b, AuditAction.OPERATOR_ACCESS_USED)).isEmpty();
    }

    @Test
    void a_transaction_for_one_tenant_refuses_work_for_another() {
        TenantId a = TestData.newTenant();
        TenantId b = TestData.newTenant();
        assertThatThrownBy(() -> ports.transactions().inTenant(a,
                () -> ports.transactions().inTenant(b, () -> ports.organizations().find(b))))
                .isInstanceOf(IllegalStateException.class);
        assertThat(ports.transactions().inTenant(a, () -> ports.transactions().inTenant(a, () -> "joined")))
                .isEqualTo("joined");
    }

    private List<AuditEvent> audit(Org org, AuditAction action) {
        return core.organizations().readAuditLog().read(new ReadAuditLogUseCase.Query(org.owner(), new AuditQuery(Optional.empty(),
                Set.of(action), Optional.empty(), Optional.empty(), Optional.empty(), 50))).orElseThrow().items();
    }
}
