package org.soptrack.core.domain.shared;

import java.util.regex.Pattern;

/**
 * A phone number in E.164 form ({@code +15551234567}): a plus, a country code and at most 15 digits in all. Core
 * does not guess what a number typed without its country code means, nor whether such a number exists; that is the
 * edge's job (the reference server reads typed numbers with libphonenumber). Spaces, dots, dashes and brackets in an
 * E.164 number are dropped.
 */
public record PhoneNumber(String value) {

    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{7,14}");

    public PhoneNumber {
        String digits = Require.text("phone", value, 40).replaceAll("[\\s().-]", "");
        if (!E164.matcher(digits).matches()) {
            throw new InvalidValueException("phone", "is not a phone number in international form (+ and country code)");
        }
        value = digits;
    }

    public static PhoneNumber of(String value) {
        return new PhoneNumber(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
