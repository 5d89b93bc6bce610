package org.soptrack.server.http;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.Status;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import org.soptrack.core.domain.security.Password;
import org.soptrack.core.domain.shared.Email;
import org.soptrack.core.port.in.LogInUseCase;
import org.soptrack.core.port.in.OwnProfileUseCase;
import org.soptrack.core.port.in.PasswordResetUseCase;
import org.soptrack.server.security.Principals;

/**
 * Account self-service (R-SEC-8): a forgotten password's link and reset, and the caller's own profile (name, e-mail
 * address, password). The link-opening endpoints need no token: the e-mailed link is the proof.
 */
@Tag(name = "Account")
@ProblemResponses
@Controller("/api/v1/auth")
final class AccountController {

    private final PasswordResetUseCase resets;
    private final OwnProfileUseCase profiles;
    private final HttpClientAddressResolver addresses;

    AccountController(PasswordResetUseCase resets, OwnProfileUseCase profiles, HttpClientAddressResolver addresses) {
        this.resets = resets;
        this.profiles = profiles;
        this.addresses = addresses;
    }

    /** {@code {email}}: 202 whether or not the address has an account; a link goes to each account it has. */
    @Post("/password/forgot")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Status(HttpStatus.ACCEPTED)
    HttpResponse<Accepted> forgotPassword(HttpRequest<?> http, @Body ForgotRequest request) {
        return Problems.respond(resets.request(Input.required("email", request.email(), Email::of), client(http)),
                HttpStatus.ACCEPTED, requested -> new Accepted(
                        "If the address belongs to an account, a link to reset its password is on its way"));
    }

    /** {@code {token, newPassword}} from the e-mailed link: 204; every session of the account has ended. */
    @Post("/password/reset")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Status(HttpStatus.NO_CONTENT)
    HttpResponse<Void> resetPassword(HttpRequest<?> http, @Body ResetRequest request) {
        return Problems.noContent(resets.reset(Input.required("token", request.token(), t -> t),
                Input.required("newPassword", request.newPassword(), Password::new), client(http)));
    }

    /** {@code {token}} from the link sent to the new address: the address changes; the profile as it is now. */
    @Post("/email/confirm")
    @Secured(SecurityRule.IS_ANONYMOUS)
    HttpResponse<Profile> confirmEmail(@Body TokenRequest request) {
        return Problems.ok(profiles.confirmEmailChange(Input.required("token", request.token(), t -> t)),
                Profile::of);
    }

    /** The caller's own profile. */
    @Get("/me")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    HttpResponse<Profile> profile(Authentication authentication) {
        return Problems.ok(profiles.profile(Principals.member(authentication)), Profile::of);
    }

    /** {@code {displayName}}: the caller's own name. */
    @Put("/me")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    HttpResponse<Profile> rename(Authentication authentication, @Body RenameRequest request) {
        return Problems.ok(profiles.rename(Principals.member(authentication),
                Input.required("displayName", request.displayName(), n -> n)), Profile::of);
    }

    /** {@code {currentPassword, newPassword}}: the caller's other sessions end. */
    @Post("/me/password")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    HttpResponse<PasswordChanged> changePassword(Authentication authentication, @Body ChangePasswordRequest request) {
        return Problems.ok(profiles.changePassword(Principals.member(authentication),
                Input.required("currentPassword", request.currentPassword(), Password::new),
                Input.required("newPassword", request.newPassword(), Password::new)), PasswordChanged::new);
    }

    /** {@code {email, currentPassword?}}: 202; the address changes when the link sent to it is opened. */
    @Post("/me/email")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Status(HttpStatus.ACCEPTED)
    HttpResponse<EmailChangeRequested> changeEmail(Authentication authentication, @Body EmailChangeRequest request) {
        return Problems.respond(profiles.requestEmailChange(Principals.member(authentication),
                        Input.required("email", request.email(), Email::of),
                        Input.optional("currentPassword", request.currentPassword(), Password::new)),
                HttpStatus.ACCEPTED, r -> new EmailChangeRequested(r.newEmail().value(), r.expiresAt()));
    }

    private LogInUseCase.Client client(HttpRequest<?> http) {
        return Clients.of(http, addresses);
    }

    @Serdeable
    record ForgotRequest(String email) {
    }

    @Serdeable
    record Accepted(String detail) {
    }

    @Serdeable
    record ResetRequest(String token, String newPassword) {
        @Override
        public String toString() {
            return "ResetRequest[hidden]";
        }
    }

    @Serdeable
    record TokenRequest(String token) {
        @Override
        public String toString() {
            return "TokenRequest[hidden]";
        }
    }

    @Serdeable
    record RenameRequest(String displayName) {
    }

    @Serdeable
    record ChangePasswordRequest(String currentPassword, String newPassword) {
        @Override
        public String toString() {
            return "ChangePasswordRequest[hidden]";
        }
    }

    @Serdeable
    record PasswordChanged(int otherSessionsEnded) {
    }

    @Serdeable
    record EmailChangeRequest(String email, @Nullable String currentPassword) {
        @Override
        public String toString() {
            return "EmailChangeRequest[email=" + email + "]";
        }
    }

    @Serdeable
    record EmailChangeRequested(String newEmail, Instant expiresAt) {
    }

    /** Who the caller is: the same ids as a sign-in's {@code member}, with name, address and organization. */
    @Serdeable
    record Profile(String memberId, String organizationId, String organizationName, String email, String displayName,
                   String role, List<String> rooftops, boolean hasPassword) {
        static Profile of(OwnProfileUseCase.Profile p) {
            return new Profile(p.memberId().value().toString(), p.tenantId().value().toString(), p.organizationName(),
                    p.email().value(), p.displayName(), p.role().name(), Principals.rooftops(p.rooftops()),
                    p.hasPassword());
        }
    }
}
