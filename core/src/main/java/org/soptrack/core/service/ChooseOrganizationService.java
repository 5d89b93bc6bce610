package org.soptrack.core.service;

import java.util.Optional;
import org.soptrack.core.domain.security.Credential;
import org.soptrack.core.domain.security.Session;
import org.soptrack.core.domain.shared.SecretToken;
import org.soptrack.core.domain.shared.SessionId;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.domain.tenancy.Member;
import org.soptrack.core.port.in.ChooseOrganizationUseCase;
import org.soptrack.core.port.in.LogInUseCase;
import org.soptrack.core.port.in.Outcome;
import org.soptrack.core.port.in.SignIn;
import org.soptrack.core.port.out.CredentialRepository;
import org.soptrack.core.port.out.MemberRepository;
import org.soptrack.core.port.out.SessionRepository;
import org.soptrack.core.port.out.UpdateResult;

/**
 * Goes on with a sign-in in the organization whose choice token came back: the token names the organization and the
 * waiting session, the session must still wait for this choice and the member still be active and not locked. The
 * choice is used up, and the sign-in continues as after a right password there.
 */
public final class ChooseOrganizationService implements ChooseOrganizationUseCase {

    private final UseCaseContext ctx;
    private final MemberRepository members;
    private final CredentialRepository credentials;
    private final SessionRepository sessions;
    private final SignInSessions signIns;
    private final PasswordProven next;

    ChooseOrganizationService(UseCaseContext ctx, MemberRepository members, CredentialRepository credentials,
                              SessionRepository sessions, SignInSessions signIns, PasswordProven next) {
        this.ctx = ctx;
        this.members = members;
        this.credentials = credentials;
        this.sessions = sessions;
        this.signIns = signIns;
        this.next = next;
    }

    @Override
    public Outcome<SignIn> choose(Command command) {
        Optional<SecretToken> token = SecretToken.parse(SecretToken.Kind.CHOICE, command.choiceToken());
        if (token.isEmpty()) {
            return failed();
        }
        TenantId tenant = token.get().tenantId();
        Outcome<Optional<SignIn>> chosen = ctx.inTenant(tenant, () -> {
            Optional<Session> session = sessions.find(tenant, SessionId.of(token.get().id()))
                    .filter(s -> s.openChoiceAt(ctx.now()).filter(c -> signIns.opens(c.secretHash(), token.get()))
                            .isPresent());
            Optional<Member> member = session.flatMap(s -> members.find(tenant, s.memberId())).filter(Member::isActive);
            Optional<Credential> credential = member.flatMap(m -> credentials.find(tenant, m.id()))
                    .filter(c -> !c.lockedAt(ctx.now()));
            if (credential.isEmpty()) {
                return Outcome.ok(Optional.empty());
            }
            session.get().end(Session.EndReason.CHOICE_MADE, ctx.now());
            if (sessions.update(tenant, session.get()) == UpdateResult.CONFLICT) {
                return Outcome.ok(Optional.empty()); // chosen twice at once: one goes on
            }
            return Outcome.ok(Optional.of(next.next(member.get(), credential.get(), command.client(),
                    command.deviceToken())));
        });
        return chosen.orElseThrow().<Outcome<SignIn>>map(Outcome::ok).orElseGet(ChooseOrganizationService::failed);
    }

    private static Outcome<SignIn> failed() {
        return Outcome.rejected(LogInUseCase.FAILED, "The choice is unknown, used or expired; sign in again");
    }
}
