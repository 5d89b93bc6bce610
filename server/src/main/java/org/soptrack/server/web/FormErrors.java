package org.soptrack.server.web;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.soptrack.core.domain.shared.InvalidValueException;
import org.soptrack.core.port.in.Outcome;

/**
 * The problems of one submitted form, by field, as the page shows them next to the fields they name. Values are read
 * one field at a time so that every bad field is reported at once; core's own refusals name their field too.
 */
final class FormErrors {

    private final Map<String, String> errors = new HashMap<>();

    /** The value {@code read} makes of field {@code name}, or null (and the problem noted there) if it refuses it. */
    <T> T read(String name, Supplier<T> read) {
        return read(name, false, read);
    }

    /**
     * The value {@code read} makes of several fields at once (a record core checks whole), or null: the problem is
     * noted at the field core names (the last part of a dotted name: {@code vehicle.vin} is {@code vin}), else at
     * {@code fallback}.
     */
    <T> T readWhole(String fallback, Supplier<T> read) {
        return read(fallback, true, read);
    }

    private <T> T read(String name, boolean byCore, Supplier<T> read) {
        try {
            return read.get();
        } catch (InvalidValueException e) {
            String field = !byCore || e.field() == null || e.field().isBlank() ? name
                    : e.field().substring(e.field().lastIndexOf('.') + 1);
            errors.putIfAbsent(field, e.reason());
            return null;
        } catch (RuntimeException e) {
            errors.putIfAbsent(name, "is not valid");
            return null;
        }
    }

    void add(String name, String message) {
        errors.putIfAbsent(name, message);
    }

    /** Notes a refusal from core against the field it names (or the form as a whole). */
    void add(Outcome<?> refused) {
        if (refused instanceof Outcome.Invalid<?> invalid) {
            add(invalid.field(), invalid.message());
        } else if (refused instanceof Outcome.Rejected<?> rejected) {
            add("form", rejected.message());
        } else if (refused instanceof Outcome.Conflict<?> conflict) {
            add("form", conflict.message());
        } else {
            add("form", "This was not saved.");
        }
    }

    boolean any() {
        return !errors.isEmpty();
    }

    Map<String, String> asMap() {
        return Map.copyOf(errors);
    }
}
