package org.soptrack.core.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.soptrack.core.domain.audit.AuditAction;
import org.soptrack.core.domain.shared.Email;
import org.soptrack.core.domain.shared.OperatorId;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.domain.sop.SopStatus;
import org.soptrack.core.domain.sop.SpecialOrder;
import org.soptrack.core.domain.tenancy.GrantScope;
import org.soptrack.core.domain.tenancy.OperatorAccessGrant;
import org.soptrack.core.domain.tenancy.OperatorActor;
import org.soptrack.core.domain.tenancy.Role;
import org.soptrack.core.domain.tenancy.RooftopScope;
import org.soptrack.core.port.in.CloseOperatorAccessUseCase;
import org.soptrack.core.port.in.GetSpecialOrderUseCase;
import org.soptrack.core.port.in.InviteMemberUseCase;
import org.soptrack.core.port.in.OpenOperatorAccessUseCase;
import org.soptrack.core.port.in.Outcome;
import org.soptrack.core.port.in.RemoveMemberUseCase;

/** R-TEN-5: operators reach tenant data only under a time-boxed, reasoned grant, and every use is audited. */
class OperatorAccessTest {

    private final CoreFixture f = new CoreFixture();
    private final CoreFixture.Org org = f.signUp("Acme Motors");
    private final OperatorId operatorId = OperatorId.of(UUID.randomUUID());
    private final OperatorActor operator = new OperatorActor(operatorId, org.tenant());
    private final SpecialOrder order = f.create(org.owner(), org.rooftop(), f.customer(org.owner()), "RO-1").orElseThrow();

    private Outcome<OperatorAccessGrant> open(TenantId tenant, String reason, GrantScope scope, Duration duration) {
        return f.core.organizations().openOperatorAccess().open(new OpenOperatorAccessUseCase.Command(operatorId, tenant, reason, scope,
                duration));
    }

    private Outcome<SpecialOrder> read(OperatorActor actor) {
        return f.core.orders().getSpecialOrder().get(new GetSpecialOrderUseCase.Query(actor, order.id()));
    }

    @Test
    void without_a_grant_an_operator_sees_nothing() {
        assertThat(read(operator)).isInstanceOf(Outcome.Forbidden.class);
        assertThat(f.core.organizations().listRooftops().list(operator)).isInstanceOf(Outcome.Forbidden.class);
    }

    @Test
    void a_grant_needs_a_real_reason_a_bounded_duration_and_an_existing_organization() {
        assertThat(((Outcome.Invalid<?>) open(org.tenant(), "because", GrantScope.READ_ONLY, Duration.ofHours(1))).field())
                .isEqualTo("reason");
        assertThat(((Outcome.Invalid<?>) open(org.tenant(), "Ticket 1: help", GrantScope.READ_ONLY, Duration.ofHours(9)))
                .field()).isEqualTo("duration");
        assertThat(open(TenantId.of(UUID.randomUUID()), "Ticket 1: help", GrantScope.READ_ONLY, Duration.ofHours(1)))
                .isInstanceOf(Outcome.NotFound.class);
        assertThat(f.core.organizations().listOperatorGrants().list(org.owner()).orElseThrow()).isEmpty();
    }

    @Test
    void a_read_only_grant_reads_until_it_expires_and_every_read_is_audited() {
        open(org.tenant(), "Ticket 42: SOP list looks empty", GrantScope.READ_ONLY, Duration.ofHours(1)).orElseThrow();
        assertThat(read(operator).isOk()).isTrue();
        assertThat(read(operator).isOk()).isTrue();
        assertThat(f.move(operator, order, SopStatus.ORDERED)).isInstanceOf(Outcome.Forbidden.class);

        f.clock.advance(Duration.ofMinutes(59));
        assertThat(read(operator).isOk()).isTrue();
        f.clock.advance(Duration.ofMinutes(1));
        assertThat(read(operator)).isInstanceOf(Outcome.Forbidden.class);

        assertThat(f.audit(org, AuditAction.OPERATOR_ACCESS_OPENED)).singleElement()
                .satisfies(e -> assertThat(e.details()).containsEntry("reason", "Ticket 42: SOP list looks empty"));
        assertThat(f.audit(org, AuditAction.OPERATOR_ACCESS_USED)).hasSize(3)
                .allSatisfy(e -> assertThat(e.actor()).isEqualTo(operator.ref()));
    }

    @Test
    void a_read_write_grant_changes_data_in_the_operators_name_but_never_manages_members() {
        open(org.tenant(), "Ticket 43: stuck order", GrantScope.READ_WRITE, Duration.ofHours(1)).orElseThrow();
        SpecialOrder moved = f.move(operator, order, SopStatus.ORDERED).orElseThrow();
        assertThat(moved.history().get(0).by()).isEqualTo(operator.ref());
        var team = f.core.team().listTeam().list(operator).orElseThrow();
        assertThat(f.core.team().removeMember().remove(new RemoveMemberUseCase.Command(operator,
                team.members().get(0).id()))).isInstanceOf(Outcome.Forbidden.class);
        assertThat(f.core.team().inviteMember().invite(new InviteMemberUseCase.Command(operator,
                Email.of("x@example.com"), Role.OWNER, RooftopScope.allRooftops()))).isInstanceOf(Outcome.Forbidden.class);
    }

    @Test
    void a_grant_on_one_tenant_opens_nothing_of_another() {
        CoreFixture.Org other = f.signUp("Other Motors");
        open(org.tenant(), "Ticket 44: check order", GrantScope.READ_WRITE, Duration.ofHours(1)).orElseThrow();
        OperatorActor intoOther = new OperatorActor(operatorId, other.tenant());
        assertThat(f.core.organizations().listRooftops().list(intoOther)).isInstanceOf(Outcome.Forbidden.class);
        assertThat(read(intoOther)).isInstanceOf(Outcome.Forbidden.class);
    }

    @Test
    void tenant_administrators_see_grants_and_can_close_them() {
        OperatorAccessGrant grant = open(org.tenant(), "Ticket 45: data export", GrantScope.READ_ONLY,
                Duration.ofHours(2)).orElseThrow();
        assertThat(f.core.organizations().listOperatorGrants().list(org.owner()).orElseThrow()).extracting(OperatorAccessGrant::id)
                .containsExactly(grant.id());
        assertThat(f.core.organizations().listOperatorGrants().list(f.join(org, Role.PARTS_MANAGER)))
                .isInstanceOf(Outcome.Forbidden.class);
        OperatorAccessGrant closed = f.core.organizations().closeOperatorAccess().close(new CloseOperatorAccessUseCase.Command(
                org.owner(), grant.id())).orElseThrow();
        assertThat(closed.state().closedBy()).contains(org.owner().ref());
        assertThat(read(operator)).isInstanceOf(Outcome.Forbidden.class);
        assertThat(f.audit(org, AuditAction.OPERATOR_ACCESS_CLOSED)).hasSize(1);
    }

    @Test
    void an_operator_closes_only_their_own_grant() {
        OperatorAccessGrant grant = open(org.tenant(), "Ticket 46: billing question", GrantScope.READ_ONLY,
                Duration.ofHours(2)).orElseThrow();
        OperatorActor someoneElse = new OperatorActor(OperatorId.of(UUID.randomUUID()), org.tenant());
        assertThat(f.core.organizations().closeOperatorAccess().close(new CloseOperatorAccessUseCase.Command(someoneElse, grant.id())))
                .isInstanceOf(Outcome.NotFound.class);
        assertThat(f.core.organizations().closeOperatorAccess().close(new CloseOperatorAccessUseCase.Command(operator, grant.id())).isOk())
                .isTrue();
        assertThat(((Outcome.Rejected<?>) f.core.organizations().closeOperatorAccess().close(new CloseOperatorAccessUseCase.Command(
                operator, grant.id()))).code()).isEqualTo("grant-not-active");
        assertThat(Optional.of(read(operator))).get().isInstanceOf(Outcome.Forbidden.class);
    }
}
