package org.soptrack.core.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.soptrack.core.domain.audit.AuditAction;
import org.soptrack.core.domain.shared.Email;
import org.soptrack.core.domain.shared.RooftopId;
import org.soptrack.core.domain.tenancy.Invitation;
import org.soptrack.core.domain.tenancy.InvitationId;
import org.soptrack.core.domain.tenancy.InvitationToken;
import org.soptrack.core.domain.tenancy.Member;
import org.soptrack.core.domain.tenancy.MemberActor;
import org.soptrack.core.domain.tenancy.Role;
import org.soptrack.core.domain.tenancy.RooftopScope;
import org.soptrack.core.port.in.AcceptInvitationUseCase;
import org.soptrack.core.port.in.ChangeMemberRoleUseCase;
import org.soptrack.core.port.in.InviteMemberUseCase;
import org.soptrack.core.port.in.Outcome;
import org.soptrack.core.port.in.ReadAuditLogUseCase;
import org.soptrack.core.port.in.RemoveMemberUseCase;
import org.soptrack.core.port.in.RevokeInvitationUseCase;
import org.soptrack.core.port.out.AuditQuery;

/** Invitations, role changes and removals (R-TEN-4) with their audit trail (R-AUD-1). */
class TeamUseCasesTest {

    private final CoreFixture f = new CoreFixture();
    private final CoreFixture.Org org = f.signUp("Acme Motors");
    private final Email invitee = Email.of("new.hire@example.com");

    private InviteMemberUseCase.Issued invite(MemberActor by, Role role) {
        return f.core.team().inviteMember().invite(new InviteMemberUseCase.Command(by, invitee, role, RooftopScope.allRooftops()))
                .orElseThrow();
    }

    private Outcome<Member> accept(String token, Email email) {
        return f.core.team().acceptInvitation().accept(new AcceptInvitationUseCase.Command(token, email, "New Hire"));
    }

    private static String code(Outcome<?> outcome) {
        return ((Outcome.Rejected<?>) outcome).code();
    }

    @Test
    void an_invitation_is_accepted_once_by_the_invited_address_and_audited() {
        var issued = invite(org.owner(), Role.BDC);
        assertThat(code(accept(issued.token(), Email.of("other@example.com")))).isEqualTo("invitation-wrong-email");
        Member member = accept(issued.token(), invitee).orElseThrow();
        assertThat(member.role()).isEqualTo(Role.BDC);
        assertThat(member.tenantId()).isEqualTo(org.tenant());
        assertThat(code(accept(issued.token(), invitee))).isEqualTo("invitation-already-accepted");
        assertThat(f.audit(org, AuditAction.MEMBER_INVITED)).hasSize(1);
        assertThat(f.audit(org, AuditAction.INVITATION_ACCEPTED)).singleElement()
                .satisfies(e -> assertThat(e.actor().id()).isEqualTo(member.id().value()));
    }

    @Test
    void the_invitation_expires_after_seven_days() {
        var first = invite(org.owner(), Role.ADVISOR);
        f.clock.advance(Duration.ofDays(7).minusSeconds(1));
        assertThat(accept(first.token(), invitee).isOk()).isTrue();

        CoreFixture other = new CoreFixture();
        CoreFixture.Org org2 = other.signUp("Other Motors");
        var second = other.core.team().inviteMember().invite(new InviteMemberUseCase.Command(org2.owner(), invitee, Role.ADVISOR,
                RooftopScope.allRooftops())).orElseThrow();
        other.clock.advance(Duration.ofDays(7));
        assertThat(code(other.core.team().acceptInvitation().accept(new AcceptInvitationUseCase.Command(second.token(), invitee,
                "X")))).isEqualTo("invitation-expired");
        assertThat(other.core.team().listTeam().list(org2.owner()).orElseThrow().pendingInvitations()).isEmpty();
    }

    @Test
    void forged_or_garbled_tokens_are_refused_alike() {
        var issued = invite(org.owner(), Role.VIEWER);
        InvitationToken real = InvitationToken.parse(issued.token()).orElseThrow();
        byte[] wrongSecret = real.secret();
        wrongSecret[0] ^= 1;
        String forged = new InvitationToken(real.tenantId(), real.invitationId(), wrongSecret).encode();
        String unknown = new InvitationToken(real.tenantId(), new InvitationId(UUID.randomUUID()), real.secret()).encode();
        assertThat(code(accept(forged, invitee))).isEqualTo("invitation-invalid-token");
        assertThat(code(accept(unknown, invitee))).isEqualTo("invitation-invalid-token");
        assertThat(code(accept("not a token", invitee))).isEqualTo("invitation-invalid-token");
        assertThat(accept(issued.token(), invitee).isOk()).isTrue();
    }

    @Test
    void a_pending_invitation_can_be_revoked_once() {
        var issued = invite(org.owner(), Role.VIEWER);
        Invitation revoked = f.core.team().revokeInvitation().revoke(new RevokeInvitationUseCase.Command(org.owner(),
                issued.invitation().id())).orElseThrow();
        assertThat(revoked.state().closedAt()).contains(f.clock.now());
        assertThat(code(f.core.team().revokeInvitation().revoke(new RevokeInvitationUseCase.Command(org.owner(),
                issued.invitation().id())))).isEqualTo("invitation-not-pending");
        assertThat(code(accept(issued.token(), invitee))).isEqualTo("invitation-revoked");
        assertThat(f.audit(org, AuditAction.INVITATION_REVOKED)).hasSize(1);
    }

    @Test
    void only_owners_invite_owners_and_only_administrators_invite_at_all() {
        MemberActor admin = f.join(org, Role.ADMIN);
        assertThat(f.core.team().inviteMember().invite(new InviteMemberUseCase.Command(admin, invitee, Role.OWNER,
                RooftopScope.allRooftops()))).isInstanceOf(Outcome.Forbidden.class);
        assertThat(invite(admin, Role.PARTS_MANAGER).invitation().role()).isEqualTo(Role.PARTS_MANAGER);
        assertThat(f.core.team().inviteMember().invite(new InviteMemberUseCase.Command(f.join(org, Role.PARTS_MANAGER),
                Email.of("x@example.com"), Role.VIEWER, RooftopScope.allRooftops()))).isInstanceOf(Outcome.Forbidden.class);
    }

    @Test
    void scopes_must_name_existing_rooftops_within_the_inviters_own() {
        RooftopId second = f.addRooftop(org, "Second");
        MemberActor limitedAdmin = f.join(org, Role.ADMIN, RooftopScope.only(Set.of(second)));
        assertThat(f.core.team().inviteMember().invite(new InviteMemberUseCase.Command(limitedAdmin, invitee, Role.VIEWER,
                RooftopScope.allRooftops()))).isInstanceOf(Outcome.Forbidden.class);
        assertThat(f.core.team().inviteMember().invite(new InviteMemberUseCase.Command(limitedAdmin, invitee, Role.VIEWER,
                RooftopScope.only(Set.of(org.rooftop()))))).isInstanceOf(Outcome.Forbidden.class);
        assertThat(f.core.team().inviteMember().invite(new InviteMemberUseCase.Command(limitedAdmin, invitee, Role.VIEWER,
                RooftopScope.only(Set.of(second)))).isOk()).isTrue();
        Outcome<InviteMemberUseCase.Issued> ghost = f.core.team().inviteMember().invite(new InviteMemberUseCase.Command(
                org.owner(), Email.of("g@example.com"), Role.VIEWER,
                RooftopScope.only(Set.of(RooftopId.of(UUID.randomUUID())))));
        assertThat(((Outcome.Invalid<?>) ghost).field()).isEqualTo("rooftops");
    }

    @Test
    void an_existing_member_is_not_invited_again() {
        var issued = invite(org.owner(), Role.VIEWER);
        accept(issued.token(), invitee).orElseThrow();
        assertThat(code(f.core.team().inviteMember().invite(new InviteMemberUseCase.Command(org.owner(), invitee, Role.ADMIN,
                RooftopScope.allRooftops())))).isEqualTo("already-member");
    }

    @Test
    void the_last_owner_can_be_neither_removed_nor_demoted() {
        Member owner = f.core.team().listTeam().list(org.owner()).orElseThrow().members().get(0);
        assertThat(code(f.core.team().removeMember().remove(new RemoveMemberUseCase.Command(org.owner(), owner.id()))))
                .isEqualTo("last-owner");
        assertThat(code(f.core.team().changeMemberRole().change(new ChangeMemberRoleUseCase.Command(org.owner(), owner.id(),
                owner.version(), Role.ADMIN, RooftopScope.allRooftops())))).isEqualTo("last-owner");

        MemberActor second = f.join(org, Role.OWNER);
        assertThat(f.core.team().removeMember().remove(new RemoveMemberUseCase.Command(second, owner.id())).isOk()).isTrue();
        assertThat(f.core.team().listTeam().list(second).orElseThrow().members()).extracting(Member::id)
                .containsExactly(second.memberId());
        assertThat(f.audit(new CoreFixture.Org(org.tenant(), org.rooftop(), second), AuditAction.MEMBER_REMOVED)).hasSize(1);
    }

    @Test
    void administrators_cannot_touch_owners_and_role_changes_are_audited_with_both_roles() {
        MemberActor admin = f.join(org, Role.ADMIN);
        MemberActor viewer = f.join(org, Role.VIEWER);
        Member owner = f.core.team().listTeam().list(org.owner()).orElseThrow().members().stream()
                .filter(m -> m.role() == Role.OWNER).findFirst().orElseThrow();
        assertThat(f.core.team().removeMember().remove(new RemoveMemberUseCase.Command(admin, owner.id())))
                .isInstanceOf(Outcome.Forbidden.class);
        Member v = f.core.team().listTeam().list(org.owner()).orElseThrow().members().stream()
                .filter(m -> m.id().equals(viewer.memberId())).findFirst().orElseThrow();
        assertThat(f.core.team().changeMemberRole().change(new ChangeMemberRoleUseCase.Command(admin, v.id(), v.version(),
                Role.OWNER, RooftopScope.allRooftops()))).isInstanceOf(Outcome.Forbidden.class);
        Member promoted = f.core.team().changeMemberRole().change(new ChangeMemberRoleUseCase.Command(admin, v.id(), v.version(),
                Role.PARTS_MANAGER, RooftopScope.allRooftops())).orElseThrow();
        assertThat(promoted.role()).isEqualTo(Role.PARTS_MANAGER);
        assertThat(f.core.team().changeMemberRole().change(new ChangeMemberRoleUseCase.Command(admin, v.id(), v.version(),
                Role.BDC, RooftopScope.allRooftops()))).isInstanceOf(Outcome.Conflict.class);
        assertThat(f.audit(org, AuditAction.ROLE_CHANGED)).singleElement()
                .satisfies(e -> assertThat(e.details()).containsEntry("from", "VIEWER").containsEntry("to", "PARTS_MANAGER"));
    }

    @Test
    void viewers_may_not_read_the_team_or_the_audit_log() {
        MemberActor viewer = f.join(org, Role.VIEWER);
        assertThat(f.core.team().listTeam().list(viewer)).isInstanceOf(Outcome.Forbidden.class);
        assertThat(f.core.organizations().readAuditLog().read(new ReadAuditLogUseCase.Query(viewer, AuditQuery.latest(10)))).isInstanceOf(Outcome.Forbidden.class);
    }
}
