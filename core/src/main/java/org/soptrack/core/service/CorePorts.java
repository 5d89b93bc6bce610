package org.soptrack.core.service;

import org.soptrack.core.domain.shared.Require;
import org.soptrack.core.port.out.AccountTokenRepository;
import org.soptrack.core.port.out.AuditLogRepository;
import org.soptrack.core.port.out.BillingEventRepository;
import org.soptrack.core.port.out.ClockPort;
import org.soptrack.core.port.out.ContactAttemptRepository;
import org.soptrack.core.port.out.CredentialRepository;
import org.soptrack.core.port.out.CustomerRepository;
import org.soptrack.core.port.out.IdPort;
import org.soptrack.core.port.out.IncidentPort;
import org.soptrack.core.port.out.InvitationRepository;
import org.soptrack.core.port.out.LegalHoldRepository;
import org.soptrack.core.port.out.LinkSignaturePort;
import org.soptrack.core.port.out.MemberRepository;
import org.soptrack.core.port.out.NoteRepository;
import org.soptrack.core.port.out.NotificationSettingsRepository;
import org.soptrack.core.port.out.OneTimeCodePort;
import org.soptrack.core.port.out.OperatorAccessGrantRepository;
import org.soptrack.core.port.out.OrganizationRepository;
import org.soptrack.core.port.out.OutboxRepository;
import org.soptrack.core.port.out.PasswordHasherPort;
import org.soptrack.core.port.out.PersonalDataRepository;
import org.soptrack.core.port.out.PlatformAuditPort;
import org.soptrack.core.port.out.PublicRequestPort;
import org.soptrack.core.port.out.RetentionOverrideRepository;
import org.soptrack.core.port.out.RooftopRepository;
import org.soptrack.core.port.out.SessionRepository;
import org.soptrack.core.port.out.SopNumberPort;
import org.soptrack.core.port.out.SpecialOrderRepository;
import org.soptrack.core.port.out.SubjectRequestRepository;
import org.soptrack.core.port.out.TenantDataRepository;
import org.soptrack.core.port.out.TenantDirectoryPort;
import org.soptrack.core.port.out.TokenPort;
import org.soptrack.core.port.out.TotpPort;
import org.soptrack.core.port.out.TransactionPort;
import org.soptrack.core.port.out.TrustedDeviceRepository;
import org.soptrack.core.port.out.WebhookAddressPort;

/** Every out-port core needs, as one value an embedder fills with adapters. */
public record CorePorts(TransactionPort transactions, ClockPort clock, IdPort ids, TokenPort tokens,
                        OrganizationRepository organizations, RooftopRepository rooftops, MemberRepository members,
                        InvitationRepository invitations, OperatorAccessGrantRepository grants,
                        CustomerRepository customers, SpecialOrderRepository orders,
                        ContactAttemptRepository contactAttempts, SopNumberPort sopNumbers, AuditLogRepository audit,
                        CredentialRepository credentials, PasswordHasherPort passwordHasher,
                        SessionRepository sessions, TrustedDeviceRepository trustedDevices,
                        OneTimeCodePort oneTimeCodes, TotpPort totp,
                        TenantDirectoryPort tenants, OutboxRepository outbox,
                        NotificationSettingsRepository notificationSettings, LegalHoldRepository legalHolds,
                        BillingEventRepository billing, TenantDataRepository tenantData,
                        PublicRequestPort publicRequests, SubjectRequestRepository subjectRequests,
                        PersonalDataRepository personalData, RetentionOverrideRepository retentionOverrides,
                        WebhookAddressPort webhookAddresses, AccountTokenRepository accountTokens,
                        NoteRepository notes, LinkSignaturePort linkSignatures, PlatformAuditPort platformAudit,
                        IncidentPort incidents) {

    public CorePorts {
        Require.present("transactions", transactions);
        Require.present("clock", clock);
        Require.present("ids", ids);
        Require.present("tokens", tokens);
        Require.present("organizations", organizations);
        Require.present("rooftops", rooftops);
        Require.present("members", members);
        Require.present("invitations", invitations);
        Require.present("grants", grants);
        Require.present("customers", customers);
        Require.present("orders", orders);
        Require.present("contactAttempts", contactAttempts);
        Require.present("sopNumbers", sopNumbers);
        Require.present("audit", audit);
        Require.present("credentials", credentials);
        Require.present("passwordHasher", passwordHasher);
        Require.present("sessions", sessions);
        Require.present("trustedDevices", trustedDevices);
        Require.present("oneTimeCodes", oneTimeCodes);
        Require.present("totp", totp);
        Require.present("tenants", tenants);
        Require.present("outbox", outbox);
        Require.present("notificationSettings", notificationSettings);
        Require.present("billing", billing);
        Require.present("tenantData", tenantData);
        Require.present("publicRequests", publicRequests);
        Require.present("legalHolds", legalHolds);
        Require.present("subjectRequests", subjectRequests);
        Require.present("personalData", personalData);
        Require.present("retentionOverrides", retentionOverrides);
        Require.present("webhookAddresses", webhookAddresses);
        Require.present("accountTokens", accountTokens);
        Require.present("notes", notes);
        Require.present("linkSignatures", linkSignatures);
        Require.present("platformAudit", platformAudit);
        Require.present("incidents", incidents);
    }

    /** The same ports with another transaction manager: to wrap the adapter's (metrics, tracing, fault injection). */
    public CorePorts withTransactions(TransactionPort other) {
        return new CorePorts(other, clock, ids, tokens, organizations, rooftops, members, invitations, grants,
                customers, orders, contactAttempts, sopNumbers, audit, credentials, passwordHasher, sessions,
                trustedDevices, oneTimeCodes, totp, tenants, outbox, notificationSettings, legalHolds, billing,
                tenantData, publicRequests, subjectRequests, personalData, retentionOverrides, webhookAddresses,
                accountTokens, notes, linkSignatures, platformAudit, incidents);
    }

    /** The same ports with another tenant directory: to split the scheduled jobs' organizations between workers. */
    public CorePorts withTenants(TenantDirectoryPort other) {
        return new CorePorts(transactions, clock, ids, tokens, organizations, rooftops, members, invitations, grants,
                customers, orders, contactAttempts, sopNumbers, audit, credentials, passwordHasher, sessions,
                trustedDevices, oneTimeCodes, totp, other, outbox, notificationSettings, legalHolds, billing,
                tenantData, publicRequests, subjectRequests, personalData, retentionOverrides, webhookAddresses,
                accountTokens, notes, linkSignatures, platformAudit, incidents);
    }

    /** The same ports with another guard of webhook addresses. */
    public CorePorts withWebhookAddresses(WebhookAddressPort other) {
        return new CorePorts(transactions, clock, ids, tokens, organizations, rooftops, members, invitations, grants,
                customers, orders, contactAttempts, sopNumbers, audit, credentials, passwordHasher, sessions,
                trustedDevices, oneTimeCodes, totp, tenants, outbox, notificationSettings, legalHolds, billing,
                tenantData, publicRequests, subjectRequests, personalData, retentionOverrides, other, accountTokens,
                notes, linkSignatures, platformAudit, incidents);
    }

    /** The same ports with another password hasher: to raise its cost, which sign-ins then apply to old hashes. */
    public CorePorts withPasswordHasher(PasswordHasherPort other) {
        return new CorePorts(transactions, clock, ids, tokens, organizations, rooftops, members, invitations, grants,
                customers, orders, contactAttempts, sopNumbers, audit, credentials, other, sessions,
                trustedDevices, oneTimeCodes, totp, tenants, outbox, notificationSettings, legalHolds, billing,
                tenantData, publicRequests, subjectRequests, personalData, retentionOverrides, webhookAddresses,
                accountTokens, notes, linkSignatures, platformAudit, incidents);
    }
}
