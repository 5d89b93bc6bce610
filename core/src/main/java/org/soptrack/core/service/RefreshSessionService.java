package org.soptrack.core.service;

import java.util.Map;
import java.util.Optional;
import org.soptrack.core.domain.audit.AuditAction;
import org.soptrack.core.domain.security.Session;
import org.soptrack.core.domain.shared.ActorRef;
import org.soptrack.core.domain.shared.SecretToken;
import org.soptrack.core.domain.shared.SessionId;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.domain.tenancy.Member;
import org.soptrack.core.port.in.Outcome;
import org.soptrack.core.port.in.RefreshSessionUseCase;
import org.soptrack.core.port.in.SignIn;
import org.soptrack.core.port.out.MemberRepository;
import org.soptrack.core.port.out.SessionRepository;
import org.soptrack.core.port.out.UpdateResult;

/** Rotates a session's refresh token; a spent token ends the session it belonged to (reuse detection). */
public final class RefreshSessionService implements RefreshSessionUseCase {

    private final UseCaseContext ctx;
    private final MemberRepository members;
    private final SessionRepository sessionStore;
    private final SignInSessions sessions;

    RefreshSessionService(UseCaseContext ctx, MemberRepository members, SessionRepository sessionStore,
                          SignInSessions sessions) {
        this.ctx = ctx;
        this.members = members;
        this.sessionStore = sessionStore;
        this.sessions = sessions;
    }

    @Override
    public Outcome<SignIn.SignedIn> refresh(String refreshToken) {
        Optional<SecretToken> token = SecretToken.parse(SecretToken.Kind.REFRESH, refreshToken);
        if (token.isEmpty()) {
            return ended();
        }
        TenantId tenant = token.get().tenantId();
        Outcome<Optional<SignIn.SignedIn>> checked = ctx.inTenant(tenant, () -> {
            Optional<Session> found = sessionStore.find(tenant, SessionId.of(token.get().id()));
            if (found.isEmpty() || !found.get().usableAt(ctx.now(), sessions.policy)) {
                return Outcome.ok(Optional.empty());
            }
            Session session = found.get();
            if (!session.state().refreshHash().map(h -> sessions.opens(h, token.get())).orElse(false)) {
                ctx.audit.record(tenant, ActorRef.member(session.memberId()), AuditAction.REFRESH_TOKEN_REUSED,
                        "session:" + session.id(), Map.of("member", session.memberId().toString()));
                sessions.end(tenant, session, Session.EndReason.REFRESH_TOKEN_REUSED,
                        ActorRef.member(session.memberId()));
                return Outcome.ok(Optional.empty());
            }
            Optional<Member> member = members.find(tenant, session.memberId()).filter(Member::isActive);
            if (member.isEmpty()) {
                return Outcome.ok(Optional.empty());
            }
            SecretToken next = sessions.token(SecretToken.Kind.REFRESH, tenant, session.id().value());
            session.refresh(sessions.hash(next), ctx.now(), sessions.policy);
            if (sessionStore.update(tenant, session) == UpdateResult.CONFLICT) {
                return UseCaseContext.stale("session");
            }
            return Outcome.ok(Optional.of(new SignIn.SignedIn(SignInSessions.actor(member.get(), session.id()),
                    next.encode(), Optional.empty())));
        });
        if (checked instanceof Outcome.Ok<Optional<SignIn.SignedIn>> ok && ok.value().isPresent()) {
            return Outcome.ok(ok.value().get());
        }
        return ended();
    }

    private static Outcome<SignIn.SignedIn> ended() {
        return Outcome.rejected(ENDED, "The session has ended; log in again");
    }
}
