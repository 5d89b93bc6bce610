package org.soptrack.core.service;

import org.soptrack.core.domain.tenancy.MemberActor;
import org.soptrack.core.port.in.CurrentMemberUseCase;
import org.soptrack.core.port.in.Outcome;

/** The caller as stored now. */
public final class CurrentMemberService implements CurrentMemberUseCase {

    private final UseCaseContext ctx;

    CurrentMemberService(UseCaseContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Outcome<MemberActor> current(MemberActor actor) {
        return ctx.signedIn(actor, member -> Outcome.ok(new MemberActor(member.id(), member.tenantId(), member.role(),
                member.rooftops(), actor.session())));
    }
}
