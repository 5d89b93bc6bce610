package org.soptrack.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.web.router.Router;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * R-SEC-4: every route the route table marks public shares the per-address limit (3 a minute here): once an address
 * spent it, each of them answers 429 with Retry-After, and a route that needs a token does not count.
 */
class PublicRateLimitIT {

    @Test
    void every_public_route_is_limited_per_address() {
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class,
                Map.of("soptrack.rate-limit.public-per-minute", 3), "test")) {
            Api api = new Api(server.getURI(), server.getApplicationContext().getBean(JsonMapper.class));
            List<RouteTable.Route> open = RouteTable.routes(server.getApplicationContext().getBean(Router.class))
                    .stream().filter(r -> r.rule().kind() == RouteTable.Kind.PUBLIC).toList();
            assertThat(open).hasSizeGreaterThanOrEqualTo(8);
            for (int i = 0; i < 3; i++) {
                assertThat(api.get("/api/v1/retention/policy", null).status()).isEqualTo(200);
            }
            Map<String, String> ids = Map.of("organization", "00000000-0000-0000-0000-000000000001");
            for (RouteTable.Route route : open) {
                Api.Answer answer = RouteTable.call(api, route, null, ids);
                assertThat(answer.status()).as("%s → %s", route.key(), answer).isEqualTo(429);
                if (!route.method().equals("HEAD")) {
                    assertThat(answer.problem()).as(route.key()).isEqualTo("rate-limited");
                }
            }
            assertThat(api.get("/unsubscribe?token=uns_x", null).status()).as("the unsubscribe page").isEqualTo(429);
            assertThat(api.get("/api/v1/sops", null).status()).as("not public, not limited").isEqualTo(401);
        }
    }
}
