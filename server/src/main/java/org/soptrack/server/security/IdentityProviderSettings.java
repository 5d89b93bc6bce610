package org.soptrack.server.security;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.util.Optional;

/**
 * {@code soptrack.identity-provider.*}: which external tokens count (R-SEC-1). The keys come from the JWKS URL under
 * {@code micronaut.security.token.jwt.signatures.jwks.idp.url}; a token is taken only if its {@code iss} is
 * {@code issuer}, its {@code aud} contains {@code audience} (when set), and it names an organization
 * ({@code organizationClaim}) and the e-mail address ({@code emailClaim}) of an active member there. A token whose
 * {@code operatorClaim} is {@code true} names a platform operator instead.
 */
@ConfigurationProperties("soptrack.identity-provider")
public record IdentityProviderSettings(Optional<String> issuer, Optional<String> audience,
                                       @Bindable(defaultValue = "soptrack_org") String organizationClaim,
                                       @Bindable(defaultValue = "email") String emailClaim,
                                       @Bindable(defaultValue = "soptrack_operator") String operatorClaim) {

    /** Whether members may sign in at an identity provider, and so may do without a password here. */
    public boolean configured() {
        return issuer.filter(i -> !i.isBlank()).isPresent();
    }
}
