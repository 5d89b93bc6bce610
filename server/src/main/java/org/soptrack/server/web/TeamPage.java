package org.soptrack.server.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Hidden;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.soptrack.core.domain.shared.Email;
import org.soptrack.core.domain.shared.MemberId;
import org.soptrack.core.domain.shared.RooftopId;
import org.soptrack.core.domain.tenancy.Actor;
import org.soptrack.core.domain.tenancy.InvitationId;
import org.soptrack.core.domain.tenancy.Role;
import org.soptrack.core.domain.tenancy.Rooftop;
import org.soptrack.core.domain.tenancy.RooftopScope;
import org.soptrack.core.port.in.ChangeMemberRoleUseCase;
import org.soptrack.core.port.in.InviteMemberUseCase;
import org.soptrack.core.port.in.ListRooftopsUseCase;
import org.soptrack.core.port.in.ListTeamUseCase;
import org.soptrack.core.port.in.Outcome;
import org.soptrack.core.port.in.RemoveMemberUseCase;
import org.soptrack.core.port.in.RevokeInvitationUseCase;
import org.soptrack.server.security.Principals;

/**
 * The team (R-TEN-4, R-WEB-2): members with their roles and rooftops, pending invitations, and, for who may, inviting
 * someone by e-mail, revoking an invitation, changing a member's role and rooftops, and removing a member. Each form
 * calls one use case; core decides who may do what to whom (the page offers only what the member's role allows).
 */
@Hidden
@Controller("/team")
@Secured(SecurityRule.IS_AUTHENTICATED)
public final class TeamPage {

    private final ListTeamUseCase team;
    private final ListRooftopsUseCase rooftops;
    private final InviteMemberUseCase invite;
    private final RevokeInvitationUseCase revoke;
    private final ChangeMemberRoleUseCase changeRole;
    private final RemoveMemberUseCase remove;
    private final Csrf csrf;

    TeamPage(ListTeamUseCase team, ListRooftopsUseCase rooftops, InviteMemberUseCase invite,
             RevokeInvitationUseCase revoke, ChangeMemberRoleUseCase changeRole, RemoveMemberUseCase remove,
             Csrf csrf) {
        this.team = team;
        this.rooftops = rooftops;
        this.invite = invite;
        this.revoke = revoke;
        this.changeRole = changeRole;
        this.remove = remove;
        this.csrf = csrf;
    }

    @Get(produces = MediaType.TEXT_HTML)
    HttpResponse<?> show(HttpRequest<?> request, Authentication authentication) {
        return render(request, Principals.actor(authentication), HttpStatus.OK, "", new FormErrors());
    }

    @Post(value = "/invitations", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> invite(HttpRequest<?> request, Authentication authentication, @Body MemberForm form) {
        if (!csrf.accepts(request, form._csrf())) {
            return Pages.refused(request);
        }
        Actor actor = Principals.actor(authentication);
        FormErrors errors = new FormErrors();
        Email email = errors.read("email", () -> Email.of(form.email()));
        Role role = errors.read("role", () -> Role.valueOf(form.role()));
        RooftopScope scope = errors.read("rooftops", () -> scope(form.rooftop()));
        Outcome<?> done = errors.any() ? null
                : invite.invite(new InviteMemberUseCase.Command(actor, email, role, scope));
        return answer(request, actor, done, "An invitation is on its way to " + form.email() + ".", errors);
    }

    @Post(value = "/invitations/{id}/revoke", consumes = MediaType.APPLICATION_FORM_URLENCODED,
            produces = MediaType.TEXT_HTML)
    HttpResponse<?> revoke(HttpRequest<?> request, Authentication authentication, @PathVariable String id,
                           @Body MemberForm form) {
        if (!csrf.accepts(request, form._csrf())) {
            return Pages.refused(request);
        }
        Actor actor = Principals.actor(authentication);
        return answer(request, actor, withId(id, InvitationId::parse, invitation ->
                revoke.revoke(new RevokeInvitationUseCase.Command(actor, invitation))),
                "The invitation is revoked.", new FormErrors());
    }

    @Post(value = "/members/{id}/role", consumes = MediaType.APPLICATION_FORM_URLENCODED,
            produces = MediaType.TEXT_HTML)
    HttpResponse<?> changeRole(HttpRequest<?> request, Authentication authentication, @PathVariable String id,
                               @Body MemberForm form) {
        if (!csrf.accepts(request, form._csrf())) {
            return Pages.refused(request);
        }
        Actor actor = Principals.actor(authentication);
        FormErrors errors = new FormErrors();
        Role role = errors.read("members", () -> Role.valueOf(form.role()));
        RooftopScope scope = errors.read("members", () -> scope(form.rooftop()));
        Outcome<?> done = errors.any() || form.version() == null ? null : withId(id, MemberId::parse, member ->
                changeRole.change(new ChangeMemberRoleUseCase.Command(actor, member, form.version(), role, scope)));
        if (done == null && !errors.any()) {
            errors.add("members", "Reload the page and try again.");
        }
        return answer(request, actor, done, "The member's role is changed.", errors);
    }

    @Post(value = "/members/{id}/remove", consumes = MediaType.APPLICATION_FORM_URLENCODED,
            produces = MediaType.TEXT_HTML)
    HttpResponse<?> remove(HttpRequest<?> request, Authentication authentication, @PathVariable String id,
                           @Body MemberForm form) {
        if (!csrf.accepts(request, form._csrf())) {
            return Pages.refused(request);
        }
        Actor actor = Principals.actor(authentication);
        return answer(request, actor, withId(id, MemberId::parse, member ->
                remove.remove(new RemoveMemberUseCase.Command(actor, member))), "The member is removed.",
                new FormErrors());
    }

    /** "*" (or nothing ticked) is every rooftop; otherwise the rooftops ticked. */
    private static RooftopScope scope(@Nullable List<String> ticked) {
        if (ticked == null || ticked.isEmpty() || ticked.contains("*")) {
            return RooftopScope.allRooftops();
        }
        Set<RooftopId> ids = new HashSet<>();
        ticked.forEach(each -> ids.add(RooftopId.parse(each)));
        return RooftopScope.only(ids);
    }

    private static <I> Outcome<?> withId(String text, Function<String, I> parse, Function<I, Outcome<?>> work) {
        return Pages.id(text, parse).<Outcome<?>>map(work).orElseGet(() -> Outcome.notFound("id"));
    }

    private HttpResponse<?> answer(HttpRequest<?> request, Actor actor, @Nullable Outcome<?> done, String message,
                                   FormErrors errors) {
        if (done != null && done.isOk()) {
            return render(request, actor, HttpStatus.OK, message, errors);
        }
        if (done != null && !Pages.pageWide(done)) {
            errors.add(done);
        } else if (done != null) {
            return Pages.refusal(request, done);
        }
        return render(request, actor, HttpStatus.UNPROCESSABLE_ENTITY, "", errors);
    }

    private HttpResponse<?> render(HttpRequest<?> request, Actor actor, HttpStatus status, String message,
                                   FormErrors errors) {
        Outcome<ListTeamUseCase.Team> listed = team.list(actor);
        if (!(listed instanceof Outcome.Ok<ListTeamUseCase.Team> ok)) {
            return Pages.refusal(request, listed);
        }
        List<Rooftop> reachable = rooftops.list(actor) instanceof Outcome.Ok<List<Rooftop>> r ? r.value() : List.of();
        return Pages.render(request, status, "team", Map.of("team", ok.value(), "rooftops", reachable,
                "roles", List.of(Role.values()), "message", message, "errors", errors.asMap()));
    }

    @Serdeable
    record MemberForm(@Nullable String email, @Nullable String role, @Nullable List<String> rooftop,
                      @Nullable Long version, @Nullable String _csrf) {
    }
}
