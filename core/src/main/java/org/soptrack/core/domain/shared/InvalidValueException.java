package org.soptrack.core.domain.shared;

/** Thrown when a value object is built from input that breaks its rules; names the offending field. */
public final class InvalidValueException extends IllegalArgumentException {

    private final String field;

    public InvalidValueException(String field, String message) {
        super(field + ": " + message);
        this.field = field;
    }

    /** The name of the input field that was rejected. */
    public String field() {
        return field;
    }

    /** The reason without the field name. */
    public String reason() {
        return getMessage().substring(field.length() + 2);
    }
}
