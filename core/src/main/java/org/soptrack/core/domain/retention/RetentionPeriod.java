package org.soptrack.core.domain.retention;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.soptrack.core.domain.shared.InvalidValueException;
import org.soptrack.core.domain.shared.Require;

/**
 * How long data is kept: calendar years, months and days ({@code P7Y}, {@code P180D}), counted on UTC dates so that
 * "7 years" means seven calendar years, or an exact time ({@code PT10M}) for short-lived data.
 */
public record RetentionPeriod(Optional<Period> calendar, Optional<Duration> exact) {

    public RetentionPeriod {
        Require.present("calendar", calendar);
        Require.present("exact", exact);
        if (calendar.isPresent() == exact.isPresent()) {
            throw new IllegalArgumentException("A retention period is either calendar-based or exact");
        }
        if (calendar.filter(p -> p.isNegative() || p.isZero()).isPresent()
                || exact.filter(d -> d.isNegative() || d.isZero()).isPresent()) {
            throw new InvalidValueException("period", "must be longer than zero");
        }
    }

    public static RetentionPeriod of(Period calendar) {
        return new RetentionPeriod(Optional.of(calendar), Optional.empty());
    }

    public static RetentionPeriod of(Duration exact) {
        return new RetentionPeriod(Optional.empty(), Optional.of(exact));
    }

    public static RetentionPeriod days(int days) {
        return of(Period.ofDays(days));
    }

    public static RetentionPeriod years(int years) {
        return of(Period.ofYears(years));
    }

    /** Parses ISO-8601: {@code P2Y}, {@code P90D}, {@code P1Y6M} (calendar) or {@code PT10M}, {@code PT36H} (exact). */
    public static RetentionPeriod parse(String text) {
        String value = Require.present("period", text).strip().toUpperCase();
        try {
            return value.contains("T") ? of(Duration.parse(value)) : of(Period.parse(value));
        } catch (DateTimeParseException e) {
            throw new InvalidValueException("period", "must be an ISO-8601 period such as P180D, P7Y or PT10M");
        }
    }

    /** The moment before which data whose clock started then is past this period at {@code now}. */
    public Instant cutoff(Instant now) {
        return calendar.map(p -> now.atOffset(ZoneOffset.UTC).minus(p).toInstant())
                .orElseGet(() -> now.minus(exact.orElseThrow()));
    }

    /** The moment this period ends for data whose clock started at {@code start}. */
    public Instant endsAfter(Instant start) {
        return calendar.map(p -> start.atOffset(ZoneOffset.UTC).plus(p).toInstant())
                .orElseGet(() -> start.plus(exact.orElseThrow()));
    }

    /** True if this period keeps data at least as long as {@code other} does, measured back from {@code now}. */
    public boolean atLeast(RetentionPeriod other, Instant now) {
        return !cutoff(now).isAfter(other.cutoff(now));
    }

    /** ISO-8601 text, as {@link #parse} reads it. */
    public String iso() {
        return calendar.map(Period::toString).orElseGet(() -> exact.orElseThrow().toString());
    }

    /** Words for people: "180 days", "7 years", "10 minutes". */
    public String words() {
        if (calendar.isPresent()) {
            Period p = calendar.get();
            StringBuilder out = new StringBuilder();
            append(out, p.getYears(), "year");
            append(out, p.getMonths(), "month");
            append(out, p.getDays(), "day");
            return out.toString();
        }
        Duration d = exact.orElseThrow();
        StringBuilder out = new StringBuilder();
        append(out, d.toDaysPart(), "day");
        append(out, d.toHoursPart(), "hour");
        append(out, d.toMinutesPart(), "minute");
        append(out, d.toSecondsPart(), "second");
        return out.toString();
    }

    private static void append(StringBuilder out, long amount, String unit) {
        if (amount != 0) {
            out.append(out.isEmpty() ? "" : " ").append(amount).append(' ').append(unit).append(amount == 1 ? "" : "s");
        }
    }

    @Override
    public String toString() {
        return iso();
    }
}
