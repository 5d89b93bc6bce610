package org.soptrack.server.wiring;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import org.soptrack.core.port.in.AcceptInvitationUseCase;
import org.soptrack.core.port.in.AgingReportUseCase;
import org.soptrack.core.port.in.BdcDueListUseCase;
import org.soptrack.core.port.in.BillingUseCase;
import org.soptrack.core.port.in.ChangeMemberRoleUseCase;
import org.soptrack.core.port.in.ChangeRooftopUseCase;
import org.soptrack.core.port.in.ChooseOrganizationUseCase;
import org.soptrack.core.port.in.CloseAccountUseCase;
import org.soptrack.core.port.in.CloseOperatorAccessUseCase;
import org.soptrack.core.port.in.CompleteSignInUseCase;
import org.soptrack.core.port.in.CorrectCustomerUseCase;
import org.soptrack.core.port.in.CountSpecialOrdersUseCase;
import org.soptrack.core.port.in.CreateRooftopUseCase;
import org.soptrack.core.port.in.CreateSpecialOrderUseCase;
import org.soptrack.core.port.in.CurrentMemberUseCase;
import org.soptrack.core.port.in.CustomerOptOutUseCase;
import org.soptrack.core.port.in.DeleteOrganizationUseCase;
import org.soptrack.core.port.in.DeliveryLogUseCase;
import org.soptrack.core.port.in.GetCustomerUseCase;
import org.soptrack.core.port.in.GetRepairOrderUseCase;
import org.soptrack.core.port.in.GetSpecialOrderUseCase;
import org.soptrack.core.port.in.IdentifyMemberUseCase;
import org.soptrack.core.port.in.InviteMemberUseCase;
import org.soptrack.core.port.in.KeepPartUseCase;
import org.soptrack.core.port.in.IncidentsUseCase;
import org.soptrack.core.port.in.LegalHoldsUseCase;
import org.soptrack.core.port.in.ListOperatorGrantsUseCase;
import org.soptrack.core.port.in.ListRooftopsUseCase;
import org.soptrack.core.port.in.ListTeamUseCase;
import org.soptrack.core.port.in.LogContactAttemptUseCase;
import org.soptrack.core.port.in.LogInUseCase;
import org.soptrack.core.port.in.LogOutUseCase;
import org.soptrack.core.port.in.NotesUseCase;
import org.soptrack.core.port.in.NotificationSettingsUseCase;
import org.soptrack.core.port.in.OpenOperatorAccessUseCase;
import org.soptrack.core.port.in.OwnProfileUseCase;
import org.soptrack.core.port.in.PartsBoardUseCase;
import org.soptrack.core.port.in.PasswordResetUseCase;
import org.soptrack.core.port.in.ReadAuditLogUseCase;
import org.soptrack.core.port.in.ReceivingUseCase;
import org.soptrack.core.port.in.RefreshSessionUseCase;
import org.soptrack.core.port.in.RegisterCustomerUseCase;
import org.soptrack.core.port.in.RemoveMemberUseCase;
import org.soptrack.core.port.in.RequireMfaUseCase;
import org.soptrack.core.port.in.RestrictCustomerUseCase;
import org.soptrack.core.port.in.RetentionOverridesUseCase;
import org.soptrack.core.port.in.RetentionTableUseCase;
import org.soptrack.core.port.in.RevokeInvitationUseCase;
import org.soptrack.core.port.in.SearchSpecialOrdersUseCase;
import org.soptrack.core.port.in.SearchUseCase;
import org.soptrack.core.port.in.SecondFactorSettingsUseCase;
import org.soptrack.core.port.in.SendTestNotificationUseCase;
import org.soptrack.core.port.in.SignUpOrganizationUseCase;
import org.soptrack.core.port.in.SubjectRequestsUseCase;
import org.soptrack.core.port.in.SweepRetentionUseCase;
import org.soptrack.core.port.in.TimedNotificationsUseCase;
import org.soptrack.core.port.in.TransitionSpecialOrderUseCase;
import org.soptrack.core.port.in.UpdateSpecialOrderUseCase;
import org.soptrack.core.port.in.WatchRooftopUseCase;
import org.soptrack.core.service.SoptrackCore;

/** Each use case of core as its own bean, so that controllers depend on the use cases they call and nothing else. */
@Factory
final class UseCaseFactory {

    @Singleton
    LogInUseCase logIn(SoptrackCore core) {
        return core.accounts().logIn();
    }

    @Singleton
    ChooseOrganizationUseCase chooseOrganization(SoptrackCore core) {
        return core.accounts().chooseOrganization();
    }

    @Singleton
    CompleteSignInUseCase completeSignIn(SoptrackCore core) {
        return core.accounts().completeSignIn();
    }

    @Singleton
    RefreshSessionUseCase refreshSession(SoptrackCore core) {
        return core.accounts().refreshSession();
    }

    @Singleton
    LogOutUseCase logOut(SoptrackCore core) {
        return core.accounts().logOut();
    }

    @Singleton
    CurrentMemberUseCase currentMember(SoptrackCore core) {
        return core.accounts().currentMember();
    }

    @Singleton
    SecondFactorSettingsUseCase secondFactorSettings(SoptrackCore core) {
        return core.accounts().secondFactorSettings();
    }

    @Singleton
    RequireMfaUseCase requireMfa(SoptrackCore core) {
        return core.organizations().requireMfa();
    }

    @Singleton
    IdentifyMemberUseCase identifyMember(SoptrackCore core) {
        return core.accounts().identifyMember();
    }

    @Singleton
    SignUpOrganizationUseCase signUp(SoptrackCore core) {
        return core.organizations().signUp();
    }

    @Singleton
    CreateRooftopUseCase createRooftop(SoptrackCore core) {
        return core.organizations().createRooftop();
    }

    @Singleton
    ChangeRooftopUseCase changeRooftop(SoptrackCore core) {
        return core.organizations().changeRooftop();
    }

    @Singleton
    ListRooftopsUseCase listRooftops(SoptrackCore core) {
        return core.organizations().listRooftops();
    }

    @Singleton
    InviteMemberUseCase inviteMember(SoptrackCore core) {
        return core.team().inviteMember();
    }

    @Singleton
    AcceptInvitationUseCase acceptInvitation(SoptrackCore core) {
        return core.team().acceptInvitation();
    }

    @Singleton
    RevokeInvitationUseCase revokeInvitation(SoptrackCore core) {
        return core.team().revokeInvitation();
    }

    @Singleton
    ListTeamUseCase listTeam(SoptrackCore core) {
        return core.team().listTeam();
    }

    @Singleton
    RemoveMemberUseCase removeMember(SoptrackCore core) {
        return core.team().removeMember();
    }

    @Singleton
    CloseAccountUseCase closeAccount(SoptrackCore core) {
        return core.accounts().closeAccount();
    }

    @Singleton
    CorrectCustomerUseCase correctCustomer(SoptrackCore core) {
        return core.customers().correctCustomer();
    }

    @Singleton
    ReceivingUseCase receiving(SoptrackCore core) {
        return core.orders().receiving();
    }

    @Singleton
    SearchUseCase search(SoptrackCore core) {
        return core.orders().search();
    }

    @Singleton
    NotesUseCase notes(SoptrackCore core) {
        return core.orders().notes();
    }

    @Singleton
    CustomerOptOutUseCase customerOptOut(SoptrackCore core) {
        return core.customers().optOut();
    }

    @Singleton
    PasswordResetUseCase passwordReset(SoptrackCore core) {
        return core.accounts().passwordReset();
    }

    @Singleton
    OwnProfileUseCase ownProfile(SoptrackCore core) {
        return core.accounts().ownProfile();
    }

    @Singleton
    DeleteOrganizationUseCase deleteOrganization(SoptrackCore core) {
        return core.organizations().deleteOrganization();
    }

    @Singleton
    ChangeMemberRoleUseCase changeMemberRole(SoptrackCore core) {
        return core.team().changeMemberRole();
    }

    @Singleton
    OpenOperatorAccessUseCase openOperatorAccess(SoptrackCore core) {
        return core.organizations().openOperatorAccess();
    }

    @Singleton
    CloseOperatorAccessUseCase closeOperatorAccess(SoptrackCore core) {
        return core.organizations().closeOperatorAccess();
    }

    @Singleton
    ListOperatorGrantsUseCase listOperatorGrants(SoptrackCore core) {
        return core.organizations().listOperatorGrants();
    }

    @Singleton
    ReadAuditLogUseCase readAuditLog(SoptrackCore core) {
        return core.organizations().readAuditLog();
    }

    @Singleton
    RegisterCustomerUseCase registerCustomer(SoptrackCore core) {
        return core.customers().registerCustomer();
    }

    @Singleton
    GetCustomerUseCase getCustomer(SoptrackCore core) {
        return core.customers().getCustomer();
    }

    @Singleton
    CreateSpecialOrderUseCase createSpecialOrder(SoptrackCore core) {
        return core.orders().createSpecialOrder();
    }

    @Singleton
    UpdateSpecialOrderUseCase updateSpecialOrder(SoptrackCore core) {
        return core.orders().updateSpecialOrder();
    }

    @Singleton
    TransitionSpecialOrderUseCase transitionSpecialOrder(SoptrackCore core) {
        return core.orders().transitionSpecialOrder();
    }

    @Singleton
    KeepPartUseCase keepPart(SoptrackCore core) {
        return core.orders().keepPart();
    }

    @Singleton
    GetSpecialOrderUseCase getSpecialOrder(SoptrackCore core) {
        return core.orders().getSpecialOrder();
    }

    @Singleton
    SearchSpecialOrdersUseCase searchSpecialOrders(SoptrackCore core) {
        return core.orders().searchSpecialOrders();
    }

    @Singleton
    CountSpecialOrdersUseCase countSpecialOrders(SoptrackCore core) {
        return core.orders().countSpecialOrders();
    }

    @Singleton
    PartsBoardUseCase partsBoard(SoptrackCore core) {
        return core.orders().partsBoard();
    }

    @Singleton
    WatchRooftopUseCase watchRooftop(SoptrackCore core) {
        return core.orders().watchRooftop();
    }

    @Singleton
    AgingReportUseCase agingReport(SoptrackCore core) {
        return core.orders().agingReport();
    }

    @Singleton
    BdcDueListUseCase bdcDueList(SoptrackCore core) {
        return core.orders().bdcDueList();
    }

    @Singleton
    LogContactAttemptUseCase logContactAttempt(SoptrackCore core) {
        return core.orders().logContactAttempt();
    }

    @Singleton
    GetRepairOrderUseCase getRepairOrder(SoptrackCore core) {
        return core.orders().getRepairOrder();
    }

    @Singleton
    NotificationSettingsUseCase notificationSettings(SoptrackCore core) {
        return core.notifications().notificationSettings();
    }

    @Singleton
    DeliveryLogUseCase deliveryLog(SoptrackCore core) {
        return core.notifications().deliveryLog();
    }

    @Singleton
    SendTestNotificationUseCase sendTestNotification(SoptrackCore core) {
        return core.notifications().sendTestNotification();
    }

    @Singleton
    TimedNotificationsUseCase timedNotifications(SoptrackCore core) {
        return core.notifications().timedNotifications();
    }

    @Singleton
    SweepRetentionUseCase sweepRetention(SoptrackCore core) {
        return core.privacy().sweepRetention();
    }

    @Singleton
    IncidentsUseCase incidents(SoptrackCore core) {
        return core.privacy().incidents();
    }

    @Singleton
    LegalHoldsUseCase legalHolds(SoptrackCore core) {
        return core.privacy().legalHolds();
    }

    @Singleton
    RetentionOverridesUseCase retentionOverrides(SoptrackCore core) {
        return core.privacy().retentionOverrides();
    }

    @Singleton
    SubjectRequestsUseCase subjectRequests(SoptrackCore core) {
        return core.privacy().subjectRequests();
    }

    @Singleton
    RetentionTableUseCase retentionTable(SoptrackCore core) {
        return core.privacy().retentionTable();
    }

    @Singleton
    RestrictCustomerUseCase restrictCustomer(SoptrackCore core) {
        return core.customers().restrictCustomer();
    }

    @Singleton
    BillingUseCase billing(SoptrackCore core) {
        return core.organizations().billing();
    }
}
