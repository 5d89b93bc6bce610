package org.soptrack.core.service;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.soptrack.core.domain.audit.AuditAction;
import org.soptrack.core.domain.security.Credential;
import org.soptrack.core.domain.security.MfaMethod;
import org.soptrack.core.domain.security.Password;
import org.soptrack.core.domain.security.PasswordHash;
import org.soptrack.core.domain.shared.ActorRef;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.domain.tenancy.Member;
import org.soptrack.core.domain.tenancy.Organization;
import org.soptrack.core.port.in.LogInUseCase;
import org.soptrack.core.port.in.Outcome;
import org.soptrack.core.port.in.SignIn;
import org.soptrack.core.port.out.CredentialRepository;
import org.soptrack.core.port.out.MemberRepository;
import org.soptrack.core.port.out.OrganizationRepository;
import org.soptrack.core.port.out.PasswordHasherPort;

/**
 * Checks a password against the member's credential. The hash is verified even when there is no such member (against
 * a decoy), so the answer and its timing do not tell an unknown address from a wrong password. Every attempt on an
 * existing member is recorded in the tenant's audit log with the client's address and user agent (R-SEC-5). Failures
 * lock the account for growing periods ({@link org.soptrack.core.domain.security.LockoutPolicy}); a locked account
 * gets the same answer as a wrong password, and its password is not even checked. A right password starts a session,
 * or, when the member or the organization wants a second factor and the device is not trusted, a challenge.
 */
public final class LogInService implements LogInUseCase {

    private final UseCaseContext ctx;
    private final MemberRepository members;
    private final OrganizationRepository organizations;
    private final CredentialRepository credentials;
    private final PasswordHasherPort hasher;
    private final LoginFailureCount failures;
    private final SignInSessions sessions;

    LogInService(UseCaseContext ctx, MemberRepository members, OrganizationRepository organizations,
                 CredentialRepository credentials, PasswordHasherPort hasher, LoginFailureCount failures,
                 SignInSessions sessions) {
        this.ctx = ctx;
        this.members = members;
        this.organizations = organizations;
        this.credentials = credentials;
        this.hasher = hasher;
        this.failures = failures;
        this.sessions = sessions;
    }

    @Override
    public Outcome<SignIn> logIn(Command command) {
        TenantId tenant = command.organization();
        Outcome<Optional<SignIn>> checked = ctx.inTenant(tenant, () -> {
            Optional<Member> member = members.findActiveByEmail(tenant, command.email());
            Optional<Credential> credential = member.flatMap(m -> credentials.find(tenant, m.id()));
            Instant now = ctx.now();
            boolean locked = credential.map(c -> c.lockedAt(now)).orElse(false);
            PasswordHash hash = credential.filter(c -> !locked).map(Credential::hash).orElseGet(hasher::decoy);
            boolean matches = hasher.matches(command.password(), hash) && credential.isPresent() && !locked;
            if (member.isEmpty()) {
                return Outcome.ok(Optional.empty());
            }
            Member m = member.get();
            if (credential.isEmpty()) {
                audit(command, m, AuditAction.LOGIN_FAILED, Map.of());
                return Outcome.ok(Optional.empty());
            }
            if (locked) {
                audit(command, m, AuditAction.LOGIN_REFUSED_LOCKED, Map.of());
                return Outcome.ok(Optional.empty());
            }
            if (!matches) {
                audit(command, m, AuditAction.LOGIN_FAILED, Map.of());
                if (failures.failed(tenant, credential.get(), now)) {
                    audit(command, m, AuditAction.ACCOUNT_LOCKED, Map.of());
                }
                return Outcome.ok(Optional.empty());
            }
            Credential proven = rehashed(tenant, credential.get(), command.password());
            boolean required = organizations.find(tenant).map(Organization::mfaRequired).orElse(false);
            Optional<MfaMethod> method = proven.secondFactor().required(required);
            if (method.isPresent() && !sessions.trusted(m, command.deviceToken())) {
                // The failures are forgotten only once the second factor is passed too.
                return Outcome.ok(Optional.of(sessions.challenge(m, proven, method.get(), command.client())));
            }
            audit(command, m, AuditAction.LOGIN_SUCCEEDED,
                    method.isPresent() ? Map.of("secondFactor", "trusted-device") : Map.of());
            failures.succeeded(tenant, proven);
            return Outcome.ok(Optional.of(sessions.start(m, command.client(), Optional.empty())));
        });
        if (checked instanceof Outcome.Ok<Optional<SignIn>> ok && ok.value().isPresent()) {
            return Outcome.ok(ok.value().get());
        }
        return Outcome.rejected(FAILED, "The organization, e-mail address or password is wrong");
    }

    /**
     * The credential with the password hashed again when its hash was made at a lower cost than the hasher's now, so
     * raised Argon2 parameters reach every account that signs in. If someone changed the credential meanwhile it stays
     * as it is; the next sign-in tries again.
     */
    private Credential rehashed(TenantId tenant, Credential credential, Password password) {
        if (!hasher.needsRehash(credential.hash())) {
            return credential;
        }
        credential.rehash(hasher.hash(password));
        credentials.update(tenant, credential); // on a concurrent change that change stands
        return credentials.find(tenant, credential.memberId()).orElse(credential);
    }

    private void audit(Command command, Member member, AuditAction action, Map<String, String> more) {
        ctx.audit.record(command.organization(), ActorRef.member(member.id()), action, "member:" + member.id(),
                command.client().details(more));
    }
}
