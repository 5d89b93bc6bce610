package org.soptrack.core.service;

import org.soptrack.core.port.in.ChooseOrganizationUseCase;
import org.soptrack.core.port.in.CloseAccountUseCase;
import org.soptrack.core.port.in.CompleteSignInUseCase;
import org.soptrack.core.port.in.CurrentMemberUseCase;
import org.soptrack.core.port.in.IdentifyMemberUseCase;
import org.soptrack.core.port.in.LogInUseCase;
import org.soptrack.core.port.in.LogOutUseCase;
import org.soptrack.core.port.in.OwnProfileUseCase;
import org.soptrack.core.port.in.PasswordResetUseCase;
import org.soptrack.core.port.in.RefreshSessionUseCase;
import org.soptrack.core.port.in.SecondFactorSettingsUseCase;

/**
 * A member's own account: signing in and out, sessions, the second factor, a forgotten password, the own profile,
 * closing the account.
 */
public record AccountUseCases(LogInUseCase logIn, ChooseOrganizationUseCase chooseOrganization,
                              CompleteSignInUseCase completeSignIn,
                              RefreshSessionUseCase refreshSession, LogOutUseCase logOut,
                              CurrentMemberUseCase currentMember, SecondFactorSettingsUseCase secondFactorSettings,
                              IdentifyMemberUseCase identifyMember, CloseAccountUseCase closeAccount,
                              PasswordResetUseCase passwordReset, OwnProfileUseCase ownProfile) {

    static AccountUseCases of(Shared s) {
        CorePorts p = s.ports();
        AccountLinks links = new AccountLinks(s.ctx(), p.accountTokens(), p.members(), p.tokens());
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
                        s.settings().retention()),
                new PasswordResetService(s.ctx(), p, s.passwords(), links, s.sessions(), s.accountMessages()),
                new OwnProfileService(s.ctx(), p, s.passwords(), s.reauthentication(), links, s.sessions(),
                        s.accountMessages()));
    }
}
