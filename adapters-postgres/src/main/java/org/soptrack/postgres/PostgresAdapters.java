package org.soptrack.postgres;

import jakarta.inject.Singleton;
import org.soptrack.core.port.out.ClockPort;
import org.soptrack.core.port.out.IdPort;
import org.soptrack.core.port.out.TokenPort;
import org.soptrack.core.service.CorePorts;

/** Every persistence port on PostgreSQL, ready to be completed with a clock, ids and tokens into {@link CorePorts}. */
@Singleton
public record PostgresAdapters(PostgresTransactions transactions, PostgresOrganizationRepository organizations,
                               PostgresRooftopRepository rooftops, PostgresMemberRepository members,
                               PostgresInvitationRepository invitations, PostgresOperatorAccessGrantRepository grants,
                               PostgresCustomerRepository customers, PostgresSpecialOrderRepository orders,
                               PostgresContactAttemptRepository contactAttempts, PostgresSopNumbers sopNumbers,
                               PostgresAuditLogRepository audit) {

    public CorePorts corePorts(ClockPort clock, IdPort ids, TokenPort tokens) {
        return new CorePorts(transactions, clock, ids, tokens, organizations, rooftops, members, invitations, grants,
                customers, orders, contactAttempts, sopNumbers, audit);
    }
}
