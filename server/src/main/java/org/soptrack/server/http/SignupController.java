package org.soptrack.server.http;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.soptrack.core.domain.shared.Email;
import org.soptrack.core.port.in.SignUpOrganizationUseCase;
import org.soptrack.server.security.IdentityProviderSettings;

/** Self-service signup of a dealer group: organization, first rooftop and owner with a password (R-TEN-6). */
@Tag(name = "Sign-up")
@ProblemResponses
@Controller("/api/v1/signup")
final class SignupController {

    private final SignUpOrganizationUseCase signUp;
    private final IdentityProviderSettings provider;

    SignupController(SignUpOrganizationUseCase signUp, IdentityProviderSettings provider) {
        this.provider = provider;
        this.signUp = signUp;
    }

    /** Signs up a dealer group: the organization, its first rooftop and its owner. */
    @Post
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Status(HttpStatus.CREATED)
    HttpResponse<SignupResponse> signUp(@Body SignupRequest request) {
        var command = new SignUpOrganizationUseCase.Command(
                request.organizationName(),
                Input.nested("rooftop", request.rooftop(), () -> request.rooftop().details()),
                Input.required("ownerEmail", request.ownerEmail(), Email::of),
                request.ownerName(),
                NewPassword.read("ownerPassword", request.ownerPassword(), provider));
        return Problems.respond(signUp.signUp(command), HttpStatus.CREATED, signedUp -> new SignupResponse(
                signedUp.organizationId().value().toString(), signedUp.rooftopId().value().toString(),
                signedUp.ownerId().value().toString()));
    }

    @Serdeable
    record SignupRequest(String organizationName, RooftopJson.Details rooftop, String ownerEmail, String ownerName,
                         String ownerPassword) {
        @Override
        public String toString() {
            return "SignupRequest[organizationName=" + organizationName + "]";
        }
    }

    @Serdeable
    record SignupResponse(String organizationId, String rooftopId, String ownerId) {
    }
}
