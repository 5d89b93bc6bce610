package org.soptrack.core.service;

import java.util.Optional;
import java.util.Set;
import org.soptrack.core.domain.shared.ActorRef;
import org.soptrack.core.domain.tenancy.Permission;
import org.soptrack.core.domain.tenancy.Role;
import org.soptrack.core.domain.tenancy.RooftopScope;

/** The guard's answer for one actor and permission. */
sealed interface Access permits Access.Granted, Access.Denied {

    /** Allowed, within these rooftops; {@code role} is empty for platform operators. */
    record Granted(ActorRef actor, Optional<Role> role, RooftopScope scope, Set<Permission> permissions) implements Access {

        boolean may(Permission permission) {
            return permissions.contains(permission);
        }

        /** Whether the actor may give or take {@code target} (operators never may). */
        boolean mayAssign(Role target) {
            return role.map(r -> r.mayAssign(target)).orElse(false);
        }
    }

    /** Not allowed, and why. */
    record Denied(String reason, Why why) implements Access {
    }

    /** Why not: no longer signed in at all, not allowed, or not while the organization is read-only. */
    enum Why { SIGNED_OUT, NOT_PERMITTED, READ_ONLY }
}
