package org.soptrack.server.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.soptrack.core.domain.sop.SopStatus;
import org.soptrack.core.domain.tenancy.Rooftop;
import org.soptrack.core.domain.tenancy.RooftopScope;

/** How pages write times and statuses. */
public final class Show {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private Show() {
    }

    /** A moment to the minute, in UTC, the zone the server keeps. */
    public static String when(Instant at) {
        return MINUTE.format(at);
    }

    /** The day of a moment, in UTC. */
    public static String day(Instant at) {
        return MINUTE.format(at).substring(0, "yyyy-MM-dd".length());
    }

    /** A status or other constant as words: {@code CUSTOMER_NOTIFIED} is "Customer notified". */
    public static String words(Enum<?> constant) {
        String words = constant.name().replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** A rooftop scope by the names of its rooftops. */
    public static String rooftops(RooftopScope scope, List<Rooftop> known) {
        if (scope.all()) {
            return "All";
        }
        return known.stream().filter(r -> scope.covers(r.id())).map(r -> r.details().name()).sorted()
                .reduce((a, b) -> a + ", " + b).orElse("—");
    }

    public static String status(SopStatus status) {
        return words(status);
    }
}
