package org.soptrack.core.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.soptrack.core.domain.shared.OperatorId;
import org.soptrack.core.domain.sop.ContactChannel;
import org.soptrack.core.domain.sop.ContactOutcome;
import org.soptrack.core.domain.sop.CustomerId;
import org.soptrack.core.domain.sop.SopStatus;
import org.soptrack.core.domain.sop.SpecialOrder;
import org.soptrack.core.domain.tenancy.GrantScope;
import org.soptrack.core.domain.tenancy.Member;
import org.soptrack.core.domain.tenancy.MemberActor;
import org.soptrack.core.domain.tenancy.OperatorAccessGrant;
import org.soptrack.core.domain.tenancy.Role;
import org.soptrack.core.domain.tenancy.Rooftop;
import org.soptrack.core.domain.tenancy.RooftopScope;
import org.soptrack.core.port.in.AgingReportUseCase;
import org.soptrack.core.port.in.BdcDueListUseCase;
import org.soptrack.core.port.in.ChangeMemberRoleUseCase;
import org.soptrack.core.port.in.ChangeRooftopUseCase;
import org.soptrack.core.port.in.CloseOperatorAccessUseCase;
import org.soptrack.core.port.in.CountSpecialOrdersUseCase;
import org.soptrack.core.port.in.CurrentMemberUseCase;
import org.soptrack.core.port.in.GetCustomerUseCase;
import org.soptrack.core.port.in.GetRepairOrderUseCase;
import org.soptrack.core.port.in.GetSpecialOrderUseCase;
import org.soptrack.core.port.in.InviteMemberUseCase;
import org.soptrack.core.port.in.KeepPartUseCase;
import org.soptrack.core.port.in.LogContactAttemptUseCase;
import org.soptrack.core.port.in.OpenOperatorAccessUseCase;
import org.soptrack.core.port.in.Outcome;
import org.soptrack.core.port.in.ReadAuditLogUseCase;
import org.soptrack.core.port.in.RemoveMemberUseCase;
import org.soptrack.core.port.in.RevokeInvitationUseCase;
import org.soptrack.core.port.in.SearchSpecialOrdersUseCase;
import org.soptrack.core.port.in.UpdateSpecialOrderUseCase;
import org.soptrack.core.port.out.AuditQuery;
import org.soptrack.core.port.out.SpecialOrderQuery;

/** Tenant B's owner, holding tenant A's ids, goes through every use case and gets nothing of A's. */
class TenantIsolationUseCasesTest {

    private final CoreFixture f = new CoreFixture();
    private final CoreFixture.Org a = f.signUp("Alpha Motors");
    private final CoreFixture.Org b = f.signUp("Beta Motors");
    private final MemberActor intruder = b.owner();
    private final CustomerId aCustomer = f.customer(a.owner());
    private final SpecialOrder aOrder = f.walk(a.owner(), f.create(a.owner(), a.rooftop(), aCustomer, "RO-1").orElseThrow(),
            SopStatus.ORDERED, SopStatus.RECEIVED);
    private final MemberActor aViewer = f.join(a, Role.VIEWER);

    @Test
    void every_read_of_tenant_a_finds_nothing() {
        f.clock.advance(Duration.ofDays(40));
        assertThat(f.core.orders().getSpecialOrder().get(new GetSpecialOrderUseCase.Query(intruder, aOrder.id())))
                .isInstanceOf(Outcome.NotFound.class);
        assertThat(f.core.customers().getCustomer().get(new GetCustomerUseCase.Query(intruder, aCustomer)))
                .isInstanceOf(Outcome.NotFound.class);
        assertThat(f.core.orders().searchSpecialOrders().search(new SearchSpecialOrdersUseCase.Query(intruder,
                SpecialOrderQuery.all(RooftopScope.allRooftops(), 200))).orElseThrow().items()).isEmpty();
        assertThat(f.core.orders().countSpecialOrders().count(new CountSpecialOrdersUseCase.Query(intruder, Optional.empty()))
                .orElseThrow().values()).containsOnly(0L);
        AgingReportUseCase.Report report = f.core.orders().agingReport().report(new AgingReportUseCase.Query(intruder,
                Optional.empty())).orElseThrow();
        assertThat(report.overdue()).isEmpty();
        assertThat(report.returnOrBill()).isEmpty();
        assertThat(f.core.orders().bdcDueList().dueList(new BdcDueListUseCase.Query(intruder, Optional.empty())).orElseThrow())
                .isEmpty();
        assertThat(f.core.orders().getRepairOrder().get(new GetRepairOrderUseCase.Query(intruder, a.rooftop(),
                aOrder.details().roNumber()))).isInstanceOf(Outcome.NotFound.class);
        assertThat(f.core.organizations().listRooftops().list(intruder).orElseThrow()).extracting(Rooftop::id).containsExactly(b.rooftop());
        assertThat(f.core.team().listTeam().list(intruder).orElseThrow().members()).extracting(Member::id)
                .containsExactly(intruder.memberId());
        assertThat(f.core.organizations().readAuditLog().read(new ReadAuditLogUseCase.Query(intruder, AuditQuery.latest(200)))
                .orElseThrow().items()).allSatisfy(e -> assertThat(e.tenantId()).isEqualTo(b.tenant()));
        assertThat(f.core.organizations().listOperatorGrants().list(intruder).orElseThrow()).isEmpty();

        // the same check seen from A: the data is there, so the empty answers above mean isolation, not absence
        assertThat(f.core.orders().agingReport().report(new AgingReportUseCase.Query(a.owner(), Optional.empty())).orElseThrow()
                .returnOrBill()).hasSize(1);
    }

    @Test
    void every_write_to_tenant_a_is_refused_and_a_is_unchanged() {
        Member aMember = f.core.team().listTeam().list(a.owner()).orElseThrow().members().stream()
                .filter(m -> m.id().equals(aViewer.memberId())).findFirst().orElseThrow();
        Rooftop aRooftop = f.core.organizations().listRooftops().list(a.owner()).orElseThrow().get(0);
        var aInvite = f.core.team().inviteMember().invite(new InviteMemberUseCase.Command(a.owner(),
                org.soptrack.core.domain.shared.Email.of("pending@example.com"), Role.VIEWER, RooftopScope.allRooftops()))
                .orElseThrow();
        OperatorAccessGrant aGrant = f.core.organizations().openOperatorAccess().open(new OpenOperatorAccessUseCase.Command(
                OperatorId.of(UUID.randomUUID()), a.tenant(), "Ticket 9: support request", GrantScope.READ_ONLY,
                Duration.ofHours(1))).orElseThrow();

        assertThat(f.move(intruder, aOrder, SopStatus.RETURNED)).isInstanceOf(Outcome.NotFound.class);
        assertThat(f.core.orders().updateSpecialOrder().update(new UpdateSpecialOrderUseCase.Command(intruder, aOrder.id(),
                aOrder.version(), f.details(aCustomer, "RO-X", "1.00")))).isInstanceOf(Outcome.NotFound.class);
        assertThat(f.core.orders().keepPart().keep(new KeepPartUseCase.Command(intruder, aOrder.id(), aOrder.version(), "mine now")))
                .isInstanceOf(Outcome.NotFound.class);
        assertThat(f.create(intruder, a.rooftop(), f.customer(intruder), "RO-2")).isInstanceOf(Outcome.NotFound.class);
        assertThat(f.create(intruder, b.rooftop(), aCustomer, "RO-2")).isInstanceOf(Outcome.Invalid.class);
        assertThat(f.core.orders().logContactAttempt().log(new LogContactAttemptUseCase.Command(intruder, a.rooftop(),
                aOrder.details().roNumber(), ContactChannel.CALL, ContactOutcome.REACHED, "")))
                .isInstanceOf(Outcome.NotFound.class);
        assertThat(f.core.organizations().changeRooftop().change(new ChangeRooftopUseCase.Command(intruder, aRooftop.id(),
                aRooftop.version(), aRooftop.details(), aRooftop.settings()))).isInstanceOf(Outcome.NotFound.class);
        assertThat(f.core.team().removeMember().remove(new RemoveMemberUseCase.Command(intruder, aMember.id())))
                .isInstanceOf(Outcome.NotFound.class);
        assertThat(f.core.team().changeMemberRole().change(new ChangeMemberRoleUseCase.Command(intruder, aMember.id(),
                aMember.version(), Role.OWNER, RooftopScope.allRooftops()))).isInstanceOf(Outcome.NotFound.class);
        assertThat(f.core.team().revokeInvitation().revoke(new RevokeInvitationUseCase.Command(intruder,
                aInvite.invitation().id()))).isInstanceOf(Outcome.NotFound.class);
        assertThat(f.core.organizations().closeOperatorAccess().close(new CloseOperatorAccessUseCase.Command(intruder, aGrant.id())))
                .isInstanceOf(Outcome.NotFound.class);

        SpecialOrder stillThere = f.core.orders().getSpecialOrder().get(new GetSpecialOrderUseCase.Query(a.owner(), aOrder.id()))
                .orElseThrow();
        assertThat(stillThere.state()).isEqualTo(aOrder.state());
        assertThat(f.core.team().listTeam().list(a.owner()).orElseThrow().members()).extracting(Member::id)
                .contains(aViewer.memberId());
        assertThat(f.core.team().listTeam().list(a.owner()).orElseThrow().pendingInvitations()).hasSize(1);
        assertThat(f.core.organizations().listOperatorGrants().list(a.owner()).orElseThrow().get(0).isActiveAt(f.clock.now())).isTrue();
    }

    @Test
    void a_token_that_names_tenant_a_but_a_member_of_b_is_refused() {
        MemberActor forged = new MemberActor(intruder.memberId(), a.tenant(), Role.OWNER, RooftopScope.allRooftops());
        Outcome<Object> signedOut = Outcome.rejected(CurrentMemberUseCase.SIGNED_OUT,
                "You are no longer signed in; log in again");
        assertThat(f.core.orders().getSpecialOrder().get(new GetSpecialOrderUseCase.Query(forged, aOrder.id())).retype())
                .isEqualTo(signedOut);
        assertThat(f.core.organizations().listRooftops().list(forged).retype()).isEqualTo(signedOut);
    }
}
