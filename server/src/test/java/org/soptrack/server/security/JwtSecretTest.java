package org.soptrack.server.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.exceptions.ConfigurationException;
import org.junit.jupiter.api.Test;

class JwtSecretTest {

    @Test
    void a_configured_secret_is_kept() {
        String secret = "a-configured-secret-of-forty-bytes-length";
        assertThat(JwtSecret.checked(secret)).isEqualTo(secret);
    }

    @Test
    void no_secret_gets_a_fresh_random_one_each_time() {
        String first = JwtSecret.checked("");
        assertThat(first).hasSizeGreaterThanOrEqualTo(JwtSecret.MIN_BYTES);
        assertThat(JwtSecret.checked(null)).isNotEqualTo(first);
    }

    @Test
    void a_short_secret_stops_the_start() {
        assertThatThrownBy(() -> JwtSecret.checked("too-short")).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("32 bytes");
    }
}
