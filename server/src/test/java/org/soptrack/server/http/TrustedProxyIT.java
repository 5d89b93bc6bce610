package org.soptrack.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Behind a TLS-terminating proxy (R-OPS-2): {@code X-Forwarded-For} and {@code X-Forwarded-Proto} count only from a
 * configured trusted proxy. The per-address limit is 3 requests a minute here, on the login, and the tests' client
 * connects from 127.0.0.1.
 */
class TrustedProxyIT {

    private static EmbeddedServer start(String trusted) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("soptrack.rate-limit.public-per-minute", 3);
        properties.put("soptrack.proxy.trusted", trusted);
        return ApplicationContext.run(EmbeddedServer.class, properties, "test");
    }

    private static Api.Answer login(Api api, String forwardedFor) {
        Map<String, String> headers = forwardedFor == null ? Map.of() : Map.of("X-Forwarded-For", forwardedFor);
        return api.send("POST", "/api/v1/auth/login", null, Map.of("organizationId",
                "00000000-0000-0000-0000-000000000001", "email", "nobody@proxy.example", "password", "wrong password"),
                headers);
    }

    @Test
    void a_client_cannot_escape_the_rate_limit_by_naming_its_own_address() {
        try (EmbeddedServer server = start("")) {
            Api api = new Api(server.getURI(), server.getApplicationContext().getBean(JsonMapper.class));
            for (int i = 0; i < 3; i++) {
                assertThat(login(api, "203.0.113." + i).status()).isEqualTo(401);
            }
            var limited = login(api, "203.0.113.99");
            assertThat(limited.status()).as("%s", limited).isEqualTo(429);

        }
    }

    @Test
    void a_trusted_proxy_that_terminated_tls_gets_hsts_for_its_clients() throws Exception {
        try (EmbeddedServer server = start("127.0.0.1")) {
            var answer = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                    server.getURI().resolve("/health")).header("X-Forwarded-Proto", "https").build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(answer.headers().firstValue("Strict-Transport-Security")).hasValue(SecurityHeaders.HSTS);
        }
    }

    @Test
    void behind_a_trusted_proxy_each_client_address_has_its_own_limit() {
        try (EmbeddedServer server = start("127.0.0.1, 10.0.0.0/8")) {
            Api api = new Api(server.getURI(), server.getApplicationContext().getBean(JsonMapper.class));
            for (int i = 0; i < 3; i++) {
                assertThat(login(api, "203.0.113.7, 10.1.2.3").status()).isEqualTo(401);
            }
            assertThat(login(api, "198.51.100.7, 203.0.113.7").status())
                    .as("the right-most address that is no trusted proxy is the client, whatever it says before")
                    .isEqualTo(429);
            assertThat(login(api, "203.0.113.8").status()).as("another client").isEqualTo(401);
        }
    }
}
