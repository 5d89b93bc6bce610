package org.soptrack.server.http;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.exceptions.ConfigurationException;
import jakarta.inject.Singleton;
import java.util.Locale;
import java.util.Optional;
import org.soptrack.core.domain.shared.InvalidValueException;
import org.soptrack.core.domain.shared.PhoneNumber;

/**
 * Reads phone numbers as people type them, at the edge (core takes E.164 only): with Google's libphonenumber, a number
 * without a country code is read in the deployment's region ({@code SOPTRACK_PHONE_REGION}, US by default; rooftops
 * have no country of their own yet), and a number that cannot exist there (a wrong length, an unassigned area code) is
 * refused with 422 naming the field, before anything would be sent to it.
 */
@Singleton
final class PhoneNumbers {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    private final String region;

    PhoneNumbers(@Value("${soptrack.phone-region:US}") String region) {
        String upper = region.strip().toUpperCase(Locale.ROOT);
        if (!UTIL.getSupportedRegions().contains(upper)) {
            throw new ConfigurationException("SOPTRACK_PHONE_REGION is not a region libphonenumber knows: " + region);
        }
        this.region = upper;
    }

    /** The number {@code text} names, in E.164; an {@link InvalidValueException} on {@code field} otherwise. */
    PhoneNumber read(String field, String text) {
        if (text == null || text.isBlank() || text.length() > 40) {
            throw new InvalidValueException(field, text == null || text.isBlank() ? "must not be blank"
                    : "is not a phone number");
        }
        try {
            var parsed = UTIL.parse(text, region);
            if (!UTIL.isValidNumber(parsed)) {
                throw new InvalidValueException(field, "is not a valid phone number");
            }
            return PhoneNumber.of(UTIL.format(parsed, PhoneNumberUtil.PhoneNumberFormat.E164));
        } catch (NumberParseException e) {
            throw new InvalidValueException(field, "is not a phone number");
        }
    }

    Optional<PhoneNumber> optional(String field, String text) {
        return text == null ? Optional.empty() : Optional.of(read(field, text));
    }
}
