package org.soptrack.core.service;

import java.util.List;
import java.util.Map;
import org.soptrack.core.domain.retention.RetentionCategory;
import org.soptrack.core.port.in.AcceptInvitationUseCase;
import org.soptrack.core.port.in.AgingReportUseCase;
import org.soptrack.core.port.in.BdcDueListUseCase;
import org.soptrack.core.port.in.BillingUseCase;
import org.soptrack.core.port.in.ChangeMemberRoleUseCase;
import org.soptrack.core.port.in.ChangeRooftopUseCase;
import org.soptrack.core.port.in.CloseAccountUseCase;
import org.soptrack.core.port.in.CloseOperatorAccessUseCase;
import org.soptrack.core.port.in.CompleteSignInUseCase;
import org.soptrack.core.port.in.CountSpecialOrdersUseCase;
import org.soptrack.core.port.in.CreateRooftopUseCase;
import org.soptrack.core.port.in.CreateSpecialOrderUseCase;
import org.soptrack.core.port.in.CurrentMemberUseCase;
import org.soptrack.core.port.in.DeleteOrganizationUseCase;
import org.soptrack.core.port.in.DeliveryLogUseCase;
import org.soptrack.core.port.in.GetCustomerUseCase;
import org.soptrack.core.port.in.GetRepairOrderUseCase;
import org.soptrack.core.port.in.GetSpecialOrderUseCase;
import org.soptrack.core.port.in.IdentifyMemberUseCase;
import org.soptrack.core.port.in.InviteMemberUseCase;
import org.soptrack.core.port.in.KeepPartUseCase;
import org.soptrack.core.port.in.LegalHoldsUseCase;
import org.soptrack.core.port.in.ListOperatorGrantsUseCase;
import org.soptrack.core.port.in.ListRooftopsUseCase;
import org.soptrack.core.port.in.ListTeamUseCase;
import org.soptrack.core.port.in.LogContactAttemptUseCase;
import org.soptrack.core.port.in.LogInUseCase;
import org.soptrack.core.port.in.LogOutUseCase;
import org.soptrack.core.port.in.NotificationSettingsUseCase;
import org.soptrack.core.port.in.OpenOperatorAccessUseCase;
import org.soptrack.core.port.in.ReadAuditLogUseCase;
import org.soptrack.core.port.in.RefreshSessionUseCase;
import org.soptrack.core.port.in.RegisterCustomerUseCase;
import org.soptrack.core.port.in.RemoveMemberUseCase;
import org.soptrack.core.port.in.RequireMfaUseCase;
import org.soptrack.core.port.in.RestrictCustomerUseCase;
import org.soptrack.core.port.in.RetentionOverridesUseCase;
import org.soptrack.core.port.in.RetentionTableUseCase;
import org.soptrack.core.port.in.RevokeInvitationUseCase;
import org.soptrack.core.port.in.SearchSpecialOrdersUseCase;
import org.soptrack.core.port.in.SecondFactorSettingsUseCase;
import org.soptrack.core.port.in.SendTestNotificationUseCase;
import org.soptrack.core.port.in.SignUpOrganizationUseCase;
import org.soptrack.core.port.in.SubjectRequestsUseCase;
import org.soptrack.core.port.in.SweepRetentionUseCase;
import org.soptrack.core.port.in.TimedNotificationsUseCase;
import org.soptrack.core.port.in.TransitionSpecialOrderUseCase;
import org.soptrack.core.port.in.UpdateSpecialOrderUseCase;
import org.soptrack.core.port.out.RetainedRecordsPort;

/** Every use case of soptrack, built from one set of ports: the entry point for embedders and for wiring. */
public final class SoptrackCore {

    private final SignUpOrganizationUseCase signUp;
    private final CreateRooftopUseCase createRooftop;
    private final ChangeRooftopUseCase changeRooftop;
    private final ListRooftopsUseCase listRooftops;
    private final InviteMemberUseCase invite;
    private final AcceptInvitationUseCase accept;
    private final RevokeInvitationUseCase revoke;
    private final ListTeamUseCase listTeam;
    private final RemoveMemberUseCase removeMember;
    private final CloseAccountUseCase closeAccount;
    private final DeleteOrganizationUseCase deleteOrganization;
    private final ChangeMemberRoleUseCase changeRole;
    private final OpenOperatorAccessUseCase openAccess;
    private final CloseOperatorAccessUseCase closeAccess;
    private final ListOperatorGrantsUseCase listGrants;
    private final ReadAuditLogUseCase readAudit;
    private final RegisterCustomerUseCase registerCustomer;
    private final GetCustomerUseCase getCustomer;
    private final CreateSpecialOrderUseCase createOrder;
    private final UpdateSpecialOrderUseCase updateOrder;
    private final TransitionSpecialOrderUseCase transitionOrder;
    private final KeepPartUseCase keepPart;
    private final GetSpecialOrderUseCase getOrder;
    private final SearchSpecialOrdersUseCase searchOrders;
    private final CountSpecialOrdersUseCase countOrders;
    private final AgingReportUseCase agingReport;
    private final BdcDueListUseCase bdcDueList;
    private final LogContactAttemptUseCase logContact;
    private final GetRepairOrderUseCase getRepairOrder;
    private final LogInUseCase logIn;
    private final CompleteSignInUseCase completeSignIn;
    private final RefreshSessionUseCase refreshSession;
    private final LogOutUseCase logOut;
    private final CurrentMemberUseCase currentMember;
    private final SecondFactorSettingsUseCase secondFactor;
    private final RequireMfaUseCase requireMfa;
    private final IdentifyMemberUseCase identifyMember;
    private final NotificationSettingsUseCase notificationSettings;
    private final DeliveryLogUseCase deliveryLog;
    private final SendTestNotificationUseCase testNotification;
    private final TimedNotificationsUseCase timedNotifications;
    private final SweepRetentionUseCase sweepRetention;
    private final LegalHoldsUseCase legalHolds;
    private final SubjectRequestsUseCase subjectRequests;
    private final RetentionOverridesUseCase retentionOverrides;
    private final RetentionTableUseCase retentionTable;
    private final RestrictCustomerUseCase restrictCustomer;
    private final BillingUseCase billing;

    public SoptrackCore(CorePorts p, CoreSettings settings) {
        UseCaseContext ctx = new UseCaseContext(p.transactions(), p.members(), p.organizations(), p.grants(), p.sessions(),
                settings.sessions(), p.audit(), p.clock(), p.ids());
        SignInSessions sessions = new SignInSessions(ctx, p.members(), p.sessions(), p.trustedDevices(), p.tokens(),
                p.oneTimeCodes(), settings.sessions());
        LoginFailureCount failures = new LoginFailureCount(p.credentials(), settings.lockout());
        SpecialOrderChanges changes = new SpecialOrderChanges(p.orders());
        RepairOrderFollowUp followUps = new RepairOrderFollowUp(p.orders(), p.contactAttempts());
        NewPasswords passwords = new NewPasswords(settings.passwords(), p.passwordHasher(), p.credentials());
        Notifications notifications = new Notifications(p.outbox(), p.notificationSettings(), p.clock(), p.ids());
        NotificationFacts facts = new NotificationFacts(settings.publicUrl());
        OrderNotifications orderEvents = new OrderNotifications(notifications, facts, p.orders(), p.rooftops(),
                p.customers());
        AccountMessages accountMessages = new AccountMessages(notifications, facts, p.organizations(), p.members());
        signUp = new SignUpOrganizationService(ctx, p.organizations(), p.rooftops(), p.members(), passwords,
                accountMessages);
        logIn = new LogInService(ctx, p.members(), p.organizations(), p.credentials(), p.passwordHasher(), failures,
                sessions);
        completeSignIn = new CompleteSignInService(ctx, p.members(), p.credentials(), p.sessions(), p.totp(), failures,
                sessions);
        refreshSession = new RefreshSessionService(ctx, p.members(), p.sessions(), sessions);
        logOut = new LogOutService(ctx, p.sessions(), sessions);
        currentMember = new CurrentMemberService(ctx);
        Reauthentication reauthentication = new Reauthentication(ctx, p.credentials(), p.passwordHasher(), failures);
        secondFactor = new SecondFactorSettingsService(ctx, p.credentials(), p.organizations(), p.trustedDevices(),
                reauthentication, p.totp(), sessions);
        requireMfa = new RequireMfaService(ctx, p.organizations());
        identifyMember = new IdentifyMemberService(ctx, p.members());
        createRooftop = new CreateRooftopService(ctx, p.rooftops());
        changeRooftop = new ChangeRooftopService(ctx, p.rooftops());
        listRooftops = new ListRooftopsService(ctx, p.rooftops());
        invite = new InviteMemberService(ctx, p.invitations(), p.members(), p.rooftops(), p.tokens(),
                settings.invitationValidity(), accountMessages);
        accept = new AcceptInvitationService(ctx, p.invitations(), p.members(), p.tokens(), passwords);
        revoke = new RevokeInvitationService(ctx, p.invitations());
        listTeam = new ListTeamService(ctx, p.members(), p.invitations());
        removeMember = new RemoveMemberService(ctx, p.members(), sessions);
        closeAccount = new CloseAccountService(ctx, p, reauthentication, sessions, accountMessages,
                settings.retention());
        deleteOrganization = new DeleteOrganizationService(ctx, p.organizations(), p.members(), reauthentication,
                accountMessages, settings.lifecycle());
        changeRole = new ChangeMemberRoleService(ctx, p.members(), p.rooftops());
        openAccess = new OpenOperatorAccessService(ctx, p.organizations(), p.grants(), settings.maxOperatorGrant());
        closeAccess = new CloseOperatorAccessService(ctx, p.grants());
        listGrants = new ListOperatorGrantsService(ctx, p.grants());
        readAudit = new ReadAuditLogService(ctx, p.audit());
        registerCustomer = new RegisterCustomerService(ctx, p.customers());
        CustomerVisibility visibleCustomers = new CustomerVisibility(p.customers(), p.orders());
        getCustomer = new GetCustomerService(ctx, visibleCustomers);
        createOrder = new CreateSpecialOrderService(ctx, p.orders(), p.rooftops(), visibleCustomers, p.sopNumbers(),
                orderEvents);
        updateOrder = new UpdateSpecialOrderService(ctx, changes, visibleCustomers, orderEvents);
        transitionOrder = new TransitionSpecialOrderService(ctx, changes, orderEvents);
        keepPart = new KeepPartService(ctx, changes);
        getOrder = new GetSpecialOrderService(ctx, changes);
        searchOrders = new SearchSpecialOrdersService(ctx, p.orders());
        countOrders = new CountSpecialOrdersService(ctx, p.orders());
        agingReport = new AgingReportService(ctx, p.orders(), p.rooftops());
        bdcDueList = new BdcDueListService(ctx, p.orders(), p.rooftops(), followUps);
        logContact = new LogContactAttemptService(ctx, p.orders(), p.contactAttempts());
        getRepairOrder = new GetRepairOrderService(ctx, p.rooftops(), followUps);
        NotificationSettingsService notificationSettingsService = new NotificationSettingsService(ctx, p.rooftops(),
                p.notificationSettings(), notifications, p.webhookAddresses());
        notificationSettings = notificationSettingsService;
        deliveryLog = new DeliveryLogService(ctx, p.outbox());
        testNotification = new SendTestNotificationService(ctx, notificationSettingsService, notifications);
        timedNotifications = new TimedNotificationsService(p, followUps, orderEvents);
        sweepRetention = new SweepRetentionService(ctx, p.tenants(), p.legalHolds(), settings.retention(),
                settings.sweepBatchSize(), retainedRecords(p), p.organizations(), p.tenantData(), p.publicRequests(),
                p.retentionOverrides(), p.members(), new TrialLapses(ctx, p.organizations(), accountMessages,
                        settings.lifecycle(), settings.retention().rule(RetentionCategory.TENANT_DATA).period()));
        retentionOverrides = new RetentionOverridesService(ctx, p.retentionOverrides(), settings.retention());
        billing = new BillingService(ctx, p.organizations(), p.billing(), accountMessages,
                settings.retention().rule(RetentionCategory.TENANT_DATA).period(), settings.lifecycle());
        legalHolds = new LegalHoldsService(ctx, p.legalHolds(), p.members(), p.customers());
        subjectRequests = new SubjectRequestsService(ctx, p, notifications, reauthentication);
        retentionTable = new RetentionTableService(settings.retention());
        restrictCustomer = new RestrictCustomerService(ctx, p.customers());
    }

    /** Which stores hold the records of each retention category. */
    private static Map<RetentionCategory, List<RetainedRecordsPort>> retainedRecords(CorePorts p) {
        return Map.of(
                RetentionCategory.SECURITY_LOG, List.of(p.audit(), p.sessions()),
                RetentionCategory.MFA_CODES, List.of(p.sessions(), p.outbox()),
                RetentionCategory.TRUSTED_DEVICES, List.of(p.trustedDevices()),
                RetentionCategory.INACTIVE_MEMBERS, List.of(p.members()),
                RetentionCategory.DELETED_MEMBERS, List.of(p.members()),
                RetentionCategory.OPERATOR_AUDIT, List.of(p.audit(), p.grants()),
                RetentionCategory.DELIVERY_LOG, List.of(p.outbox()),
                RetentionCategory.TENANT_DATA, List.of(p.tenantData()),
                RetentionCategory.BILLING_RECORDS, List.of(p.billing()));
    }

    public SoptrackCore(CorePorts ports) {
        this(ports, CoreSettings.DEFAULTS);
    }

    public SweepRetentionUseCase sweepRetention() {
        return sweepRetention;
    }

    public LegalHoldsUseCase legalHolds() {
        return legalHolds;
    }

    public SubjectRequestsUseCase subjectRequests() {
        return subjectRequests;
    }

    public RetentionOverridesUseCase retentionOverrides() {
        return retentionOverrides;
    }

    public RetentionTableUseCase retentionTable() {
        return retentionTable;
    }

    public BillingUseCase billing() {
        return billing;
    }

    public RestrictCustomerUseCase restrictCustomer() {
        return restrictCustomer;
    }

    public NotificationSettingsUseCase notificationSettings() {
        return notificationSettings;
    }

    public DeliveryLogUseCase deliveryLog() {
        return deliveryLog;
    }

    public SendTestNotificationUseCase sendTestNotification() {
        return testNotification;
    }

    public TimedNotificationsUseCase timedNotifications() {
        return timedNotifications;
    }

    public LogInUseCase logIn() {
        return logIn;
    }

    public CompleteSignInUseCase completeSignIn() {
        return completeSignIn;
    }

    public RefreshSessionUseCase refreshSession() {
        return refreshSession;
    }

    public LogOutUseCase logOut() {
        return logOut;
    }

    public CurrentMemberUseCase currentMember() {
        return currentMember;
    }

    public SecondFactorSettingsUseCase secondFactorSettings() {
        return secondFactor;
    }

    public RequireMfaUseCase requireMfa() {
        return requireMfa;
    }

    public IdentifyMemberUseCase identifyMember() {
        return identifyMember;
    }

    public SignUpOrganizationUseCase signUp() {
        return signUp;
    }

    public CreateRooftopUseCase createRooftop() {
        return createRooftop;
    }

    public ChangeRooftopUseCase changeRooftop() {
        return changeRooftop;
    }

    public ListRooftopsUseCase listRooftops() {
        return listRooftops;
    }

    public InviteMemberUseCase inviteMember() {
        return invite;
    }

    public AcceptInvitationUseCase acceptInvitation() {
        return accept;
    }

    public RevokeInvitationUseCase revokeInvitation() {
        return revoke;
    }

    public ListTeamUseCase listTeam() {
        return listTeam;
    }

    public RemoveMemberUseCase removeMember() {
        return removeMember;
    }

    public CloseAccountUseCase closeAccount() {
        return closeAccount;
    }

    public DeleteOrganizationUseCase deleteOrganization() {
        return deleteOrganization;
    }

    public ChangeMemberRoleUseCase changeMemberRole() {
        return changeRole;
    }

    public OpenOperatorAccessUseCase openOperatorAccess() {
        return openAccess;
    }

    public CloseOperatorAccessUseCase closeOperatorAccess() {
        return closeAccess;
    }

    public ListOperatorGrantsUseCase listOperatorGrants() {
        return listGrants;
    }

    public ReadAuditLogUseCase readAuditLog() {
        return readAudit;
    }

    public RegisterCustomerUseCase registerCustomer() {
        return registerCustomer;
    }

    public GetCustomerUseCase getCustomer() {
        return getCustomer;
    }

    public CreateSpecialOrderUseCase createSpecialOrder() {
        return createOrder;
    }

    public UpdateSpecialOrderUseCase updateSpecialOrder() {
        return updateOrder;
    }

    public TransitionSpecialOrderUseCase transitionSpecialOrder() {
        return transitionOrder;
    }

    public KeepPartUseCase keepPart() {
        return keepPart;
    }

    public GetSpecialOrderUseCase getSpecialOrder() {
        return getOrder;
    }

    public SearchSpecialOrdersUseCase searchSpecialOrders() {
        return searchOrders;
    }

    public CountSpecialOrdersUseCase countSpecialOrders() {
        return countOrders;
    }

    public AgingReportUseCase agingReport() {
        return agingReport;
    }

    public BdcDueListUseCase bdcDueList() {
        return bdcDueList;
    }

    public LogContactAttemptUseCase logContactAttempt() {
        return logContact;
    }

    public GetRepairOrderUseCase getRepairOrder() {
        return getRepairOrder;
    }
}
