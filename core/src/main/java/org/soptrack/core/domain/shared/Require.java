package org.soptrack.core.domain.shared;

import java.time.Duration;
import java.util.regex.Pattern;

/** Guard clauses used by value objects; each failure is an {@link InvalidValueException} naming the field. */
public final class Require {

    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\t]]");

    private Require() {
    }

    public static <T> T present(String field, T value) {
        if (value == null) {
            throw new InvalidValueException(field, "is required");
        }
        return value;
    }

    /** Trimmed single-line text of 1..max characters. */
    public static String text(String field, String value, int max) {
        String trimmed = present(field, value).strip();
        if (trimmed.isEmpty()) {
            throw new InvalidValueException(field, "must not be blank");
        }
        if (trimmed.length() > max) {
            throw new InvalidValueException(field, "must be at most " + max + " characters");
        }
        if (CONTROL.matcher(trimmed).find()) {
            throw new InvalidValueException(field, "must not contain control characters");
        }
        return trimmed;
    }

    /** Multi-line free text of 0..max characters (line breaks allowed, other control characters not). */
    public static String freeText(String field, String value, int max) {
        String v = value == null ? "" : value.strip();
        if (v.length() > max) {
            throw new InvalidValueException(field, "must be at most " + max + " characters");
        }
        if (v.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            throw new InvalidValueException(field, "must not contain control characters");
        }
        return v;
    }

    public static int between(String field, int value, int min, int max) {
        if (value < min || value > max) {
            throw new InvalidValueException(field, "must be between " + min + " and " + max);
        }
        return value;
    }

    public static Duration positive(String field, Duration value) {
        present(field, value);
        if (value.isNegative() || value.isZero()) {
            throw new InvalidValueException(field, "must be positive");
        }
        return value;
    }

    public static Duration days(String field, Duration value, int minDays, int maxDays) {
        present(field, value);
        if (value.compareTo(Duration.ofDays(minDays)) < 0 || value.compareTo(Duration.ofDays(maxDays)) > 0) {
            throw new InvalidValueException(field, "must be between " + minDays + " and " + maxDays + " days");
        }
        return value;
    }
}
