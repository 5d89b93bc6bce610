package org.soptrack.server.http;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.soptrack.core.domain.shared.InvalidValueException;
import org.soptrack.core.domain.shared.RooftopId;
import org.soptrack.core.domain.tenancy.Invitation;
import org.soptrack.core.domain.tenancy.Member;
import org.soptrack.core.domain.tenancy.RooftopScope;
import org.soptrack.server.security.Principals;

/** The JSON shapes of members and invitations. A rooftop scope is {@code ["*"]} for all rooftops or a list of ids. */
final class TeamJson {

    private TeamJson() {
    }

    static RooftopScope scope(List<String> rooftops) {
        if (rooftops == null || rooftops.isEmpty()) {
            throw new InvalidValueException("rooftops", "is required: [\"*\"] or a list of rooftop ids");
        }
        if (rooftops.equals(List.of(Principals.ALL_ROOFTOPS))) {
            return RooftopScope.allRooftops();
        }
        Set<RooftopId> ids = rooftops.stream().map(id -> Input.required("rooftops", id, RooftopId::parse))
                .collect(Collectors.toSet());
        return RooftopScope.only(ids);
    }

    @Serdeable
    record MemberView(String id, long version, String email, String displayName, String role, List<String> rooftops,
                      String status, Instant joinedAt, @Nullable Instant lastSignInAt) {
        static MemberView of(Member m) {
            var s = m.state();
            return new MemberView(s.id().value().toString(), m.version(), s.email().value(), s.displayName(),
                    s.role().name(), Principals.rooftops(s.rooftops()), s.status().name(), s.joinedAt(),
                    s.lastSignInAt().orElse(null));
        }
    }

    @Serdeable
    record InvitationView(String id, String email, String role, List<String> rooftops, Instant expiresAt,
                          String status) {
        static InvitationView of(Invitation i) {
            var s = i.state();
            return new InvitationView(s.id().value().toString(), s.email().value(), s.role().name(),
                    Principals.rooftops(s.rooftops()), s.expiresAt(), s.status().name());
        }
    }

    @Serdeable
    record Team(List<MemberView> members, List<InvitationView> pendingInvitations) {
    }

    @Serdeable
    record Invite(String email, String role, List<String> rooftops) {
    }

    /** The invitation and its token: shown once, to be passed to the invitee. */
    @Serdeable
    record Issued(InvitationView invitation, String token) {
    }

    @Serdeable
    record Accept(String token, String email, String displayName, String password) {
        @Override
        public String toString() {
            return "Accept[email=" + email + "]";
        }
    }

    @Serdeable
    record RoleChange(Long version, String role, List<String> rooftops) {
    }

    @Serdeable
    record Accepted(String memberId, String organizationId, @Nullable String role) {
    }
}
