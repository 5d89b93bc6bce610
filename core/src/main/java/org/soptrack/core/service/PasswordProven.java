package org.soptrack.core.service;

import java.util.Map;
import java.util.Optional;
import org.soptrack.core.domain.audit.AuditAction;
import org.soptrack.core.domain.security.Credential;
import org.soptrack.core.domain.security.MfaMethod;
import org.soptrack.core.domain.shared.ActorRef;
import org.soptrack.core.domain.tenancy.Member;
import org.soptrack.core.domain.tenancy.Organization;
import org.soptrack.core.port.in.LogInUseCase;
import org.soptrack.core.port.in.SignIn;
import org.soptrack.core.port.out.OrganizationRepository;

/**
 * What follows a password proven for a member, at login or when the member chose the organization: a challenge when
 * the member or the organization wants a second factor and the device is not trusted, else a session, the sign-in
 * audited and the account's failures forgotten. Runs inside the member's tenant transaction.
 */
final class PasswordProven {

    private final UseCaseContext ctx;
    private final OrganizationRepository organizations;
    private final LoginFailureCount failures;
    private final SignInSessions sessions;

    PasswordProven(UseCaseContext ctx, OrganizationRepository organizations, LoginFailureCount failures,
                   SignInSessions sessions) {
        this.ctx = ctx;
        this.organizations = organizations;
        this.failures = failures;
        this.sessions = sessions;
    }

    SignIn next(Member member, Credential credential, LogInUseCase.Client client, Optional<String> deviceToken) {
        boolean required = organizations.find(member.tenantId()).map(Organization::mfaRequired).orElse(false);
        Optional<MfaMethod> method = credential.secondFactor().required(required);
        if (method.isPresent() && !sessions.trusted(member, deviceToken)) {
            // The failures are forgotten only once the second factor is passed too.
            return sessions.challenge(member, credential, method.get(), client);
        }
        ctx.audit.record(member.tenantId(), ActorRef.member(member.id()), AuditAction.LOGIN_SUCCEEDED,
                "member:" + member.id(), client.details(method.isPresent()
                        ? Map.of("secondFactor", "trusted-device") : Map.of()));
        failures.succeeded(member.tenantId(), credential);
        return sessions.start(member, client, Optional.empty());
    }
}
