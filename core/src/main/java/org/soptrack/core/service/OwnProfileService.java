package org.soptrack.core.service;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.soptrack.core.domain.audit.AuditAction;
import org.soptrack.core.domain.security.AccountToken;
import org.soptrack.core.domain.security.Password;
import org.soptrack.core.domain.security.Session;
import org.soptrack.core.domain.shared.ActorRef;
import org.soptrack.core.domain.shared.Email;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.domain.tenancy.Member;
import org.soptrack.core.domain.tenancy.MemberActor;
import org.soptrack.core.port.in.Outcome;
import org.soptrack.core.port.in.OwnProfileUseCase;
import org.soptrack.core.port.out.CredentialRepository;
import org.soptrack.core.port.out.MemberRepository;
import org.soptrack.core.port.out.OrganizationRepository;
import org.soptrack.core.port.out.PasswordHasherPort;
import org.soptrack.core.port.out.UpdateResult;

/** The signed-in member's own name, address and password. */
public final class OwnProfileService implements OwnProfileUseCase {

    private final UseCaseContext ctx;
    private final MemberRepository members;
    private final OrganizationRepository organizations;
    private final CredentialRepository credentials;
    private final PasswordHasherPort hasher;
    private final NewPasswords passwords;
    private final Reauthentication reauthentication;
    private final AccountLinks links;
    private final SignInSessions sessions;
    private final AccountMessages messages;

    OwnProfileService(UseCaseContext ctx, CorePorts ports, NewPasswords passwords, Reauthentication reauthentication,
                      AccountLinks links, SignInSessions sessions, AccountMessages messages) {
        this.ctx = ctx;
        this.members = ports.members();
        this.organizations = ports.organizations();
        this.credentials = ports.credentials();
        this.hasher = ports.passwordHasher();
        this.passwords = passwords;
        this.reauthentication = reauthentication;
        this.links = links;
        this.sessions = sessions;
        this.messages = messages;
    }

    @Override
    public Outcome<Profile> profile(MemberActor actor) {
        return ctx.signedIn(actor, member -> Outcome.ok(profile(member)));
    }

    @Override
    public Outcome<Profile> rename(MemberActor actor, String displayName) {
        return ctx.signedIn(actor, member -> {
            if (member.rename(displayName)) {
                if (members.update(member.tenantId(), member) == UpdateResult.CONFLICT) {
                    return UseCaseContext.stale("member");
                }
                ctx.audit.record(member.tenantId(), actor.ref(), AuditAction.PROFILE_CHANGED, "member:" + member.id(),
                        Map.of("field", "displayName"));
            }
            return Outcome.ok(profile(member));
        });
    }

    @Override
    public Outcome<Integer> changePassword(MemberActor actor, Password current, Password next) {
        Optional<String> problem = passwords.problem(Optional.of(next));
        if (problem.isPresent()) {
            return Outcome.invalid("newPassword", problem.get());
        }
        return reauthentication.reauthenticated(actor, current, (member, credential) -> {
            TenantId tenant = member.tenantId();
            Instant now = ctx.now();
            credential.change(hasher.hash(next), now);
            if (credentials.update(tenant, credential) == UpdateResult.CONFLICT) {
                return UseCaseContext.stale("password");
            }
            int ended = sessions.endAllBut(tenant, member.id(), actor.session(), Session.EndReason.PASSWORD_CHANGED,
                    actor.ref());
            ctx.audit.record(tenant, actor.ref(), AuditAction.PASSWORD_CHANGED, "member:" + member.id(),
                    Map.of("sessionsEnded", Integer.toString(ended)));
            messages.passwordChanged(member, now, true);
            return Outcome.ok(ended);
        });
    }

    @Override
    public Outcome<EmailChangeRequested> requestEmailChange(MemberActor actor, Email newEmail,
                                                            Optional<Password> currentPassword) {
        return reauthentication.confirmed(actor, currentPassword, "to change the e-mail address", (member, proof) -> {
            if (member.email().equals(newEmail)) {
                return Outcome.invalid("email", "is already the account's address");
            }
            if (takenByAnother(member, newEmail)) {
                return taken();
            }
            Optional<AccountLinks.Issued> link = links.issue(member, AccountToken.Purpose.EMAIL_CHANGE,
                    Optional.of(newEmail));
            if (link.isEmpty()) {
                return Outcome.rejected(TOO_MANY_LINKS, "Too many links were sent to this account in the last hour; "
                        + "try again later");
            }
            ctx.audit.record(member.tenantId(), actor.ref(), AuditAction.EMAIL_CHANGE_REQUESTED,
                    "member:" + member.id(), Map.of("verification", proof.name()));
            messages.emailChange(member, newEmail, link.get());
            return Outcome.ok(new EmailChangeRequested(newEmail, link.get().expiresAt()));
        });
    }

    @Override
    public Outcome<Profile> confirmEmailChange(String token) {
        return links.open(AccountToken.Purpose.EMAIL_CHANGE, token, (member, link) -> {
            Email next = link.state().newEmail().orElseThrow();
            if (takenByAnother(member, next)) {
                return taken();
            }
            member.changeEmail(next);
            if (members.update(member.tenantId(), member) == UpdateResult.CONFLICT) {
                return UseCaseContext.stale("member");
            }
            ctx.audit.record(member.tenantId(), ActorRef.member(member.id()), AuditAction.EMAIL_CHANGED,
                    "member:" + member.id(), Map.of());
            return Outcome.ok(profile(member));
        });
    }

    private boolean takenByAnother(Member member, Email email) {
        return members.findActiveByEmail(member.tenantId(), email).filter(o -> !o.id().equals(member.id()))
                .isPresent();
    }

    private static <T> Outcome<T> taken() {
        return Outcome.rejected(EMAIL_TAKEN, "Another member of the organization has this e-mail address");
    }

    private Profile profile(Member member) {
        return new Profile(member.id(), member.tenantId(), organizations.find(member.tenantId()).orElseThrow().name(),
                member.email(),
                member.state().displayName(), member.role(), member.rooftops(),
                credentials.find(member.tenantId(), member.id()).isPresent());
    }
}
