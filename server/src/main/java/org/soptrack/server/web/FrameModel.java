package org.soptrack.server.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.model.ViewModelProcessor;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.soptrack.core.domain.tenancy.MemberActor;
import org.soptrack.core.domain.tenancy.Permission;
import org.soptrack.core.domain.tenancy.PermissionMatrix;
import org.soptrack.core.port.in.CurrentMemberUseCase;
import org.soptrack.core.port.in.Outcome;
import org.soptrack.server.security.Principals;

/**
 * Adds the {@link Frame} to every page's model: the member as stored now (a role changed a second ago counts), their
 * permissions from core's matrix within their rooftops, and the main links those permissions open.
 */
@Singleton
final class FrameModel implements ViewModelProcessor<Map<String, Object>> {

    /** The main links, each with the permission it needs. */
    private static final List<Map.Entry<Frame.Link, Permission>> LINKS = List.of(
            Map.entry(new Frame.Link("/board", "Board"), Permission.SOP_READ),
            Map.entry(new Frame.Link("/receiving", "Receiving"), Permission.SOP_READ),
            Map.entry(new Frame.Link("/calls", "Calls"), Permission.CUSTOMER_CONTACT_READ),
            Map.entry(new Frame.Link("/aging", "Aging"), Permission.SOP_READ),
            Map.entry(new Frame.Link("/team", "Team"), Permission.MEMBER_READ),
            Map.entry(new Frame.Link("/rooftops", "Rooftops"), Permission.SETTINGS_MANAGE),
            Map.entry(new Frame.Link("/notifications", "Notifications"), Permission.SETTINGS_MANAGE),
            Map.entry(new Frame.Link("/privacy", "Privacy"), Permission.PRIVACY_MANAGE),
            Map.entry(new Frame.Link("/audit", "Audit log"), Permission.AUDIT_READ),
            Map.entry(new Frame.Link("/subscription", "Subscription"), Permission.ORGANIZATION_MANAGE));

    private final CurrentMemberUseCase current;

    FrameModel(CurrentMemberUseCase current) {
        this.current = current;
    }

    @Override
    public void process(HttpRequest<?> request, ModelAndView<Map<String, Object>> view) {
        view.getModel().ifPresent(model -> model.put("frame", frame(request)));
    }

    private Frame frame(HttpRequest<?> request) {
        Optional<MemberActor> member = request.getUserPrincipal(Authentication.class).flatMap(this::member);
        Set<Permission> may = member.map(m -> PermissionMatrix.permissionsOf(m.role(), m.rooftops()))
                .orElse(Set.of());
        List<Frame.Link> links = new ArrayList<>();
        LINKS.stream().filter(link -> may.contains(link.getValue())).forEach(link -> links.add(link.getKey()));
        member.ifPresent(m -> links.add(new Frame.Link("/profile", "Your profile")));
        return new Frame(Csrf.of(request), member.isPresent(), member.map(MemberActor::role), may, links);
    }

    /** The member signed in now; none for a session that ended or a token that names no member. */
    private Optional<MemberActor> member(Authentication authentication) {
        try {
            return current.current(Principals.member(authentication)) instanceof Outcome.Ok<MemberActor> ok
                    ? Optional.of(ok.value()) : Optional.empty();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
