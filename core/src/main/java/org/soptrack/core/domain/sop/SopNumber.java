package org.soptrack.core.domain.sop;

import org.soptrack.core.domain.shared.InvalidValueException;

/** The dealership's number for a special order: allocated per rooftop, counting from 1. */
public record SopNumber(long value) {

    public SopNumber {
        if (value < 1) {
            throw new InvalidValueException("sopNumber", "must be a positive number");
        }
    }

    public static SopNumber of(long value) {
        return new SopNumber(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
