package org.soptrack.server.http;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.token.generator.AccessRefreshTokenGenerator;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import org.soptrack.core.domain.security.Password;
import org.soptrack.core.domain.shared.Email;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.domain.tenancy.MemberActor;
import org.soptrack.core.port.in.LogInUseCase;
import org.soptrack.server.security.Principals;

/** Built-in login: organization, e-mail and password give a bearer access token (R-SEC-1). */
@Controller("/api/v1/auth")
final class AuthController {

    private final LogInUseCase logIn;
    private final AccessRefreshTokenGenerator tokens;
    private final HttpClientAddressResolver addresses;

    AuthController(LogInUseCase logIn, AccessRefreshTokenGenerator tokens, HttpClientAddressResolver addresses) {
        this.logIn = logIn;
        this.tokens = tokens;
        this.addresses = addresses;
    }

    @Post("/login")
    @Secured(SecurityRule.IS_ANONYMOUS)
    HttpResponse<?> logIn(HttpRequest<?> http, @Body LoginRequest request) {
        var command = new LogInUseCase.Command(
                Input.required("organizationId", request.organizationId(), TenantId::parse),
                Input.required("email", request.email(), Email::of),
                Input.required("password", request.password(), Password::new),
                new LogInUseCase.Client(String.valueOf(addresses.resolve(http)),
                        http.getHeaders().get(HttpHeaders.USER_AGENT)));
        return Problems.ok(logIn.logIn(command), this::token);
    }

    @Get("/me")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    Me me(Authentication authentication) {
        return Me.of(Principals.member(authentication));
    }

    private TokenResponse token(MemberActor member) {
        var token = tokens.generate(Principals.authentication(member))
                .orElseThrow(() -> new IllegalStateException("No access token could be signed"));
        return new TokenResponse(token.getAccessToken(), "Bearer", token.getExpiresIn(), Me.of(member));
    }

    @Serdeable
    record LoginRequest(String organizationId, String email, String password) {
        @Override
        public String toString() {
            return "LoginRequest[organizationId=" + organizationId + ", email=" + email + "]";
        }
    }

    @Serdeable
    record TokenResponse(String accessToken, String tokenType, Integer expiresIn, Me member) {
    }

    /** Who a token speaks for. */
    @Serdeable
    record Me(String memberId, String organizationId, String role, List<String> rooftops) {
        static Me of(MemberActor member) {
            return new Me(member.memberId().value().toString(), member.tenantId().value().toString(),
                    member.role().name(), Principals.rooftops(member.rooftops()));
        }
    }
}
