package org.soptrack.core.service;

import org.soptrack.core.port.in.ChooseOrganizationUseCase;
import org.soptrack.core.port.in.CloseAccountUseCase;
import org.soptrack.core.port.in.CompleteSignInUseCase;
import org.soptrack.core.port.in.CurrentMemberUseCase;
import org.soptrack.core.port.in.IdentifyMemberUseCase;
import org.soptrack.core.port.in.LogInUseCase;
import org.soptrack.core.port.in.LogOutUseCase;
import org.soptrack.core.port.in.RefreshSessionUseCase;
import org.soptrack.core.port.in.SecondFactorSettingsUseCase;

/** A member's own account: signing in and out, sessions, the second factor, closing the account. */
public record AccountUseCases(LogInUseCase logIn, ChooseOrganizationUseCase chooseOrganization,
                              CompleteSignInUseCase completeSignIn,
                              RefreshSessionUseCase refreshSession, LogOutUseCase logOut,
                              CurrentMemberUseCase currentMember, SecondFactorSettingsUseCase secondFactorSettings,
                              IdentifyMemberUseCase identifyMember, CloseAccountUseCase closeAccount) {

    static AccountUseCases of(Shared s) {
        CorePorts p = s.ports();
        return new AccountUseCases(
                new LogInService(s.ctx(), p.members(), p.organizations(), p.credentials(), p.passwordHasher(),
                        s.failures(), s.sessions(), p.tenants(), s.passwordProven()),
                new ChooseOrganizationService(s.ctx(), p.members(), p.credentials(), p.sessions(), s.sessions(),
                        s.passwordProven()),
                new CompleteSignInService(s.ctx(), p.members(), p.credentials(), p.sessions(), p.totp(), s.failures(),
                        s.sessions()),
                new RefreshSessionService(s.ctx(), p.members(), p.sessions(), s.sessions()),
                new LogOutService(s.ctx(), p.sessions(), s.sessions()),
                new CurrentMemberService(s.ctx()),
                new SecondFactorSettingsService(s.ctx(), p.credentials(), p.organizations(), p.trustedDevices(),
                        s.reauthentication(), p.totp(), s.sessions()),
                new IdentifyMemberService(s.ctx(), p.members()),
                new CloseAccountService(s.ctx(), p, s.reauthentication(), s.sessions(), s.accountMessages(),
                        s.settings().retention()));
    }
}
