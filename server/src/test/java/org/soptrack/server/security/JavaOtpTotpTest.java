package org.soptrack.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.soptrack.core.memory.ReferenceTotp;

/** The library-backed TOTP adapter agrees with RFC 6238's vectors and with core's independent test implementation. */
class JavaOtpTotpTest {

    private static final String RFC_KEY = ReferenceTotp.base32("12345678901234567890".getBytes(StandardCharsets.US_ASCII));
    private final JavaOtpTotp totp = new JavaOtpTotp();

    @ParameterizedTest
    @CsvSource({"59, 287082", "1111111109, 081804", "1234567890, 005924", "2000000000, 279037"})
    void accepts_the_rfc_codes_at_their_step(long seconds, String code) {
        Instant at = Instant.ofEpochSecond(seconds);
        assertThat(totp.matchingStep(RFC_KEY, code, at)).hasValue(ReferenceTotp.step(at));
    }

    @Test
    void new_keys_work_with_an_independent_implementation_and_allow_one_step_of_drift() {
        String key = totp.newKey();
        assertThat(key).matches("[A-Z2-7]{32}");
        Instant now = Instant.parse("2026-11-23T10:00:10Z");
        long step = ReferenceTotp.step(now);
        assertThat(totp.matchingStep(key, ReferenceTotp.code(key, step), now)).hasValue(step);
        assertThat(totp.matchingStep(key, ReferenceTotp.code(key, step - 1), now)).hasValue(step - 1);
        assertThat(totp.matchingStep(key, ReferenceTotp.code(key, step + 1), now)).hasValue(step + 1);
        assertThat(totp.matchingStep(key, ReferenceTotp.code(key, step - 2), now)).isEmpty();
        assertThat(totp.matchingStep(key, "12345", now)).isEmpty();
        assertThat(totp.matchingStep(key, "abcdef", now)).isEmpty();
    }
}
