package org.soptrack.core.service;

import org.soptrack.core.domain.security.Session;
import org.soptrack.core.domain.tenancy.MemberActor;
import org.soptrack.core.port.in.LogOutUseCase;
import org.soptrack.core.port.in.Outcome;
import org.soptrack.core.port.out.SessionRepository;

/** Ends the caller's session, or all of the caller's sessions. */
public final class LogOutService implements LogOutUseCase {

    private final UseCaseContext ctx;
    private final SessionRepository sessionStore;
    private final SignInSessions sessions;

    LogOutService(UseCaseContext ctx, SessionRepository sessionStore, SignInSessions sessions) {
        this.ctx = ctx;
        this.sessionStore = sessionStore;
        this.sessions = sessions;
    }

    @Override
    public Outcome<Integer> logOut(MemberActor actor, boolean everywhere) {
        if (actor.session().isEmpty()) {
            return Outcome.rejected(NO_SESSION, "This token comes from the identity provider; log out there");
        }
        return ctx.signedIn(actor, member -> {
            if (everywhere) {
                return Outcome.ok(sessions.endAll(actor.tenantId(), member.id(), Session.EndReason.LOGGED_OUT,
                        actor.ref()));
            }
            Session session = sessionStore.find(actor.tenantId(), actor.session().get()).orElseThrow();
            return Outcome.ok(sessions.end(actor.tenantId(), session, Session.EndReason.LOGGED_OUT, actor.ref())
                    ? 1 : 0);
        });
    }
}
