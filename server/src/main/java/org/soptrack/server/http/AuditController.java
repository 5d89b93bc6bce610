package org.soptrack.server.http;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.soptrack.core.domain.audit.AuditAction;
import org.soptrack.core.domain.audit.AuditEvent;
import org.soptrack.core.domain.shared.PageCursor;
import org.soptrack.core.domain.tenancy.GrantId;
import org.soptrack.core.domain.tenancy.OperatorAccessGrant;
import org.soptrack.core.port.in.CloseOperatorAccessUseCase;
import org.soptrack.core.port.in.ListOperatorGrantsUseCase;
import org.soptrack.core.port.in.ReadAuditLogUseCase;
import org.soptrack.core.port.out.AuditQuery;
import org.soptrack.server.security.Principals;

/** What tenant administrators review: the audit log (R-AUD-2) and platform operators' access grants (R-TEN-5). */
@Tag(name = "Audit and operator access")
@ProblemResponses
@Controller("/api/v1")
@Secured(SecurityRule.IS_AUTHENTICATED)
final class AuditController {

    private static final int DEFAULT_LIMIT = 50;

    private final CloseOperatorAccessUseCase closeOperatorAccess;
    private final ListOperatorGrantsUseCase listOperatorGrants;
    private final ReadAuditLogUseCase readAuditLog;

    AuditController(CloseOperatorAccessUseCase closeOperatorAccess, ListOperatorGrantsUseCase listOperatorGrants, ReadAuditLogUseCase readAuditLog) {
        this.closeOperatorAccess = closeOperatorAccess;
        this.listOperatorGrants = listOperatorGrants;
        this.readAuditLog = readAuditLog;
    }

    /** The organization's audit log, newest first, filtered by actor, action and time. */
    @Get("/audit{?actor,action*,from,to,limit,after}")
    HttpResponse<AuditPage> audit(Authentication auth, @Nullable @QueryValue String actor,
                          @Nullable @QueryValue List<String> action, @Nullable @QueryValue String from,
                          @Nullable @QueryValue String to, @Nullable @QueryValue @PageLimit String limit,
                          @Nullable @QueryValue String after) {
        var filter = new AuditQuery(Input.optional("actor", actor, a -> Actors.parse("actor", a)),
                Input.names("action", action, AuditAction::valueOf),
                Input.optional("from", from, Input::instant), Input.optional("to", to, Input::instant),
                Input.optional("after", after, PageCursor::decode),
                Input.limit(limit, DEFAULT_LIMIT));
        return Problems.ok(readAuditLog.read(new ReadAuditLogUseCase.Query(Principals.actor(auth), filter)),
                page -> new AuditPage(page.items().stream().map(EventView::of).toList(),
                        page.next().map(PageCursor::encode).orElse(null)));
    }

    /** The operator access grants of the organization. */
    @Get("/operator-grants")
    HttpResponse<List<GrantView>> operatorGrants(Authentication auth) {
        return Problems.ok(listOperatorGrants.list(Principals.actor(auth)),
                grants -> grants.stream().map(GrantView::of).toList());
    }

    /** Closes an operator's access to the organization before it expires. */
    @Post("/operator-grants/{id}/close")
    HttpResponse<GrantView> closeOperatorGrant(Authentication auth, @PathVariable String id) {
        var command = new CloseOperatorAccessUseCase.Command(Principals.actor(auth), Input.pathId(id, GrantId::parse));
        return Problems.ok(closeOperatorAccess.close(command), GrantView::of);
    }

    @Serdeable
    record EventView(String id, Instant at, String actor, String action, String target, Map<String, String> details) {
        static EventView of(AuditEvent e) {
            return new EventView(e.id().toString(), e.at(), Actors.text(e.actor()), e.action().name(), e.target(),
                    e.details());
        }
    }

    @Serdeable
    record AuditPage(List<EventView> items, @Nullable String next) {
    }

    @Serdeable
    record GrantView(String id, String operatorId, String reason, String scope, Instant openedAt, Instant expiresAt,
                     @Nullable Instant closedAt, @Nullable String closedBy) {
        static GrantView of(OperatorAccessGrant g) {
            var s = g.state();
            return new GrantView(s.id().value().toString(), s.operator().value().toString(), s.reason(),
                    s.scope().name(), s.openedAt(), s.expiresAt(), s.closedAt().orElse(null),
                    s.closedBy().map(Actors::text).orElse(null));
        }
    }
}
