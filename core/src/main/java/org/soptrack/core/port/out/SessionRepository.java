package org.soptrack.core.port.out;

import java.util.List;
import java.util.Optional;
import org.soptrack.core.domain.security.Session;
import org.soptrack.core.domain.shared.MemberId;
import org.soptrack.core.domain.shared.SessionId;
import org.soptrack.core.domain.shared.TenantId;

/**
 * Stores sign-in sessions, inside the member's tenant. Retention: {@code MFA_CODES} removes sessions still waiting
 * for their second factor that started before the cutoff; {@code SECURITY_LOG} removes the other sessions (with their
 * address and user agent) that ended, or were last used, before it.
 */
public interface SessionRepository extends RetainedRecordsPort {

    void add(TenantId tenant, Session session);

    Optional<Session> find(TenantId tenant, SessionId id);

    /** The member's sessions that have not ended (active or waiting for a second factor), oldest first. */
    List<Session> findOpen(TenantId tenant, MemberId member);

    UpdateResult update(TenantId tenant, Session session);
}
