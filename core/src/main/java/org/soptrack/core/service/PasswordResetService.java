package org.soptrack.core.service;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.soptrack.core.domain.audit.AuditAction;
import org.soptrack.core.domain.security.AccountToken;
import org.soptrack.core.domain.security.Credential;
import org.soptrack.core.domain.security.Password;
import org.soptrack.core.domain.security.Session;
import org.soptrack.core.domain.shared.ActorRef;
import org.soptrack.core.domain.shared.Email;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.domain.tenancy.Member;
import org.soptrack.core.port.in.LogInUseCase;
import org.soptrack.core.port.in.Outcome;
import org.soptrack.core.port.in.PasswordResetUseCase;
import org.soptrack.core.port.out.CredentialRepository;
import org.soptrack.core.port.out.MemberRepository;
import org.soptrack.core.port.out.PasswordHasherPort;
import org.soptrack.core.port.out.TenantDirectoryPort;
import org.soptrack.core.port.out.UpdateResult;

/**
 * Sends reset links to the accounts of an address, through the same directory as sign-in by e-mail, and sets a new
 * password from one. Every request on an existing account is in the organization's security log, with whether a link
 * went out; a member who signs in only through the identity provider has no password here and gets no link.
 */
public final class PasswordResetService implements PasswordResetUseCase {

    private final UseCaseContext ctx;
    private final TenantDirectoryPort directory;
    private final MemberRepository members;
    private final CredentialRepository credentials;
    private final PasswordHasherPort hasher;
    private final NewPasswords passwords;
    private final AccountLinks links;
    private final SignInSessions sessions;
    private final AccountMessages messages;

    PasswordResetService(UseCaseContext ctx, CorePorts ports, NewPasswords passwords, AccountLinks links,
                         SignInSessions sessions, AccountMessages messages) {
        this.ctx = ctx;
        this.directory = ports.tenants();
        this.members = ports.members();
        this.credentials = ports.credentials();
        this.hasher = ports.passwordHasher();
        this.passwords = passwords;
        this.links = links;
        this.sessions = sessions;
        this.messages = messages;
    }

    @Override
    public Outcome<Requested> request(Email email, LogInUseCase.Client client) {
        Instant at = ctx.now();
        for (TenantId tenant : directory.organizationsOf(email)) {
            ctx.inTenant(tenant, () -> {
                members.findActiveByEmail(tenant, email)
                        .filter(member -> credentials.find(tenant, member.id()).isPresent())
                        .ifPresent(member -> send(member, client));
                return Outcome.ok(tenant);
            });
        }
        return Outcome.ok(new Requested(at));
    }

    private void send(Member member, LogInUseCase.Client client) {
        Optional<AccountLinks.Issued> link = links.issue(member, AccountToken.Purpose.PASSWORD_RESET, Optional.empty());
        ctx.audit.record(member.tenantId(), ActorRef.member(member.id()), AuditAction.PASSWORD_RESET_REQUESTED,
                "member:" + member.id(), client.details(Map.of("linkSent", Boolean.toString(link.isPresent()))));
        link.ifPresent(issued -> messages.passwordReset(member, issued));
    }

    @Override
    public Outcome<Integer> reset(String token, Password newPassword, LogInUseCase.Client client) {
        Optional<String> problem = passwords.problem(Optional.of(newPassword));
        if (problem.isPresent()) {
            return Outcome.invalid("newPassword", problem.get());
        }
        return links.open(AccountToken.Purpose.PASSWORD_RESET, token, (member, link) -> {
            TenantId tenant = member.tenantId();
            Optional<Credential> credential = credentials.find(tenant, member.id());
            if (credential.isEmpty()) {
                return Outcome.rejected(LINK_INVALID, "This account signs in through the identity provider");
            }
            Instant now = ctx.now();
            credential.get().change(hasher.hash(newPassword), now);
            if (credentials.update(tenant, credential.get()) == UpdateResult.CONFLICT) {
                return UseCaseContext.stale("password");
            }
            ActorRef by = ActorRef.member(member.id());
            int ended = sessions.endAll(tenant, member.id(), Session.EndReason.PASSWORD_CHANGED, by);
            int devices = sessions.revokeDevices(tenant, member.id());
            ctx.audit.record(tenant, by, AuditAction.PASSWORD_RESET, "member:" + member.id(),
                    client.details(Map.of("sessionsEnded", Integer.toString(ended),
                            "devicesRevoked", Integer.toString(devices))));
            messages.passwordChanged(member, now, false);
            return Outcome.ok(ended);
        });
    }
}
