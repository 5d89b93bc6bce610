package org.soptrack.core.port.in;

import org.soptrack.core.domain.shared.MemberId;
import org.soptrack.core.domain.shared.Require;
import org.soptrack.core.domain.tenancy.Actor;
import org.soptrack.core.domain.tenancy.Member;
import org.soptrack.core.domain.tenancy.RooftopScope;
import org.soptrack.core.domain.tenancy.Role;

/** Changes a member's role and rooftop scope; takes effect on their next request. */
public interface ChangeMemberRoleUseCase {

    Outcome<Member> change(Command command);

    /** The new role and scope, and the member's version they were decided on. */
    record Command(Actor actor, MemberId memberId, long expectedVersion, Role role, RooftopScope rooftops) {
        public Command {
            Require.present("actor", actor);
            Require.present("memberId", memberId);
            Require.present("role", role);
            Require.present("rooftops", rooftops);
        }
    }
}
