package org.soptrack.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * R-SEC-9 with the deployment's defaults: an administrator cannot point a webhook at loopback, private, link-local or
 * metadata addresses, nor at plain HTTP; the refusal names {@code webhook.url} and nothing is saved. Host names
 * resolve through the tests' resolver, which asks no DNS server.
 */
@MicronautTest(transactional = false)
@Property(name = "soptrack.notify.webhook-allow-http", value = "false")
@Property(name = "soptrack.notify.webhook-allow-private-addresses", value = "false")
class WebhookAddressIT extends HttpTestSupport {

    private static final String SECRET = "whsec_c2VjcmV0LXNlY3JldC1zZWNyZXQtc2VjcmV0";

    private Api.Answer save(Api.Org org, String url) {
        return api.put("/api/v1/rooftops/" + org.rooftopId() + "/notifications", org.token(), Map.of(
                "webhook", Map.of("url", url, "secret", SECRET), "routes", Map.of("sop.received", java.util.List.of(
                        "WEBHOOK"))));
    }

    @Test
    void webhooks_to_addresses_that_are_not_public_are_refused_when_saved() {
        Api.Org org = api.signUp("ssrf-" + System.nanoTime() + "@acme.example");
        for (String url : new String[] {"https://127.0.0.1/hooks", "https://localhost:8443/hooks",
            "https://10.1.2.3/hooks", "https://192.168.0.10/hooks", "https://169.254.169.254/latest/meta-data",
            "https://[::1]/hooks", "https://[fd00:ec2::254]/", "https://0.0.0.0/", "https://metadata.internal/",
            "http://" + "public.example.test" + "/hooks", "https://user:pw@public.example.test/hooks"}) {
            var refused = save(org, url);
            assertThat(refused.status()).as("%s: %s", url, refused).isEqualTo(422);
            assertThat(refused.text("field")).isEqualTo("webhook.url");
        }
        var shown = api.get("/api/v1/rooftops/" + org.rooftopId() + "/notifications", org.token());
        assertThat(shown.map().get("webhook")).isNull();
        var saved = save(org, "https://public.example.test/hooks");
        assertThat(saved.status()).as("%s", saved).isEqualTo(200);
    }
}
