package org.soptrack.core.port.out;

import java.time.Instant;
import java.util.OptionalLong;

/**
 * Time-based one-time passwords (RFC 6238: HMAC-SHA1, 6 digits, 30-second steps) for authenticator apps. Keys are
 * written in Base32, the form authenticator apps take.
 */
public interface TotpPort {

    /** A new random key of at least 160 bits, in Base32. */
    String newKey();

    /**
     * The time step whose code is {@code code}, looking one step either side of {@code now} for clock drift; empty if
     * none matches. Core refuses a step it accepted before, so a code works once.
     */
    OptionalLong matchingStep(String key, String code, Instant now);
}
