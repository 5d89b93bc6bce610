package org.soptrack.server.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;
import org.soptrack.core.domain.security.Password;
import org.soptrack.core.domain.security.PasswordHash;
import org.soptrack.core.port.out.PasswordHasherPort;

/**
 * Argon2id from Bouncy Castle, stored as a PHC string ({@code $argon2id$v=19$m=…,t=…,p=…$salt$hash}) so that
 * parameters can be raised later without breaking stored hashes. Defaults follow OWASP's minimum: 19 MiB, 2 passes,
 * 1 lane, 16-byte salt, 32-byte hash. When the parameters rise, each member's password is hashed again at their next
 * sign-in ({@link #needsRehash}).
 */
public final class Argon2PasswordHasher implements PasswordHasherPort {

    private static final Pattern PHC = Pattern.compile(
            "\\$argon2id\\$v=19\\$m=(\\d{1,7}),t=(\\d{1,2}),p=(\\d{1,2})\\$([A-Za-z0-9+/]+)\\$([A-Za-z0-9+/]+)");
    private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getDecoder();

    private final int memoryKib;
    private final int iterations;
    private final SecureRandom random = new SecureRandom();
    private final CompletableFuture<PasswordHash> decoy;

    public Argon2PasswordHasher(int memoryKib, int iterations) {
        this.memoryKib = memoryKib;
        this.iterations = iterations;
        byte[] nobody = new byte[32];
        random.nextBytes(nobody);
        // hashed beside the start rather than in it; ready long before a sign-in could ask for it
        this.decoy = CompletableFuture.supplyAsync(() -> hash(new Password(B64.encodeToString(nobody))));
    }

    @Override
    public PasswordHash hash(Password password) {
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        byte[] hash = derive(password, salt, memoryKib, iterations, 1, 32);
        return new PasswordHash("$argon2id$v=19$m=" + memoryKib + ",t=" + iterations + ",p=1$"
                + B64.encodeToString(salt) + "$" + B64.encodeToString(hash));
    }

    @Override
    public boolean matches(Password password, PasswordHash stored) {
        Matcher m = PHC.matcher(stored.encoded());
        if (!m.matches()) {
            return false;
        }
        byte[] expected = B64D.decode(m.group(5));
        byte[] actual = derive(password, B64D.decode(m.group(4)), Integer.parseInt(m.group(1)),
                Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)), expected.length);
        return MessageDigest.isEqual(expected, actual);
    }

    @Override
    public PasswordHash decoy() {
        return decoy.join();
    }

    /** True for a hash with less memory or fewer passes than this hasher uses now; a stronger one is kept. */
    @Override
    public boolean needsRehash(PasswordHash stored) {
        Matcher m = PHC.matcher(stored.encoded());
        return m.matches() && (Integer.parseInt(m.group(1)) < memoryKib || Integer.parseInt(m.group(2)) < iterations);
    }

    private static byte[] derive(Password password, byte[] salt, int memoryKib, int iterations, int lanes, int length) {
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id).withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(memoryKib).withIterations(iterations).withParallelism(lanes).withSalt(salt).build());
        byte[] out = new byte[length];
        generator.generateBytes(password.value().getBytes(StandardCharsets.UTF_8), out);
        return out;
    }
}
