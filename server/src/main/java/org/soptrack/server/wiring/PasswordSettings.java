package org.soptrack.server.wiring;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.stream.Collectors;
import org.soptrack.core.domain.security.PasswordPolicy;

/**
 * {@code soptrack.passwords.*}: the minimum length of new passwords and the common-password list they are checked
 * against, the 100,000 most common passwords that nbvcxz ships (MIT licence) as {@code dictionaries/passwords.txt};
 * and the Argon2id cost (memory in KiB, passes), at least OWASP's minimum of 19 MiB and 2 passes.
 */
@ConfigurationProperties("soptrack.passwords")
record PasswordSettings(@Bindable(defaultValue = "12") int minLength,
                        @Bindable(defaultValue = "19456") int argon2MemoryKib,
                        @Bindable(defaultValue = "2") int argon2Iterations) {

    PasswordSettings {
        if (argon2MemoryKib < 19 * 1024 || argon2Iterations < 2) {
            throw new IllegalArgumentException("soptrack.passwords.argon2-memory-kib must be at least 19456 and "
                    + "argon2-iterations at least 2 (OWASP's minimum for Argon2id)");
        }
    }

    static final String COMMON_LIST = "dictionaries/passwords.txt";
    /** R-SEC-2 asks for at least the top 10,000; fewer means the list on the class path is not the one expected. */
    static final int MIN_LIST_SIZE = 10_000;

    PasswordPolicy policy() {
        return new PasswordPolicy(minLength, commonPasswords(PasswordSettings.class.getClassLoader()));
    }

    static Set<String> commonPasswords(ClassLoader loader) {
        try (InputStream in = loader.getResourceAsStream(COMMON_LIST)) {
            if (in == null) {
                throw new IllegalStateException("The common-password list " + COMMON_LIST + " is not on the class path");
            }
            Set<String> list = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::strip).filter(line -> !line.isEmpty()).collect(Collectors.toSet());
            if (list.size() < MIN_LIST_SIZE) {
                throw new IllegalStateException("The common-password list has only " + list.size() + " entries");
            }
            return list;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
