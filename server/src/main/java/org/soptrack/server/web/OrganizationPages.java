package org.soptrack.server.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import java.util.Map;
import org.soptrack.core.domain.audit.AuditEvent;
import org.soptrack.core.domain.shared.Page;
import org.soptrack.core.port.in.BillingUseCase;
import org.soptrack.core.port.in.Outcome;
import org.soptrack.core.port.in.ReadAuditLogUseCase;
import org.soptrack.core.port.in.RetentionTableUseCase;
import org.soptrack.core.port.out.AuditQuery;
import org.soptrack.server.security.Principals;

/**
 * The organization's own records (R-WEB-2): its audit log (the newest entries), the retention policy every record
 * is kept under, and its subscription state. Each page reads one use case; core decides who may read it.
 */
@Hidden
@Controller
@Secured(SecurityRule.IS_AUTHENTICATED)
public final class OrganizationPages {

    private static final int AUDIT_SHOWN = 100;

    private final ReadAuditLogUseCase audit;
    private final RetentionTableUseCase retention;
    private final BillingUseCase billing;

    OrganizationPages(ReadAuditLogUseCase audit, RetentionTableUseCase retention, BillingUseCase billing) {
        this.audit = audit;
        this.retention = retention;
        this.billing = billing;
    }

    @Get(value = "/audit", produces = MediaType.TEXT_HTML)
    HttpResponse<?> audit(HttpRequest<?> request, Authentication authentication) {
        Outcome<Page<AuditEvent>> read = audit.read(new ReadAuditLogUseCase.Query(Principals.actor(authentication),
                AuditQuery.latest(AUDIT_SHOWN)));
        if (!(read instanceof Outcome.Ok<Page<AuditEvent>> ok)) {
            return Pages.refusal(request, read);
        }
        return Pages.render(request, HttpStatus.OK, "audit", Map.of("events", ok.value().items()));
    }

    /** Published like the API's {@code /retention/policy}: anyone may read it. */
    @Get(value = "/retention", produces = MediaType.TEXT_HTML)
    @Secured(SecurityRule.IS_ANONYMOUS)
    HttpResponse<?> retention(HttpRequest<?> request) {
        return Pages.render(request, HttpStatus.OK, "retention", Map.of("rules", retention.rules()));
    }

    @Get(value = "/subscription", produces = MediaType.TEXT_HTML)
    HttpResponse<?> subscription(HttpRequest<?> request, Authentication authentication) {
        Outcome<BillingUseCase.Subscription> state = billing.subscription(Principals.actor(authentication));
        if (!(state instanceof Outcome.Ok<BillingUseCase.Subscription> ok)) {
            return Pages.refusal(request, state);
        }
        return Pages.render(request, HttpStatus.OK, "subscription", Map.of("subscription", ok.value()));
    }
}
