package org.soptrack.server.http;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.exceptions.ConfigurationException;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.soptrack.core.domain.shared.InvalidValueException;
import org.soptrack.core.domain.shared.PhoneNumber;
import org.soptrack.core.domain.shared.RooftopId;
import org.soptrack.core.domain.tenancy.Actor;
import org.soptrack.core.domain.tenancy.Rooftop;
import org.soptrack.core.port.in.ListRooftopsUseCase;
import org.soptrack.core.port.in.Outcome;

/**
 * Reads phone numbers as people type them, at the edge (core takes E.164 only), with Google's libphonenumber. A number
 * without a country code is read in the rooftop's country: the rooftop the number is entered for (its SMS
 * recipients), or, for a customer or one's own second factor, the country of the rooftops the caller works at when
 * they are all in one; otherwise, and for the public form, in the deployment's region ({@code SOPTRACK_PHONE_REGION},
 * US by default). A number that cannot exist there (a wrong length, an unassigned area code) is refused with 422
 * naming the field, before anything would be sent to it.
 */
@Singleton
public final class PhoneNumbers {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    /** Reads numbers in one region. */
    public record Reader(String region) {

        /** The number {@code text} names, in E.164; an {@link InvalidValueException} on {@code field} otherwise. */
        public PhoneNumber read(String field, String text) {
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

        public Optional<PhoneNumber> optional(String field, String text) {
            return text == null ? Optional.empty() : Optional.of(read(field, text));
        }
    }

    private final Reader deployment;
    private final ListRooftopsUseCase rooftops;

    PhoneNumbers(@Value("${soptrack.phone-region:US}") String region, ListRooftopsUseCase rooftops) {
        this.deployment = new Reader(known(region));
        this.rooftops = rooftops;
    }

    private static String known(String region) {
        String upper = region.strip().toUpperCase(Locale.ROOT);
        if (!UTIL.getSupportedRegions().contains(upper)) {
            throw new ConfigurationException("SOPTRACK_PHONE_REGION is not a region libphonenumber knows: " + region);
        }
        return upper;
    }

    /** Numbers entered by {@code actor}, for {@code rooftop} when they belong to one. */
    public Reader forCaller(Actor actor, Optional<RooftopId> rooftop) {
        Outcome<List<Rooftop>> listed = rooftops.list(actor);
        if (!(listed instanceof Outcome.Ok<List<Rooftop>> ok)) {
            return deployment;
        }
        List<Rooftop> where = rooftop.map(id -> ok.value().stream().filter(r -> r.id().equals(id)).toList())
                .orElse(ok.value());
        Set<String> countries = where.stream().map(r -> r.details().country()).collect(Collectors.toSet());
        return countries.size() == 1 && UTIL.getSupportedRegions().contains(countries.iterator().next())
                ? new Reader(countries.iterator().next()) : deployment;
    }

    /** Numbers entered by someone who is not signed in (the public form). */
    public Reader anonymous() {
        return deployment;
    }
}
