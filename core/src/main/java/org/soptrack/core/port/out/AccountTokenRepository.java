package org.soptrack.core.port.out;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.soptrack.core.domain.security.AccountToken;
import org.soptrack.core.domain.shared.MemberId;
import org.soptrack.core.domain.shared.TenantId;

/**
 * Stores the e-mailed account links (password resets, e-mail confirmations) with the hash of their secret, never the
 * secret. Retention: {@code SECURITY_LOG} removes links requested before the cutoff, except those of held members; a
 * member's links go with the account's sign-in data.
 */
public interface AccountTokenRepository extends RetainedRecordsPort {

    void add(TenantId tenant, AccountToken token);

    Optional<AccountToken> find(TenantId tenant, UUID id);

    /** How many links of {@code purpose} the member was sent from {@code since} on: what the hourly limit counts. */
    int countRequestedSince(TenantId tenant, MemberId member, AccountToken.Purpose purpose, Instant since);

    UpdateResult update(TenantId tenant, AccountToken token);
}
