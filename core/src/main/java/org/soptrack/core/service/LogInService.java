package org.soptrack.core.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.soptrack.core.domain.audit.AuditAction;
import org.soptrack.core.domain.security.Credential;
import org.soptrack.core.domain.security.Password;
import org.soptrack.core.domain.security.PasswordHash;
import org.soptrack.core.domain.shared.ActorRef;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.domain.tenancy.Member;
import org.soptrack.core.port.in.LogInUseCase;
import org.soptrack.core.port.in.Outcome;
import org.soptrack.core.port.in.SignIn;
import org.soptrack.core.port.out.CredentialRepository;
import org.soptrack.core.port.out.MemberRepository;
import org.soptrack.core.port.out.OrganizationRepository;
import org.soptrack.core.port.out.PasswordHasherPort;
import org.soptrack.core.port.out.TenantDirectoryPort;

/**
 * Checks a password against the member's credential. The hash is verified even when there is no such member (against
 * a decoy), so the answer and its timing do not tell an unknown address from a wrong password. Every attempt on an
 * existing member is recorded in the tenant's audit log with the client's address and user agent (R-SEC-5). Failures
 * lock the account for growing periods ({@link org.soptrack.core.domain.security.LockoutPolicy}); a locked account
 * gets the same answer as a wrong password, and its password is not even checked. A right password starts a session,
 * or, when the member or the organization wants a second factor and the device is not trusted, a challenge. Without an
 * organization, the password is checked in every organization of the address (R-SEC-7): one match goes on there,
 * several are offered as a choice, and the number of checks is always the same.
 */
public final class LogInService implements LogInUseCase {

    private final UseCaseContext ctx;
    private final MemberRepository members;
    private final OrganizationRepository organizations;
    private final CredentialRepository credentials;
    private final PasswordHasherPort hasher;
    private final LoginFailureCount failures;
    private final SignInSessions sessions;
    private final TenantDirectoryPort directory;
    private final PasswordProven next;

    LogInService(UseCaseContext ctx, MemberRepository members, OrganizationRepository organizations,
                 CredentialRepository credentials, PasswordHasherPort hasher, LoginFailureCount failures,
                 SignInSessions sessions, TenantDirectoryPort directory, PasswordProven next) {
        this.directory = directory;
        this.next = next;
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
        if (command.organization().isPresent()) {
            TenantId tenant = command.organization().get();
            Outcome<Optional<SignIn>> signedIn = ctx.inTenant(tenant, () -> Outcome.ok(check(tenant, command)
                    .map(proven -> next.next(proven.member(), proven.credential(), command.client(),
                            command.deviceToken()))));
            return signedIn.orElseThrow().<Outcome<SignIn>>map(Outcome::ok).orElseGet(LogInService::failed);
        }
        List<TenantId> candidates = directory.organizationsOf(command.email());
        List<Proven> proven = new ArrayList<>();
        for (TenantId tenant : candidates) {
            ctx.inTenant(tenant, () -> Outcome.ok(check(tenant, command))).orElseThrow().ifPresent(proven::add);
        }
        // As many password checks whatever the address: the time tells nothing of how many organizations it is in.
        for (int i = candidates.size(); i < TenantDirectoryPort.MAX_MEMBERSHIPS; i++) {
            hasher.matches(command.password(), hasher.decoy());
        }
        if (proven.isEmpty()) {
            return failed();
        }
        if (proven.size() == 1) {
            TenantId tenant = proven.get(0).member().tenantId();
            return ctx.inTenant(tenant, () -> {
                Member member = members.find(tenant, proven.get(0).member().id()).orElseThrow();
                Credential credential = credentials.find(tenant, member.id()).orElseThrow();
                return Outcome.ok(next.next(member, credential, command.client(), command.deviceToken()));
            });
        }
        List<SignIn.Choice> choices = new ArrayList<>();
        for (Proven one : proven) {
            TenantId tenant = one.member().tenantId();
            choices.add(ctx.inTenant(tenant, () -> Outcome.ok(new SignIn.Choice(tenant,
                    organizations.find(tenant).orElseThrow().name(),
                    sessions.offerChoice(one.member(), command.client())))).orElseThrow());
        }
        return Outcome.ok(new SignIn.ChooseOrganization(choices, ctx.now().plus(sessions.policy.codeValidity())));
    }

    private static Outcome<SignIn> failed() {
        return Outcome.rejected(FAILED, "The organization, e-mail address or password is wrong");
    }

    /** A member whose password was right, with the credential as it stands after the check. */
    private record Proven(Member member, Credential credential) {
    }

    /**
     * Checks the password in one tenant (one hash check, against a decoy where there is no usable credential) and
     * records the attempt; the member and credential if it was right. Runs inside the tenant's transaction.
     */
    private Optional<Proven> check(TenantId tenant, Command command) {
        Optional<Member> member = members.findActiveByEmail(tenant, command.email());
        Optional<Credential> credential = member.flatMap(m -> credentials.find(tenant, m.id()));
        Instant now = ctx.now();
        boolean locked = credential.map(c -> c.lockedAt(now)).orElse(false);
        PasswordHash hash = credential.filter(c -> !locked).map(Credential::hash).orElseGet(hasher::decoy);
        boolean matches = hasher.matches(command.password(), hash) && credential.isPresent() && !locked;
        if (member.isEmpty()) {
            return Optional.empty();
        }
        Member m = member.get();
        if (credential.isEmpty()) {
            audit(tenant, command, m, AuditAction.LOGIN_FAILED);
            return Optional.empty();
        }
        if (locked) {
            audit(tenant, command, m, AuditAction.LOGIN_REFUSED_LOCKED);
            return Optional.empty();
        }
        if (!matches) {
            audit(tenant, command, m, AuditAction.LOGIN_FAILED);
            if (failures.failed(tenant, credential.get(), now)) {
                audit(tenant, command, m, AuditAction.ACCOUNT_LOCKED);
            }
            return Optional.empty();
        }
        return Optional.of(new Proven(m, rehashed(tenant, credential.get(), command.password())));
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

    private void audit(TenantId tenant, Command command, Member member, AuditAction action) {
        ctx.audit.record(tenant, ActorRef.member(member.id()), action, "member:" + member.id(),
                command.client().details(Map.of()));
    }
}
