package org.soptrack.core.domain.sop;

import java.util.Locale;
import java.util.regex.Pattern;
import org.soptrack.core.domain.shared.InvalidValueException;
import org.soptrack.core.domain.shared.Require;

/** Normalizes dealership codes (RO numbers, part numbers): trimmed, upper-cased, from a small alphabet. */
final class Codes {

    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9./ -]*");

    private Codes() {
    }

    static String normalize(String field, String value, int max) {
        String v = Require.text(field, value, max).toUpperCase(Locale.ROOT);
        if (!CODE.matcher(v).matches()) {
            throw new InvalidValueException(field, "may hold only letters, digits, space, '.', '/' and '-'");
        }
        return v;
    }
}
