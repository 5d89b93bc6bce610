package org.soptrack.server.http;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.Status;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.soptrack.core.domain.shared.Email;
import org.soptrack.core.domain.shared.MemberId;
import org.soptrack.core.domain.tenancy.InvitationId;
import org.soptrack.core.domain.tenancy.Role;
import org.soptrack.core.port.in.AcceptInvitationUseCase;
import org.soptrack.core.port.in.ChangeMemberRoleUseCase;
import org.soptrack.core.port.in.InviteMemberUseCase;
import org.soptrack.core.port.in.ListTeamUseCase;
import org.soptrack.core.port.in.RemoveMemberUseCase;
import org.soptrack.core.port.in.RevokeInvitationUseCase;
import org.soptrack.server.security.IdentityProviderSettings;
import org.soptrack.server.security.Principals;

/** Members and invitations of the caller's organization; accepting an invitation needs no login. */
@Tag(name = "Team")
@ProblemResponses
@Controller("/api/v1")
@Secured(SecurityRule.IS_AUTHENTICATED)
final class TeamController {

    private final AcceptInvitationUseCase acceptInvitation;
    private final ChangeMemberRoleUseCase changeMemberRole;
    private final InviteMemberUseCase inviteMember;
    private final ListTeamUseCase listTeam;
    private final RemoveMemberUseCase removeMember;
    private final RevokeInvitationUseCase revokeInvitation;
    private final IdentityProviderSettings provider;

    TeamController(AcceptInvitationUseCase acceptInvitation, ChangeMemberRoleUseCase changeMemberRole,
                   InviteMemberUseCase inviteMember, ListTeamUseCase listTeam, RemoveMemberUseCase removeMember,
                   RevokeInvitationUseCase revokeInvitation, IdentityProviderSettings provider) {
        this.provider = provider;
        this.acceptInvitation = acceptInvitation;
        this.changeMemberRole = changeMemberRole;
        this.inviteMember = inviteMember;
        this.listTeam = listTeam;
        this.removeMember = removeMember;
        this.revokeInvitation = revokeInvitation;
    }

    /** The organization's members and pending invitations. */
    @Get("/members")
    HttpResponse<TeamJson.Team> team(Authentication auth) {
        return Problems.ok(listTeam.list(Principals.actor(auth)), team -> new TeamJson.Team(
                team.members().stream().map(TeamJson.MemberView::of).toList(),
                team.pendingInvitations().stream().map(TeamJson.InvitationView::of).toList()));
    }

    /** Changes a member's role and rooftops, at the version read. */
    @Put("/members/{id}/role")
    HttpResponse<TeamJson.MemberView> changeRole(Authentication auth, @PathVariable String id,
                                                 @Body TeamJson.RoleChange body) {
        var command = new ChangeMemberRoleUseCase.Command(Principals.actor(auth), Input.pathId(id, MemberId::parse),
                Input.version(body.version()), Input.required("role", body.role(), Role::valueOf),
                TeamJson.scope(body.rooftops()));
        return Problems.ok(changeMemberRole.change(command), TeamJson.MemberView::of);
    }

    /** Removes a member; their sessions end at once. */
    @Delete("/members/{id}")
    HttpResponse<TeamJson.MemberView> removeMember(Authentication auth, @PathVariable String id) {
        var command = new RemoveMemberUseCase.Command(Principals.actor(auth), Input.pathId(id, MemberId::parse));
        return Problems.ok(removeMember.remove(command), TeamJson.MemberView::of);
    }

    /** Invites a member by e-mail; the answer holds the invitation's token once. */
    @Post("/invitations")
    @Status(HttpStatus.CREATED)
    HttpResponse<TeamJson.Issued> invite(Authentication auth, @Body TeamJson.Invite body) {
        var command = new InviteMemberUseCase.Command(Principals.actor(auth),
                Input.required("email", body.email(), Email::of), Input.required("role", body.role(), Role::valueOf),
                TeamJson.scope(body.rooftops()));
        return Problems.respond(inviteMember.invite(command), HttpStatus.CREATED,
                issued -> new TeamJson.Issued(TeamJson.InvitationView.of(issued.invitation()), issued.token()));
    }

    /** Revokes an invitation not yet accepted. */
    @Delete("/invitations/{id}")
    HttpResponse<TeamJson.InvitationView> revokeInvitation(Authentication auth, @PathVariable String id) {
        var command = new RevokeInvitationUseCase.Command(Principals.actor(auth),
                Input.pathId(id, InvitationId::parse));
        return Problems.ok(revokeInvitation.revoke(command), TeamJson.InvitationView::of);
    }

    /** Joins an organization with an invitation's token. */
    @Post("/invitations/accept")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Status(HttpStatus.CREATED)
    HttpResponse<TeamJson.Accepted> acceptInvitation(@Body TeamJson.Accept body) {
        var command = new AcceptInvitationUseCase.Command(Input.required("token", body.token(), t -> t),
                Input.required("email", body.email(), Email::of), body.displayName(),
                NewPassword.read("password", body.password(), provider));
        return Problems.respond(acceptInvitation.accept(command), HttpStatus.CREATED,
                member -> new TeamJson.Accepted(member.id().value().toString(),
                        member.tenantId().value().toString(), member.role().name()));
    }
}
