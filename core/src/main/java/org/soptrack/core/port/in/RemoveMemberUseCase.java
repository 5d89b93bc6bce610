package org.soptrack.core.port.in;

import org.soptrack.core.domain.shared.MemberId;
import org.soptrack.core.domain.shared.Require;
import org.soptrack.core.domain.tenancy.Actor;
import org.soptrack.core.domain.tenancy.Member;

/** Removes a teammate; the last owner cannot be removed (R-TEN-4). */
public interface RemoveMemberUseCase {

    Outcome<Member> remove(Command command);

    /** Whom to remove. */
    record Command(Actor actor, MemberId memberId) {
        public Command {
            Require.present("actor", actor);
            Require.present("memberId", memberId);
        }
    }
}
