package org.soptrack.core.domain.shared;

import java.util.regex.Pattern;

/**
 * A phone number in E.164 form ({@code +15551234567}). Spaces, dots, dashes and brackets are dropped; ten digits
 * without a country code are read as a North American number.
 */
public record PhoneNumber(String value) {

    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{7,14}");

    public PhoneNumber {
        String digits = Require.text("phone", value, 40).replaceAll("[\\s().-]", "");
        if (digits.matches("[0-9]{10}")) {
            digits = "+1" + digits;
        }
        if (!E164.matcher(digits).matches()) {
            throw new InvalidValueException("phone", "is not a phone number");
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
