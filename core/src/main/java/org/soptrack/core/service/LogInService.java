package org.soptrack.core.service;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.soptrack.core.domain.audit.AuditAction;
import org.soptrack.core.domain.security.Credential;
import org.soptrack.core.domain.security.LockoutPolicy;
import org.soptrack.core.domain.security.PasswordHash;
import org.soptrack.core.domain.shared.ActorRef;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.domain.tenancy.Member;
import org.soptrack.core.domain.tenancy.MemberActor;
import org.soptrack.core.port.in.LogInUseCase;
import org.soptrack.core.port.in.Outcome;
import org.soptrack.core.port.out.CredentialRepository;
import org.soptrack.core.port.out.MemberRepository;
import org.soptrack.core.port.out.PasswordHasherPort;
import org.soptrack.core.port.out.UpdateResult;

/**
 * Checks a password against the member's credential. The hash is verified even when there is no such member (against
 * a decoy), so the answer and its timing do not tell an unknown address from a wrong password. Every attempt on an
 * existing member is recorded in the tenant's audit log with the client's address and user agent (R-SEC-5). Failures
 * lock the account for growing periods ({@link LockoutPolicy}); a locked account gets the same answer as a wrong
 * password, and its password is not even checked.
 */
public final class LogInService implements LogInUseCase {

    private static final int MAX_RETRIES = 5;

    private final UseCaseContext ctx;
    private final MemberRepository members;
    private final CredentialRepository credentials;
    private final PasswordHasherPort hasher;
    private final LockoutPolicy lockout;

    LogInService(UseCaseContext ctx, MemberRepository members, CredentialRepository credentials,
                 PasswordHasherPort hasher, LockoutPolicy lockout) {
        this.ctx = ctx;
        this.members = members;
        this.credentials = credentials;
        this.hasher = hasher;
        this.lockout = lockout;
    }

    @Override
    public Outcome<MemberActor> logIn(Command command) {
        TenantId tenant = command.organization();
        Outcome<Optional<MemberActor>> checked = ctx.inTenant(tenant, () -> {
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
                audit(command, m, AuditAction.LOGIN_FAILED);
                return Outcome.ok(Optional.empty());
            }
            AuditAction action = locked ? AuditAction.LOGIN_REFUSED_LOCKED
                    : matches ? AuditAction.LOGIN_SUCCEEDED : AuditAction.LOGIN_FAILED;
            audit(command, m, action);
            if (!locked) {
                boolean lockedNow = remember(tenant, credential.get(), matches, now);
                if (lockedNow) {
                    audit(command, m, AuditAction.ACCOUNT_LOCKED);
                }
            }
            return Outcome.ok(matches ? Optional.of(new MemberActor(m.id(), tenant, m.role(), m.rooftops()))
                    : Optional.empty());
        });
        if (checked instanceof Outcome.Ok<Optional<MemberActor>> ok && ok.value().isPresent()) {
            return Outcome.ok(ok.value().get());
        }
        return Outcome.rejected(FAILED, "The organization, e-mail address or password is wrong");
    }

    /**
     * Counts the failure or clears the count, re-reading on a concurrent change so that parallel guesses are all
     * counted. True when this failure locked the account.
     */
    private boolean remember(TenantId tenant, Credential loaded, boolean success, Instant now) {
        Credential credential = loaded;
        for (int attempt = 0; attempt < MAX_RETRIES; attempt++) {
            boolean lockedNow = false;
            if (success) {
                if (!credential.recordSuccess()) {
                    return false;
                }
            } else {
                lockedNow = credential.recordFailure(lockout, now);
            }
            if (credentials.update(tenant, credential) == UpdateResult.UPDATED) {
                return lockedNow;
            }
            Optional<Credential> reread = credentials.find(tenant, credential.memberId());
            if (reread.isEmpty()) {
                return false;
            }
            credential = reread.get();
        }
        throw new IllegalStateException("Could not record a login outcome after " + MAX_RETRIES + " tries");
    }

    private void audit(Command command, Member member, AuditAction action) {
        ctx.audit.record(command.organization(), ActorRef.member(member.id()), action, "member:" + member.id(),
                Map.of("address", command.client().address(), "userAgent", command.client().userAgent()));
    }
}
