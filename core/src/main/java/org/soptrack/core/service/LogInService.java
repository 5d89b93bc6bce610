package org.soptrack.core.service;

import java.util.Map;
import java.util.Optional;
import org.soptrack.core.domain.audit.AuditAction;
import org.soptrack.core.domain.security.Credential;
import org.soptrack.core.domain.security.PasswordHash;
import org.soptrack.core.domain.shared.ActorRef;
import org.soptrack.core.domain.tenancy.Member;
import org.soptrack.core.domain.tenancy.MemberActor;
import org.soptrack.core.port.in.LogInUseCase;
import org.soptrack.core.port.in.Outcome;
import org.soptrack.core.port.out.CredentialRepository;
import org.soptrack.core.port.out.MemberRepository;
import org.soptrack.core.port.out.PasswordHasherPort;

/**
 * Checks a password against the member's credential. The hash is verified even when there is no such member (against
 * a decoy), so the answer and its timing do not tell an unknown address from a wrong password. Every attempt on an
 * existing member is recorded in the tenant's audit log, failures included.
 */
public final class LogInService implements LogInUseCase {

    private final UseCaseContext ctx;
    private final MemberRepository members;
    private final CredentialRepository credentials;
    private final PasswordHasherPort hasher;

    LogInService(UseCaseContext ctx, MemberRepository members, CredentialRepository credentials,
                 PasswordHasherPort hasher) {
        this.ctx = ctx;
        this.members = members;
        this.credentials = credentials;
        this.hasher = hasher;
    }

    @Override
    public Outcome<MemberActor> logIn(Command command) {
        Outcome<Optional<MemberActor>> checked = ctx.inTenant(command.organization(), () -> {
            Optional<Member> member = members.findActiveByEmail(command.organization(), command.email());
            Optional<Credential> credential = member.flatMap(m -> credentials.find(command.organization(), m.id()));
            PasswordHash hash = credential.map(Credential::hash).orElseGet(hasher::decoy);
            boolean matches = hasher.matches(command.password(), hash) && credential.isPresent();
            if (member.isEmpty()) {
                return Outcome.ok(Optional.empty());
            }
            Member m = member.get();
            ctx.audit.record(command.organization(), ActorRef.member(m.id()),
                    matches ? AuditAction.LOGIN_SUCCEEDED : AuditAction.LOGIN_FAILED, "member:" + m.id(), Map.of());
            return Outcome.ok(matches ? Optional.of(new MemberActor(m.id(), command.organization(), m.role(),
                    m.rooftops())) : Optional.empty());
        });
        if (checked instanceof Outcome.Ok<Optional<MemberActor>> ok && ok.value().isPresent()) {
            return Outcome.ok(ok.value().get());
        }
        return Outcome.rejected(FAILED, "The organization, e-mail address or password is wrong");
    }
}
