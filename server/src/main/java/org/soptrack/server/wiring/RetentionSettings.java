package org.soptrack.server.wiring;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

import org.soptrack.core.domain.retention.RetentionCategory;
import org.soptrack.core.domain.retention.RetentionPeriod;
import org.soptrack.core.domain.retention.RetentionPolicy;
import org.soptrack.core.domain.shared.InvalidValueException;

/**
 * {@code soptrack.retention.*}: the deployment's overrides of the published periods (one key per category, e.g.
 * {@code security-log: P365D}; empty keeps the default), how many records a sweep removes in its first transaction of
 * a store and how long each later one should take (sized to that, up to 64 times the first).
 */
@ConfigurationProperties("soptrack.retention")
record RetentionSettings(int batchSize, Duration batchTarget, @Nullable Map<String, String> periods) {

    /** The published defaults with this deployment's overrides; a wrong key or period stops the server at start. */
    RetentionPolicy policy() {
        Map<RetentionCategory, RetentionPeriod> overrides = new EnumMap<>(RetentionCategory.class);
        if (periods != null) {
            periods.forEach((key, value) -> {
                if (value != null && !value.isBlank()) {
                    overrides.put(category(key), period(key, value));
                }
            });
        }
        return RetentionPolicy.defaults().with(overrides);
    }

    /** {@code security-log}, {@code security_log} or {@code security.log} (as environment variables arrive). */
    static RetentionCategory category(String key) {
        String name = key.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace('.', '_');
        try {
            return RetentionCategory.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("soptrack.retention.periods." + key + " names no retention category");
        }
    }

    private static RetentionPeriod period(String key, String value) {
        try {
            return RetentionPeriod.parse(value);
        } catch (InvalidValueException e) {
            throw new IllegalStateException("soptrack.retention.periods." + key + " " + e.reason());
        }
    }
}
