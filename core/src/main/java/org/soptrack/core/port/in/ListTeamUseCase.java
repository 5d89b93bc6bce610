package org.soptrack.core.port.in;

import java.util.List;
import org.soptrack.core.domain.tenancy.Actor;
import org.soptrack.core.domain.tenancy.Invitation;
import org.soptrack.core.domain.tenancy.Member;

/** Lists the organization's active members and its invitations still pending. */
public interface ListTeamUseCase {

    Outcome<Team> list(Actor actor);

    /** Members and pending (unexpired) invitations. */
    record Team(List<Member> members, List<Invitation> pendingInvitations) {
        public Team {
            members = List.copyOf(members);
            pendingInvitations = List.copyOf(pendingInvitations);
        }
    }
}
