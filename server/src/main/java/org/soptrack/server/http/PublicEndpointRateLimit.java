package org.soptrack.server.http;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import org.soptrack.server.security.AddressRateLimiter;

/**
 * Every endpoint anyone may call without a token is limited per client address (R-SEC-4): signup, the login steps,
 * token refresh, a forgotten password's request and reset, an e-mail change's confirmation, accepting an invitation,
 * the public request form, the published retention policy, the billing and SMS providers' webhooks (providers retry
 * a 429 later) and the customers' unsubscribe page. Over the limit: 429 with Retry-After.
 */
@ServerFilter({"/api/v1/signup", "/api/v1/auth/login", "/api/v1/auth/login/choose", "/api/v1/auth/login/second-factor",
    "/api/v1/auth/refresh", "/api/v1/auth/password/forgot", "/api/v1/auth/password/reset", "/api/v1/auth/email/confirm",
    "/api/v1/invitations/accept", "/api/v1/public/requests", "/api/v1/retention/policy", "/api/v1/billing/events",
    "/api/v1/sms/inbound", "/unsubscribe"})
final class PublicEndpointRateLimit {

    private final AddressRateLimiter limiter;
    private final HttpClientAddressResolver addresses;

    PublicEndpointRateLimit(AddressRateLimiter limiter, HttpClientAddressResolver addresses) {
        this.limiter = limiter;
        this.addresses = addresses;
    }

    @RequestFilter
    @Nullable
    HttpResponse<?> limit(HttpRequest<?> request) {
        String address = String.valueOf(addresses.resolve(request));
        return limiter.take(address).map(wait -> Problems.problem(Problem.of("rate-limited", "Too many requests",
                        429, "Too many requests from your address; try again later"))
                .header("Retry-After", String.valueOf(Math.max(1, (wait.toMillis() + 999) / 1000))))
                .orElse(null);
    }
}
