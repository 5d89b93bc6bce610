package org.soptrack.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.soptrack.core.memory.FakeClock;
import org.soptrack.core.port.out.ClockPort;

/** Lockout per account and rate limits per address over HTTP, on a fake clock (R-SEC-4). */
@MicronautTest(transactional = false)
@Property(name = "soptrack.rate-limit.public-per-minute", value = "10")
class LoginProtectionIT extends HttpTestSupport {

    static final FakeClock CLOCK = new FakeClock(Instant.now().truncatedTo(ChronoUnit.MICROS));

    @MockBean(ClockPort.class)
    ClockPort clock() {
        return CLOCK;
    }

    @BeforeEach
    void prepare() {
        CLOCK.advance(Duration.ofMinutes(2));
    }

    private Api.Answer logIn(String org, String email, String password) {
        return api.post("/api/v1/auth/login", null, Map.of("organizationId", org, "email", email, "password", password));
    }

    @Test
    void a_locked_account_gets_the_wrong_password_answer_until_the_lock_ends() {
        var signedUp = api.post("/api/v1/signup", null, Api.signupBody("locked@protection.example"));
        String org = signedUp.text("organizationId");
        Api.Answer wrong = null;
        for (int i = 0; i < 6; i++) {
            wrong = logIn(org, "locked@protection.example", "wrong password " + i);
            assertThat(wrong.status()).isEqualTo(401);
        }
        var locked = logIn(org, "locked@protection.example", Api.PASSWORD);
        assertThat(locked.status()).isEqualTo(401);
        assertThat(locked.body()).isEqualTo(wrong.body());

        CLOCK.advance(Duration.ofMinutes(1));
        var open = logIn(org, "locked@protection.example", Api.PASSWORD);
        assertThat(open.status()).as("%s", open).isEqualTo(200);
        var audit = api.get("/api/v1/audit?action=ACCOUNT_LOCKED", open.text("accessToken"));
        assertThat(audit.list("items")).singleElement()
                .satisfies(e -> assertThat(String.valueOf(e.get("details"))).contains("address=127.0.0.1")
                        .contains("userAgent="));
    }

    @Test
    void an_address_over_the_limit_gets_429_until_the_bucket_refills() {
        String org = java.util.UUID.randomUUID().toString();
        for (int i = 0; i < 10; i++) {
            assertThat(logIn(org, "someone@protection.example", "a guess " + i).status()).isEqualTo(401);
        }
        var limited = logIn(org, "someone@protection.example", "one guess too many");
        assertThat(limited.status()).as("%s", limited).isEqualTo(429);
        assertThat(limited.problem()).isEqualTo("rate-limited");
        assertThat(api.post("/api/v1/signup", null, Api.signupBody("limited@protection.example")).status())
                .as("signup shares the address's bucket").isEqualTo(429);

        CLOCK.advance(Duration.ofSeconds(6));
        assertThat(logIn(org, "someone@protection.example", "after the refill").status()).isEqualTo(401);
        assertThat(logIn(org, "someone@protection.example", "and again").status()).isEqualTo(429);
    }
}
