package org.soptrack.core.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The test implementation agrees with RFC 6238's SHA-1 test vectors (their last six digits). */
class ReferenceTotpTest {

    static final String RFC_KEY = ReferenceTotp.base32("12345678901234567890".getBytes(StandardCharsets.US_ASCII));

    @ParameterizedTest
    @CsvSource({"59, 287082", "1111111109, 081804", "1111111111, 050471", "1234567890, 005924",
            "2000000000, 279037", "20000000000, 353130"})
    void matches_the_rfc_vectors(long seconds, String code) {
        assertThat(ReferenceTotp.codeAt(RFC_KEY, Instant.ofEpochSecond(seconds))).isEqualTo(code);
    }

    @Test
    void accepts_one_step_of_drift_either_way_and_names_the_step() {
        ReferenceTotp totp = new ReferenceTotp();
        Instant now = Instant.ofEpochSecond(1_234_567_890);
        long step = ReferenceTotp.step(now);
        assertThat(totp.matchingStep(RFC_KEY, ReferenceTotp.code(RFC_KEY, step - 1), now)).hasValue(step - 1);
        assertThat(totp.matchingStep(RFC_KEY, ReferenceTotp.code(RFC_KEY, step + 1), now)).hasValue(step + 1);
        assertThat(totp.matchingStep(RFC_KEY, ReferenceTotp.code(RFC_KEY, step + 2), now)).isEmpty();
        assertThat(ReferenceTotp.unbase32(RFC_KEY)).asString(StandardCharsets.US_ASCII)
                .isEqualTo("12345678901234567890");
        assertThat(totp.newKey()).hasSize(32).matches("[A-Z2-7]+");
    }
}
