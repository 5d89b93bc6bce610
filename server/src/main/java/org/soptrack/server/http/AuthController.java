package org.soptrack.server.http;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.token.generator.AccessRefreshTokenGenerator;
import io.micronaut.security.token.render.AccessRefreshToken;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.soptrack.core.domain.security.Password;
import org.soptrack.core.domain.shared.Email;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.domain.tenancy.MemberActor;
import org.soptrack.core.port.in.ChooseOrganizationUseCase;
import org.soptrack.core.port.in.CloseAccountUseCase;
import org.soptrack.core.port.in.CompleteSignInUseCase;
import org.soptrack.core.port.in.LogInUseCase;
import org.soptrack.core.port.in.LogOutUseCase;
import org.soptrack.core.port.in.Outcome;
import org.soptrack.core.port.in.RefreshSessionUseCase;
import org.soptrack.core.port.in.SignIn;
import org.soptrack.server.security.Principals;

/**
 * Built-in login (R-SEC-1, R-SEC-3, R-SEC-4a): password, then a second factor where one is needed, give a short-lived
 * bearer access token and a refresh token; refresh rotates the refresh token; logout ends the session at once.
 */
@Tag(name = "Sign-in")
@ProblemResponses
@Controller("/api/v1/auth")
final class AuthController {

    private final LogInUseCase logIn;
    private final ChooseOrganizationUseCase chooseOrganization;
    private final CompleteSignInUseCase completeSignIn;
    private final RefreshSessionUseCase refresh;
    private final LogOutUseCase logOut;
    private final CloseAccountUseCase closeAccount;
    private final AccessRefreshTokenGenerator tokens;
    private final HttpClientAddressResolver addresses;

    AuthController(LogInUseCase logIn, ChooseOrganizationUseCase chooseOrganization,
                   CompleteSignInUseCase completeSignIn, RefreshSessionUseCase refresh, LogOutUseCase logOut,
                   CloseAccountUseCase closeAccount,
                   AccessRefreshTokenGenerator tokens, HttpClientAddressResolver addresses) {
        this.logIn = logIn;
        this.chooseOrganization = chooseOrganization;
        this.completeSignIn = completeSignIn;
        this.refresh = refresh;
        this.logOut = logOut;
        this.closeAccount = closeAccount;
        this.tokens = tokens;
        this.addresses = addresses;
    }

    /**
     * {@code {email, password, organizationId?, deviceToken?}}: 200 with tokens, 202 with a challenge when a second
     * factor is needed, or 300 with the organizations to choose from when the password opened the address in several.
     */
    @Post("/login")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @SignInSteps
    HttpResponse<TokenResponse> logIn(HttpRequest<?> http, @Body LoginRequest request) {
        var command = new LogInUseCase.Command(
                Input.optional("organizationId", request.organizationId(), TenantId::parse),
                Input.required("email", request.email(), Email::of),
                Input.required("password", request.password(), Password::new),
                client(http), Optional.ofNullable(request.deviceToken()));
        return signInAnswer(logIn.logIn(command));
    }

    /** {@code {choiceToken, deviceToken?}}: the sign-in goes on in the organization chosen; answers as the login. */
    @Post("/login/choose")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @SignInSteps
    HttpResponse<TokenResponse> chooseOrganization(HttpRequest<?> http, @Body ChoiceRequest request) {
        return signInAnswer(chooseOrganization.choose(new ChooseOrganizationUseCase.Command(
                Input.required("choiceToken", request.choiceToken(), t -> t), client(http),
                Optional.ofNullable(request.deviceToken()))));
    }

    private HttpResponse<TokenResponse> signInAnswer(Outcome<SignIn> outcome) {
        if (outcome instanceof Outcome.Ok<SignIn> ok && ok.value() instanceof SignIn.SecondFactorNeeded needed) {
            var challenge = new ChallengeResponse(needed.challengeToken(), needed.method().name(),
                    needed.sentTo().orElse(null), needed.expiresAt());
            return Problems.untyped(HttpResponse.status(HttpStatus.ACCEPTED).body(challenge));
        }
        if (outcome instanceof Outcome.Ok<SignIn> ok && ok.value() instanceof SignIn.ChooseOrganization choice) {
            return Problems.untyped(HttpResponse.status(HttpStatus.MULTIPLE_CHOICES).body(ChoiceResponse.of(choice)));
        }
        return Problems.ok(outcome, signIn -> token((SignIn.SignedIn) signIn));
    }

    /** Completes a sign-in with the code of its second factor. */
    @Post("/login/second-factor")
    @Secured(SecurityRule.IS_ANONYMOUS)
    HttpResponse<TokenResponse> secondFactor(HttpRequest<?> http, @Body SecondFactorRequest request) {
        var command = new CompleteSignInUseCase.Command(
                Input.required("challengeToken", request.challengeToken(), t -> t),
                Input.required("code", request.code(), c -> c),
                Boolean.TRUE.equals(request.trustDevice()), client(http));
        return Problems.ok(completeSignIn.complete(command), this::token);
    }

    /** Trades a refresh token for new tokens. */
    @Post("/refresh")
    @Secured(SecurityRule.IS_ANONYMOUS)
    HttpResponse<TokenResponse> refresh(@Body RefreshRequest request) {
        return Problems.ok(refresh.refresh(Input.required("refreshToken", request.refreshToken(), t -> t)),
                this::token);
    }

    /** Ends this session (or, with {@code everywhere}, all of the caller's); 204. */
    @Post("/logout")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Status(HttpStatus.NO_CONTENT)
    HttpResponse<Void> logOut(Authentication authentication, @Nullable @Body LogoutRequest request) {
        boolean everywhere = request != null && Boolean.TRUE.equals(request.everywhere());
        return Problems.noContent(logOut.logOut(Principals.member(authentication), everywhere));
    }

    /**
     * The caller closes their own account: it stops working now and is deleted when the retention period for closed
     * accounts has passed. A member with a password here gives it as {@code currentPassword}.
     */
    @Post("/me/close")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    HttpResponse<Closed> closeAccount(Authentication authentication, @Nullable @Body PasswordRequest request) {
        Optional<Password> current = Input.optional("currentPassword", request == null ? null : request.currentPassword(),
                Password::new);
        return Problems.ok(closeAccount.requestDeletion(Principals.member(authentication), current), Closed::of);
    }

    private LogInUseCase.Client client(HttpRequest<?> http) {
        return Clients.of(http, addresses);
    }

    private TokenResponse token(SignIn.SignedIn signedIn) {
        AccessRefreshToken token = tokens.generate(Principals.authentication(signedIn.member()))
                .orElseThrow(() -> new IllegalStateException("No access token could be signed"));
        return new TokenResponse(token.getAccessToken(), "Bearer", token.getExpiresIn(), signedIn.refreshToken(),
                signedIn.deviceToken().orElse(null), Me.of(signedIn.member()));
    }

    @Serdeable
    record LoginRequest(@Nullable String organizationId, String email, String password, @Nullable String deviceToken) {
        @Override
        public String toString() {
            return "LoginRequest[organizationId=" + organizationId + ", email=" + email + "]";
        }
    }

    @Serdeable
    record ChoiceRequest(String choiceToken, @Nullable String deviceToken) {
        @Override
        public String toString() {
            return "ChoiceRequest[hidden]";
        }
    }

    /** The organizations the password opened: send one's {@code choiceToken} to {@code /login/choose}. */
    @Serdeable
    record ChoiceResponse(List<Choice> organizations, Instant expiresAt) {
        static ChoiceResponse of(SignIn.ChooseOrganization choice) {
            return new ChoiceResponse(choice.organizations().stream().map(c -> new Choice(
                    c.organization().value().toString(), c.name(), c.choiceToken())).toList(), choice.expiresAt());
        }
    }

    @Serdeable
    record Choice(String organizationId, String name, String choiceToken) {
        @Override
        public String toString() {
            return "Choice[" + organizationId + "]";
        }
    }

    @Serdeable
    record SecondFactorRequest(String challengeToken, String code, @Nullable Boolean trustDevice) {
        @Override
        public String toString() {
            return "SecondFactorRequest[trustDevice=" + trustDevice + "]";
        }
    }

    @Serdeable
    record RefreshRequest(String refreshToken) {
        @Override
        public String toString() {
            return "RefreshRequest[hidden]";
        }
    }

    @Serdeable
    record LogoutRequest(@Nullable Boolean everywhere) {
    }

    /** A signed-in answer; {@code deviceToken} only when the device was just trusted. */
    @Serdeable
    record TokenResponse(String accessToken, String tokenType, Integer expiresIn, String refreshToken,
                         @Nullable String deviceToken, Me member) {
    }

    /** The password was right; send {@code code} with this challenge to {@code /login/second-factor}. */
    @Serdeable
    record ChallengeResponse(String challengeToken, String method, @Nullable String sentTo, Instant expiresAt) {
    }

    /** Who a token speaks for. */
    @Serdeable
    record PasswordRequest(@Nullable String currentPassword) {
        @Override
        public String toString() {
            return "PasswordRequest[hidden]";
        }
    }

    @Serdeable
    record Closed(Instant requestedAt, Instant deletedFrom) {
        static Closed of(CloseAccountUseCase.Closed closed) {
            return new Closed(closed.requestedAt(), closed.deletedFrom());
        }
    }

    @Serdeable
    record Me(String memberId, String organizationId, String role, List<String> rooftops) {
        static Me of(MemberActor member) {
            return new Me(member.memberId().value().toString(), member.tenantId().value().toString(),
                    member.role().name(), Principals.rooftops(member.rooftops()));
        }
    }

    /** The answers of a sign-in besides its tokens: a second factor to give, or an organization to choose. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @ApiResponse(responseCode = "202", description = "A second factor is needed: send the code to /login/second-factor",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ChallengeResponse.class)))
    @ApiResponse(responseCode = "300", description = "The password opened the address in several organizations",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ChoiceResponse.class)))
    @interface SignInSteps {
    }
}
