package org.soptrack.server.wiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.soptrack.core.domain.retention.RetentionCategory;
import org.soptrack.core.domain.retention.RetentionPeriod;
import org.soptrack.core.domain.retention.RetentionPolicy;

class RetentionSettingsTest {

    @Test
    void application_yml_offers_an_override_for_every_category_and_nothing_else() throws IOException {
        String yml;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("application.yml")) {
            yml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Matcher keys = Pattern.compile("(?m)^      ([a-z-]+): \\$\\{SOPTRACK_RETENTION_([A-Z_]+):}$").matcher(yml);
        Map<String, String> found = new HashMap<>();
        while (keys.find()) {
            found.put(keys.group(1), keys.group(2));
        }
        assertThat(found.keySet()).containsExactlyInAnyOrder(Arrays.stream(RetentionCategory.values())
                .map(c -> c.name().toLowerCase(Locale.ROOT).replace('_', '-')).toArray(String[]::new));
        found.forEach((key, env) -> assertThat(RetentionSettings.category(key).name()).isEqualTo(env));
    }

    private static RetentionSettings settings(Map<String, String> periods) {
        return new RetentionSettings(500, Duration.ofMillis(100), periods);
    }

    @Test
    void blank_values_keep_the_defaults_and_set_ones_override_them() {
        RetentionPolicy policy = settings(Map.of("security-log", "P365D", "delivery_log", "",
                "MFA.CODES", "PT15M")).policy();
        assertThat(policy.rule(RetentionCategory.SECURITY_LOG).period()).isEqualTo(RetentionPeriod.days(365));
        assertThat(policy.rule(RetentionCategory.DELIVERY_LOG).overridden()).isFalse();
        assertThat(policy.rule(RetentionCategory.MFA_CODES).period().words()).isEqualTo("15 minutes");
        assertThat(settings(null).policy().rules()).noneMatch(r -> r.overridden());
    }

    @Test
    void a_wrong_key_or_period_stops_the_server_naming_the_setting() {
        assertThatThrownBy(() -> settings(Map.of("security-logs", "P1D")).policy())
                .hasMessageContaining("soptrack.retention.periods.security-logs names no retention category");
        assertThatThrownBy(() -> settings(Map.of("security-log", "half a year")).policy())
                .hasMessageContaining("soptrack.retention.periods.security-log must be an ISO-8601 period");
    }
}
