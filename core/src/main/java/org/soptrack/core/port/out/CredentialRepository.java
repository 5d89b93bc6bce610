package org.soptrack.core.port.out;

import java.util.Optional;
import org.soptrack.core.domain.security.Credential;
import org.soptrack.core.domain.shared.MemberId;
import org.soptrack.core.domain.shared.TenantId;

/** Stores members' password hashes for built-in login; one credential per member. */
public interface CredentialRepository {

    void add(TenantId tenant, Credential credential);

    Optional<Credential> find(TenantId tenant, MemberId member);

    UpdateResult update(TenantId tenant, Credential credential);
}
