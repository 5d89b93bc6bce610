package org.soptrack.server.security;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Value;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.RolesFinder;
import io.micronaut.security.token.config.TokenConfiguration;
import io.micronaut.security.token.jwt.validator.DefaultJwtAuthenticationFactory;
import io.micronaut.security.token.jwt.validator.JwtAuthenticationFactory;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.soptrack.core.domain.shared.Email;
import org.soptrack.core.domain.shared.InvalidValueException;
import org.soptrack.core.domain.shared.OperatorId;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.domain.tenancy.MemberActor;
import org.soptrack.core.port.in.IdentifyMemberUseCase;
import org.soptrack.core.port.in.Outcome;

/**
 * Turns a token whose signature Micronaut verified into the principal (R-SEC-1). There are two kinds, told apart by
 * issuer and algorithm so that neither can pass for the other:
 * <ul>
 *   <li>soptrack's own ({@code iss} = the application name, HS256 with the server's secret, naming a session): its
 *       claims are the principal;</li>
 *   <li>an identity provider's ({@code iss} = the configured issuer, signed with a key from its JWKS, never HS*): the
 *       organization and e-mail claims name a member, whose role and rooftops come from soptrack, not the token;
 *       with the operator claim set it names a platform operator instead, who reaches no organization without a
 *       grant.</li>
 * </ul>
 * Anything else is no authentication at all, so the request is 401.
 */
@Singleton
@Replaces(DefaultJwtAuthenticationFactory.class)
final class TokenAuthentication implements JwtAuthenticationFactory {

    private static final Logger LOG = LoggerFactory.getLogger(TokenAuthentication.class);

    private final DefaultJwtAuthenticationFactory builtIn;
    private final IdentityProviderSettings provider;
    private final IdentifyMemberUseCase identify;
    private final String ownIssuer;

    TokenAuthentication(TokenConfiguration tokens, RolesFinder roles, IdentityProviderSettings provider,
                        IdentifyMemberUseCase identify,
                        @Value("${micronaut.application.name}") String ownIssuer) {
        this.builtIn = new DefaultJwtAuthenticationFactory(tokens, roles);
        this.provider = provider;
        this.identify = identify;
        this.ownIssuer = ownIssuer;
    }

    @Override
    public Optional<Authentication> createAuthentication(JWT token) {
        try {
            JWTClaimsSet claims = token.getJWTClaimsSet();
            boolean hmac = JWSAlgorithm.Family.HMAC_SHA.contains(token.getHeader().getAlgorithm());
            if (ownIssuer.equals(claims.getIssuer())) {
                boolean bound = claims.getClaim(Principals.SESSION) != null || claims.getClaim(Principals.GRANT) != null;
                return hmac && bound ? builtIn.createAuthentication(token) : Optional.empty();
            }
            if (hmac || provider.issuer().filter(i -> i.equals(claims.getIssuer())).isEmpty()) {
                return Optional.empty();
            }
            return fromIdentityProvider(claims);
        } catch (ParseException e) {
            return Optional.empty();
        }
    }

    private Optional<Authentication> fromIdentityProvider(JWTClaimsSet claims) throws ParseException {
        if (provider.audience().filter(a -> claims.getAudience() == null || !claims.getAudience().contains(a))
                .isPresent()) {
            return Optional.empty();
        }
        if (Boolean.FALSE.equals(claims.getBooleanClaim("email_verified"))) {
            return Optional.empty();
        }
        if (Boolean.TRUE.equals(claims.getBooleanClaim(provider.operatorClaim()))) {
            // A platform operator: identified by issuer and subject, reaching no organization until a grant opens one.
            UUID id = UUID.nameUUIDFromBytes((claims.getIssuer() + "\n" + claims.getSubject())
                    .getBytes(StandardCharsets.UTF_8));
            return Optional.of(Principals.operator(new OperatorId(id)));
        }
        String organization = claims.getStringClaim(provider.organizationClaim());
        String email = claims.getStringClaim(provider.emailClaim());
        if (organization == null || email == null) {
            return Optional.empty();
        }
        try {
            Outcome<MemberActor> member = identify.byEmail(TenantId.parse(organization), Email.of(email));
            if (member instanceof Outcome.Ok<MemberActor> ok) {
                return Optional.of(Principals.authentication(ok.value()));
            }
            LOG.debug("An identity provider token names no active member: {}", member);
            return Optional.empty();
        } catch (InvalidValueException e) {
            return Optional.empty();
        }
    }
}
