package org.soptrack.core.domain.security;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a new password must meet (R-SEC-2): a minimum length (12 unless configured), no composition rules, and not
 * one of the commonly used passwords it is given (compared case-insensitively). Entries shorter than the minimum
 * length could never match, so the policy keeps only the others.
 */
public record PasswordPolicy(int minLength, Set<String> commonPasswords) {

    public static final int DEFAULT_MIN_LENGTH = 12;

    public PasswordPolicy {
        if (minLength < 8 || minLength > 64) {
            throw new IllegalArgumentException("minLength must be between 8 and 64");
        }
        int min = minLength;
        commonPasswords = commonPasswords.stream().filter(p -> p.codePointCount(0, p.length()) >= min)
                .map(p -> p.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    public static PasswordPolicy defaults() {
        return new PasswordPolicy(DEFAULT_MIN_LENGTH, Set.of());
    }

    /** Why the password is refused, or empty if it is acceptable. */
    public Optional<String> problem(Password password) {
        if (password.value().codePointCount(0, password.value().length()) < minLength) {
            return Optional.of("must be at least " + minLength + " characters");
        }
        if (commonPasswords.contains(password.value().toLowerCase(Locale.ROOT))) {
            return Optional.of("is too common; choose another");
        }
        return Optional.empty();
    }
}
