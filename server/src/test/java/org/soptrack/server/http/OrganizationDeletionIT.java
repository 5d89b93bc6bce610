package org.soptrack.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.soptrack.core.memory.FakeClock;
import org.soptrack.core.port.in.SweepRetentionUseCase;
import org.soptrack.core.port.out.ClockPort;

/**
 * Deletion on request over HTTP: an owner asks with the password again, the subscription view says when the purge
 * runs, any owner cancels until then, and once the seven days passed the sweep purges the organization and every
 * account with it. The clock is a fake one the test moves.
 */
@MicronautTest(transactional = false)
class OrganizationDeletionIT extends HttpTestSupport {

    static final FakeClock CLOCK = new FakeClock(Instant.now().truncatedTo(ChronoUnit.MICROS));

    @MockBean(ClockPort.class)
    ClockPort clock() {
        return CLOCK;
    }

    @Inject
    SweepRetentionUseCase sweep;

    private Api.Answer request(String token, String password) {
        return api.post("/api/v1/organization/deletion", token, Map.of("currentPassword", password));
    }

    @Test
    void an_owner_asks_any_owner_may_cancel_and_after_the_cooling_off_the_sweep_deletes_it() {
        Api.Org org = api.signUp("leaving-" + System.nanoTime() + "@deletion.example");
        String admin = api.member(org, "admin-" + System.nanoTime() + "@deletion.example", "ADMIN");

        assertThat(request(admin, Api.PASSWORD).status()).isEqualTo(403);
        var wrong = request(org.token(), "not the password of this owner");
        assertThat(wrong.status()).isEqualTo(403);
        assertThat(wrong.problem()).isEqualTo("reauthentication-failed");

        Instant asked = CLOCK.now();
        var requested = request(org.token(), Api.PASSWORD);
        assertThat(requested.status()).as("%s", requested).isEqualTo(202);
        assertThat(Instant.parse(requested.text("purgeFrom"))).isEqualTo(asked.plus(Duration.ofDays(7)));
        var subscription = api.get("/api/v1/organization/subscription", admin);
        assertThat(((Map<?, ?>) subscription.map().get("deletion")).get("purgeFrom")).isEqualTo(
                requested.text("purgeFrom"));
        assertThat(request(org.token(), Api.PASSWORD).problem()).isEqualTo("deletion-requested");

        assertThat(api.delete("/api/v1/organization/deletion", org.token()).status()).isEqualTo(204);
        assertThat(api.delete("/api/v1/organization/deletion", org.token()).problem())
                .isEqualTo("deletion-not-requested");
        assertThat(api.get("/api/v1/organization/subscription", admin).map().get("deletion")).isNull();

        assertThat(request(org.token(), Api.PASSWORD).status()).isEqualTo(202);
        CLOCK.advance(Duration.ofDays(7).minusMinutes(1));
        sweep.sweepAll(false);
        assertThat(api.get("/api/v1/rooftops", admin).status()).as("still there a minute before").isEqualTo(200);
        CLOCK.advance(Duration.ofMinutes(1));
        sweep.sweepAll(false);
        assertThat(api.get("/api/v1/rooftops", admin).status()).as("every account is gone").isEqualTo(401);
        assertThat(api.get("/api/v1/rooftops", org.token()).status()).isEqualTo(401);
    }
}
