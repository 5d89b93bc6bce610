package org.soptrack.server.http;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.exceptions.HttpStatusException;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.soptrack.core.domain.shared.InvalidValueException;
import org.soptrack.core.domain.shared.Page;

/**
 * Builds domain values from request fields so that a refusal names the field as the client sent it
 * ({@code rooftop.city}, not the value object's own name).
 */
public final class Input {

    private Input() {
    }

    /** A leaf value: any refusal is reported against {@code field}. */
    public static <T> T value(String field, Supplier<T> read) {
        try {
            return read.get();
        } catch (InvalidValueException e) {
            throw new InvalidValueException(field, e.reason());
        } catch (IllegalArgumentException | DateTimeException | ArithmeticException e) {
            throw new InvalidValueException(field, "has the wrong format");
        }
    }

    /** A required text field parsed by {@code parse}. */
    public static <T> T required(String field, String text, Function<String, T> parse) {
        if (text == null) {
            throw new InvalidValueException(field, "is required");
        }
        return value(field, () -> parse.apply(text));
    }

    /** An optional text field: absent or blank is empty, anything else must parse. */
    public static <T> Optional<T> optional(String field, String text, Function<String, T> parse) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(value(field, () -> parse.apply(text)));
    }

    /**
     * An id from the path. Text that is no id gets the same 404 as an id that names nothing, or something of another
     * organization.
     */
    public static <T> T pathId(String text, Function<String, T> parse) {
        try {
            return parse.apply(text);
        } catch (InvalidValueException e) {
            throw new HttpStatusException(HttpStatus.NOT_FOUND, "No such id");
        }
    }

    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(2199, 12, 31);

    /**
     * An ISO-8601 date ({@code 2026-12-01}) between 1900 and 2199: a year 0 or +99999 is a typo or a probe, and no
     * column or report should have to hold it (R-SEC-6).
     */
    public static LocalDate date(String text) {
        return plausible(LocalDate.parse(text));
    }

    /** An ISO-8601 instant ({@code 2026-12-01T09:30:00Z}) on a plausible date, as {@link #date}. */
    public static Instant instant(String text) {
        Instant instant = Instant.parse(text);
        plausible(LocalDate.ofInstant(instant, ZoneOffset.UTC));
        return instant;
    }

    private static LocalDate plausible(LocalDate date) {
        if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
            throw new InvalidValueException("date", "must lie between " + EARLIEST + " and " + LATEST);
        }
        return date;
    }

    /** A repeatable query parameter of names ({@code status=A&status=B} or {@code status=A,B}). */
    public static <E> Set<E> names(String field, List<String> values, Function<String, E> parse) {
        if (values == null) {
            return Set.of();
        }
        return values.stream().flatMap(v -> Arrays.stream(v.split(",")))
                .map(v -> value(field, () -> parse.apply(v.strip())))
                .collect(Collectors.toSet());
    }

    /** The {@code limit} query parameter of a paged list, {@code fallback} when absent. */
    public static int limit(String text, int fallback) {
        return optional("limit", text, s -> Page.limit(Integer.parseInt(s.strip()))).orElse(fallback);
    }

    /** A required whole number. */
    public static int number(String field, Integer value) {
        if (value == null) {
            throw new InvalidValueException(field, "is required");
        }
        return value;
    }

    /** A required true/false. */
    public static boolean flag(String field, Boolean value) {
        if (value == null) {
            throw new InvalidValueException(field, "is required");
        }
        return value;
    }

    /** The version the client read, which a change must name (optimistic locking). */
    public static long version(Long value) {
        if (value == null) {
            throw new InvalidValueException("version", "is required: send the version you read");
        }
        return value;
    }

    /** A required number of days. */
    public static Duration days(String field, Integer value) {
        return Duration.ofDays(number(field, value));
    }

    /** A nested object: a refusal of one of its fields is reported as {@code prefix.field}. */
    public static <T> T nested(String prefix, Object object, Supplier<T> read) {
        if (object == null) {
            throw new InvalidValueException(prefix, "is required");
        }
        try {
            return read.get();
        } catch (InvalidValueException e) {
            String field = e.field().startsWith(prefix + ".") ? e.field() : prefix + "." + e.field();
            throw new InvalidValueException(field, e.reason());
        }
    }
}
