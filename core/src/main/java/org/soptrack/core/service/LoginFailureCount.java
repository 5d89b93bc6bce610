package org.soptrack.core.service;

import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;
import org.soptrack.core.domain.security.Credential;
import org.soptrack.core.domain.security.LockoutPolicy;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.port.out.CredentialRepository;
import org.soptrack.core.port.out.UpdateResult;

/**
 * Counts failed logins and wrong second-factor codes on the credential, or clears them after a full success,
 * re-reading on a concurrent change so that parallel guesses are all counted (R-SEC-4).
 */
final class LoginFailureCount {

    private static final int MAX_RETRIES = 5;

    private final CredentialRepository credentials;
    private final LockoutPolicy lockout;

    LoginFailureCount(CredentialRepository credentials, LockoutPolicy lockout) {
        this.credentials = credentials;
        this.lockout = lockout;
    }

    /** Counts a failure; true when it locked the account. */
    boolean failed(TenantId tenant, Credential loaded, Instant now) {
        return remember(tenant, loaded, c -> c.recordFailure(lockout, now) ? Change.LOCKED : Change.CHANGED);
    }

    /** Forgets earlier failures. */
    void succeeded(TenantId tenant, Credential loaded) {
        remember(tenant, loaded, c -> c.recordSuccess() ? Change.CHANGED : Change.NONE);
    }

    private enum Change { NONE, CHANGED, LOCKED }

    private boolean remember(TenantId tenant, Credential loaded, Function<Credential, Change> step) {
        Credential credential = loaded;
        for (int attempt = 0; attempt < MAX_RETRIES; attempt++) {
            Change change = step.apply(credential);
            if (change == Change.NONE) {
                return false;
            }
            if (credentials.update(tenant, credential) == UpdateResult.UPDATED) {
                return change == Change.LOCKED;
            }
            Optional<Credential> reread = credentials.find(tenant, credential.memberId());
            if (reread.isEmpty()) {
                return false;
            }
            credential = reread.get();
        }
        throw new IllegalStateException("Could not record a login outcome after " + MAX_RETRIES + " tries");
    }
}
