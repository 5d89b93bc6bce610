package org.soptrack.server.http;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import org.soptrack.core.domain.security.Password;
import org.soptrack.core.domain.tenancy.Organization;
import org.soptrack.core.port.in.DeleteOrganizationUseCase;
import org.soptrack.server.security.Principals;

/**
 * An owner asks for the whole organization to be deleted, or withdraws the request before its purge starts. Where the
 * request stands shows in {@code GET /organization/subscription}.
 */
@Tag(name = "Organization")
@ProblemResponses
@Controller("/api/v1/organization/deletion")
@Secured(SecurityRule.IS_AUTHENTICATED)
final class OrganizationDeletionController {

    private final DeleteOrganizationUseCase deletion;

    OrganizationDeletionController(DeleteOrganizationUseCase deletion) {
        this.deletion = deletion;
    }

    /** {@code {currentPassword}} (none for an owner who signs in through the identity provider) → 202. */
    @Post
    @Status(HttpStatus.ACCEPTED)
    HttpResponse<Requested> requestDeletion(Authentication auth, @Nullable @Body AuthController.PasswordRequest body) {
        var current = Input.optional("currentPassword", body == null ? null : body.currentPassword(), Password::new);
        return Problems.respond(deletion.request(Principals.member(auth), current), HttpStatus.ACCEPTED,
                Requested::of);
    }

    /** Withdraws the pending request; 409 {@code purge-started} once the purge began. */
    @Delete
    @Status(HttpStatus.NO_CONTENT)
    HttpResponse<Void> cancelDeletion(Authentication auth) {
        return Problems.noContent(deletion.cancel(Principals.member(auth)));
    }

    /** When it was asked for, by whom, and from when the purge runs unless an owner cancels. */
    @Serdeable
    record Requested(Instant requestedAt, String requestedBy, Instant purgeFrom) {
        static Requested of(Organization organization) {
            var d = organization.deletion().orElseThrow();
            return new Requested(d.requestedAt(), Actors.text(d.by()), d.purgeFrom());
        }
    }
}
