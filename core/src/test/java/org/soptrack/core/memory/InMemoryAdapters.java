package org.soptrack.core.memory;

import org.soptrack.core.port.out.ClockPort;
import org.soptrack.core.port.out.IdPort;
import org.soptrack.core.port.out.WebhookAddressPort;
import org.soptrack.core.service.CorePorts;
import org.soptrack.core.service.SecureRandomTokens;

/** Builds a complete set of in-memory ports sharing one transaction manager. */
public final class InMemoryAdapters {

    private InMemoryAdapters() {
    }

    public static CorePorts create(ClockPort clock) {
        InMemoryTransactions tx = new InMemoryTransactions();
        InMemoryOrganizationRepository organizations = new InMemoryOrganizationRepository(tx);
        InMemoryOutboxRepository outbox = new InMemoryOutboxRepository(tx);
        InMemoryCustomerRepository customers = new InMemoryCustomerRepository(tx);
        InMemorySpecialOrderRepository orders = new InMemorySpecialOrderRepository(tx);
        customers.reachThrough(orders);
        orders.namesFrom(customers);
        InMemoryContactAttemptRepository attempts = new InMemoryContactAttemptRepository(tx);
        InMemoryNotificationSettingsRepository settings = new InMemoryNotificationSettingsRepository(tx);
        InMemoryCredentialRepository credentials = new InMemoryCredentialRepository(tx);
        InMemorySessionRepository sessions = new InMemorySessionRepository(tx);
        InMemoryTrustedDeviceRepository devices = new InMemoryTrustedDeviceRepository(tx);
        InMemoryAccountTokenRepository links = new InMemoryAccountTokenRepository(tx);
        InMemoryMemberRepository members = new InMemoryMemberRepository(tx, credentials, sessions, devices, links);
        InMemoryAuditLogRepository audit = new InMemoryAuditLogRepository(tx);
        InMemorySubjectRequestRepository requests = new InMemorySubjectRequestRepository(tx);
        InMemoryRooftopRepository rooftops = new InMemoryRooftopRepository(tx);
        InMemoryInvitationRepository invitations = new InMemoryInvitationRepository(tx);
        InMemorySopNumbers counters = new InMemorySopNumbers(tx);
        InMemoryRetentionOverrides overrides = new InMemoryRetentionOverrides(tx);
        InMemoryNoteRepository notes = new InMemoryNoteRepository(tx);
        InMemoryPlatformAudit platformAudit = new InMemoryPlatformAudit();
        InMemoryPublicRequests publicRequests = new InMemoryPublicRequests(platformAudit);
        return new CorePorts(tx, clock, IdPort.random(), new SecureRandomTokens(),
                organizations, rooftops,
                members, invitations,
                new InMemoryOperatorAccessGrantRepository(tx), customers, orders, attempts,
                counters, audit,
                credentials, new FastTestPasswordHasher(),
                sessions, devices, new RecordedCodes(),
                new ReferenceTotp(), new InMemoryTenantDirectory(organizations, outbox, members, customers), outbox, settings,
                new InMemoryLegalHoldRepository(tx), new InMemoryBillingEventRepository(tx),
                new InMemoryTenantDataRepository(attempts, orders, outbox, settings, customers, requests, invitations,
                        rooftops, overrides, counters, notes),
                publicRequests, requests,
                new InMemoryPersonalData(tx, customers, orders, attempts, outbox, audit, members, requests, notes),
                overrides, WebhookAddressPort.anyAddress(), links, notes,
                TestLinkSignatures.standard(), platformAudit, new InMemoryIncidents(platformAudit, tx));
    }
}
