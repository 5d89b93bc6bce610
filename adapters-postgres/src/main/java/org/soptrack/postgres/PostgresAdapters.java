package org.soptrack.postgres;

import jakarta.inject.Singleton;

/**
 * Every persistence port on PostgreSQL in one bean; an embedder adds a clock, ids and tokens to make core's ports
 * (the reference server does so in its wiring).
 */
@Singleton
public record PostgresAdapters(PostgresTransactions transactions, PostgresOrganizationRepository organizations,
                               PostgresRooftopRepository rooftops, PostgresMemberRepository members,
                               PostgresInvitationRepository invitations, PostgresOperatorAccessGrantRepository grants,
                               PostgresCustomerRepository customers, PostgresSpecialOrderRepository orders,
                               PostgresContactAttemptRepository contactAttempts, PostgresSopNumbers sopNumbers,
                               PostgresAuditLogRepository audit,
                               PostgresCredentialRepository credentials, PostgresSessionRepository sessions,
                               PostgresTrustedDeviceRepository trustedDevices,
                               PostgresTenantDirectory tenants, PostgresOutboxRepository outbox,
                               PostgresNotificationSettingsRepository notificationSettings,
                               PostgresLegalHoldRepository legalHolds, PostgresBillingEventRepository billing,
                               PostgresTenantDataRepository tenantData, PostgresPublicRequests publicRequests,
                               PostgresSubjectRequestRepository subjectRequests,
                               PostgresPersonalData personalData,
                               PostgresRetentionOverrides retentionOverrides,
                               PostgresAccountTokenRepository accountTokens, PostgresNoteRepository notes,
                               PostgresPlatformAudit platformAudit, PostgresIncidents incidents) {
}
