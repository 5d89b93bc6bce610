package org.soptrack.core.port.in;

import java.time.Instant;
import java.util.Optional;
import org.soptrack.core.domain.security.Password;
import org.soptrack.core.domain.tenancy.MemberActor;

/**
 * A member's request to have their own account deleted (SPEC §6, "member account after a deletion request"). The
 * account stops working at once: its sessions end and its trusted devices are revoked. The retention rule
 * {@code DELETED_MEMBERS} deletes it once its period has passed. A member with a password here gives it again
 * ({@code reauthentication-failed} otherwise); the last owner of an organization cannot leave it ownerless
 * ({@code last-owner}).
 */
public interface CloseAccountUseCase {

    String LAST_OWNER = "last-owner";

    /** When the request was made, and the day from which the sweep deletes the account. */
    record Closed(Instant requestedAt, Instant deletedFrom) {
    }

    Outcome<Closed> requestDeletion(MemberActor actor, Optional<Password> currentPassword);
}
