package org.soptrack.core.service;

import java.time.Instant;
import java.util.Optional;
import org.soptrack.core.domain.security.Credential;
import org.soptrack.core.domain.security.Password;
import org.soptrack.core.domain.security.PasswordPolicy;
import org.soptrack.core.domain.shared.MemberId;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.port.out.CredentialRepository;
import org.soptrack.core.port.out.PasswordHasherPort;

/** Checks a new member's password against the policy and stores only its hash. */
final class NewPasswords {

    private final PasswordPolicy policy;
    private final PasswordHasherPort hasher;
    private final CredentialRepository credentials;

    NewPasswords(PasswordPolicy policy, PasswordHasherPort hasher, CredentialRepository credentials) {
        this.policy = policy;
        this.hasher = hasher;
        this.credentials = credentials;
    }

    /** Why the password would be refused; empty if there is none or it is acceptable. */
    Optional<String> problem(Optional<Password> password) {
        return password.flatMap(policy::problem);
    }

    void store(TenantId tenant, MemberId member, Optional<Password> password, Instant now) {
        password.ifPresent(p -> credentials.add(tenant, Credential.create(member, tenant, hasher.hash(p), now)));
    }
}
